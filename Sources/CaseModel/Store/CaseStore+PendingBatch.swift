import Foundation

/// A batch (an import) renames its files one by one. So that a crash among the renames never leaves half a
/// batch, the list of its staged files is written durably to `pending-batch.json` before the first rename and
/// removed once all are in place. A store opened with that file present finishes the batch (roll forward):
/// every staged file was flushed before the list was written, and the batch's audit entry was written and
/// flushed before it, so finishing it makes the store match the entry.
extension CaseStore {
    struct PendingBatch: Codable {
        struct Move: Codable {
            /// Store-relative paths.
            let temporary: String
            let final: String
        }
        let moves: [Move]
    }

    var pendingBatchPath: String { layout.root + "/pending-batch.json" }

    func recordPendingBatch(_ staged: [AtomicFile.Staged]) throws {
        let batch = PendingBatch(moves: staged.map { .init(temporary: layout.relative($0.temporary), final: layout.relative($0.final)) })
        try files.write(try StoreCoding.encode(batch), to: pendingBatchPath)
    }

    func clearPendingBatch() throws {
        try fileSystem.remove(pendingBatchPath)
        try fileSystem.syncDirectory(layout.root)
    }

    /// A move an import makes: `dossiers/.X.json.<pid>.<n>.tmp` → `dossiers/X.json` (or in `volunteers/`).
    static func isBatchMove(_ move: PendingBatch.Move) -> Bool {
        let from = move.temporary.split(separator: "/", omittingEmptySubsequences: false)
        let to = move.final.split(separator: "/", omittingEmptySubsequences: false)
        guard from.count == 2, to.count == 2, from[0] == to[0], ["dossiers", "volunteers"].contains(from[0]),
              StoreLayout.id(fromFileName: String(to[1])) != nil else { return false }
        return from[1].hasPrefix("." + to[1] + ".") && from[1].hasSuffix(".tmp")
    }

    /// Finishes a batch a crash interrupted, under the lock. Files already renamed are skipped.
    func finishPendingBatch() throws {
        try StoreIO.guarded { try lock.withLock { try finishPendingBatchLocked() } }
    }

    /// The same, for a writer that holds the lock already.
    func finishPendingBatchLocked() throws {
        let data: Data
        do {
            data = try fileSystem.readFile(pendingBatchPath)
        } catch let error as FileSystemError where error.isNotFound {
            return  // finished by another process meanwhile
        }
        // A list that does not read was cut off before its rename: no file of its batch was renamed.
        if let batch = try? StoreCoding.decode(PendingBatch.self, from: data) {
            // Only what an import writes is renamed: a staged `.NAME.….tmp` onto `NAME` in the same record
            // folder. A list naming anything else was not written by Zorg: it is set aside, nothing is renamed.
            guard batch.moves.allSatisfy(Self.isBatchMove) else {
                let problem = quarantineLocked(pendingBatchPath, id: nil, reason: "onbekende namen in de lijst van een import")
                if problem.quarantinedAs == nil { try clearPendingBatch() }
                return
            }
            var folders = Set<String>()
            if batch.moves.contains(where: { $0.final.hasPrefix("dossiers/") }) { _ = try advanceGeneration() }
            for move in batch.moves {
                let temporary = layout.root + "/" + move.temporary, final = layout.root + "/" + move.final
                guard fileSystem.exists(temporary) else { continue }
                try fileSystem.rename(temporary, to: final)
                folders.insert(AtomicFile.folder(of: final))
            }
            for folder in folders.sorted() { try fileSystem.syncDirectory(folder) }
        }
        try clearPendingBatch()
    }
}
