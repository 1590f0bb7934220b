import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The service group of a set-group-id `zorg` (docs/security.md, "One door"): on a shared server the store
/// belongs to a group that no person is a member of, and `zorg` is installed set-group-id to it. The process then
/// runs with that group as its effective group; this type says whether it does, and gives it up for good when the
/// work at hand does not need it (a personal store, the demo, the volunteer's checker).
///
/// The person is always the real user id (`getuid`): a set-group-id program does not change it, and the
/// environment (`$USER`, `$LOGNAME`) is never asked.
public enum ServiceGroup {
    /// The service group's id while this process holds it; nil when it runs with the person's own groups only
    /// (not installed set-group-id, or the group was given up).
    public static var id: gid_t? {
        let value = held.load(ordering: .acquiring)
        return value < 0 ? nil : gid_t(value)
    }

    /// Whether this process reaches stores through the service group.
    public static var isHeld: Bool { id != nil }

    /// Gives the service group up for the rest of the process: real, effective and saved group all become the
    /// person's own, so nothing later can take it back. A no-op when it is not held.
    public static func giveUp() throws {
        try PrivilegeGate.shared.exclusively {
            guard held.load(ordering: .acquiring) >= 0 else { return }
            let own = getgid()
            // setregid with the real group set also sets the saved group (Linux, POSIX): no way back.
            guard setregid(own, own) == 0, getegid() == own else {
                throw FileSystemError(path: "setregid", operation: .setMode, code: errno)
            }
            held.store(-1, ordering: .releasing)
        }
    }

    /// The group at start: the effective group when it differs from the real one (a set-group-id program).
    private static let held = Atomic<Int64>(getegid() != getgid() ? Int64(getegid()) : -1)
}
