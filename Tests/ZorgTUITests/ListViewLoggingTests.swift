@testable import CaseModel
import Testing
@testable import ZorgTUI

/// The screens that show many households' names — the caseload list, the Housing First waiting list, the buddy
/// round — are reads of personal data: each is logged before it is shown (which list, how many; never who).
@Suite struct ListViewLoggingTests {
    @Test func theCaseloadTheWaitingListAndTheBuddyRoundAreLoggedBeforeTheyAreShown() throws {
        let source = try MatchingFixture.demoSource()
        defer { MatchingFixture.remove(source) }
        let before = try source.store.audit.entries().count
        let rows = try EffectWork.caseloadEntries(source)
        _ = TestOffice.run(.openWaitingList, source, today: MatchingFixture.day)
        _ = TestOffice.run(.openMatching, source, today: MatchingFixture.day)
        let logged = try source.store.audit.entries().dropFirst(before).filter { $0.action == AuditAction("list") }
        #expect(logged.map { $0.detail["list"] } == ["caseload", "housing-first-wachtlijst", "buddy-matching"])
        #expect(logged.first?.detail["dossiers"] == String(rows.count))
        #expect(logged.allSatisfy { $0.dossiers.isEmpty && $0.detail.keys.sorted() == ["dossiers", "list"] })
    }
}
