import Foundation

/// Atomic, durable replacement of files: write a temporary file in the same folder, flush it, rename it over
/// the old name, flush the folder. A crash at any step leaves either the old file or the new one, never half.
struct AtomicFile: Sendable {
    let fileSystem: any FileSystem
    let mode: mode_t
    let group: gid_t?

    /// A temporary file written next to its final name, not yet renamed into place.
    struct Staged: Sendable {
        let temporary: String
        let final: String
    }

    /// Writes one file durably.
    func write(_ data: Data, to path: String) throws {
        let staged = try stage(data, for: path, sync: true)
        do {
            try fileSystem.rename(staged.temporary, to: staged.final)
        } catch {
            try? fileSystem.remove(staged.temporary)
            throw error
        }
        try fileSystem.syncDirectory(Self.folder(of: path))
    }

    /// Writes `data` to a temporary file beside `path`; `sync` flushes it at once (a batch flushes later).
    func stage(_ data: Data, for path: String, sync: Bool) throws -> Staged {
        let folder = Self.folder(of: path)
        let name = String(path.dropFirst(folder.count + 1))
        // A dot prefix keeps temporary files out of every listing; pid and a random part keep writers apart.
        let temporary = "\(folder)/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        try fileSystem.createFile(temporary, data: data, mode: mode, group: group, sync: sync)
        return Staged(temporary: temporary, final: path)
    }

    /// Puts staged files in place as a whole: flush them all (unless `synced` says they already are), then
    /// rename them all. Returns the folders that must still be flushed to make the renames durable.
    /// On a failure before the renames, the temporary files are removed and nothing has changed; on a failed
    /// rename, `renamed` says how many files are already in place (the caller puts them back).
    func install(_ batch: [Staged], synced: Bool, renamed: inout Int) throws -> [String] {
        do {
            if !synced { try fileSystem.sync(batch.map(\.temporary)) }
        } catch {
            discard(batch)
            throw error
        }
        for (index, staged) in batch.enumerated() {
            do {
                try fileSystem.rename(staged.temporary, to: staged.final)
                renamed = index + 1
            } catch {
                discard(Array(batch[index...]))
                throw error
            }
        }
        return Set(batch.map { Self.folder(of: $0.final) }).sorted()
    }

    func discard(_ batch: [Staged]) {
        for staged in batch { try? fileSystem.remove(staged.temporary) }
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
