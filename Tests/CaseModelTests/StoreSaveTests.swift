import Foundation
import Testing
@testable import CaseModel

@Suite("Case store: saving and revisions")
struct StoreSaveTests {
    @Test func newStoreHasEveryDocumentedFileAndFolder() throws {
        let folder = TemporaryFolder()
        _ = try StoreFixture.newStore(folder)
        let names = StoreFixture.names(in: folder.store)
        #expect(names == [".lock", "audit", "dossiers", "history", "quarantine", "roles.json", "rules", "volunteers", "zorg-store.json"])
        #expect(CaseStore.isStore(at: folder.store))
    }

    @Test func openingAFolderThatIsNotAStoreIsRefused() throws {
        let folder = TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let error = StoreFixture.storeError { _ = try CaseStore(at: folder.path, identity: StoreFixture.alice) }
        #expect(error == .notAStore(path: folder.path))
        #expect(error?.exitCode == 3)
    }

    @Test func creatingAStoreOverAStoreIsRefused() throws {
        let folder = TemporaryFolder()
        _ = try StoreFixture.newStore(folder)
        let error = StoreFixture.storeError { _ = try StoreFixture.newStore(folder) }
        #expect(error == .storeExists(path: folder.store))
    }

    @Test func atomicSaveLeavesOnlyTheDossierFileReadableWithItsMode() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        let saved = try store.save(StoreFixture.household("2024/00123"))
        #expect(saved.revision == 1)

        let dossiers = folder.store + "/dossiers"
        #expect(StoreFixture.names(in: dossiers) == ["2024~00123.json"])
        #expect(StoreFixture.mode(of: dossiers + "/2024~00123.json") == 0o600)
        let text = try String(contentsOfFile: dossiers + "/2024~00123.json", encoding: .utf8)
        #expect(text.contains("\"street\" : \"Stalenstraat\""))
        #expect(text.hasSuffix("}\n"))
        #expect(try store.load(StoreFixture.id("2024/00123")) == saved)
        #expect(try store.dossierIDs() == [StoreFixture.id("2024/00123")])
    }

    @Test func dossierFileHasSortedKeys() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.save(StoreFixture.household("A1"))
        let text = try String(contentsOfFile: folder.store + "/dossiers/A1.json", encoding: .utf8)
        let topLevelKeys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topLevelKeys == topLevelKeys.sorted())
        #expect(topLevelKeys.contains("revision"))
    }

    @Test func eachSaveRaisesTheRevisionAndKeepsTheEarlierOne() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        let first = try store.save(StoreFixture.household("A1", street: "Eerste straat"))
        var edit = first
        edit.address.street = "Tweede straat"
        let second = try store.save(edit)
        #expect(second.revision == 2)
        #expect(try store.revisions(of: StoreFixture.id("A1")) == [1, 2])
        #expect(try store.load(StoreFixture.id("A1"), revision: 1).address.street == "Eerste straat")
        #expect(try store.load(StoreFixture.id("A1"), revision: 2).address.street == "Tweede straat")
        #expect(StoreFixture.storeError { _ = try store.load(StoreFixture.id("A1"), revision: 7) }
            == .revisionNotFound(StoreFixture.id("A1"), revision: 7))
    }

    @Test func staleSaveIsRefusedAndNamesWhoSavedInBetween() throws {
        let folder = TemporaryFolder()
        let alice = try StoreFixture.newStore(folder)
        try alice.setRole(.caseworker, for: "bob")
        let bob = try CaseStore(at: folder.store, identity: StoreFixture.bob)

        let original = try alice.save(StoreFixture.household("A1"))
        var aliceEdit = original
        aliceEdit.address.street = "Alice straat"
        try alice.save(aliceEdit)

        var bobEdit = original
        bobEdit.address.street = "Bob straat"
        let error = StoreFixture.storeError { try bob.save(bobEdit) }
        guard case .stale(let stale) = error else {
            Issue.record("expected a stale-save error, got \(String(describing: error))")
            return
        }
        #expect(stale.savedBy == "alice")
        #expect(stale.editedRevision == 1 && stale.storedRevision == 2)
        #expect(stale.message.contains("door alice"))
        #expect(error?.exitCode == 1)
        #expect(try alice.load(StoreFixture.id("A1")).address.street == "Alice straat")
    }

    @Test func creatingADossierThatExistsIsRefused() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.create(StoreFixture.household("A1"))
        #expect(StoreFixture.storeError { try store.create(StoreFixture.household("A1")) }
            == .alreadyExists(.dossier, StoreFixture.id("A1")))
        #expect(StoreFixture.storeError { try store.save(StoreFixture.household("A1")) }
            == .alreadyExists(.dossier, StoreFixture.id("A1")))
    }

    @Test func batchCommitWritesEveryDossierAndOneAuditEntry() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        let existing = try store.save(StoreFixture.household("A1"))
        let entriesBefore = try store.audit.entries().count

        var changed = existing
        changed.address.street = "Nieuwe straat"
        let saved = try store.commit(batch: [changed, StoreFixture.household("B2"), StoreFixture.household("C3")],
                                     detail: ["file": "clients.csv", "sha256": "abc123"])
        #expect(saved.map(\.revision) == [2, 1, 1])
        #expect(try store.dossierIDs().map(\.rawValue) == ["A1", "B2", "C3"])

        let entries = try store.audit.entries()
        #expect(entries.count == entriesBefore + 1)
        let last = try #require(entries.last)
        #expect(last.action == .import)
        #expect(last.dossiers == ["A1", "B2", "C3"])
        #expect(last.detail["created"] == "2" && last.detail["changed"] == "1")
        #expect(last.detail["file"] == "clients.csv" && last.detail["sha256"] == "abc123")
        #expect(!StoreFixture.names(in: folder.store + "/dossiers").contains { $0.hasPrefix(".") })
    }

    @Test func batchWithOneStaleDossierWritesNothing() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        var a1 = try store.save(StoreFixture.household("A1"))
        a1 = try store.save(a1)  // now revision 2 on disk
        var stale = a1
        stale.revision = 1
        let entriesBefore = try store.audit.entries().count

        let error = StoreFixture.storeError { try store.commit(batch: [StoreFixture.household("B2"), stale]) }
        guard case .stale = error else {
            Issue.record("expected a stale-save error, got \(String(describing: error))")
            return
        }
        #expect(try store.dossierIDs().map(\.rawValue) == ["A1"])
        #expect(try store.audit.entries().count == entriesBefore)
        #expect(StoreFixture.names(in: folder.store + "/dossiers") == ["A1.json"])
    }

    @Test func volunteersAreSavedWithRevisionsAndListed() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        let saved = try store.save(volunteer: Volunteer(id: StoreFixture.id("V1"), firstName: "Mia", lastName: "Claes"))
        #expect(saved.revision == 1)
        var edit = saved
        edit.families = [StoreFixture.id("A1")]
        #expect(try store.save(volunteer: edit).revision == 2)
        #expect(StoreFixture.storeError { try store.save(volunteer: saved) } != nil)
        try store.commit(volunteers: [Volunteer(id: StoreFixture.id("V2"), firstName: "Tom", lastName: "Jacobs")])
        let load = try store.volunteers()
        #expect(load.volunteers.map(\.id.rawValue) == ["V1", "V2"])
        #expect(load.problems.isEmpty)
        #expect(try store.volunteer(StoreFixture.id("V1")).families == [StoreFixture.id("A1")])
    }
}
