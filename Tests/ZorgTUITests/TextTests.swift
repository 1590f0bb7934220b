import Testing
@testable import ZorgTUI

@Suite struct TextTests {
    @Test func displayWidthCountsColumnsNotCharactersOrBytes() {
        #expect(DisplayWidth.of("Ayşe Yılmaz") == 11)
        #expect(DisplayWidth.of("één") == 3)
        #expect(DisplayWidth.of("e\u{301}e\u{301}n") == 3)  // combining accents take no column
        #expect(DisplayWidth.of("日本") == 4)
    }

    @Test func truncateCutsByWidthAndMarksTheCut() {
        #expect(DisplayWidth.truncate("Özdemir, Mehmet", to: 8) == "Özdemir…")
        #expect(DisplayWidth.truncate("日本語", to: 4) == "日…")
        #expect(DisplayWidth.truncate("kort", to: 10) == "kort")
        #expect(DisplayWidth.fit("één", to: 5) == "één  ")
    }

    @Test func screenBufferPlacesWideCharactersOnTwoCellsAndClipsAtTheEdge() {
        var s = ScreenBuffer(size: TerminalSize(rows: 1, columns: 5))
        s.write("日本語", row: 0, column: 0)
        #expect(s.lines == ["日本"])
        #expect(s[0, 1].isContinuation)
        s.write("ab", row: 0, column: 1)
        #expect(s.lines == [" ab"])  // overwriting half of 日 blanks the other half
    }

    @Test func foldingRemovesCaseAndAccentsIncludingTurkishDotlessI() {
        #expect(SearchFolding.fold("Ayşe Yılmaz") == "ayse yilmaz")
        #expect(SearchFolding.fold("ÉÉN Özdemir Çelik") == "een ozdemir celik")
        #expect(SearchFolding.fold("Straße") == "strasse")
        #expect(SearchFolding.fold("İSTANBUL Łódź Øster") == "istanbul lodz oster")
        #expect(SearchFolding.fold("日本 Ayşe") == "日本 ayse")
    }

    @Test func everyTextHasADutchAndAnEnglishVersion() {
        let nl = Strings(language: .nl), en = Strings(language: .en)
        for text in Strings.Text.allCases {
            #expect(!nl(text).isEmpty && !en(text).isEmpty)
        }
        #expect(nl(.keyQuit) != en(.keyQuit))
        #expect(en.terminalTooSmall(minimum: TooSmall.minimum) == "Terminal too small (at least 60×15)")
    }
}
