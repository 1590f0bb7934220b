import Foundation

/// Every file-system call the store makes goes through this protocol, so that tests can inject faults
/// (a full disk, a read-only store, a write that fails half-way) without touching a real disk.
/// Paths are absolute POSIX paths. Failures throw `FileSystemError`. The store first anchors its file system at
/// its folder (`anchored(at:)`): the real one then reaches every path from that folder's descriptor, one folder at
/// a time and never through a link (`PosixFileSystem`, `StoreRoot`).
public protocol FileSystem: Sendable {
    /// This file system for one store's folder: paths outside it are refused. A test double may return itself.
    func anchored(at root: String) throws -> any FileSystem
    /// Owner, group and mode of a file or folder (not following a link); nil when unknown.
    func owner(of path: String) -> FileOwner?
    func exists(_ path: String) -> Bool
    func isDirectory(_ path: String) -> Bool
    func readFile(_ path: String) throws -> Data
    /// A file's bytes mapped into memory instead of read (the caseload index's snapshot, which is only ever
    /// replaced by a rename, never changed in place). The same bytes as `readFile`.
    func mapFile(_ path: String) throws -> Data
    /// At most the last `maxBytes` bytes of a file (the audit trail's tail).
    func readTail(_ path: String, maxBytes: Int) throws -> Data
    /// Names in a directory, without `.` and `..`, unsorted.
    func listDirectory(_ path: String) throws -> [String]
    /// Creates one directory (not its parents) and sets `mode` exactly, whatever the umask; `EEXIST` is not an error.
    func makeDirectory(_ path: String, mode: mode_t, group: gid_t?) throws
    /// Creates a new file (it must not exist), sets `mode` exactly, writes `data`, and when `sync` flushes it to disk.
    func createFile(_ path: String, data: Data, mode: mode_t, group: gid_t?, sync: Bool) throws
    /// Flushes files and folders (their data, or their lists of names) to disk, all of them before it returns.
    /// May flush the whole file system at once when that is cheaper than one flush per path.
    func sync(_ paths: [String]) throws
    /// Appends bytes to a file (created with `mode` when absent); `sync` flushes it to disk before returning.
    func append(_ path: String, data: Data, mode: mode_t, group: gid_t?, sync: Bool) throws
    /// Atomically replaces `to` with `from` (same file system).
    func rename(_ from: String, to: String) throws
    /// A second name for an existing file (keeps an earlier revision without copying it).
    func link(_ existing: String, as newPath: String) throws
    func remove(_ path: String) throws
    /// Flushes a directory entry list to disk, so a rename or a new file in it survives a crash.
    func syncDirectory(_ path: String) throws
    func setMode(_ path: String, mode: mode_t, group: gid_t?) throws
    /// Takes an exclusive advisory lock on `path`, waiting at most `timeout`; nil when it was not obtained in time.
    func lockExclusive(_ path: String, mode: mode_t, timeout: Duration) throws -> (any FileLock)?
    /// The caseload index's staleness check (Index/FileStamp.swift): every file's stamp in a folder, or one
    /// file's; nil when this file system cannot tell (the store then reads every dossier file).
    func stampedListing(_ folder: String) throws -> [String: FileStamp]?
    func stamp(_ path: String) -> FileStamp?
}

/// Who owns a file or folder, and its permission bits.
public struct FileOwner: Hashable, Sendable {
    public let user: uid_t
    public let group: gid_t
    public let mode: mode_t
}

extension FileSystem {
    public func anchored(at root: String) throws -> any FileSystem { self }
    public func mapFile(_ path: String) throws -> Data { try readFile(path) }
    public func owner(of path: String) -> FileOwner? { nil }
}

/// A held lock; released by `release()` (and by the process ending).
public protocol FileLock: Sendable {
    func release()
}

/// A failed file-system call: which file, which operation, and the system's reason.
public struct FileSystemError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Operation: String, Sendable {
        case read, list, makeDirectory, create, write, sync, append, rename, link, remove, setMode, lock
    }

    public let path: String
    public let operation: Operation
    public let code: Int32

    public init(path: String, operation: Operation, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    /// The code of a path that would leave the store (`..`, or not under its folder): refused before any call.
    public static let outsideStore: Int32 = -1

    public var isNotFound: Bool { code == ENOENT }
    public var isAlreadyExisting: Bool { code == EEXIST }

    /// The reason in words a person can act on; the common causes get their own sentence.
    public var reason: String {
        switch code {
        case ENOSPC, EDQUOT: return "de schijf is vol"
        case EACCES, EPERM: return "geen toestemming"
        case EROFS: return "het bestandssysteem is alleen-lezen"
        case ENOENT: return "bestaat niet"
        case ELOOP: return "is een symbolische link (Zorg volgt die in de store niet)"
        case ENOTDIR: return "een deel van het pad is geen map (of een symbolische link, die Zorg in de store niet volgt)"
        case Self.outsideStore: return "ligt buiten de store (geweigerd)"
        default: return String(cString: strerror(code))
        }
    }

    private var verb: String {
        switch operation {
        case .read: return "lezen"
        case .list: return "map lezen"
        case .makeDirectory: return "map aanmaken"
        case .create, .write: return "schrijven"
        case .sync: return "naar schijf schrijven"
        case .append: return "aanvullen"
        case .rename: return "vervangen"
        case .link: return "bewaren"
        case .remove: return "verwijderen"
        case .setMode: return "rechten zetten"
        case .lock: return "vergrendelen"
        }
    }

    public var description: String { "\(path): \(verb) mislukt: \(reason)" }
}
