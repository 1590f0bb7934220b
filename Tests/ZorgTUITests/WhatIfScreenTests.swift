import CaseModel
import Foundation
import Testing
@testable import ZorgTUI

/// "Wat als" in the TUI (`W` in a dossier): scenarios changed with the dossier's own form, before → after and
/// better or worse off, several side by side; nothing saved, the opening a view in the access log.
@Suite struct WhatIfScreenTests {
    static let today = Day(year: 2026, month: 12, day: 7)!

    static func office() throws -> Office {
        var h = Fixture.household("2024-00002", [Fixture.person("Mehmet", "Özdemir", born: "30-07-1985")],
                                  street: "Vennestraat", district: "Waterschei")
        h.members[0].statuses = []
        return try TestOffice.memory([h])
    }

    @Test func thePlainScreenMarksTheChosenLineWithTheListsOwnCursor() throws {
        let h = Fixture.household("2024-00002", [Fixture.person("Mehmet", "Özdemir", born: "30-07-1985")])
        let page = WhatIfScreen(household: h, results: [], asOf: Self.today)
        var screen = ScreenBuffer(size: TerminalSize(rows: 30, columns: 100))
        page.draw(&screen, strings: Strings(language: .nl), plain: true)
        let marked = screen.lines.indices.filter { screen.lines[$0].hasPrefix(">") }
        #expect(marked.count == 1, "\(screen.text)")
        let row = try #require(marked.first)
        #expect(screen.runs(inRow: row).allSatisfy { $0.style == .selected }, "the chosen line is highlighted across")
        #expect(screen.lines[row].contains("Mehmet"), "the first item, the first member's facts: \(screen.lines[row])")
    }

    @Test func wChangesTheIncomeInAScenarioAndSaysHowMuchBetterOffNothingSaved() throws {
        let office = try Self.office()
        var d = try OfficeDriver(office, today: Self.today, size: TerminalSize(rows: 50, columns: 130))
        d.press(.enter, .character("2"))          // open the dossier, reason opvolging
        d.press(.character("W"))
        #expect(d.effects.contains { if case .openWhatIf(let id) = $0 { return id.rawValue == "2024-00002" }; return false })
        var text = d.text
        #expect(text.contains("Scenario 1 van 1"), "\(text)")
        #expect(text.contains("Geen enkele uitkomst verandert."))
        d.press(.enter)                           // the first member's income, in the dossier's form
        #expect(d.text.contains("Inkomen"))
        d.type("0")
        d.press(.tab)
        d.type("0")
        d.press(.other(19))                       // Ctrl-S: into the scenario, not the dossier
        text = d.text
        #expect(text.contains("Leefloon (OCMW) (lid 1): "), "\(text)")
        #expect(text.contains("→ rechthebbend €"), "\(text)")
        #expect(text.contains("zeker: beter af met €") && text.contains("per jaar)"), "\(text)")
        #expect(text.contains("Gewijzigd:"))

        // A second scenario from the dossier: side by side; x drops it again.
        d.press(.character("n"))
        text = d.text
        #expect(text.contains("Scenario 2 van 2"))
        #expect(text.contains("De scenario's naast elkaar"))
        #expect(text.contains(" 1  zeker: beter af met €"))
        #expect(text.contains("*2  zeker: geen verschil"))
        d.press(.character("x"))
        #expect(d.text.contains("Scenario 1 van 1"))
        d.press(.character("x"))
        #expect(d.text.contains("Er is maar één scenario."))

        // Nothing saved; the opening read with reason controle-rechten; Esc back to the dossier.
        d.press(.escape)
        #expect(d.text.contains("Dossier 2024-00002"))
        let stored = try office.reread(DossierID(rawValue: "2024-00002")!)
        #expect(stored.revision == 1 && stored.members[0].incomeMonth == nil)
        #expect(try TestOffice.views(office).contains { $0.1 == "controle-rechten" })
    }

    @Test func dTakesAMemberOutButNeverTheLastAndEnglishWorks() throws {
        let office = try TestOffice.memory()
        var d = try OfficeDriver(office, today: Self.today, size: TerminalSize(rows: 50, columns: 130), language: .en)
        d.press(.enter, .character("2"), .character("W"))
        #expect(d.text.contains("Scenario 1 of 1"))
        d.press(.character("d"))
        #expect(d.text.contains("out of the household"), "\(d.text)")
        d.press(.character("d"))
        #expect(d.text.contains("The last member cannot be taken out."))
        d.press(.character("?"))
        #expect(d.text.contains("take the chosen member out of the household"))
    }
}
