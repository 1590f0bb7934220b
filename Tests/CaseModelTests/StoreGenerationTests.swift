import Foundation
import Testing
@testable import CaseModel

/// The store generation (Store/Index/StoreGeneration.swift): a shared store whose index is current for it loads
/// without stamping a file, and gives what reading every file gives; anything that leaves the index short of the
/// generation — a write cut off before its delta record, a damaged or foreign index — makes the load stamp every
/// file again, with the same result. A personal store always stamps.
@Suite struct StoreGenerationTests {
    private func sharedStore(_ folder: TemporaryFolder, count: Int = 40) throws -> CaseStore {
        let group = try #require(getgrgid(getegid())).pointee
        let store = try CaseStore.create(at: folder.store, mode: .shared(group: String(cString: group.gr_name)),
                                         identity: StoreFixture.alice)
        try store.commit(batch: DemoGenerator(seed: 11).households(count: count))
        return store
    }

    private func generationFile(_ store: CaseStore) -> URL { URL(fileURLWithPath: store.root + "/index/generation") }

    @Test func aSharedStoreWithACurrentIndexStampsNoFile() throws {
        let folder = TemporaryFolder()
        let store = try sharedStore(folder)
        let first = try store.loadAllReportingIndex()
        #expect(first.index?.unstamped == false)
        #expect(first.index?.snapshotWritten == true)
        let second = try store.loadAllReportingIndex()
        #expect(second.index?.unstamped == true)
        #expect(second.index?.fromIndex == 40)
        #expect(second.load.households == (try StoreFixture.fromFiles(store)))
        // A save and a batch step the generation and record the step: still current, and the changes are there.
        var h = second.load.households[3]
        h.address.street = "Generatiestraat"
        try store.save(h)
        var batch = DemoGenerator(seed: 12).households(count: 5)
        for i in batch.indices { batch[i].id = DossierID(rawValue: "G-\(i)")! }
        try store.commit(batch: batch)
        let third = try store.loadAllReportingIndex()
        #expect(third.index?.unstamped == true)
        #expect(third.load.households == (try StoreFixture.fromFiles(store)))
        #expect(third.load.households.contains { $0.address.street == "Generatiestraat" })
        #expect(third.load.households.count == 45)
    }

    @Test func aWriteCutOffBeforeItsDeltaRecordMakesTheLoadStampEveryFile() throws {
        let folder = TemporaryFolder()
        let store = try sharedStore(folder)
        _ = try store.loadAll()
        // What a crash between a save's renames and its delta record leaves: the file changed, the generation
        // stepped, the index without either.
        let path = store.root + "/dossiers/" + (try store.dossierIDs()[0]).fileStem + ".json"
        var h = try JSONDecoder().decode(Household.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        h.address.street = "Afgebrokenstraat"
        try StoreCoding.encode(h).write(to: URL(fileURLWithPath: path + ".tmp"))
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.moveItem(atPath: path + ".tmp", toPath: path)
        try Data("00000000000000ab\n".utf8).write(to: generationFile(store))
        let after = try store.loadAllReportingIndex()
        #expect(after.index?.unstamped == false)
        #expect(after.index?.fromFiles == 1)
        #expect(after.load.households == (try StoreFixture.fromFiles(store)))
        // The stamped load vouched for the index: the next one needs no stamps.
        let next = try store.loadAllReportingIndex()
        #expect(next.index?.unstamped == true)
        #expect(next.load.households == after.load.households)
    }

    @Test func aDamagedOrMissingIndexOrGenerationIsRebuiltWithTheSameResult() throws {
        let folder = TemporaryFolder()
        let store = try sharedStore(folder)
        let truth = try store.loadAll().households
        let snapshot = URL(fileURLWithPath: store.root + "/index/caseload.bin")
        var bytes = try Data(contentsOf: snapshot)
        bytes[bytes.count / 3] ^= 0x5A
        try bytes.write(to: snapshot)
        let damaged = try store.loadAllReportingIndex()
        #expect(damaged.index?.unstamped == false && damaged.index?.snapshotWritten == true)
        #expect(damaged.load.households == truth)
        #expect(try store.loadAllReportingIndex().index?.unstamped == true)
        // A generation file that does not read, one with a valid generation and more after it, then none at all.
        try Data("not a number\n".utf8).write(to: generationFile(store))
        #expect(try store.loadAllReportingIndex().index?.unstamped == false)
        let valid = try Data(contentsOf: generationFile(store))
        try (Data(repeating: 0x30, count: 100_000) + valid).write(to: generationFile(store))
        #expect(try store.loadAllReportingIndex().index?.unstamped == false)
        try FileManager.default.removeItem(at: generationFile(store))
        let without = try store.loadAllReportingIndex()
        #expect(without.index?.unstamped == false)
        #expect(without.load.households == truth)
        let again = try store.loadAllReportingIndex()
        #expect(again.index?.unstamped == true)
        #expect(again.load.households == truth)
    }

    @Test func anIndexCopiedFromAnotherStoreIsNotBelieved() throws {
        let a = TemporaryFolder(), b = TemporaryFolder()
        let storeA = try sharedStore(a)
        let storeB = try sharedStore(b, count: 30)
        _ = try storeA.loadAll()
        let truthB = try storeB.loadAll().households
        for name in ["caseload.bin", "delta.bin"] {
            let target = storeB.root + "/index/" + name
            try FileManager.default.removeItem(atPath: target)
            try FileManager.default.copyItem(atPath: storeA.root + "/index/" + name, toPath: target)
        }
        let after = try storeB.loadAllReportingIndex()
        #expect(after.index?.unstamped == false)
        #expect(after.load.households == truthB)
    }

    @Test func aPersonalStoreAlwaysStampsItsFiles() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.commit(batch: DemoGenerator(seed: 11).households(count: 20))
        _ = try store.loadAll()
        let second = try store.loadAllReportingIndex()
        #expect(second.index?.unstamped == false)
        #expect(second.index?.fromIndex == 20)
    }

    @Test func quarantiningADossierStepsTheGeneration() throws {
        let folder = TemporaryFolder()
        let store = try sharedStore(folder, count: 5)
        _ = try store.loadAll()
        let before = try Data(contentsOf: generationFile(store))
        let id = try store.dossierIDs()[0]
        _ = store.quarantine(store.root + "/dossiers/" + id.fileStem + ".json", id: id, reason: "test")
        #expect(try Data(contentsOf: generationFile(store)) != before)
        let after = try store.loadAllReportingIndex()
        #expect(after.index?.unstamped == false)
        #expect(after.load.households.count == 4)
        #expect(!after.load.households.contains { $0.id == id })
    }
}
