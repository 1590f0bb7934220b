import Foundation
import Testing
@testable import CaseModel

/// The real file system, except that one kind of call fails on paths containing `where`.
struct FaultyFileSystem: FileSystem {
    let base = PosixFileSystem()
    let failing: FileSystemError.Operation
    let code: Int32
    let where_: String

    init(failing: FileSystemError.Operation, code: Int32, where path: String) {
        self.failing = failing
        self.code = code
        self.where_ = path
    }

    private func check(_ operation: FileSystemError.Operation, _ path: String) throws {
        if operation == failing && path.contains(where_) {
            throw FileSystemError(path: path, operation: operation, code: code)
        }
    }

    func exists(_ path: String) -> Bool { base.exists(path) }
    func isDirectory(_ path: String) -> Bool { base.isDirectory(path) }
    func readFile(_ path: String) throws -> Data { try check(.read, path); return try base.readFile(path) }
    func readTail(_ path: String, maxBytes: Int) throws -> Data { try check(.read, path); return try base.readTail(path, maxBytes: maxBytes) }
    func listDirectory(_ path: String) throws -> [String] { try check(.list, path); return try base.listDirectory(path) }
    func makeDirectory(_ path: String, mode: mode_t, group: gid_t?) throws {
        try check(.makeDirectory, path)
        try base.makeDirectory(path, mode: mode, group: group)
    }
    func createFile(_ path: String, data: Data, mode: mode_t, group: gid_t?, sync: Bool) throws {
        try check(.create, path)
        try base.createFile(path, data: data, mode: mode, group: group, sync: sync)
    }
    func sync(_ paths: [String]) throws {
        for path in paths { try check(.sync, path) }
        try base.sync(paths)
    }
    func append(_ path: String, data: Data, mode: mode_t, group: gid_t?, sync: Bool) throws {
        try check(.append, path)
        try base.append(path, data: data, mode: mode, group: group, sync: sync)
    }
    func rename(_ from: String, to: String) throws { try check(.rename, to); try base.rename(from, to: to) }
    func link(_ existing: String, as newPath: String) throws { try check(.link, newPath); try base.link(existing, as: newPath) }
    func remove(_ path: String) throws { try base.remove(path) }
    func syncDirectory(_ path: String) throws { try check(.sync, path); try base.syncDirectory(path) }
    func setMode(_ path: String, mode: mode_t, group: gid_t?) throws { try base.setMode(path, mode: mode, group: group) }
    func lockExclusive(_ path: String, mode: mode_t, timeout: Duration) throws -> (any FileLock)? {
        try check(.lock, path)
        return try base.lockExclusive(path, mode: mode, timeout: timeout)
    }
}

@Suite("Case store: failing disks")
struct StoreFaultTests {
    private func store(_ folder: TemporaryFolder, failing: FileSystemError.Operation, code: Int32,
                       where path: String = "/dossiers/") throws -> CaseStore {
        let store = try StoreFixture.newStore(folder)
        try store.save(StoreFixture.household("A1", street: "Oude straat"))
        return try CaseStore(at: folder.store, identity: StoreFixture.alice,
                             fileSystem: FaultyFileSystem(failing: failing, code: code, where: path))
    }

    @Test func fullDiskIsSaidPlainlyAndChangesNothing() throws {
        let folder = TemporaryFolder()
        let store = try store(folder, failing: .create, code: ENOSPC)
        var edit = try store.load(StoreFixture.id("A1"))
        edit.address.street = "Nieuwe straat"
        let error = StoreFixture.storeError { try store.save(edit) }
        #expect(error?.exitCode == 3)
        #expect(error?.message.contains("de schijf is vol") == true)
        #expect(error?.message.contains("/dossiers/") == true)
        #expect(try store.load(StoreFixture.id("A1")).address.street == "Oude straat")
        #expect(StoreFixture.names(in: folder.store + "/dossiers") == ["A1.json"])
    }

    @Test func failedRenameLeavesTheOldFileAndNoTemporaryFile() throws {
        let folder = TemporaryFolder()
        let store = try store(folder, failing: .rename, code: EIO)
        var edit = try store.load(StoreFixture.id("A1"))
        edit.address.street = "Nieuwe straat"
        #expect(StoreFixture.storeError { try store.save(edit) }?.exitCode == 3)
        #expect(try store.load(StoreFixture.id("A1")).revision == 1)
        #expect(StoreFixture.names(in: folder.store + "/dossiers") == ["A1.json"])
        // The entry written before the rename is followed by one that takes it back.
        #expect(try store.audit.entries().suffix(2).map(\.action) == [.change, .undone])
    }

    @Test func readOnlyStoreIsSaidPlainly() throws {
        let folder = TemporaryFolder()
        let store = try store(folder, failing: .create, code: EROFS)
        let error = StoreFixture.storeError { try store.save(StoreFixture.household("B2")) }
        #expect(error?.message.contains("alleen-lezen") == true)
    }

    @Test func fileSystemWithoutHardLinksKeepsACopyOfTheEarlierRevision() throws {
        let folder = TemporaryFolder()
        let store = try store(folder, failing: .link, code: EPERM, where: "/history/")
        var edit = try store.load(StoreFixture.id("A1"))
        edit.address.street = "Nieuwe straat"
        try store.save(edit)
        #expect(try store.load(StoreFixture.id("A1"), revision: 1).address.street == "Oude straat")
        #expect(try store.load(StoreFixture.id("A1")).address.street == "Nieuwe straat")
    }

    /// The bytes of every dossier file and the trail, to compare before and after a failed write.
    private func snapshot(_ folder: TemporaryFolder) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in StoreFixture.names(in: folder.store + "/dossiers") {
            files["dossiers/" + name] = try Data(contentsOf: URL(fileURLWithPath: folder.store + "/dossiers/" + name))
        }
        files["audit"] = try Data(contentsOf: URL(fileURLWithPath: folder.store + "/audit/audit.jsonl"))
        return files
    }

    @Test func batchWhoseSecondRenameFailsPutsBackTheFirst() throws {
        let folder = TemporaryFolder()
        let store = try store(folder, failing: .rename, code: EIO, where: "/dossiers/C3")
        let before = try snapshot(folder)
        var changed = try store.load(StoreFixture.id("A1"))
        changed.address.street = "Nieuwe straat"
        // A1 (changed) and B2 (new) are renamed in before C3 fails.
        let error = StoreFixture.storeError {
            try store.commit(batch: [changed, StoreFixture.household("B2"), StoreFixture.household("C3")])
        }
        #expect(error?.exitCode == 3)
        #expect(error?.message.contains("/dossiers/C3.json") == true)
        #expect(try snapshot(folder).filter { $0.key != "audit" } == before.filter { $0.key != "audit" })
        #expect(try store.audit.verify().isIntact)
        let last = try store.audit.entries().suffix(2)
        #expect(last.map(\.action) == [.import, .undone])
        #expect(last.last?.dossiers == ["A1", "B2", "C3"] && last.last?.detail["revisions"] == "2,1,1")
    }

    @Test func saveWhoseAuditLineCannotBeWrittenIsUndone() throws {
        let folder = TemporaryFolder()
        let store = try store(folder, failing: .append, code: EROFS, where: "/audit/audit.jsonl")
        let before = try snapshot(folder)
        var edit = try store.load(StoreFixture.id("A1"))
        edit.address.street = "Nieuwe straat"
        let error = StoreFixture.storeError { try store.save(edit) }
        #expect(error?.message.contains("alleen-lezen") == true)
        let batch = StoreFixture.storeError { try store.commit(batch: [StoreFixture.household("B2"), StoreFixture.household("C3")]) }
        #expect(batch?.exitCode == 3)
        #expect(try snapshot(folder) == before)
        #expect(try store.load(StoreFixture.id("A1")).address.street == "Oude straat")
    }

    @Test func fullDiskHalfWayThroughABatchChangesNothing() throws {
        let folder = TemporaryFolder()
        let store = try store(folder, failing: .create, code: ENOSPC, where: "/dossiers/.C3")
        let before = try snapshot(folder)
        let error = StoreFixture.storeError { try store.commit(batch: [StoreFixture.household("B2"), StoreFixture.household("C3")]) }
        #expect(error?.message.contains("de schijf is vol") == true)
        #expect(try snapshot(folder) == before)
    }

    @Test func batchThatCannotBeFlushedWritesNothing() throws {
        let folder = TemporaryFolder()
        let store = try store(folder, failing: .sync, code: EIO, where: "/dossiers/.")
        let error = StoreFixture.storeError { try store.commit(batch: [StoreFixture.household("B2"), StoreFixture.household("C3")]) }
        #expect(error?.exitCode == 3)
        #expect(StoreFixture.names(in: folder.store + "/dossiers") == ["A1.json"])
    }
}

@Suite("Case store: permissions")
struct StorePermissionTests {
    @Test func personalStoreIsReadableByItsUserOnly() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.save(StoreFixture.household("A1"))
        #expect(StoreFixture.mode(of: folder.store) == 0o700)
        #expect(StoreFixture.mode(of: folder.store + "/dossiers") == 0o700)
        #expect(StoreFixture.mode(of: folder.store + "/roles.json") == 0o600)
        #expect(StoreFixture.mode(of: folder.store + "/audit/audit.jsonl") == 0o600)
        #expect(StoreFixture.mode(of: folder.store + "/dossiers/A1.json") == 0o600)
    }

    @Test func sharedStoreBelongsToTheServiceGroupWhateverTheUmask() throws {
        let folder = TemporaryFolder()
        let group = try #require(getgrgid(getegid())).pointee
        let groupName = String(cString: group.gr_name)
        let previous = umask(0o077)
        defer { umask(previous) }
        let store = try CaseStore.create(at: folder.store, mode: .shared(group: groupName), identity: StoreFixture.alice)
        var h = try store.save(StoreFixture.household("A1"))
        h = try store.save(h)
        #expect(store.mode == .shared(group: groupName))
        for dir in ["", "/dossiers", "/history", "/history/A1", "/audit"] {
            #expect(StoreFixture.mode(of: folder.store + dir) == 0o2770, "\(dir)")
        }
        for file in ["/roles.json", "/zorg-store.json", "/dossiers/A1.json", "/history/A1/1.json", "/audit/audit.jsonl"] {
            #expect(StoreFixture.mode(of: folder.store + file) == 0o660, Comment(rawValue: file))
            var st = stat()
            _ = stat(folder.store + file, &st)
            #expect(st.st_gid == group.gr_gid)
        }
    }

    @Test func unknownGroupIsRefused() {
        let folder = TemporaryFolder()
        #expect(StoreFixture.storeError {
            _ = try CaseStore.create(at: folder.store, mode: .shared(group: "zorg-no-such-group"), identity: StoreFixture.alice)
        } == .unknownGroup("zorg-no-such-group"))
    }
}
