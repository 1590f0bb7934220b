import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The person at the terminal: the operating-system user. Tests inject one through the store's initializer.
public struct Identity: Hashable, Sendable, CustomStringConvertible {
    public let user: String

    public init(user: String) { self.user = user }

    /// The real OS user (getpwuid(getuid())) — the person who started `zorg`, which a set-group-id program does
    /// not change; never `$USER`. The numeric id when the account has no name.
    public static func current() -> Identity {
        let uid = getuid()
        if let entry = getpwuid(uid), let name = entry.pointee.pw_name {
            return Identity(user: String(cString: name))
        }
        return Identity(user: String(uid))
    }

    public var description: String { user }
}
