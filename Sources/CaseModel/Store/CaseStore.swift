import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file-based case store (PRODUCT.md §4, docs/store.md): one JSON file per dossier, earlier revisions kept,
/// every write atomic and durable under one lock, every change and view in a hash-chained audit trail.
public final class CaseStore: Sendable {
    public let root: String
    public let mode: StoreMode
    /// The person at the terminal; every audit entry and role check is about this user.
    public let identity: Identity
    public let audit: AuditTrail
    /// Built by `zorg demo` from the seeds (made-up people); may be rebuilt with `--force`.
    public let isDemo: Bool
    /// How this process reaches the store: through the service group, or with the person's own rights.
    public let admission: StoreAdmission

    let fileSystem: any FileSystem
    let layout: StoreLayout
    let lock: StoreLock
    let files: AtomicFile

    public static let defaultLockTimeout: Duration = .seconds(5)

    /// Opens an existing store; throws `StoreError.notAStore` when the folder is not one. Every file is then
    /// reached from the folder's descriptor without following links, and the folder decides whether the
    /// service group of a set-group-id `zorg` is kept (`StoreAdmission`).
    public init(at path: String, identity: Identity = .current(), fileSystem: any FileSystem = PosixFileSystem(),
                lockTimeout: Duration = CaseStore.defaultLockTimeout) throws {
        let root = Self.absolute(path)
        let anchored: any FileSystem
        do {
            anchored = try fileSystem.anchored(at: root)
        } catch let error as FileSystemError {
            throw error.isNotFound || error.code == ENOTDIR ? StoreError.notAStore(path: root) : StoreError.io(error)
        }
        let probe = StoreLayout(root: root, mode: .personal, group: nil)
        let data: Data
        do {
            data = try anchored.readFile(probe.metadata)
        } catch let error as FileSystemError {
            throw error.isNotFound || error.code == ENOTDIR ? StoreError.notAStore(path: root) : StoreError.io(error)
        }
        let metadata: StoreMetadata
        do {
            metadata = try StoreCoding.decode(StoreMetadata.self, from: data)
        } catch {
            throw StoreError.unreadableStoreFile(path: probe.metadata, reason: StoreCoding.readable(error))
        }
        guard metadata.format <= StoreMetadata.currentFormat else {
            throw StoreError.unsupportedFormat(path: probe.metadata, version: metadata.format)
        }
        let mode: StoreMode = metadata.mode == "shared" ? .shared(group: metadata.group ?? "") : .personal
        admission = try StoreAdmission.decide(owner: anchored.owner(of: root), shared: mode != .personal, root: root)
        // An unknown group on this machine is not fatal: the setgid folders still hand new files their group.
        let gid = metadata.group.flatMap(Self.groupID)
        self.root = root
        self.isDemo = metadata.demo ?? false
        self.mode = mode
        self.identity = identity
        self.fileSystem = anchored
        layout = StoreLayout(root: root, mode: mode, group: gid)
        lock = StoreLock(fileSystem: anchored, path: layout.lock, mode: layout.fileMode, timeout: lockTimeout)
        files = AtomicFile(fileSystem: anchored, mode: layout.fileMode, group: gid)
        audit = AuditTrail(fileSystem: anchored, layout: layout, lock: lock, identity: identity)
        // Best effort: a reader without write access, or one that meets a live import holding the lock, still
        // opens the store; the next writer finishes the batch.
        if anchored.exists(pendingBatchPath) { try? finishPendingBatch() }
    }

    /// Makes a new store in an absent or empty folder (one holding only `lost+found`, a fresh file system, is
    /// empty too). `administrator` becomes its first admin — by default the creating user. A shared store belongs
    /// to `group` (folders 2770, files 0660); a personal one to its user (0700/0600). Anything else at the path is
    /// refused and left as it was.
    @discardableResult
    public static func create(at path: String, mode: StoreMode = .personal, identity: Identity = .current(),
                              administrator: String? = nil, demo: Bool = false,
                              fileSystem: any FileSystem = PosixFileSystem(),
                              lockTimeout: Duration = CaseStore.defaultLockTimeout) throws -> CaseStore {
        let root = absolute(path)
        var gid: gid_t?
        if case .shared(let group) = mode {
            guard let found = groupID(group) else { throw StoreError.unknownGroup(group) }
            gid = found
            // Made by a person through a set-group-id zorg, the folder would be hers: refused on every use.
            if ServiceGroup.isHeld && getuid() != 0 { throw StoreError.sharedStoreNeedsRoot }
        } else {
            // A personal store is the person's own: the service group has no part in it.
            try ServiceGroup.giveUp()
        }
        let layout = StoreLayout(root: root, mode: mode, group: gid)
        try StoreIO.guarded {
            if fileSystem.exists(layout.metadata) { throw StoreError.storeExists(path: root) }
            if fileSystem.exists(root) {
                guard fileSystem.isDirectory(root),
                      try fileSystem.listDirectory(root).allSatisfy({ $0 == "lost+found" }) else {
                    throw StoreError.folderNotEmpty(path: root)
                }
            } else {
                try makeParents(of: root, fileSystem)
            }
            try fileSystem.makeDirectory(root, mode: layout.directoryMode, group: gid)
            // From here on every path is reached from the new folder's descriptor.
            let store = try fileSystem.anchored(at: root)
            for folder in StoreLayout.folders {
                try store.makeDirectory(root + "/" + folder, mode: layout.directoryMode, group: gid)
            }
            try store.createFile(layout.lock, data: Data(), mode: layout.fileMode, group: gid, sync: true)
            let files = AtomicFile(fileSystem: store, mode: layout.fileMode, group: gid)
            try files.write(try StoreCoding.encode(RoleTable([administrator ?? identity.user: .admin])), to: layout.roles)
            let lock = StoreLock(fileSystem: store, path: layout.lock, mode: layout.fileMode, timeout: lockTimeout)
            let trail = AuditTrail(fileSystem: store, layout: layout, lock: lock, identity: identity)
            var modeName = "personal"
            var detail = ["mode": modeName]
            if case .shared(let group) = mode {
                modeName = "shared"
                detail = ["mode": modeName, "group": group]
            }
            if let administrator { detail["admin"] = administrator }
            try lock.withLock { _ = try trail.appendLocked(.initialize, dossiers: [], detail: detail) }
            try store.syncDirectory(layout.audit)
            // The metadata file comes last: a half-made folder is never mistaken for a store.
            let created = Date().formatted(.iso8601)
            let metadata = StoreMetadata(format: StoreMetadata.currentFormat, mode: modeName,
                                         group: detail["group"], created: created, demo: demo ? true : nil)
            try files.write(try StoreCoding.encode(metadata), to: layout.metadata)
            try fileSystem.syncDirectory(AtomicFile.folder(of: root))
        }
        return try CaseStore(at: root, identity: identity, fileSystem: fileSystem, lockTimeout: lockTimeout)
    }

    /// Whether a folder holds a store (its `zorg-store.json`).
    public static func isStore(at path: String, fileSystem: any FileSystem = PosixFileSystem()) -> Bool {
        fileSystem.exists(absolute(path) + "/" + StoreLayout.metadataFile)
    }

    // MARK: - Helpers

    static func absolute(_ path: String) -> String {
        var p = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return p
    }

    static func groupID(_ name: String) -> gid_t? {
        guard let entry = getgrnam(name) else { return nil }
        return entry.pointee.gr_gid
    }

    /// The folders above a new store, with ordinary modes (only the store itself is locked down).
    private static func makeParents(of root: String, _ fileSystem: any FileSystem) throws {
        var missing: [String] = []
        var parent = AtomicFile.folder(of: root)
        while parent != "/" && !fileSystem.exists(parent) {
            missing.append(parent)
            parent = AtomicFile.folder(of: parent)
        }
        for folder in missing.reversed() { try fileSystem.makeDirectory(folder, mode: 0o755, group: nil) }
    }
}
