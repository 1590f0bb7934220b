@testable import CaseModel
import Testing

/// The Markdown copy names who wrote each note and follow-up and who made each Housing First step; an entry
/// saved without an author says so rather than leaving ", :".
@Suite("The authors in the right-of-access report")
struct DossierReportAuthorTests {
    let today = Day(year: 2026, month: 12, day: 7)!

    @Test("notes, follow-ups, Housing First steps and the override name their author")
    func authors() throws {
        var h = Household(id: DossierID(rawValue: "2024-00278")!, revision: 1,
                          members: [Person(firstName: "Jo", lastName: "Claes")])
        h.notes = [Note(date: today, author: "els", text: "gesprek"), Note(date: today, author: "", text: "oud")]
        h.followUps = [FollowUp(due: today, text: "bellen", author: "")]
        var intake = HousingFirstIntake()
        try intake.change(to: .aangemeld, on: today, by: "lotte", reason: "via CAW")
        try intake.overridePriority(12, reason: "crisis", on: today, by: "lotte")
        h.housingFirst = intake
        let md = DossierReport(household: h, revisions: [1], accessLog: [], results: [], asOf: today).markdown
        #expect(md.contains("- 07-12-2026, els: gesprek"))
        #expect(md.contains("- 07-12-2026, onbekend: oud"))
        #expect(md.contains("- 07-12-2026, onbekend: bellen (open)"))
        #expect(md.contains("  - 07-12-2026 aangemeld, lotte: via CAW"))
        #expect(md.contains("door lotte: crisis"))
        #expect(!md.contains(", : "))
        let en = DossierReport(household: h, revisions: [1], accessLog: [], results: [], asOf: today, language: .en).markdown
        #expect(en.contains("- 07-12-2026, unknown: oud"))
    }
}
