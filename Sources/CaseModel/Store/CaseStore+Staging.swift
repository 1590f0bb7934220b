import Foundation

/// A batch's records made into staged files on every core: each worker encodes a record and writes its
/// temporary file itself, so that neither the encoded bytes of a whole block nor one thread's file creation
/// hold the batch up (issue 17.3). Nothing is renamed here; `writeLocked` checks, counts and installs in order.
extension CaseStore {
    /// One record's outcome: its staged file, or the first error (encoding, a control character, the disk).
    typealias StagedRecord = Result<AtomicFile.Staged, Error>

    /// Encodes and stages each record, in parallel for more than a few; the results are in the records' order.
    /// A record that fails leaves no file; the others' files are staged and must be discarded by the caller
    /// when it gives up.
    func stageEach<R: StoredRecord>(_ records: [R], sync: Bool) -> [StagedRecord] {
        let files = files, layout = layout
        let stageOne = { (record: R) -> StagedRecord in
            Result {
                let data = try StoreCoding.encode(record)
                // A control character would make the file unreadable on the next read (it is refused there, so
                // that it never reaches a terminal): refused here too, before anything is written.
                if let c = StoreCoding.controlCharacter(in: data) {
                    throw StoreError.controlCharacter(R.kind, record.id, character: c)
                }
                return try files.stage(data, for: R.kind.path(record.id, layout), sync: sync)
            }
        }
        return ParallelMap.map(records.count, chunk: 16) { stageOne(records[$0]) }
    }

    /// Whether a batch's record has no file yet, known from one listing of its folder instead of one failed
    /// open per record (most of an import's records are new). Nil when the batch is small or the folder
    /// cannot be listed: each record's file is then read as before.
    func absentFiles<R: StoredRecord>(_ records: [R]) -> Set<DossierID>? {
        guard records.count > 64, let names = try? fileSystem.listDirectory(R.kind.folder(layout)) else { return nil }
        let present = Set(names), layout = layout
        return Set(records.lazy.map(\.id).filter { id in
            let path = R.kind.path(id, layout)
            return !present.contains(String(path[path.index(after: path.lastIndex(of: "/")!)...]))
        })
    }
}
