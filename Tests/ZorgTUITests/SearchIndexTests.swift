import Testing
@testable import ZorgTUI

@Suite struct SearchIndexTests {
    static let keys = ["Yılmaz, Ayşe\nWinterslag", "Özdemir, Mehmet\nWaterschei", "Peeters, An\nZwartberg",
                       "Peters, Ann\nWaterschei", "Janssens, Luc\nGenk-Centrum"]

    @Test func aRowMatchesWhenItContainsEveryWord() {
        let index = SearchIndex(keys: Self.keys)
        #expect(index.rows(matching: SearchFolding.words(of: "pe an")) == [2, 3])
        #expect(index.rows(matching: SearchFolding.words(of: "pe waterschei")) == [3])
        #expect(index.rows(matching: SearchFolding.words(of: "")) == [0, 1, 2, 3, 4])
    }

    @Test func wordsDoNotMatchAcrossFields() {
        let index = SearchIndex(keys: Self.keys)
        #expect(index.rows(matching: SearchFolding.words(of: "aysewinter")) == [])
    }

    @Test func incrementalFilteringGivesTheSameRowsAsAFullSearch() {
        let index = SearchIndex(keys: Self.keys)
        var filter = IncrementalFilter()
        var query = ""
        for ch in "pe wat" {
            query.append(ch)
            #expect(filter.rows(for: query, in: index) == index.rows(matching: SearchFolding.words(of: query)), "\(query)")
        }
        for _ in 0..<4 {
            query.removeLast()
            #expect(filter.rows(for: query, in: index) == index.rows(matching: SearchFolding.words(of: query)), "\(query)")
        }
        #expect(filter.rows(for: "jan", in: index) == [4])
    }

    @Test func replacingOneKeyEqualsBuildingTheIndexAgain() {
        var keys = Self.keys
        var index = SearchIndex(keys: keys)
        for (row, key) in [(1, "Vervangen, Naam\nheel wat langer dan voorheen"), (0, "kort"), (keys.count - 1, "Laatste")] {
            keys[row] = key
            index = index.replacing(row: row, with: key)
            let fresh = SearchIndex(keys: keys)
            for query in ["vervangen", "kort", "laatste", "pe", "a", "wat"] {
                let words = SearchFolding.words(of: query)
                #expect(index.rows(matching: words) == fresh.rows(matching: words), "\(query) after row \(row)")
            }
        }
    }

    @Test func searchingInAnOrderKeepsThatOrder() {
        let index = SearchIndex(keys: Self.keys)
        let order = Array(Self.keys.indices.reversed())
        var filter = IncrementalFilter()
        let rows = filter.rows(for: "a", in: index, order: order)
        #expect(rows == index.rows(matching: SearchFolding.words(of: "a")).reversed())
        #expect(filter.rows(for: "", in: index, order: order) == order)
    }
}
