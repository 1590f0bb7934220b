import Foundation
import Testing
@testable import CaseModel

/// Temporary files left by a killed writer are never read as dossiers, and reading the caseload removes them;
/// a temporary file of a writer that still runs is left alone.
@Suite("Crash: leftover temporary files")
struct CrashLeftoverFileTests {
    @Test func abandonedTemporaryFilesAreIgnoredThenRemoved() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.create(StoreFixture.household("A1"))
        // A writer that no longer runs: a pid above the kernel's pid_max can never be in use (the pid of an
        // ended child could be reused at once by another process while the tests run in parallel).
        let pidMax = (try? String(contentsOfFile: "/proc/sys/kernel/pid_max", encoding: .utf8))
            .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 4_194_304
        let dead = ".B2.json.\(pidMax + 1).123.tmp"
        let live = ".C3.json.\(getpid()).456.tmp"
        for name in [dead, live] {
            try Data("{\"half\":".utf8).write(to: URL(fileURLWithPath: folder.store + "/dossiers/" + name))
        }
        let load = try store.loadAll()
        #expect(load.households.map(\.id.rawValue) == ["A1"])
        #expect(load.problems.isEmpty)
        #expect(StoreFixture.names(in: folder.store + "/dossiers") == [live, "A1.json"])
    }
}

/// A batch cut off among its renames is finished when the store is next opened.
@Suite("Crash: an import cut off among its renames")
struct CrashPendingBatchTests {
    @Test func openingTheStoreFinishesTheBatch() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.create(StoreFixture.household("A1", street: "Oude straat"))
        // What a killed import leaves: both files staged and flushed, the list written, A1 renamed, B2 not.
        var changed = try store.load(StoreFixture.id("A1"))
        changed.revision = 2
        changed.address.street = "Nieuwe straat"
        var fresh = StoreFixture.household("B2")
        fresh.revision = 1
        let dossiers = folder.store + "/dossiers/"
        try StoreCoding.encode(changed).write(to: URL(fileURLWithPath: dossiers + "A1.json"))
        try StoreCoding.encode(fresh).write(to: URL(fileURLWithPath: dossiers + ".B2.json.999999.1.tmp"))
        let list = #"{"moves":[{"temporary":"dossiers/.A1.json.999999.0.tmp","final":"dossiers/A1.json"},"#
            + #"{"temporary":"dossiers/.B2.json.999999.1.tmp","final":"dossiers/B2.json"}]}"#
        try Data(list.utf8).write(to: URL(fileURLWithPath: folder.store + "/pending-batch.json"))
        // Reading the caseload before the store is reopened must not throw the staged file away.
        _ = try store.loadAll()

        let reopened = try CaseStore(at: folder.store, identity: StoreFixture.alice)
        #expect(StoreFixture.names(in: dossiers) == ["A1.json", "B2.json"])
        #expect(try reopened.load(StoreFixture.id("A1")).address.street == "Nieuwe straat")
        #expect(try reopened.load(StoreFixture.id("B2")).revision == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.store + "/pending-batch.json"))
    }

    @Test func aCompletedBatchLeavesNoList() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.commit(batch: [StoreFixture.household("A1"), StoreFixture.household("B2")])
        #expect(!StoreFixture.names(in: folder.store).contains("pending-batch.json"))
        #expect(StoreFixture.names(in: folder.store + "/dossiers") == ["A1.json", "B2.json"])
    }
}
