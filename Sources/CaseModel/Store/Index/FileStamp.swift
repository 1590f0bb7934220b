import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the caseload index remembers of a dossier file to tell whether it changed since: its inode, size, and
/// modification and status-change times (nanoseconds). The store replaces a file by renaming a new one over it,
/// which always gives a new inode; an edit in place changes the times (and usually the size).
public struct FileStamp: Hashable, Sendable {
    public var inode: UInt64
    public var size: UInt64
    public var modified: Int64
    public var changed: Int64

    public init(inode: UInt64, size: UInt64, modified: Int64, changed: Int64) {
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }

    init(_ st: stat) {
        #if canImport(Darwin)
        let m = st.st_mtimespec, c = st.st_ctimespec
        #else
        let m = st.st_mtim, c = st.st_ctim
        #endif
        self.init(inode: UInt64(st.st_ino), size: UInt64(st.st_size),
                  modified: Int64(m.tv_sec) * 1_000_000_000 + Int64(m.tv_nsec),
                  changed: Int64(c.tv_sec) * 1_000_000_000 + Int64(c.tv_nsec))
    }
}

/// The stamps of the files in a folder and of one file, for the index's staleness check. A `FileSystem` that
/// cannot give them (a test double) returns nil, and the store then reads every dossier file as before.
extension FileSystem {
    public func stampedListing(_ folder: String) throws -> [String: FileStamp]? { nil }
    public func stamp(_ path: String) -> FileStamp? { nil }
}

extension PosixFileSystem {
    /// One `readdir` pass with an `fstatat` per name; hidden names (temporary files) are left out.
    /// The whole pass is one store call: `fstatat` checks the folder's permission each time.
    public func stampedListing(_ folder: String) throws -> [String: FileStamp]? {
        try PrivilegeGate.shared.forStore { try stampedListingUngated(folder) }
    }

    private func stampedListingUngated(_ folder: String) throws -> [String: FileStamp] {
        let place = try self.place(folder, .list)
        let fd = openat(place.folder, place.name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        let code = errno
        place.release()
        guard fd >= 0 else { throw FileSystemError(path: folder, operation: .list, code: code) }
        guard let dir = fdopendir(fd) else {
            let failed = failure(folder, .list)
            close(fd)
            throw failed
        }
        defer { closedir(dir) }
        var result: [String: FileStamp] = [:]
        while let entry = readdir(dir) {
            let isHidden = withUnsafeBytes(of: entry.pointee.d_name) { $0.first == UInt8(ascii: ".") }
            if isHidden { continue }
            var st = stat()
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String in
                let bytes = raw.bindMemory(to: CChar.self)
                return String(cString: bytes.baseAddress!)
            }
            guard fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 else { continue }  // removed since the listing
            guard (st.st_mode & S_IFMT) == S_IFREG else { continue }
            result[name] = FileStamp(st)
        }
        return result
    }

    public func stamp(_ path: String) -> FileStamp? {
        try? at(path, .read) { folder, name in
            var st = stat()
            guard fstatat(folder, name, &st, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
            return FileStamp(st)
        }
    }
}
