import CaseModel
import Foundation
import Testing
@testable import ZorgTUI

/// The dossier effects against the office on a real store in memory.
@Suite struct DossierStoreTests {
    private func makeStore() throws -> (Office, Household) {
        let office = try Office.create(at: "/zorg/store", mode: .personal, identity: Identity(user: "jan"),
                                       fileSystem: MemoryFileSystem())
        let saved = try office.save(Fixture.households[0])
        return (office, saved)
    }

    @Test func aSaveGoesThroughAndAStaleOneIsRefusedNamingWhoSavedAndTheStoredDossier() throws {
        let (store, original) = try makeStore()
        let source = store
        var mine = original
        mine.members[0].incomeMonth = Money(euros: 1500)
        guard case .dossierSaved(let saved)? = TestOffice.run(.saveDossier(mine), source) else {
            Issue.record("not saved")
            return
        }
        #expect(saved.revision == original.revision + 1)

        // Editing the old copy again is now stale.
        var again = original
        again.housing.rentMonth = Money(euros: 700)
        guard case .dossierSaveRefused(let stale, let current)? = TestOffice.run(.saveDossier(again), source) else {
            Issue.record("not refused")
            return
        }
        #expect(stale.savedBy == "jan")
        #expect(stale.storedRevision == saved.revision)
        #expect(current.members[0].incomeMonth == Money(euros: 1500))
    }

    @Test func historyListsRevisionsAndAuditEntriesAndAnEarlierRevisionLoads() throws {
        let (store, original) = try makeStore()
        var changed = original
        changed.notes.append(Note(date: Day(year: 2026, month: 11, day: 23)!, author: "jan", text: "x"))
        _ = try store.save(changed)
        let source = store
        guard case .dossierHistoryLoaded(_, .loaded(let history))? =
            TestOffice.run(.loadDossierHistory(original.id, reason: .opvolging), source) else {
            Issue.record("no history")
            return
        }
        #expect(history.revisions == [original.revision, original.revision + 1])
        #expect(history.entries.map(\.action) == [.create, .change])
        guard case .dossierRevisionOpened(let old)? =
            TestOffice.run(.openRevision(original.id, revision: original.revision, reason: .correctie), source) else {
            Issue.record("no revision")
            return
        }
        #expect(old.notes.isEmpty)
    }
}
