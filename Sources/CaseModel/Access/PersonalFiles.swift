import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place where Zorg opens files that are not the store's — the import's CSV, `--rejects`, `--archive`,
/// a rule file to add, a backup, the checker's summary — and it opens them with the person's own rights, never
/// the service group's (docs/security.md). While a file is opened here the service group is dropped for the
/// whole process (`PrivilegeGate` keeps store calls out meanwhile); what is read or written afterwards goes
/// through the descriptor, which keeps the rights it was opened with.
///
/// Nothing here follows a symbolic link in the last part of the path when it creates a file (`O_EXCL`,
/// `O_NOFOLLOW`), so a planted link cannot make Zorg write somewhere the person did not name.
public enum PersonalFiles {
    /// Runs `body` with the person's own group (a no-op without a service group). `body` must not touch the
    /// store: store calls wait for it.
    static func withPersonRights<T>(_ body: () throws -> T) throws -> T {
        guard let service = ServiceGroup.id else { return try body() }
        return try PrivilegeGate.shared.exclusively {
            guard setegid(getgid()) == 0 else {
                throw FileSystemError(path: "setegid", operation: .setMode, code: errno)
            }
            defer { _ = setegid(service) }
            return try body()
        }
    }

    /// Reads a whole file the person may read.
    public static func read(_ path: String) throws -> Data {
        let fd = try withPersonRights {
            let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
            guard fd >= 0 else { throw FileSystemError(path: path, operation: .read, code: errno) }
            return fd
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw FileSystemError(path: path, operation: .read, code: errno) }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            throw FileSystemError(path: path, operation: .read, code: (st.st_mode & S_IFMT) == S_IFDIR ? EISDIR : EINVAL)
        }
        return try Descriptor.readAll(fd, path: path, expected: Int(st.st_size))
    }

    /// What is at a path, as the person sees it.
    public enum Kind: Sendable, Equatable { case absent, file, folder, other }

    public static func kind(of path: String) -> Kind {
        (try? withPersonRights {
            var st = stat()
            guard lstat(path, &st) == 0 else { return Kind.absent }
            switch st.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return .folder
            default: return .other
            }
        }) ?? .absent
    }

    /// The names in a folder the person may read, without `.` and `..`.
    public static func list(_ path: String) throws -> [String] {
        let fd = try withPersonRights {
            let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else { throw FileSystemError(path: path, operation: .list, code: errno) }
            return fd
        }
        return try Descriptor.names(fd, path: path)
    }

    /// Writes a file in one go and flushes it: a new file (refused when something is there) unless `overwrite`.
    /// Returns false, writing nothing, when the file exists and `overwrite` is false.
    @discardableResult
    public static func write(_ data: Data, to path: String, mode: mode_t = 0o600, overwrite: Bool = false) throws -> Bool {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | (overwrite ? O_TRUNC : O_EXCL)
        let opened: Int32? = try withPersonRights {
            let fd = open(path, flags, mode)
            if fd < 0 && errno == EEXIST && !overwrite { return nil }
            guard fd >= 0 else { throw FileSystemError(path: path, operation: .create, code: errno) }
            return fd
        }
        guard let fd = opened else { return false }
        defer { close(fd) }
        // The mode is exact whatever the umask (a summary for the citizen is readable, a rejects file is not).
        _ = fchmod(fd, mode)
        try Descriptor.writeAll(fd, data, path: path)
        guard fsync(fd) == 0 else { throw FileSystemError(path: path, operation: .sync, code: errno) }
        return true
    }

    /// A new file, opened for writing in parts (a backup's tar): created with the person's rights, refused when
    /// anything is at the path. The caller writes, flushes and closes it.
    public static func create(_ path: String, mode: mode_t) throws -> PersonalOutput {
        let fd = try withPersonRights {
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode)
            guard fd >= 0 else { throw FileSystemError(path: path, operation: .create, code: errno) }
            return fd
        }
        _ = fchmod(fd, mode)
        return PersonalOutput(fd: fd, path: path)
    }

    /// A new folder, made with the person's rights (refused when anything is at the path), to fill with
    /// `PersonalFolder`.
    public static func makeFolder(_ path: String, mode: mode_t) throws -> PersonalFolder {
        let fd = try withPersonRights {
            guard mkdir(path, mode) == 0 else { throw FileSystemError(path: path, operation: .makeDirectory, code: errno) }
            let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { throw FileSystemError(path: path, operation: .makeDirectory, code: errno) }
            return fd
        }
        _ = fchmod(fd, mode)
        return PersonalFolder(fd: fd, path: path)
    }
}

extension PersonalFiles {
    /// Removes a file of the person's (a backup that failed half-way); best effort.
    public static func remove(_ path: String) {
        _ = try? withPersonRights { unlink(path) }
    }
}

/// A descriptor of the person's (a file or a folder made by `PersonalFiles`), closed once.
public class PersonalDescriptor: @unchecked Sendable {
    // Used by one writer at a time; closed once.
    fileprivate private(set) var fd: Int32
    public let path: String

    fileprivate init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    /// Flushes to disk and closes.
    fileprivate func flushAndClose() throws {
        defer { close() }
        guard fsync(fd) == 0 else { throw FileSystemError(path: path, operation: .sync, code: errno) }
    }

    public func close() {
        guard fd >= 0 else { return }
        Descriptor.release(fd)
        fd = -1
    }

    deinit { close() }
}

/// A file of the person's, open for writing (see `PersonalFiles.create`).
public final class PersonalOutput: PersonalDescriptor, @unchecked Sendable {
    public func write(_ data: Data) throws { try Descriptor.writeAll(fd, data, path: path) }

    /// Flushes and closes the file.
    public func finish() throws { try flushAndClose() }
}

/// A folder of the person's made by `PersonalFiles.makeFolder`: folders and files are made inside it, each with
/// the person's rights, relative to the folder's descriptor (never through a link).
public final class PersonalFolder: PersonalDescriptor, @unchecked Sendable {
    /// A folder inside (its parent must exist), `relative` without `..`.
    public func makeFolder(_ relative: String, mode: mode_t) throws {
        let full = path + "/" + relative
        try Self.checkRelative(relative, full)
        try PersonalFiles.withPersonRights {
            guard mkdirat(fd, relative, mode) == 0 else {
                throw FileSystemError(path: full, operation: .makeDirectory, code: errno)
            }
            let made = openat(fd, relative, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if made >= 0 {
                _ = fchmod(made, mode)
                Descriptor.release(made)
            }
        }
    }

    /// Several new files at once (one drop of the service group for the lot), each written and flushed.
    public func writeFiles(_ files: [(relative: String, data: Data)], mode: mode_t) throws {
        for file in files { try Self.checkRelative(file.relative, path + "/" + file.relative) }
        try PersonalFiles.withPersonRights {
            for file in files {
                let full = path + "/" + file.relative
                let out = openat(fd, file.relative, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
                guard out >= 0 else { throw FileSystemError(path: full, operation: .create, code: errno) }
                defer { Descriptor.release(out) }
                _ = fchmod(out, mode)
                try Descriptor.writeAll(out, file.data, path: full)
                guard fsync(out) == 0 else { throw FileSystemError(path: full, operation: .sync, code: errno) }
            }
        }
    }

    /// Flushes the folder's list of names (and, with `inside`, those of the folders in it) and closes it.
    public func finish(inside: [String] = []) throws {
        for relative in inside {
            let sub = openat(fd, relative, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard sub >= 0 else { continue }
            _ = fsync(sub)
            Descriptor.release(sub)
        }
        try flushAndClose()
    }

    /// Takes away what was made in the folder (files, then folders deepest first) and the folder itself; best
    /// effort, after a failure.
    public func remove(files: [String], folders: [String]) {
        let folderFD = fd
        _ = try? PersonalFiles.withPersonRights {
            if folderFD >= 0 {
                for file in files { unlinkat(folderFD, file, 0) }
                for folder in folders.reversed() { unlinkat(folderFD, folder, AT_REMOVEDIR) }
            }
            rmdir(path)
        }
        close()
    }

    private static func checkRelative(_ relative: String, _ full: String) throws {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard !relative.hasPrefix("/"), parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else {
            throw FileSystemError(path: full, operation: .create, code: EINVAL)
        }
    }
}

/// Plain reading and writing on an open descriptor, shared by the store's and the person's files.
enum Descriptor {
    static func release(_ fd: Int32) { _ = close(fd) }

    static func readAll(_ fd: Int32, path: String, expected: Int) throws -> Data {
        var result = Data(capacity: max(expected, 0))
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileSystemError(path: path, operation: .read, code: errno)
            }
            if n == 0 { return result }
            result.append(contentsOf: buffer[0..<n])
        }
    }

    static func writeAll(_ fd: Int32, _ data: Data, path: String, operation: FileSystemError.Operation = .write) throws {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw FileSystemError(path: path, operation: operation, code: errno)
                }
                offset += n
            }
        }
    }

    /// The names in an open folder (the descriptor is taken over and closed).
    static func names(_ fd: Int32, path: String) throws -> [String] {
        guard let dir = fdopendir(fd) else {
            let code = errno
            Descriptor.release(fd)
            throw FileSystemError(path: path, operation: .list, code: code)
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
