import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real file system, through plain POSIX calls, so that every step of an atomic write is visible and each can
/// fail on its own. Anchored at a store (`anchored(at:)`, which `CaseStore` always does), every path is reached
/// from the store's folder descriptor without following links (`StoreRoot`); unanchored, it takes paths as they
/// are, for the folders above a new store. Either way a last name that is a link is never followed, and every call
/// passes the `PrivilegeGate`.
public struct PosixFileSystem: FileSystem {
    let root: StoreRoot?

    public init() { root = nil }

    init(root: StoreRoot) { self.root = root }

    public func anchored(at path: String) throws -> any FileSystem {
        PosixFileSystem(root: try StoreRoot(opening: path))
    }

    /// Runs a call on the folder descriptor and last name of `path`. A call that fails throws from inside `body`
    /// (so `errno` is read before anything else runs).
    func at<T>(_ path: String, _ operation: FileSystemError.Operation,
               _ body: (_ folder: Int32, _ name: String) throws -> T) throws -> T {
        try PrivilegeGate.shared.forStore {
            let place = try self.place(path, operation)
            defer { place.release() }
            return try body(place.folder, place.name)
        }
    }

    /// The same for two paths (a rename, a link).
    func at<T>(_ first: String, _ second: String, _ operation: FileSystemError.Operation,
               _ body: (Int32, String, Int32, String) throws -> T) throws -> T {
        try PrivilegeGate.shared.forStore {
            let a = try place(first, operation)
            defer { a.release() }
            let b = try place(second, operation)
            defer { b.release() }
            return try body(a.folder, a.name, b.folder, b.name)
        }
    }

    func place(_ path: String, _ operation: FileSystemError.Operation) throws -> StoreRoot.Place {
        guard let root else { return StoreRoot.Place(folder: AT_FDCWD, name: path, owned: false) }
        return try root.place(path, operation)
    }

    /// Opens `path` with `flags` (never following a link in its last name) and runs `body` on the descriptor.
    func opened<T>(_ path: String, _ flags: Int32, _ operation: FileSystemError.Operation, mode: mode_t = 0,
                   _ body: (Int32) throws -> T) throws -> T {
        let fd = try at(path, operation) { folder, name in
            let fd = openat(folder, name, flags | O_NOFOLLOW | O_CLOEXEC, mode)
            guard fd >= 0 else { throw failure(path, operation) }
            return fd
        }
        defer { close(fd) }
        return try body(fd)
    }

    public func exists(_ path: String) -> Bool {
        (try? at(path, .read) { folder, name in
            var st = stat()
            return fstatat(folder, name, &st, AT_SYMLINK_NOFOLLOW) == 0
        }) ?? false
    }

    public func isDirectory(_ path: String) -> Bool {
        (try? at(path, .read) { folder, name in
            var st = stat()
            return fstatat(folder, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
        }) ?? false
    }

    public func owner(of path: String) -> FileOwner? {
        try? at(path, .read) { folder, name in
            var st = stat()
            guard fstatat(folder, name, &st, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
            return FileOwner(user: st.st_uid, group: st.st_gid, mode: st.st_mode & 0o7777)
        }
    }

    public func readFile(_ path: String) throws -> Data {
        try opened(path, O_RDONLY | O_NONBLOCK, .read) { fd in
            let size = try regularFileSize(fd, path)
            return try Descriptor.readAll(fd, path: path, expected: size)
        }
    }

    /// Mapped privately and read-only; the mapping goes when the last copy of the `Data` does. A file made
    /// shorter in place while it is mapped would fault on access: only files replaced by a rename are mapped.
    /// Where the system will not map it, it is read.
    public func mapFile(_ path: String) throws -> Data {
        try opened(path, O_RDONLY | O_NONBLOCK, .read) { fd in
            let size = try regularFileSize(fd, path)
            guard size > 0, let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0),
                  base != UnsafeMutableRawPointer(bitPattern: -1) else {
                return try Descriptor.readAll(fd, path: path, expected: size)
            }
            return Data(bytesNoCopy: base, count: size, deallocator: .custom { pointer, count in
                munmap(pointer, count)
            })
        }
    }

    public func readTail(_ path: String, maxBytes: Int) throws -> Data {
        try opened(path, O_RDONLY | O_NONBLOCK, .read) { fd in
            let size = try regularFileSize(fd, path)
            let start = max(0, size - maxBytes)
            guard lseek(fd, off_t(start), SEEK_SET) >= 0 else { throw failure(path, .read) }
            return try Descriptor.readAll(fd, path: path, expected: size - start)
        }
    }

    /// Only regular files are read (a device or a pipe in the store is refused, never waited on).
    private func regularFileSize(_ fd: Int32, _ path: String) throws -> Int {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw failure(path, .read) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw FileSystemError(path: path, operation: .read, code: EINVAL) }
        return Int(st.st_size)
    }

    public func listDirectory(_ path: String) throws -> [String] {
        let fd = try at(path, .list) { folder, name in
            let fd = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { throw failure(path, .list) }
            return fd
        }
        return try Descriptor.names(fd, path: path)
    }

    public func makeDirectory(_ path: String, mode: mode_t, group: gid_t?) throws {
        try at(path, .makeDirectory) { folder, name in
            if mkdirat(folder, name, mode) != 0 && errno != EEXIST { throw failure(path, .makeDirectory) }
        }
        try setMode(path, mode: mode, group: group)
    }

    public func createFile(_ path: String, data: Data, mode: mode_t, group: gid_t?, sync: Bool) throws {
        try at(path, .create) { folder, name in
            let fd = openat(folder, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            guard fd >= 0 else { throw failure(path, .create) }
            var ok = false
            defer {
                close(fd)
                if !ok { unlinkat(folder, name, 0) }
            }
            // The umask may have taken bits away; the store's modes are set exactly.
            guard fchmod(fd, mode) == 0 else { throw failure(path, .setMode) }
            if let group, fchown(fd, uid_t.max, group) != 0 { throw failure(path, .setMode) }
            try Descriptor.writeAll(fd, data, path: path)
            if sync, fsync(fd) != 0 { throw failure(path, .sync) }
            ok = true
        }
    }

    public func sync(_ paths: [String]) throws {
        if paths.count >= Self.pathsWorthOneFlush, let syncfs = Self.syncfs {
            // One flush of the file system costs about as much as one fsync; thousands of fsyncs cost seconds.
            if let root {
                if PrivilegeGate.shared.forStore({ syncfs(root.fd) }) == 0 { return }
            } else if let folder = paths.first.map(AtomicFile.folder(of:)) {
                if try opened(folder, O_RDONLY | O_DIRECTORY, .sync, { syncfs($0) }) == 0 { return }
            }
        }
        for path in paths {
            try opened(path, O_RDONLY | O_NONBLOCK, .sync) { fd in
                if fsync(fd) != 0 { throw failure(path, .sync) }
            }
        }
    }

    /// From this many paths on, one syncfs(2) replaces the fsyncs (a save flushes its folder, its history
    /// folder and the audit log: three journal commits become one).
    static let pathsWorthOneFlush = 2

    /// Linux's syncfs(2), which the Glibc module does not export; nil elsewhere.
    private static let syncfs: (@convention(c) (Int32) -> Int32)? = {
        #if os(Linux)
        guard let symbol = dlsym(nil, "syncfs") else { return nil }  // nil handle: RTLD_DEFAULT
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
        #else
        return nil
        #endif
    }()

    public func append(_ path: String, data: Data, mode: mode_t, group: gid_t?, sync: Bool) throws {
        let fd: Int32 = try at(path, .append) { folder, name in
            var fd = openat(folder, name, O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC)
            if fd < 0 && errno == ENOENT {
                // A new log: its mode is set exactly, whatever the umask (the owner of an existing one may be another user).
                fd = openat(folder, name, O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
                if fd >= 0 && (fchmod(fd, mode) != 0 || (group.map { fchown(fd, uid_t.max, $0) } ?? 0) != 0) {
                    let failed = failure(path, .setMode)
                    close(fd)
                    throw failed
                }
                if fd < 0 && errno == EEXIST { fd = openat(folder, name, O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC) }
            }
            guard fd >= 0 else { throw failure(path, .append) }
            return fd
        }
        defer { close(fd) }
        try Descriptor.writeAll(fd, data, path: path, operation: .append)
        if sync, fsync(fd) != 0 { throw failure(path, .sync) }
    }

    public func rename(_ from: String, to: String) throws {
        try at(from, to, .rename) { fromFolder, fromName, toFolder, toName in
            if renameat(fromFolder, fromName, toFolder, toName) != 0 { throw failure(to, .rename) }
        }
    }

    public func link(_ existing: String, as newPath: String) throws {
        try at(existing, newPath, .link) { fromFolder, fromName, toFolder, toName in
            if linkat(fromFolder, fromName, toFolder, toName, 0) != 0 { throw failure(newPath, .link) }
        }
    }

    public func remove(_ path: String) throws {
        try at(path, .remove) { folder, name in
            if unlinkat(folder, name, 0) != 0 { throw failure(path, .remove) }
        }
    }

    public func syncDirectory(_ path: String) throws {
        try opened(path, O_RDONLY | O_DIRECTORY, .sync) { fd in
            if fsync(fd) != 0 { throw failure(path, .sync) }
        }
    }

    public func setMode(_ path: String, mode: mode_t, group: gid_t?) throws {
        try opened(path, O_RDONLY | O_NONBLOCK, .setMode) { fd in
            // Group first: chown may clear the setgid bit, chmod then sets it again.
            if let group, fchown(fd, uid_t.max, group) != 0 { throw failure(path, .setMode) }
            if fchmod(fd, mode) != 0 { throw failure(path, .setMode) }
        }
    }

    public func lockExclusive(_ path: String, mode: mode_t, timeout: Duration) throws -> (any FileLock)? {
        let fd = try at(path, .lock) { folder, name in
            let fd = openat(folder, name, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, mode)
            guard fd >= 0 else { throw failure(path, .lock) }
            return fd
        }
        var st = stat()
        if fstat(fd, &st) == 0 && st.st_uid == geteuid() && (st.st_mode & 0o7777) != mode {
            _ = fchmod(fd, mode)  // a lock file re-made under a umask; best effort, the lock works either way
        }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            if flock(fd, LOCK_EX | LOCK_NB) == 0 { return PosixLock(fd: fd) }
            let code = errno
            guard code == EWOULDBLOCK || code == EINTR else {
                close(fd)
                throw FileSystemError(path: path, operation: .lock, code: code)
            }
            if clock.now >= deadline {
                close(fd)
                return nil
            }
            usleep(5_000)
        }
    }

    func failure(_ path: String, _ operation: FileSystemError.Operation) -> FileSystemError {
        FileSystemError(path: path, operation: operation, code: errno)
    }
}

/// An open descriptor holding a `flock`; closing it releases the lock.
final class PosixLock: FileLock, @unchecked Sendable {
    // Only `release()` touches the descriptor, once; the lock is used by one caller at a time.
    private var fd: Int32

    init(fd: Int32) { self.fd = fd }

    func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
