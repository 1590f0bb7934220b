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

    public func syncFile(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, .sync) }
        defer { close(fd) }
        if fsync(fd) != 0 { throw failure(path, .sync) }
    }

    public func append(_ path: String, data: Data, mode: mode_t, group: gid_t?) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure(path, .append) }
        defer { close(fd) }
        try writeAll(fd, data: data, path: path, operation: .append)
        if fsync(fd) != 0 { throw failure(path, .sync) }
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
