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

    @Test func aMatchNeverRunsFromOneKeyIntoTheNext() {
        let index = SearchIndex(keys: ["ab", "cd", "bcx"])
        #expect(index.rows(matching: SearchFolding.words(of: "bc")) == [2])
        #expect(index.rows(matching: SearchFolding.words(of: "d")) == [1])
    }

    @Test func theWholeBufferSearchFindsWhatARowByRowSearchFinds() {
        // Many generated keys, so both ways of searching run: all rows, a large subset, a small subset.
        var rng = SystemRandomNumberGenerator()
        let letters = Array("abcdeé -0")
        let keys = (0..<400).map { _ in String((0..<Int.random(in: 0...12, using: &rng)).map { _ in letters.randomElement(using: &rng)! }) }
        let index = SearchIndex(keys: keys)
        for query in ["a", "ab", "e", "-0", "a b", "ee", "zz", "cab", "0 a"] {
            let words = SearchFolding.words(of: query)
            let naive = keys.indices.filter { i in
                let key = SearchFolding.fold(keys[i])
                return words.allSatisfy { key.utf8.count >= $0.count && String(decoding: $0, as: UTF8.self).isEmpty == false
                    && key.contains(String(decoding: $0, as: UTF8.self)) }
            }
            #expect(index.rows(matching: words) == naive, "\(query)")
            let large = Array(keys.indices.filter { $0 % 3 != 0 })
            #expect(index.rows(matching: words, among: large) == naive.filter { $0 % 3 != 0 }, "\(query) large")
            let small = Array(keys.indices.filter { $0 % 17 == 0 })
            #expect(index.rows(matching: words, among: small) == naive.filter { $0 % 17 == 0 }, "\(query) small")
        }
    }
}
