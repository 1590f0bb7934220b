import CaseModel
import Testing
@testable import ZorgTUI

@Suite struct MembersScreenTests {
    @Test func enterOpensTheMembersViewWithEveryMembersFacts() {
        var d = Driver(Fixture.state())
        d.press(.enter)
        let text = d.text
        let ayse = Fixture.households[0].members[0]
        #expect(text.contains("Dossier 2024-00001 — Yılmaz, Ayşe"))
        #expect(text.contains("Adres: Stalenstraat 12, 3600 Genk"))
        #expect(text.contains("Wijk: Winterslag"))
        let ayseRow = d.lines.first { $0.contains("Ayşe Yılmaz") }
        #expect(ayseRow?.contains("aanvrager") == true)
        #expect(ayseRow?.contains("12-03-1981") == true)
        #expect(ayseRow?.contains(ayse.nationalNumber!.formatted) == true)
        #expect(ayseRow?.contains("leefloon, vt") == true)
        let emreRow = d.lines.first { $0.contains("Emre Yılmaz") }
        #expect(emreRow?.contains("kind") == true)
        #expect(emreRow?.contains("geen") == true)  // statuses recorded as none
    }

    @Test func unknownStatusesAndBirthDateAreShownAsUnknownOrBlank() {
        let h = Fixture.household("X-1", [Fixture.person("Jan", "Claes", role: nil)], district: nil)
        var d = Driver(Fixture.state([h]), households: [h])
        d.press(.enter)
        let row = d.lines.first { $0.contains("Jan Claes") }
        #expect(row?.contains("onbekend") == true)
        #expect(d.text.contains("Wijk: onbekend"))
    }

    @Test func escAndQGoBackToTheListWithTheSameSelection() {
        var d = Driver(Fixture.state())
        d.press(.down, .enter)
        #expect(d.text.contains("Dossier 2024-00002"))
        d.press(.escape)
        #expect(d.state.pages.isEmpty)
        #expect(d.state.caseload.selectedEntry?.id.rawValue == "2024-00002")
        d.press(.enter, .character("q"))
        #expect(d.state.pages.isEmpty)
        #expect(!d.effects.contains(.quit(exitCode: 0)))  // q on the members view goes back, it does not quit
    }

    @Test func longStatusListsWrapWithinTheirColumn() {
        let statuses: [Status] = [.leefloon, .vt, .sociaalTarief, .verwarmingstoelage, .huurpremie, .budgetbeheer]
        let h = Fixture.household("X-2", [Fixture.person("Zeynep", "Kılıç", born: "01-02-1970", statuses: statuses)])
        var d = Driver(Fixture.state([h]), households: [h])
        d.press(.enter)
        let text = d.text
        for status in ["leefloon", "vt", "sociaal tarief", "verwarmingstoelage", "huurpremie", "budgetbeheer"] {
            #expect(text.contains(status), "\(status) is shown")
        }
        #expect(d.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test func englishOptionShowsEnglishLabels() {
        var d = Driver(Fixture.state(options: UIOptions(language: .en, environment: [:])))
        #expect(d.lines[23].contains("5 of 5 households"))
        d.press(.enter)
        #expect(d.text.contains("Address: Stalenstraat 12, 3600 Genk"))
        #expect(d.lines.first { $0.contains("Ayşe Yılmaz") }?.contains("applicant") == true)
    }
}
