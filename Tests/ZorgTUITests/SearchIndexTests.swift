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
}
