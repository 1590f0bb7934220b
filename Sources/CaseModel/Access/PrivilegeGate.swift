import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps the store's file calls and the person's own file calls apart in time. The person's files are opened
/// with the service group dropped (`setegid` to the real group), and on glibc that changes the group of every
/// thread of the process, so no store call may run meanwhile: store calls take the shared side of this lock,
/// a person's file call the exclusive side. Without a service group (not set-group-id) nothing is dropped and the
/// lock is not taken.
final class PrivilegeGate: @unchecked Sendable {
    static let shared = PrivilegeGate()

    // A pthread read-write lock, which lives at a fixed address for the life of the process.
    private let lock: UnsafeMutablePointer<pthread_rwlock_t>

    private init() {
        lock = .allocate(capacity: 1)
        lock.initialize(to: pthread_rwlock_t())
        pthread_rwlock_init(lock, nil)
    }

    /// A store call: many at once, never while a person's file is being opened.
    func forStore<T>(_ body: () throws -> T) rethrows -> T {
        guard ServiceGroup.isHeld else { return try body() }
        pthread_rwlock_rdlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return try body()
    }

    /// A call that changes the process's groups, alone.
    func exclusively<T>(_ body: () throws -> T) rethrows -> T {
        pthread_rwlock_wrlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return try body()
    }
}
