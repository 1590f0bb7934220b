@testable import CaseModel
import Foundation
import Testing
@testable import ZorgTUI

/// The person at the terminal is the author: the forms say who records what they save, and the Housing First
/// steps made through a store-backed source carry the store's OS user.
@Suite struct AuthorTests {
    @Test func theNoteAndFollowUpFormsNameTheirAuthor() {
        var d = DossierDriver()
        d.press(.enter, .enter)  // the first dossier, the pre-selected reason
        d.press(.character("f"))
        #expect(d.text.contains("Nieuwe opvolging (door jan)"))
        d.press(.escape)
        d.press(.character("n"))
        #expect(d.text.contains("Nieuwe notitie (23-11-2026, jan)"))
    }

    @Test func anEntrySavedWithoutAnAuthorSaysUnknownInsteadOfLeavingAGap() {
        var household = Fixture.households[0]
        household.notes = [Note(date: DossierDriver.today, author: "", text: "oud")]
        household.followUps = [FollowUp(due: DossierDriver.today, text: "bellen", author: "")]
        var d = DossierDriver([household])
        d.press(.enter, .enter, .character("8"))  // the notes tab
        #expect(d.text.contains("bellen (onbekend)"))
        #expect(d.text.contains("23-11-2026  onbekend"))
        #expect(!d.text.contains("bellen ()"))
    }

    @Test func aHousingFirstStepThroughTheStoreIsRecordedWithTheStoresUser() throws {
        let source = try MatchingFixture.demoSource()  // the store's identity is "lotte"
        defer { MatchingFixture.remove(source) }
        let id = try #require(try EffectWork.caseloadEntries(source).first?.id)
        guard case .housingFirstLoaded(_, _, let user, _, _)? = TestOffice.run(.openHousingFirst(id), source) else {
            Issue.record("the intake did not open")
            return
        }
        #expect(user == "lotte")
        var d = Driver(Fixture.state())
        d.send(.housingFirstLoaded(try source.store.load(id), nil, user: user, today: MatchingFixture.day, saved: false))
        d.press(.character("t"))
        #expect(d.text.contains("Nieuwe stap (door lotte)"))
    }
}
