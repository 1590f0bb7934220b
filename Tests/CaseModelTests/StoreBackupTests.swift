import Foundation
import Testing
@testable import CaseModel

/// `zorg backup`: a consistent copy while others work, as a tar file or a folder, that opens as a store and
/// whose audit trail verifies.
@Suite("Case store: backups", .serialized)
struct StoreBackupTests {
    /// A store with dossiers that have earlier revisions, a volunteer, a local rule file and a quarantined file.
    private func busyStore(_ folder: TemporaryFolder) throws -> CaseStore {
        let store = try StoreFixture.newStore(folder)
        for n in 1...20 { try store.save(StoreFixture.household("2026/\(n)")) }
        for n in 1...5 {
            var h = try store.load(StoreFixture.id("2026/\(n)"))
            h.address.street = "Nieuwstraat"
            try store.save(h)
        }
        try store.save(volunteer: Volunteer(id: StoreFixture.id("V1"), firstName: "Jan", lastName: "Buddy"))
        try "not json".write(toFile: folder.store + "/dossiers/BROKEN.json", atomically: false, encoding: .utf8)
        _ = try store.loadAll()  // sets the broken file aside
        return store
    }

    private func untar(_ tar: String, into folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/tar")
        process.arguments = ["-xf", tar, "-C", folder]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "tar reads the backup")
    }

    /// Every file of a store, relative, with its bytes (the index and the lock left out).
    private func contents(_ root: String) -> [String: Data] {
        var out: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let name = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root + "/" + name, isDirectory: &isFolder), !isFolder.boolValue,
                  !name.hasPrefix("index/") else { continue }
            out[name] = FileManager.default.contents(atPath: root + "/" + name)
        }
        return out
    }

    @Test(arguments: ["copy.tar", "copy"])
    func theCopyHoldsEveryFileButTheIndexOpensAndVerifies(_ name: String) throws {
        let folder = TemporaryFolder()
        let store = try busyStore(folder)
        let before = contents(folder.store)
        let report = try store.backup(to: folder.path + "/" + name)
        #expect(report.format == (name.hasSuffix(".tar") ? .tar : .folder))
        #expect(report.dossiers == 20 && report.earlierRevisions == 5)
        let copy = name.hasSuffix(".tar") ? folder.path + "/unpacked" : folder.path + "/" + name
        if name.hasSuffix(".tar") {
            #expect(StoreFixture.mode(of: folder.path + "/" + name) == 0o600)
            try untar(folder.path + "/" + name, into: copy)
        }
        #expect(StoreFixture.mode(of: copy + "/dossiers") == 0o700)
        #expect(StoreFixture.mode(of: copy + "/roles.json") == 0o600)
        var copied = contents(copy)
        #expect(copied.removeValue(forKey: ".lock") == Data())
        #expect(copied == before.filter { $0.key != ".lock" }, "every file of the store, byte for byte")
        #expect(!FileManager.default.fileExists(atPath: copy + "/index"))
        let reopened = try CaseStore(at: copy, identity: StoreFixture.alice)
        #expect(try reopened.audit.verify().firstBreak == nil)
        #expect(try reopened.loadAll().households.count == 20)
        #expect(try reopened.revisions(of: StoreFixture.id("2026/1")) == [1, 2])
        // The backup is one entry in the store it copied, after the copy.
        #expect(try store.audit.entries().last?.action == AuditAction("backup"))
        #expect(try store.audit.entries().last?.detail["upToSeq"] == String(report.auditSeq))
    }

    @Test func anExistingDestinationIsRefusedAndNothingIsWritten() throws {
        let folder = TemporaryFolder()
        let store = try busyStore(folder)
        try "keep".write(toFile: folder.path + "/old.tar", atomically: false, encoding: .utf8)
        #expect(throws: BackupError.destinationExists(folder.path + "/old.tar")) { try store.backup(to: folder.path + "/old.tar") }
        #expect(try String(contentsOfFile: folder.path + "/old.tar", encoding: .utf8) == "keep")
        #expect(throws: BackupError.self) { try store.backup(to: folder.store) }
        #expect(try store.audit.entries().contains { $0.action == AuditAction("backup") } == false)
    }

    @Test func onlyAnAdministratorBacksUp() throws {
        let folder = TemporaryFolder()
        let store = try busyStore(folder)
        try store.setRole(.caseworker, for: "bob")
        let asBob = try CaseStore(at: folder.store, identity: StoreFixture.bob)
        let error = StoreFixture.storeError { _ = try asBob.backup(to: folder.path + "/b.tar") }
        #expect(error == .roleNotAllowed(user: "bob", role: .caseworker, needed: [.admin]))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/b.tar"))
    }

    @Test func aFailedBackupLeavesNoHalfCopyAndNoEntry() throws {
        let folder = TemporaryFolder()
        let store = try busyStore(folder)
        // A rule file whose name tar cannot hold stops the copy after the dossiers: what was written goes again.
        let long = String(repeating: "r", count: 120) + ".yaml"
        try "overrides: []".write(toFile: folder.store + "/rules/" + long, atomically: false, encoding: .utf8)
        #expect(throws: TarHeader.NameTooLong.self) { try store.backup(to: folder.path + "/b.tar") }
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/b.tar"))
        #expect(try store.audit.entries().contains { $0.action == AuditAction("backup") } == false)
    }

    @Test func writersGoOnDuringABackupAndTheCopyIsConsistent() throws {
        let folder = TemporaryFolder()
        let store = try busyStore(folder)
        let stop = Stop()
        let writer = Thread {
            let other = try! CaseStore(at: folder.store, identity: StoreFixture.alice)
            var n = 0
            while !stop.isSet {
                n += 1
                let id = StoreFixture.id("2026/\(n % 20 + 1)")
                if var h = try? other.load(id) {
                    h.address.houseNumber = String(n)
                    _ = try? other.save(h)
                }
            }
        }
        writer.start()
        var reports: [BackupReport] = []
        for k in 0..<6 { reports.append(try store.backup(to: folder.path + "/b\(k).tar")) }
        stop.set()
        for (k, report) in reports.enumerated() {
            let copy = folder.path + "/u\(k)"
            try untar(report.path, into: copy)
            let reopened = try CaseStore(at: copy, identity: StoreFixture.alice)
            #expect(try reopened.audit.verify().firstBreak == nil, "backup \(k) verifies")
            // Each dossier in the copy has the revision the copied trail last wrote for it, and its history below it.
            let entries = try reopened.audit.entries()
            for h in try reopened.loadAll().households {
                let last = entries.last { $0.dossiers == [h.id.rawValue] && ($0.action == .change || $0.action == .create) }
                #expect(last?.detail["revision"] == String(h.revision), "\(h.id) in backup \(k)")
                #expect(try reopened.revisions(of: h.id) == Array(1...h.revision))
            }
        }
    }
}

/// A flag one thread sets and another reads.
private final class Stop: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
