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

    /// Writes with the volunteer's own rights (never a set-group-id `zorg`'s service group), not following a
    /// link at the path.
    public static func write(_ text: String, to path: String, overwrite: Bool) throws(Failure) -> Outcome {
        let target = expand(path)
        guard !target.isEmpty else { throw Failure(path: path, reason: "no file name") }
        if PersonalFiles.kind(of: target) == .folder { throw Failure(path: target, reason: "is a folder") }
        do {
            guard try PersonalFiles.write(Data(text.utf8), to: target, mode: 0o644, overwrite: overwrite) else {
                return .exists(path: target)
            }
        } catch let error as FileSystemError {
            throw Failure(path: target, reason: String(cString: strerror(error.code)))
        } catch {
            throw Failure(path: target, reason: "\(error)")
        }
        return .written(path: target)
    }
}
