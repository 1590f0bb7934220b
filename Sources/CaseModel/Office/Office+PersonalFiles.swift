import Foundation

/// A file the person named could not be read or written (her own rights decide, never the service group's).
public struct PersonalFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Operation: Sendable, Equatable { case read, write }
    public let path: String
    public let operation: Operation
    /// The system's reason in words ("bestaat niet", "geen toestemming").
    public let reason: String

    public var description: String {
        switch operation {
        case .read: "kan \(path) niet lezen / cannot read \(path): \(reason)"
        case .write: "kan \(path) niet schrijven / cannot write \(path): \(reason)"
        }
    }
}

/// Files the person names — a list to import, a rule or override file, a rejects file — are hers: the office
/// opens them with her own rights, never the service group's (docs/security.md, "One door";
/// `Access/PersonalFiles.swift` does the opening). Commands and screens hand the office paths; they never open
/// such a file themselves.
extension Office {
    /// The whole file, read with the person's rights.
    public static func readPersonalFile(_ path: String) throws -> Data {
        do {
            return try PersonalFiles.read(path)
        } catch {
            throw PersonalFileError(path: path, operation: .read, reason: reason(error))
        }
    }

    /// Whether anything is at the path, as the person sees it.
    public static func personalFileExists(_ path: String) -> Bool {
        PersonalFiles.kind(of: path) != .absent
    }

    /// Writes a new file of the person's (0600, never through a link); an existing one only with `overwrite`.
    /// False, writing nothing, when the file exists and `overwrite` is false.
    @discardableResult
    public static func writePersonalFile(_ data: Data, to path: String, overwrite: Bool) throws -> Bool {
        do {
            return try PersonalFiles.write(data, to: path, mode: 0o600, overwrite: overwrite)
        } catch {
            throw PersonalFileError(path: path, operation: .write, reason: reason(error))
        }
    }

    static func reason(_ error: Error) -> String {
        (error as? FileSystemError)?.reason ?? String(describing: error)
    }
}
