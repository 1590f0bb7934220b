import Foundation
import CaseModel
import Testing
@testable import ZorgTUI

@Suite struct CaseloadScreenTests {
    @Test func listShowsDossierNameDistrictAndMemberCountWithUTF8() {
        let d = Driver(Fixture.state())
        let row = d.lines.first { $0.contains("2024-00001") }
        #expect(row != nil)
        #expect(row?.contains("Yılmaz, Ayşe") == true)
        #expect(row?.contains("Winterslag") == true)
        #expect(row?.hasSuffix("2") == true)
        #expect(d.text.contains("Özdemir, Mehmet"))
        #expect(d.text.contains("Dubois, Één"))
    }

    @Test func titleBarNamesTheStoreAndStatusLineCountsDossiers() {
        let d = Driver(Fixture.state())
        #expect(d.lines[0].contains("Zorg · test"))
        #expect(d.lines[23].contains("5 van 5 dossiers"))
        #expect(d.lines[23].contains("q stoppen"))
    }

    @Test func typingAfterSlashNarrowsTheListAsYouType() {
        var d = Driver(Fixture.state())
        d.type("/y")
        #expect(d.state.caseload.visible.count == 1)  // only Yılmaz has a "y" (dotless ı folds to i)
        #expect(d.text.contains("Yılmaz, Ayşe"))
        #expect(!d.text.contains("Peeters"))
        #expect(d.lines[23].contains("1 van 5 dossiers"))
        #expect(d.lines[22].hasPrefix("Zoeken: y"))
    }

    @Test func searchIgnoresCaseAndAccents() {
        var d = Driver(Fixture.state())
        d.type("/OZDEMIR")
        #expect(d.state.caseload.visible.map { d.state.caseload.entries[$0].id.rawValue } == ["2024-00002"])
        d.press(.escape)
        d.type("/een")
        #expect(d.state.caseload.visible.map { d.state.caseload.entries[$0].id.rawValue } == ["2024-00004"])
    }

    @Test func searchFindsDossierNumberNationalNumberDigitsAddressDistrictAndOtherMembers() {
        func matches(_ query: String) -> [String] {
            var d = Driver(Fixture.state())
            d.type("/" + query)
            return d.state.caseload.visible.map { d.state.caseload.entries[$0].id.rawValue }
        }
        let ayse = Fixture.households[0].members[0].nationalNumber!
        #expect(matches("00003") == ["2024-00003"])
        #expect(matches(ayse.digits) == ["2024-00001"])
        #expect(matches(ayse.formatted) == ["2024-00001"])
        #expect(matches("hasseltweg") == ["2024-00003"])
        #expect(matches("genk-centrum") == ["2024-00005"])
        #expect(matches("emre") == ["2024-00001"])
        #expect(matches("luc noordlaan") == ["2024-00005"])
    }

    @Test func backspaceWidensTheListAgainAndEscClearsTheSearch() {
        var d = Driver(Fixture.state())
        d.type("/pee")
        #expect(d.state.caseload.visible.count == 1)
        d.press(.backspace, .backspace, .backspace)
        #expect(d.state.caseload.visible.count == 5)
        d.type("zzz")
        #expect(d.text.contains("Geen dossiers gevonden voor „zzz”"))
        d.press(.escape)
        #expect(d.state.caseload.query.isEmpty)
        #expect(!d.state.caseload.isEditingQuery)
        #expect(d.state.caseload.visible.count == 5)
    }

    @Test func lettersThatAreKeysAreTypedIntoTheSearchWhileSearching() {
        var d = Driver(Fixture.state())
        d.type("/q?jk")
        #expect(d.state.caseload.query == "q?jk")
        #expect(d.effects.isEmpty)
        #expect(d.state.help == nil)
    }

    @Test func arrowsAndVimKeysMoveTheSelectionWithinBounds() {
        var d = Driver(Fixture.state())
        d.press(.down, .character("j"))
        #expect(d.state.caseload.cursor.selected == 2)
        d.press(.character("k"))
        #expect(d.state.caseload.cursor.selected == 1)
        d.press(.end)
        #expect(d.state.caseload.cursor.selected == 4)
        d.press(.down)
        #expect(d.state.caseload.cursor.selected == 4)
        d.press(.home, .up)
        #expect(d.state.caseload.cursor.selected == 0)
    }

    @Test func pageDownScrollsALongListAndKeepsTheSelectionOnScreen() {
        let many = (1...100).map { Fixture.household(String(format: "D-%03d", $0), [Fixture.person("P\($0)", "Naam")]) }
        var d = Driver(Fixture.state(many), households: many)
        d.press(.pageDown)
        #expect(d.state.caseload.cursor.selected == 20)  // 24 rows: 20 list rows
        d.press(.pageDown)
        let selectedRow = (0..<24).first { d.screen[$0, 2].style == .selected }
        #expect(selectedRow != nil)
        #expect(d.screen.text(ofRow: selectedRow!).contains("D-041"))
        d.press(.end)
        #expect(d.lines[21].contains("D-100"))
    }

    @Test func enterAsksTheReasonThenOpensTheSelectedDossierThroughAnEffect() {
        var d = Driver(Fixture.state())
        d.press(.down, .enter)
        #expect(d.effects.isEmpty)
        #expect(d.text.contains("Waarom open je 2024-00002"))
        d.press(.enter)
        #expect(d.effects == [.openDossier(DossierID(rawValue: "2024-00002")!, reason: .opvolging)])
    }

    @Test func qQuitsWithExitCodeZeroAndCtrlCWith130() {
        var d = Driver(Fixture.state())
        d.press(.character("q"))
        #expect(d.effects == [.quit(exitCode: 0)])
        var e = Driver(Fixture.state())
        e.type("/abc")
        e.press(.interrupt)
        #expect(e.effects == [.quit(exitCode: 130)])
    }

    @Test func searchKeepsTheSelectedHouseholdWhenItStillMatches() {
        var d = Driver(Fixture.state())
        d.press(.end)  // Janssens, Luc
        d.type("/l")
        #expect(d.state.caseload.selectedEntry?.id.rawValue == "2024-00005")
    }
}
