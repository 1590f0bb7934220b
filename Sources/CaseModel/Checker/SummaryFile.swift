import Foundation

/// Writes the checker's summary to the one path the volunteer typed, and nowhere else: no temporary file, no
/// copy. An existing file is left alone unless overwriting was confirmed. The file is the citizen's own, so it
/// is created readable (0644, less what the umask takes).
public enum SummaryFile {
    public enum Outcome: Sendable, Equatable {
        case written(path: String)
        /// Something is already at the path; nothing was written.
        case exists(path: String)
    }

    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// `~/x.txt` is taken from the home folder; a relative path from the current folder.
    public static func expand(_ path: String, home: String? = ProcessInfo.processInfo.environment["HOME"]) -> String {
        let t = path.trimmingCharacters(in: .whitespaces)
        if let home, t == "~" || t.hasPrefix("~/") { return home + t.dropFirst() }
        return t
    }

    public static func write(_ text: String, to path: String, overwrite: Bool) throws(Failure) -> Outcome {
        let target = expand(path)
        guard !target.isEmpty else { throw Failure(path: path, reason: "no file name") }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
            throw Failure(path: target, reason: "is a folder")
        }
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | (overwrite ? O_TRUNC : O_EXCL)
        let fd = open(target, flags, 0o644)
        if fd < 0 {
            let code = errno
            if code == EEXIST && !overwrite { return .exists(path: target) }
            throw Failure(path: target, reason: String(cString: strerror(code)))
        }
        defer { close(fd) }
        let data = Array(text.utf8)
        var offset = 0
        while offset < data.count {
            let n = data[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n <= 0 { throw Failure(path: target, reason: String(cString: strerror(errno))) }
            offset += n
        }
        guard fsync(fd) == 0 else { throw Failure(path: target, reason: String(cString: strerror(errno))) }
        return .written(path: target)
    }
}
