import Foundation
import Testing
@testable import CaseModel

/// The store's own file system: every path from the store's folder, never through a link, never out of it.
@Suite("Case store: no path leaves the store")
struct StoreRootTests {
    @Test func pathsOutsideTheStoreOrThroughDotDotAreRefusedBeforeAnyCall() throws {
        let folder = TemporaryFolder()
        _ = try StoreFixture.newStore(folder)
        let fs = try PosixFileSystem().anchored(at: folder.store)
        let outside = folder.path + "/outside.txt"
        for path in [outside, folder.store + "/dossiers/../../outside.txt", folder.store + "/./roles.json",
                     folder.store + "//roles.json", folder.store + "x/roles.json"] {
            #expect(throws: FileSystemError.self, "\(path)") { try fs.createFile(path, data: Data("x".utf8), mode: 0o600, group: nil, sync: false) }
        }
        #expect(!FileManager.default.fileExists(atPath: outside))
        let error = try #require(throws: FileSystemError.self) { try fs.readFile(folder.store + "/dossiers/../roles.json") }
        #expect(error.code == FileSystemError.outsideStore)
        #expect(error.description.contains("buiten de store"))
    }

    @Test func aMappedFileHasTheBytesReadGivesAndALinkIsNotMapped() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.commit(batch: DemoGenerator(seed: 4).households(count: 30))
        _ = try store.loadAll()
        let fs = try PosixFileSystem().anchored(at: folder.store)
        let snapshot = folder.store + "/index/caseload.bin"
        let mapped = try fs.mapFile(snapshot)
        #expect(mapped.count > 1000)
        #expect(mapped == (try fs.readFile(snapshot)))
        // Replaced by a rename (as the index does) while mapped: the mapping keeps the bytes it had.
        let before = Data(mapped)
        try Data("other".utf8).write(to: URL(fileURLWithPath: snapshot), options: .atomic)
        #expect(mapped == before)
        // An empty file maps to no bytes; a link is refused, not followed.
        try Data().write(to: URL(fileURLWithPath: folder.store + "/index/empty.bin"))
        #expect(try fs.mapFile(folder.store + "/index/empty.bin").isEmpty)
        try FileManager.default.createSymbolicLink(atPath: folder.store + "/index/link.bin", withDestinationPath: "/etc/passwd")
        #expect(throws: FileSystemError.self) { try fs.mapFile(folder.store + "/index/link.bin") }
    }

    @Test func aLinkInTheStoreIsNeverFollowed() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.save(StoreFixture.household("A1"))
        let victim = folder.path + "/victim"
        try FileManager.default.createDirectory(atPath: victim, withIntermediateDirectories: true)
        try "mine".write(toFile: victim + "/file.txt", atomically: false, encoding: .utf8)
        // A folder of the store replaced by a link, and a file of the store that is a link.
        try FileManager.default.moveItem(atPath: folder.store + "/volunteers", toPath: folder.path + "/kept")
        try FileManager.default.createSymbolicLink(atPath: folder.store + "/volunteers", withDestinationPath: victim)
        try FileManager.default.removeItem(atPath: folder.store + "/roles.json")
        try FileManager.default.createSymbolicLink(atPath: folder.store + "/roles.json", withDestinationPath: victim + "/file.txt")

        let reopened = try CaseStore(at: folder.store, identity: StoreFixture.alice)
        let read = StoreFixture.storeError { _ = try reopened.roles() }
        #expect(read?.message.contains("symbolische link") == true, "\(String(describing: read))")
        #expect(throws: StoreError.self) { _ = try reopened.volunteers() }
        let fs = try PosixFileSystem().anchored(at: folder.store)
        #expect(throws: FileSystemError.self) { try fs.createFile(folder.store + "/volunteers/V1.json", data: Data("{}".utf8), mode: 0o600, group: nil, sync: false) }
        #expect(throws: FileSystemError.self) { try fs.append(folder.store + "/roles.json", data: Data("x".utf8), mode: 0o600, group: nil, sync: false) }
        #expect(StoreFixture.names(in: victim) == ["file.txt"])
        #expect(try String(contentsOfFile: victim + "/file.txt", encoding: .utf8) == "mine")
    }

    @Test func aLinkPlantedAsADossierIsSetAsideAndNamedNotFollowed() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.save(StoreFixture.household("A1"))
        _ = try store.loadAll()  // the caseload index is written
        let victim = folder.path + "/victim.json"
        let planted = try StoreCoding.encode(StoreFixture.household("B2"))
        try planted.write(to: URL(fileURLWithPath: victim))
        let link = folder.store + "/dossiers/B2.json"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)

        let load = try CaseStore(at: folder.store, identity: StoreFixture.alice).loadAll()
        #expect(load.households.map(\.id.rawValue) == ["A1"], "the link is not read as a dossier")
        let problem = try #require(load.problems.first)
        #expect(problem.path == "dossiers/B2.json" && problem.reason.contains("geen gewoon bestand"))
        let setAside = try #require(problem.quarantinedAs)
        #expect(!FileManager.default.fileExists(atPath: link))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.store + "/" + setAside) == victim,
                "the link itself is moved, not what it points to")
        #expect(try Data(contentsOf: URL(fileURLWithPath: victim)) == planted)
        #expect(try store.audit.entries().contains { $0.action == .quarantine && $0.detail["file"] == "dossiers/B2.json" })
    }

    @Test func aForgedPendingBatchIsSetAsideAndRenamesNothing() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.save(StoreFixture.household("A1"))
        let victim = folder.path + "/victim.txt"
        try "mine".write(toFile: victim, atomically: false, encoding: .utf8)
        let forged = #"{"moves":[{"temporary":"dossiers/.A1.json.1.1.tmp","final":"../victim.txt"},"#
            + #"{"temporary":"../victim.txt","final":"dossiers/B2.json"}]}"#
        try forged.write(toFile: folder.store + "/pending-batch.json", atomically: false, encoding: .utf8)

        let reopened = try CaseStore(at: folder.store, identity: StoreFixture.alice)
        try reopened.save(StoreFixture.household("C3"))
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "mine")
        #expect(!FileManager.default.fileExists(atPath: folder.store + "/pending-batch.json"))
        #expect(StoreFixture.names(in: folder.store + "/dossiers") == ["A1.json", "C3.json"])
        #expect(StoreFixture.names(in: folder.store + "/quarantine").contains { $0.hasPrefix("pending-batch.json.") })
        #expect(try reopened.audit.entries().contains { $0.action == .quarantine && $0.detail["file"] == "pending-batch.json" })
    }

    @Test func aBatchAsAnImportWritesItIsStillFinished() {
        let good = CaseStore.PendingBatch.Move(temporary: "dossiers/.2024~7.json.123.456.tmp", final: "dossiers/2024~7.json")
        #expect(CaseStore.isBatchMove(good))
        for bad in [("dossiers/.x.json.1.1.tmp", "../x.json"), ("../x", "dossiers/x.json"), ("dossiers/.A.json.1.tmp", "volunteers/A.json"),
                    ("audit/.a.json.1.1.tmp", "audit/a.json"), ("dossiers/A.json", "dossiers/B.json")] {
            #expect(!CaseStore.isBatchMove(.init(temporary: bad.0, final: bad.1)), "\(bad)")
        }
    }

    @Test func theStoreIsTheFolderItOpenedNotAName() throws {
        // A store keeps working on the folder it opened: a name swapped in meanwhile is not followed.
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try FileManager.default.moveItem(atPath: folder.store, toPath: folder.path + "/moved")
        try FileManager.default.createDirectory(atPath: folder.store + "/dossiers", withIntermediateDirectories: true)
        try store.save(StoreFixture.household("A1"))
        #expect(StoreFixture.names(in: folder.path + "/moved/dossiers") == ["A1.json"])
        #expect(StoreFixture.names(in: folder.store + "/dossiers").isEmpty)
    }
}
