import CaseModel
import Foundation
import Testing
@testable import ZorgTUI

/// The dossier effects against a real store in a temporary folder.
@Suite struct DossierStoreTests {
    let folder = FileManager.default.temporaryDirectory.path + "/zorg-dossier-test-" + UUID().uuidString

    private func makeStore() throws -> (CaseStore, Household) {
        let store = try CaseStore.create(at: folder + "/store", identity: Identity(user: "jan"))
        let saved = try store.create(Fixture.households[0])
        return (store, saved)
    }

    @Test func aSaveGoesThroughAndAStaleOneIsRefusedNamingWhoSavedAndTheStoredDossier() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (store, original) = try makeStore()
        let source = StoreCaseloadSource(store: store)
        var mine = original
        mine.members[0].incomeMonth = Money(euros: 1500)
        guard case .dossierSaved(let saved)? = DossierEffects.run(.saveDossier(mine), source: source, language: .nl) else {
            Issue.record("not saved")
            return
        }
        #expect(saved.revision == original.revision + 1)

        // Editing the old copy again is now stale.
        var again = original
        again.housing.rentMonth = Money(euros: 700)
        guard case .dossierSaveRefused(let stale, let current)? = DossierEffects.run(.saveDossier(again), source: source,
                                                                                     language: .nl) else {
            Issue.record("not refused")
            return
        }
        #expect(stale.savedBy == "jan")
        #expect(stale.storedRevision == saved.revision)
        #expect(current.members[0].incomeMonth == Money(euros: 1500))
    }

    @Test func historyListsRevisionsAndAuditEntriesAndAnEarlierRevisionLoads() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (store, original) = try makeStore()
        var changed = original
        changed.notes.append(Note(date: Day(year: 2026, month: 11, day: 23)!, author: "jan", text: "x"))
        try store.save(changed)
        let source = StoreCaseloadSource(store: store)
        guard case .dossierHistoryLoaded(_, .loaded(let history))? =
            DossierEffects.run(.loadDossierHistory(original.id), source: source, language: .nl) else {
            Issue.record("no history")
            return
        }
        #expect(history.revisions == [original.revision, original.revision + 1])
        #expect(history.entries.map(\.action) == [.create, .change])
        guard case .dossierRevisionOpened(let old)? =
            DossierEffects.run(.openRevision(original.id, revision: original.revision, reason: .correctie), source: source, language: .nl) else {
            Issue.record("no revision")
            return
        }
        #expect(old.notes.isEmpty)
    }
}
