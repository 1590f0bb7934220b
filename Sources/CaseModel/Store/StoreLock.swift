import Foundation

/// The writers' lock: an exclusive `flock` on `<store>/.lock`, so that two processes never interleave their
/// writes. Readers take no lock (every file is replaced atomically). Not re-entrant: code that already holds
/// the lock calls the `…Locked` variants.
struct StoreLock: Sendable {
    let fileSystem: any FileSystem
    let path: String
    let mode: mode_t
    let timeout: Duration

    func withLock<T>(_ body: () throws -> T) throws -> T {
        let held: (any FileLock)?
        do {
            held = try fileSystem.lockExclusive(path, mode: mode, timeout: timeout)
        } catch let error as FileSystemError {
            throw StoreError.io(error)
        }
        guard let held else { throw StoreError.lockTimeout(path: path, waited: timeout) }
        defer { held.release() }
        return try body()
    }
}
