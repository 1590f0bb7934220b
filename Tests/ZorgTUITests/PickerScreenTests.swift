import CaseModel
import Testing
@testable import ZorgTUI

/// Issue 15, item 7: choice fields as pickers in the dossier form, notes of several lines read in full with
/// Enter — on the screen, without a terminal.
@Suite struct PickerScreenTests {
    static let today = DossierDriver.today

    // MARK: Choices in the dossier form

    @Test func aCodeFieldOfTheDossierIsChosenWithArrowsAndSavedAsItsCode() {
        var d = DossierDriver()
        d.press(.enter, .enter, .character("4"), .character("e"))
        #expect(d.page?.session?.form.focusedField?.key == "woonsituatie")
        #expect(d.lines.contains { $0.contains("> Woonsituatie") && $0.contains("< onbekend >") })
        #expect(d.lines.contains { $0.contains("(← → of < >: kies uit 8; leeg = onbekend)") })
        #expect(d.lines[23].contains("←→ kiezen"))
        d.press(.right)
        #expect(d.lines.contains { $0.contains("< eigenaar >") })
        d.type("soc")
        #expect(d.lines.contains { $0.contains("< sociale huur >") })
        d.press(.tab, .tab)  // the rent (typed), then the dwelling type (a choice)
        #expect(d.page?.session?.form.focusedField?.key == "woningtype")
        d.press(.character("<"))
        #expect(d.lines.contains { $0.contains("< kamer >") })
        d.press(.backTab)
        d.type("650")  // a typed field takes digits as before
        #expect(d.text.contains("✓ € 650,00"))
        d.press(Form.ctrlS)
        let saved = d.savedHouseholds.last
        #expect(saved?.housing.tenure == .socialeHuur)
        #expect(saved?.housing.dwellingType == .kamer)
        #expect(saved?.housing.rentMonth == Money(euros: 650))
        #expect(d.lines.first { $0.contains("Woonsituatie") }?.hasSuffix("sociale huur") == true)
    }

    @Test func aMembersSexAndYesNoAreChosenAndF1ListsTheChoiceKeys() {
        var d = DossierDriver()
        d.press(.enter, .enter, .down, .character("e"), .tab, .tab, .tab, .tab)
        #expect(d.page?.session?.form.focusedField?.key == "geslacht")
        d.type("v")
        #expect(d.lines.contains { $0.contains("> Geslacht") && $0.contains("< vrouw >") })
        d.press(Form.f1)
        #expect(d.text.contains("vorige / volgende waarde kiezen"))
        #expect(d.text.contains("naar de waarde die zo begint"))
        d.press(.escape)
        d.press(Form.ctrlS)
        #expect(d.savedHouseholds.last?.members[0].sex == .v)
        // Yes/no on the income tab: ja, nee, unknown in turn.
        d.press(.character("2"), .character("e"), .tab, .tab)
        #expect(d.page?.session?.form.focusedField?.key == "ten_laste")
        d.press(.right)
        #expect(d.lines.contains { $0.contains("> Ten laste") && $0.contains("< ja >") })
        d.press(.right)
        #expect(d.lines.contains { $0.contains("< nee >") })
        d.press(Form.ctrlS)
        #expect(d.savedHouseholds.last?.members[0].dependant == false)
    }

    @Test func inEnglishTheValuesAreInEnglishWords() {
        var d = DossierDriver(language: .en)
        d.press(.enter, .enter, .character("4"), .character("e"), .right, .right)
        #expect(d.lines.contains { $0.contains("> Tenure") && $0.contains("< private rent >") })
        #expect(d.lines[23].contains("←→ choose"))
    }

    // MARK: Notes of several lines

    @Test func aNoteOfSeveralLinesIsWrittenWithEnterShownByItsFirstLineAndReadInFull() {
        var d = DossierDriver()
        d.press(.enter, .enter, .character("n"))
        #expect(d.lines[23].contains("Enter nieuwe regel") && d.lines[23].contains("Ctrl-S opslaan"))
        d.type("Huisbezoek gedaan")
        d.press(.enter)
        d.type("Kinderen gaan naar school")
        d.press(.enter)
        d.type("Huur is betaald")
        #expect(d.lines.contains { $0.contains("[Huisbezoek gedaan") })
        #expect(d.lines.contains { $0.contains("[Huur is betaald_") })
        #expect(d.text.contains("✓ 3 regels"))
        d.press(Form.ctrlS)
        #expect(d.savedHouseholds.last?.notes.last?.text == "Huisbezoek gedaan\nKinderen gaan naar school\nHuur is betaald")
        // In the list: the first line and how many more.
        #expect(d.lines.contains { $0.contains("Huisbezoek gedaan (+2 regels, Enter)") })
        #expect(!d.text.contains("Kinderen gaan naar school"))
        #expect(d.page?.hints(Strings(language: .nl)).contains(KeyHint(key: "Enter", word: "bekijken")) == true)
        // Enter on the note: read in full; Esc closes, q too.
        d.press(.end, .enter)
        #expect(d.page?.reading != nil)
        #expect(d.text.contains("Notitie van 23-11-2026, jan"))
        #expect(d.text.contains("Kinderen gaan naar school"))
        #expect(d.text.contains("Huur is betaald"))
        #expect(d.lines[23].contains("Esc sluiten") && d.lines[23].contains("regel 1–3 van 3"))
        #expect(d.lines.filter { $0.contains("│") }.count == 5, "the box is as tall as the note: title, a blank, 3 lines")
        d.press(.escape)
        #expect(d.page?.reading == nil && !d.text.contains("Kinderen gaan naar school"))
        d.press(.enter, .character("q"))
        #expect(d.page?.reading == nil, "q closes the note, not the dossier")
        #expect(d.state.pages.count == 1)
        // `?` in the note lists its keys.
        d.press(.enter, .character("?"))
        #expect(d.text.contains("de notitie sluiten"))
    }

    private static func withNote(_ text: String) -> [Household] {
        var households = Fixture.households
        households[0].notes = [Note(date: today, author: "jan", text: text)]
        return households
    }

    @Test func aNoteOfTenThousandLinesScrollsToItsEnd() {
        let text = (1...10_000).map { "regel \($0) van de notitie" }.joined(separator: "\n")
        var d = DossierDriver(Self.withNote(text))
        d.press(.enter, .enter, .character("8"))
        #expect(d.lines.contains { $0.contains("regel 1 van de notitie (+9999 regels, Enter)") })
        d.press(.end, .enter)
        #expect(d.lines[23].contains("regel 1–18 van 10000"))
        d.press(.end)
        #expect(d.text.contains("regel 10000 van de notitie"))
        #expect(d.lines[23].contains("regel 9983–10000 van 10000"))
        d.press(.pageUp, .up, .home)
        #expect(d.text.contains("regel 1 van de notitie"))
        #expect(d.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test func aVeryLongNoteAndATinyTerminalGiveNoCrash() {
        let long = String(repeating: "woord ", count: 200_000) + String(repeating: "x", count: 100_000)
        for size in [TerminalSize(rows: 24, columns: 80), TerminalSize(rows: 5, columns: 20), TerminalSize(rows: 15, columns: 60)] {
            var d = DossierDriver(Self.withNote(long), size: size)
            d.press(.enter, .enter, .character("8"), .end, .enter)
            #expect(d.page?.reading != nil)
            d.press(.end, .pageUp, .down, .home)
            #expect(d.lines.count == size.rows && d.lines.allSatisfy { DisplayWidth.of($0) <= size.columns })
            d.send(.resize(TerminalSize(rows: 30, columns: 120)))
            d.press(.end)
            #expect(d.lines.allSatisfy { DisplayWidth.of($0) <= 120 })
            d.press(.escape, .character("n"))
            d.type("a")
            d.press(.enter, .enter)
            #expect(d.lines.count == 30)
        }
        // A note written in the form with an ESC in it is refused there, never saved.
        var e = DossierDriver()
        e.press(.enter, .enter, .character("n"))
        e.type("weg\u{1B}[2J")
        e.press(Form.ctrlS)
        #expect(e.savedHouseholds.isEmpty)
        #expect(e.text.contains("✗ bevat een stuurteken"))
    }

    @Test func aReadOnlyRevisionsNoteIsReadToo() {
        var d = DossierDriver(Self.withNote("een\ntwee"))
        d.press(.enter, .enter)
        var old = Self.withNote("een\ntwee")[0]
        old.revision = 0
        d.send(.dossierRevisionOpened(old))
        d.press(.character("8"), .end, .enter)
        #expect(d.page?.readOnlyRevision == 0)
        #expect(d.page?.reading?.text == "een\ntwee")
    }

    @Test func theHistoryNamesANewNoteByItsFirstLine() {
        let s = Strings(language: .nl)
        #expect(s.newNote("een\ntwee") == "nieuwe notitie: een …")
        #expect(s.newNote("kort") == "nieuwe notitie: kort")
        #expect(s.newNote(String(repeating: "a", count: 500)).count < 230)
    }

    @Test func textWrapsInOnePassAndKeepsEveryCharacter() {
        #expect(TextWrap.words("een twee drie", width: 8) == ["een twee", "drie"])
        #expect(TextWrap.words("a\n\nb", width: 8) == ["a", "", "b"])
        #expect(TextWrap.words("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrap.hard("", width: 4) == [""])
        #expect(DisplayWidth.tail("abcdef", to: 3) == "def")
        #expect(DisplayWidth.tail("日本語", to: 3) == "語")
        let million = String(repeating: "ab ", count: 333_333)
        #expect(TextWrap.words(million, width: 80).joined(separator: " ").count >= million.count - 1)
    }
}
