import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real file system, through plain POSIX calls (open/write/fsync/rename), so that every step of an
/// atomic write is visible and each can fail on its own.
public struct PosixFileSystem: FileSystem {
    public init() {}

    public func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    public func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    public func readFile(_ path: String) throws -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, .read) }
        defer { close(fd) }
        var st = stat()
        let expected = fstat(fd, &st) == 0 ? Int(st.st_size) : 0
        return try readAll(fd, path: path, capacity: expected)
    }

    public func readTail(_ path: String, maxBytes: Int) throws -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, .read) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw failure(path, .read) }
        let start = max(0, Int(st.st_size) - maxBytes)
        guard lseek(fd, off_t(start), SEEK_SET) >= 0 else { throw failure(path, .read) }
        return try readAll(fd, path: path, capacity: Int(st.st_size) - start)
    }

    private func readAll(_ fd: Int32, path: String, capacity: Int) throws -> Data {
        var result = Data(capacity: max(capacity, 0))
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(path, .read)
            }
            if n == 0 { return result }
            result.append(contentsOf: buffer[0..<n])
        }
    }

    public func listDirectory(_ path: String) throws -> [String] {
        guard let dir = opendir(path) else { throw failure(path, .list) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    public func makeDirectory(_ path: String, mode: mode_t, group: gid_t?) throws {
        if mkdir(path, mode) != 0 && errno != EEXIST { throw failure(path, .makeDirectory) }
        try setMode(path, mode: mode, group: group)
    }

    public func createFile(_ path: String, data: Data, mode: mode_t, group: gid_t?, sync: Bool) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure(path, .create) }
        var ok = false
        defer {
            close(fd)
            if !ok { unlink(path) }
        }
        // The umask may have taken bits away; the store's modes are set exactly.
        guard fchmod(fd, mode) == 0 else { throw failure(path, .setMode) }
        if let group, fchown(fd, uid_t.max, group) != 0 { throw failure(path, .setMode) }
        try writeAll(fd, data: data, path: path, operation: .write)
        if sync, fsync(fd) != 0 { throw failure(path, .sync) }
        ok = true
    }

    public func sync(_ paths: [String]) throws {
        if paths.count >= Self.pathsWorthOneFlush, let folder = paths.first.map(AtomicFile.folder(of:)),
           let syncfs = Self.syncfs {
            // One flush of the file system costs about as much as one fsync; thousands of fsyncs cost seconds.
            let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else { throw failure(folder, .sync) }
            defer { close(fd) }
            if syncfs(fd) == 0 { return }
        }
        for path in paths {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw failure(path, .sync) }
            defer { close(fd) }
            if fsync(fd) != 0 { throw failure(path, .sync) }
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
        var fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        if fd < 0 && errno == ENOENT {
            // A new log: its mode is set exactly, whatever the umask (the owner of an existing one may be another user).
            fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC, mode)
            if fd >= 0 && (fchmod(fd, mode) != 0 || (group.map { fchown(fd, uid_t.max, $0) } ?? 0) != 0) {
                let failed = failure(path, .setMode)
                close(fd)
                throw failed
            }
            if fd < 0 && errno == EEXIST { fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC) }
        }
        guard fd >= 0 else { throw failure(path, .append) }
        defer { close(fd) }
        try writeAll(fd, data: data, path: path, operation: .append)
        if sync, fsync(fd) != 0 { throw failure(path, .sync) }
    }

    private func writeAll(_ fd: Int32, data: Data, path: String, operation: FileSystemError.Operation) throws {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw failure(path, operation)
                }
                offset += n
            }
        }
    }

    public func rename(_ from: String, to: String) throws {
        #if canImport(Glibc)
        let result = Glibc.rename(from, to)
        #else
        let result = Darwin.rename(from, to)
        #endif
        if result != 0 { throw failure(to, .rename) }
    }

    public func link(_ existing: String, as newPath: String) throws {
        #if canImport(Glibc)
        let result = Glibc.link(existing, newPath)
        #else
        let result = Darwin.link(existing, newPath)
        #endif
        if result != 0 { throw failure(newPath, .link) }
    }

    public func remove(_ path: String) throws {
        if unlink(path) != 0 { throw failure(path, .remove) }
    }

    public func syncDirectory(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, .sync) }
        defer { close(fd) }
        if fsync(fd) != 0 { throw failure(path, .sync) }
    }

    public func setMode(_ path: String, mode: mode_t, group: gid_t?) throws {
        // Group first: chown may clear the setgid bit, chmod then sets it again.
        if let group, chown(path, uid_t.max, group) != 0 { throw failure(path, .setMode) }
        if chmod(path, mode) != 0 { throw failure(path, .setMode) }
    }

    public func lockExclusive(_ path: String, mode: mode_t, timeout: Duration) throws -> (any FileLock)? {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure(path, .lock) }
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

    private func failure(_ path: String, _ operation: FileSystemError.Operation) -> FileSystemError {
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
