import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a backup goes: one tar file, or a new folder. Both are made with the administrator's own rights
/// (`PersonalFiles`), folders `0700` and files `0600`; on a failure what was made is taken away again.
protocol BackupWriter: AnyObject {
    func folder(_ relative: String) throws
    func file(_ relative: String, _ data: Data) throws
    /// Flushes everything to disk.
    func finish() throws
    /// Removes what was written (after a failure).
    func abandon()
}

enum BackupModes {
    static let folder: mode_t = 0o700
    static let file: mode_t = 0o600
}

/// A POSIX tar file (`DEST.tar`): headers and contents streamed through a buffer.
final class TarBackupWriter: BackupWriter {
    private let output: PersonalOutput
    private var buffer: [UInt8] = []
    private let now = Int(Date().timeIntervalSince1970)
    private let user: (id: UInt32, name: String)
    private let group: (id: UInt32, name: String)

    init(path: String) throws {
        output = try PersonalFiles.create(path, mode: BackupModes.file)
        let uid = getuid(), gid = getgid()
        user = (uid, getpwuid(uid).flatMap { $0.pointee.pw_name.map { String(cString: $0) } } ?? String(uid))
        group = (gid, getgrgid(gid).flatMap { $0.pointee.gr_name.map { String(cString: $0) } } ?? String(gid))
        buffer.reserveCapacity(Self.flushAt + 1 << 16)
    }

    static let flushAt = 4 << 20

    func folder(_ relative: String) throws {
        buffer += try TarHeader(name: relative, kind: .folder, mode: UInt32(BackupModes.folder), size: 0, modified: now,
                                user: user, group: group).bytes()
        try flushIfFull()
    }

    func file(_ relative: String, _ data: Data) throws {
        buffer += try TarHeader(name: relative, kind: .file, mode: UInt32(BackupModes.file), size: data.count, modified: now,
                                user: user, group: group).bytes()
        buffer += data
        buffer += [UInt8](repeating: 0, count: TarHeader.padding(for: data.count))
        try flushIfFull()
    }

    private func flushIfFull() throws {
        guard buffer.count >= Self.flushAt else { return }
        try output.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    func finish() throws {
        // The end of the archive: two blocks of zeros.
        buffer += [UInt8](repeating: 0, count: 1024)
        try output.write(Data(buffer))
        buffer.removeAll()
        try output.finish()
    }

    func abandon() {
        output.close()
        PersonalFiles.remove(output.path)
    }
}

/// A new folder holding the store's files as they are laid out in the store.
final class FolderBackupWriter: BackupWriter {
    private let root: PersonalFolder
    private var pending: [(relative: String, data: Data)] = []
    private var pendingBytes = 0
    private var folders: [String] = []
    private var written: [String] = []

    init(path: String) throws {
        root = try PersonalFiles.makeFolder(path, mode: BackupModes.folder)
    }

    func folder(_ relative: String) throws {
        try flush()
        try root.makeFolder(relative, mode: BackupModes.folder)
        folders.append(relative)
    }

    func file(_ relative: String, _ data: Data) throws {
        pending.append((relative, data))
        pendingBytes += data.count
        // A batch of files is written with one drop of the service group.
        if pending.count >= 256 || pendingBytes >= 8 << 20 { try flush() }
    }

    private func flush() throws {
        guard !pending.isEmpty else { return }
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        pendingBytes = 0
        written += batch.map(\.relative)  // before writing: a batch that fails half-way is taken away too
        try root.writeFiles(batch, mode: BackupModes.file)
    }

    func finish() throws {
        try flush()
        try root.finish(inside: folders)
    }

    func abandon() {
        root.remove(files: written, folders: folders)
    }
}
