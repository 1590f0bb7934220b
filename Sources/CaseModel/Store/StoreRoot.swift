import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A store's folder, opened once: every path inside the store is reached from this descriptor one folder at a
/// time, never through a symbolic link (`openat` with `O_NOFOLLOW`), and a path that would leave the folder is
/// refused. So neither a link planted in the store nor a name such as `../../home/x` in a file the store reads
/// (`pending-batch.json`) makes Zorg touch a file outside it (docs/architecture.md, "The store's file system").
final class StoreRoot: Sendable {
    let path: String
    let fd: Int32

    /// Opens the folder (following a link in its own path: that is where the administrator put the store).
    init(opening path: String) throws {
        let fd = PrivilegeGate.shared.forStore { open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard fd >= 0 else { throw FileSystemError(path: path, operation: .read, code: errno) }
        self.path = path
        self.fd = fd
    }

    deinit { close(fd) }

    /// A path inside the store as a folder descriptor and a last name, the folders between opened without
    /// following links. `owned` says whether the caller closes `folder` (the root itself is never closed).
    struct Place {
        let folder: Int32
        let name: String
        let owned: Bool

        func release() { if owned { close(folder) } }
    }

    func place(_ full: String, _ operation: FileSystemError.Operation) throws -> Place {
        if full == path { return Place(folder: fd, name: ".", owned: false) }
        guard full.hasPrefix(path), full.utf8.count > path.utf8.count + 1,
              full.utf8[full.utf8.index(full.utf8.startIndex, offsetBy: path.utf8.count)] == UInt8(ascii: "/") else {
            throw FileSystemError(path: full, operation: operation, code: FileSystemError.outsideStore)
        }
        let parts = full.utf8.dropFirst(path.utf8.count + 1).split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && !$0.elementsEqual(".".utf8) && !$0.elementsEqual("..".utf8) }) else {
            throw FileSystemError(path: full, operation: operation, code: FileSystemError.outsideStore)
        }
        var folder = fd
        var owned = false
        for part in parts.dropLast() {
            let next = openat(folder, String(decoding: part, as: UTF8.self), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            let code = errno
            if owned { close(folder) }
            guard next >= 0 else { throw FileSystemError(path: full, operation: operation, code: code) }
            folder = next
            owned = true
        }
        return Place(folder: folder, name: String(decoding: parts.last!, as: UTF8.self), owned: owned)
    }
}
