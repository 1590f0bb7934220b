import CaseModel
import Testing
@testable import ZorgTUI

@Suite struct DossierOverdueTests {
    static func day(_ text: String) -> Day { Day(parsing: text)! }

    static var households: [Household] {
        var hs = Fixture.households
        hs[1].followUps = [FollowUp(due: day("01-11-2026"), text: "Bellen", author: "jan")]
        hs[2].followUps = [FollowUp(due: day("01-12-2026"), text: "Later", author: "jan")]
        hs[3].followUps = [FollowUp(due: day("01-11-2026"), text: "Gedaan", author: "jan", done: true)]
        hs[4].followUps = [FollowUp(due: day("23-11-2026"), text: "Vandaag", author: "jan")]  // due today: not overdue
        return hs
    }

    @Test func overdueRowsAreMarkedAndCountedInTheStatusLine() {
        let d = DossierDriver(Self.households)
        #expect(d.lines[23].contains("5 van 5 dossiers · 1 achterstallig"))
        let row = d.lines.first { $0.contains("2024-00002") } ?? ""
        #expect(row.hasPrefix("!"))
        #expect(d.lines.filter { $0.hasPrefix("!") }.count == 1)
    }

    @Test func oShowsOnlyHouseholdsWithOverdueFollowUpsAndTogglesBack() {
        var d = DossierDriver(Self.households)
        d.press(.character("o"))
        #expect(d.state.caseload.visible.map { d.state.caseload.entries[$0].id.rawValue } == ["2024-00002"])
        #expect(d.text.contains("Filter: alleen dossiers met achterstallige opvolgingen"))
        #expect(d.lines[23].contains("1 van 5 dossiers"))
        // The filter and a search combine.
        d.press(.character("/"))
        d.type("Yılmaz")
        #expect(d.state.caseload.visible.isEmpty)
        d.press(.escape, .character("o"))
        #expect(d.state.caseload.visible.count == 5)
    }

    @Test func aFollowUpAddedInTheDossierMarksTheRowAfterSaving() {
        var d = DossierDriver(Self.households)
        d.press(.enter, .enter, .character("f"))
        d.type("02-11-2026")
        d.press(.tab)
        d.type("Brief OCMW")
        d.press(.other(19), .escape)
        #expect(d.lines[23].contains("2 achterstallig"))
        #expect((d.lines.first { $0.contains("2024-00001") } ?? "").hasPrefix("!"))
    }
}
