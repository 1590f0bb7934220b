import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The person at the terminal: the operating-system user. Tests inject one through the store's initializer.
public struct Identity: Hashable, Sendable, CustomStringConvertible {
    public let user: String
    /// The account's full name (the first field of its GECOS entry), when it has one: a letter is signed with it.
    public let fullName: String?

    public init(user: String, fullName: String? = nil) {
        self.user = user
        self.fullName = fullName
    }

    /// The real OS user (getpwuid(getuid())) — the person who started `zorg`, which a set-group-id program does
    /// not change; never `$USER`. The numeric id when the account has no name.
    public static func current() -> Identity {
        let uid = getuid()
        if let entry = getpwuid(uid), let name = entry.pointee.pw_name {
            let gecos = entry.pointee.pw_gecos.map { String(cString: $0) } ?? ""
            let full = gecos.split(separator: ",", omittingEmptySubsequences: false).first
                .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            return Identity(user: String(cString: name), fullName: full.isEmpty ? nil : full)
        }
        return Identity(user: String(uid))
    }

    public var description: String { user }
}
