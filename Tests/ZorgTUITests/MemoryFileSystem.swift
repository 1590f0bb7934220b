import CaseModel
import Foundation
import Synchronization

/// A file system in memory: the real `CaseStore` (and so the real `Office`) runs on it in the screen tests,
/// without a disk. Folders and files by absolute path; links are second names of the same bytes at the time.
final class MemoryFileSystem: FileSystem, @unchecked Sendable {
    private struct Tree {
        var folders: Set<String> = ["/"]
        var files: [String: Data] = [:]
    }

    private let tree = Mutex(Tree())
    /// Fails every append to a path containing this text (an access log that cannot be written).
    let failingAppends = Mutex<String?>(nil)

    private static func parent(_ path: String) -> String {
        let p = (path as NSString).deletingLastPathComponent
        return p.isEmpty ? "/" : p
    }

    private static func missing(_ path: String, _ op: FileSystemError.Operation) -> FileSystemError {
        FileSystemError(path: path, operation: op, code: ENOENT)
    }

    func exists(_ path: String) -> Bool { tree.withLock { $0.folders.contains(path) || $0.files[path] != nil } }
    func isDirectory(_ path: String) -> Bool { tree.withLock { $0.folders.contains(path) } }

    func readFile(_ path: String) throws -> Data {
        guard let data = tree.withLock({ $0.files[path] }) else { throw Self.missing(path, .read) }
        return data
    }

    func readTail(_ path: String, maxBytes: Int) throws -> Data { Data(try readFile(path).suffix(maxBytes)) }

    func listDirectory(_ path: String) throws -> [String] {
        try tree.withLock { t in
            guard t.folders.contains(path) else { throw Self.missing(path, .list) }
            let prefix = path == "/" ? "/" : path + "/"
            let names = (Array(t.folders) + Array(t.files.keys)).filter { $0.hasPrefix(prefix) && $0 != path }
                .map { String($0.dropFirst(prefix.count)) }.filter { !$0.contains("/") && !$0.isEmpty }
            return names
        }
    }

    func makeDirectory(_ path: String, mode: mode_t, group: gid_t?) throws {
        try tree.withLock { t in
            guard t.folders.contains(Self.parent(path)) else { throw Self.missing(path, .makeDirectory) }
            t.folders.insert(path)
        }
    }

    func createFile(_ path: String, data: Data, mode: mode_t, group: gid_t?, sync: Bool) throws {
        try tree.withLock { t in
            guard t.folders.contains(Self.parent(path)) else { throw Self.missing(path, .create) }
            guard t.files[path] == nil, !t.folders.contains(path) else {
                throw FileSystemError(path: path, operation: .create, code: EEXIST)
            }
            t.files[path] = data
        }
    }

    func sync(_ paths: [String]) throws {}

    func append(_ path: String, data: Data, mode: mode_t, group: gid_t?, sync: Bool) throws {
        if let failing = failingAppends.withLock({ $0 }), path.contains(failing) {
            throw FileSystemError(path: path, operation: .append, code: EACCES)
        }
        try tree.withLock { t in
            guard t.folders.contains(Self.parent(path)) else { throw Self.missing(path, .append) }
            t.files[path, default: Data()].append(data)
        }
    }

    func rename(_ from: String, to: String) throws {
        try tree.withLock { t in
            if let data = t.files.removeValue(forKey: from) {
                t.files[to] = data
            } else if t.folders.contains(from) {
                let prefix = from + "/"
                t.folders.remove(from)
                t.folders.insert(to)
                for f in t.folders where f.hasPrefix(prefix) {
                    t.folders.remove(f)
                    t.folders.insert(to + "/" + f.dropFirst(prefix.count))
                }
                for (k, v) in t.files where k.hasPrefix(prefix) {
                    t.files[k] = nil
                    t.files[to + "/" + k.dropFirst(prefix.count)] = v
                }
            } else {
                throw Self.missing(from, .rename)
            }
        }
    }

    func link(_ existing: String, as newPath: String) throws {
        try tree.withLock { t in
            guard let data = t.files[existing] else { throw Self.missing(existing, .link) }
            guard t.files[newPath] == nil else { throw FileSystemError(path: newPath, operation: .link, code: EEXIST) }
            t.files[newPath] = data
        }
    }

    func remove(_ path: String) throws {
        try tree.withLock { t in
            if t.files.removeValue(forKey: path) != nil { return }
            if t.folders.remove(path) != nil { return }
            throw Self.missing(path, .remove)
        }
    }

    func syncDirectory(_ path: String) throws {}
    func setMode(_ path: String, mode: mode_t, group: gid_t?) throws {}

    func lockExclusive(_ path: String, mode: mode_t, timeout: Duration) throws -> (any FileLock)? {
        if !exists(path) { try createFile(path, data: Data(), mode: mode, group: nil, sync: false) }
        return MemoryLock()
    }

    func stampedListing(_ folder: String) throws -> [String: FileStamp]? { nil }
    func stamp(_ path: String) -> FileStamp? { nil }

    /// The tests run one store per process at a time: a lock that is always granted.
    struct MemoryLock: FileLock {
        func release() {}
    }
}
