import Foundation

extension StoreLayout {
    /// The store generation (docs/store.md, "The store generation"), kept with the index it vouches for.
    var indexGeneration: String { index + "/generation" }
}

/// A step of the store generation in the index's delta: a write's, from the value it found to the one it wrote;
/// or a load's that stamped every file, `from` nil, which vouches for the whole index as of `to`.
struct GenerationStep: Equatable, Sendable {
    let from: UInt64?
    let to: UInt64
}

/// The store generation is a random number that every write into or out of `dossiers/` replaces, under the
/// writers' lock and before its first rename. The caseload index records the generation it is current for: the
/// snapshot names one, and each write appends its step to the delta after its own records. When the chain from
/// the snapshot through the delta ends at the generation on disk, no file has changed since the index was
/// checked except through the writes it records — in a shared store, where only `zorg` can write (#7), the index
/// is then used without stamping every file. A crash between a write's renames and its delta record, an index
/// of another store, a damaged or missing index: each leaves the chain short of the generation on disk, and
/// the load stamps every file as before.
extension CaseStore {
    /// The generation on disk; nil when there is none or it does not read (16 hexadecimal digits and a newline).
    func storeGeneration() -> UInt64? {
        // At most a few bytes are read: a file of another size is not a generation, however large it is.
        guard let data = try? fileSystem.readTail(layout.indexGeneration, maxBytes: 18), data.count == 17, data.last == 0x0A,
              let text = String(data: data.dropLast(), encoding: .ascii),
              let value = UInt64(text, radix: 16), value != 0 else { return nil }
        return value
    }

    /// Under the writers' lock, before a write renames a dossier file into or out of `dossiers/`. Throws when
    /// the new generation cannot be written: the write must then not be made, or an index that misses it could
    /// pass for current. The step to record after the write; nil when there was no generation to step from (the
    /// index then stays short of the new one until a load has stamped every file).
    func advanceGeneration() throws -> GenerationStep? {
        let before = storeGeneration()
        let after = UInt64.random(in: 1...UInt64.max)
        try writeGeneration(after)
        return before.map { GenerationStep(from: $0, to: after) }
    }

    /// Atomic but not flushed on its own: the write that advanced it flushes the file system afterwards
    /// (`FileSystem.sync`), and its rename is ordered before the dossier renames that follow.
    func writeGeneration(_ value: UInt64) throws {
        if !fileSystem.isDirectory(layout.index) {
            try fileSystem.makeDirectory(layout.index, mode: layout.directoryMode, group: layout.group)
        }
        let hex = String(value, radix: 16)
        let text = String(repeating: "0", count: 16 - hex.count) + hex + "\n"
        let staged = try files.stage(Data(text.utf8), for: layout.indexGeneration, sync: false)
        do {
            try fileSystem.rename(staged.temporary, to: staged.final)
        } catch {
            files.discard([staged])
            throw error
        }
    }

    /// Whether the index may be used without stamping the files: only in a shared store (a person can edit her
    /// own store's files by hand, which no generation records), and only when its chain ends at `generation`.
    func indexIsCurrent(_ parsed: CaseloadIndexFile.Parsed?, generation: UInt64?) -> Bool {
        guard case .shared = mode, let generation, let parsed, parsed.deltaMatches else { return false }
        return parsed.storeGeneration == generation
    }
}
