import Foundation

/// What a backup takes while it holds the store's lock — as little as keeps the copy consistent (docs/store.md,
/// "Backups"): the small files themselves (store metadata, roles, offices, audit head and settings, volunteers, local
/// rules, quarantined files), the audit log's length, and the name and inode of every dossier file. The dossiers
/// are read after the lock is released: the store never changes a dossier file in place (a save renames a new
/// file over it, and the old one stays as `history/<stem>/<revision>.json`, the same inode), so the inode
/// recorded here finds the revision that was current under the lock, wherever it is by then.
struct BackupSnapshot {
    /// A small file read under the lock, store-relative.
    struct Copied {
        let path: String
        let data: Data
    }

    var files: [Copied] = []
    /// `dossiers/<name>` → the inode it had under the lock (nil: a file system without stamps; then `files`
    /// already holds the dossiers, read under the lock).
    var dossiers: [(name: String, inode: UInt64)] = []
    /// The audit log's length and inode under the lock: the copy takes exactly that many bytes.
    var auditLogLength = 0
    var auditLogInode: UInt64?
}

extension CaseStore {
    /// The top-level files and folders a backup copies; `index/` (derived), `.lock`, hidden temporary files and
    /// `lost+found` are left out.
    static let smallBackupFiles = [StoreLayout.metadataFile, StoreLayout.rolesFile, StoreLayout.officesFile, "audit/head.json",
                                   "audit/checkpoint.json", "audit/retention.json"]
    static let smallBackupFolders = ["volunteers", "rules", "quarantine"]

    /// Takes the snapshot; the caller holds the lock.
    func backupSnapshotLocked() throws -> BackupSnapshot {
        if fileSystem.exists(pendingBatchPath) { try finishPendingBatchLocked() }
        var snapshot = BackupSnapshot()
        for relative in Self.smallBackupFiles {
            let path = layout.root + "/" + relative
            guard fileSystem.exists(path) else { continue }
            snapshot.files.append(.init(path: relative, data: try fileSystem.readFile(path)))
        }
        for folder in Self.smallBackupFolders {
            for name in try visibleFiles(in: layout.root + "/" + folder) {
                let relative = folder + "/" + name
                snapshot.files.append(.init(path: relative, data: try fileSystem.readFile(layout.root + "/" + relative)))
            }
        }
        let log = fileSystem.stamp(layout.auditLog)
        snapshot.auditLogInode = log?.inode
        if let log {
            snapshot.auditLogLength = Int(log.size)
        } else {
            snapshot.auditLogLength = try fileSystem.readFile(layout.auditLog).count
        }
        if let listing = try fileSystem.stampedListing(layout.dossiers) {
            snapshot.dossiers = listing.map { (name: $0.key, inode: $0.value.inode) }.sorted { $0.name < $1.name }
        } else {
            for name in try visibleFiles(in: layout.dossiers) {
                snapshot.files.append(.init(path: "dossiers/" + name, data: try fileSystem.readFile(layout.dossiers + "/" + name)))
            }
        }
        return snapshot
    }

    /// The names of a folder's files, without hidden (temporary) ones; none when the folder is absent.
    func visibleFiles(in folder: String) throws -> [String] {
        guard fileSystem.isDirectory(folder) else { return [] }
        return try fileSystem.listDirectory(folder).filter { !$0.hasPrefix(".") }.sorted()
            .filter { !fileSystem.isDirectory(folder + "/" + $0) }
    }

    /// The bytes of the dossier file that had `inode` under the lock: still at its name, or since moved to
    /// `history/` by a save or to `quarantine/` as a broken file. Nil when it is nowhere any more (a file system
    /// without hard links kept a copy, not the same file): the backup then stops and says to run it again.
    func dossierAsSnapshotted(_ name: String, inode: UInt64) throws -> Data? {
        let path = layout.dossiers + "/" + name
        if let data = try? fileSystem.readFile(path), fileSystem.stamp(path)?.inode == inode { return data }
        let stem = String(name.dropLast(".json".count))
        var candidates: [String] = []
        let history = layout.history + "/" + stem
        if name.hasSuffix(".json"), fileSystem.isDirectory(history) {
            candidates += try fileSystem.listDirectory(history).filter { !$0.hasPrefix(".") }.map { history + "/" + $0 }
        }
        candidates += try visibleFiles(in: layout.quarantine).filter { $0.hasPrefix(name + ".") }.map { layout.quarantine + "/" + $0 }
        for candidate in candidates where fileSystem.stamp(candidate)?.inode == inode {
            let data = try fileSystem.readFile(candidate)
            if fileSystem.stamp(candidate)?.inode == inode { return data }
        }
        return nil
    }

    /// The kept revisions of a dossier below `revision` (the one the backup holds), store-relative, oldest first.
    func historyBelow(_ stem: String, revision: Int) throws -> [(path: String, data: Data)] {
        let folder = layout.history + "/" + stem
        guard revision > 1, fileSystem.isDirectory(folder) else { return [] }
        let revisions = try fileSystem.listDirectory(folder).compactMap { name -> Int? in
            guard name.hasSuffix(".json"), !name.hasPrefix("."), let n = Int(name.dropLast(5)) else { return nil }
            return n < revision ? n : nil
        }.sorted()
        return try revisions.map { n in
            ("history/\(stem)/\(n).json", try fileSystem.readFile(folder + "/\(n).json"))
        }
    }
}
