import Foundation

/// What `zorg backup` wrote.
public struct BackupReport: Sendable, Equatable {
    public enum Format: String, Sendable { case tar, folder }
    public let path: String
    public let format: Format
    public let dossiers: Int
    public let earlierRevisions: Int
    public let otherFiles: Int
    /// The last audit entry the copy holds.
    public let auditSeq: Int
    public let bytes: Int
}

/// A backup was refused before anything was written.
public enum BackupError: Error, Sendable, Equatable, CustomStringConvertible {
    case destinationExists(String)
    /// A dossier changed during the copy in a way the copy cannot follow (a file system without hard links).
    case changedDuringCopy(String)

    public var description: String {
        switch self {
        case .destinationExists(let path):
            "\(path) bestaat al; een backup komt in een nieuw bestand of een nieuwe map (er is niets geschreven)"
        case .changedDuringCopy(let name):
            "dossiers/\(name) veranderde tijdens de backup en de vorige versie is niet meer te vinden; "
                + "er is niets bewaard, probeer opnieuw"
        }
    }
}

extension CaseStore {
    /// A consistent copy of the store while others work (docs/store.md, "Backups"): administrators only. The
    /// store's lock is held only while the snapshot is taken (`backupSnapshotLocked`); the copy is written after,
    /// with the administrator's own rights, to `destination` — a POSIX tar file when it ends in `.tar`, else a
    /// new folder — which must not exist. The derived index and temporary files are left out. One `backup`
    /// audit entry once the copy is complete (the copy itself ends just before it).
    public func backup(to destination: String, progress: WorkProgress? = nil) throws -> BackupReport {
        try requireRole([.admin], for: "backup")
        guard PersonalFiles.kind(of: destination) == .absent else { throw BackupError.destinationExists(destination) }
        let format: BackupReport.Format = destination.hasSuffix(".tar") ? .tar : .folder
        let snapshot = try StoreIO.guarded { try lock.withLock { try backupSnapshotLocked() } }
        let writer: any BackupWriter
        do {
            writer = format == .tar ? try TarBackupWriter(path: destination) : try FolderBackupWriter(path: destination)
        } catch let error as FileSystemError where error.isAlreadyExisting {
            throw BackupError.destinationExists(destination)
        }
        do {
            let report = try writeBackup(snapshot, to: writer, path: destination, format: format, progress: progress)
            try writer.finish()
            try audit.append(AuditAction("backup"), detail: [
                "format": format.rawValue, "dossiers": String(report.dossiers), "upToSeq": String(report.auditSeq),
            ])
            return report
        } catch {
            writer.abandon()
            throw error
        }
    }

    private func writeBackup(_ snapshot: BackupSnapshot, to writer: any BackupWriter, path: String,
                             format: BackupReport.Format, progress: WorkProgress?) throws -> BackupReport {
        var bytes = 0
        func file(_ relative: String, _ data: Data) throws {
            try writer.file(relative, data)
            bytes += data.count
        }
        let small = Dictionary(snapshot.files.map { ($0.path, $0.data) }, uniquingKeysWith: { a, _ in a })
        for name in [StoreLayout.metadataFile, StoreLayout.rolesFile, StoreLayout.officesFile] {
            if let data = small[name] { try file(name, data) }
        }
        try file(StoreLayout.lockFile, Data())
        for folder in StoreLayout.folders { try writer.folder(folder) }
        // The audit log up to its length under the lock, and the head written with it.
        let log = try StoreIO.guarded { try fileSystem.readFile(layout.auditLog) }
        guard snapshot.auditLogInode == nil || fileSystem.stamp(layout.auditLog)?.inode == snapshot.auditLogInode,
              log.count >= snapshot.auditLogLength else {
            throw BackupError.changedDuringCopy("../audit/audit.jsonl")
        }
        let copiedLog = log.prefix(snapshot.auditLogLength)
        try file("audit/audit.jsonl", Data(copiedLog))
        for relative in snapshot.files.map(\.path) where relative.hasPrefix("audit/") { try file(relative, small[relative]!) }
        // Dossiers as they were under the lock, each with its earlier revisions.
        progress?.begin(.writing, total: snapshot.dossiers.count)
        var dossiers = 0, earlier = 0, historyFolders = Set<String>()
        var toCopy: [(name: String, inode: UInt64?)] = snapshot.dossiers.map { ($0.name, $0.inode) }
        toCopy += snapshot.files.filter { $0.path.hasPrefix("dossiers/") }.map { (String($0.path.dropFirst(9)), nil) }
        for (n, entry) in toCopy.enumerated() {
            if progress?.isCancelled == true { throw WriteCancelled() }
            let data: Data
            if let inode = entry.inode {
                guard let found = try StoreIO.guarded({ try dossierAsSnapshotted(entry.name, inode: inode) }) else {
                    throw BackupError.changedDuringCopy(entry.name)
                }
                data = found
            } else {
                data = small["dossiers/" + entry.name]!
            }
            try file("dossiers/" + entry.name, data)
            dossiers += 1
            if entry.name.hasSuffix(".json"), let revision = try? StoreCoding.decode(RevisionOnly.self, from: data).revision {
                let stem = String(entry.name.dropLast(5))
                let kept = try StoreIO.guarded { try historyBelow(stem, revision: revision) }
                if !kept.isEmpty && historyFolders.insert(stem).inserted { try writer.folder("history/" + stem) }
                for (relative, old) in kept { try file(relative, old) }
                earlier += kept.count
            }
            if n % 256 == 255 { progress?.advance(by: 256) }
        }
        var others = 0
        for copied in snapshot.files where Self.smallBackupFolders.contains(where: { copied.path.hasPrefix($0 + "/") }) {
            try file(copied.path, copied.data)
            others += 1
        }
        let lastSeq = copiedLog.split(separator: 0x0A).last.flatMap { try? StoreCoding.decode(AuditEntry.self, from: Data($0)) }?.seq
        return BackupReport(path: path, format: format, dossiers: dossiers, earlierRevisions: earlier, otherFiles: others,
                            auditSeq: lastSeq ?? 0, bytes: bytes)
    }
}
