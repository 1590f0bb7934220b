import Foundation

/// The generic machinery behind dossiers and volunteers: read, revision check, atomic write, history, audit.
extension CaseStore {
    /// A record's current file, or nil when there is none.
    func currentData(_ kind: RecordKind, _ id: DossierID) throws -> Data? {
        do {
            return try fileSystem.readFile(kind.path(id, layout))
        } catch let error as FileSystemError where error.isNotFound {
            return nil
        }
    }

    /// Decodes a record file; a file that does not decode is set aside and reported.
    func decodeOrQuarantine<R: StoredRecord>(_ type: R.Type, _ data: Data, path: String, expected id: DossierID?) throws -> R {
        do {
            let record = try StoreCoding.decode(R.self, from: data)
            if let control = StoreCoding.controlCharacter(in: data) { throw ControlCharacter(code: control) }
            if let id, record.id != id {
                throw MismatchedID(found: record.id, expected: id)
            }
            try record.checkBounds()
            return record
        } catch {
            throw StoreError.damaged(quarantine(path, id: id, reason: Self.reason(error)))
        }
    }

    private struct ControlCharacter: Error {
        let code: String
    }

    private struct MismatchedID: Error {
        let found: DossierID
        let expected: DossierID
    }

    static func reason(_ error: Error) -> String {
        if let mismatch = error as? MismatchedID {
            return "het nummer in het bestand (\(mismatch.found)) past niet bij de bestandsnaam (\(mismatch.expected))"
        }
        if let bounds = error as? OutOfBounds { return "waarde buiten bereik: \(bounds)" }
        if let control = error as? ControlCharacter {
            return "bevat een stuurteken (\(control.code)), dat een terminal zou sturen; met de hand bewerkt?"
        }
        return StoreCoding.readable(error)
    }

    func loadRecord<R: StoredRecord>(_ type: R.Type, _ id: DossierID) throws -> R {
        try StoreIO.guarded {
            guard let data = try currentData(R.kind, id) else { throw StoreError.notFound(R.kind, id) }
            return try decodeOrQuarantine(R.self, data, path: R.kind.path(id, layout), expected: id)
        }
    }

    /// Every record of a kind; broken files are set aside and reported, the rest load.
    func loadRecords<R: StoredRecord>(_ type: R.Type) throws -> ([R], [StoreProblem]) {
        try StoreIO.guarded {
            let folder = R.kind.folder(layout)
            var records: [R] = []
            var problems: [StoreProblem] = []
            let names = try fileSystem.listDirectory(folder)
            removeAbandonedTemporaryFiles(names, in: folder)
            for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
                let path = folder + "/" + name
                guard let id = StoreLayout.id(fromFileName: name) else {
                    problems.append(quarantine(path, id: nil, reason: "de bestandsnaam is geen geldig nummer"))
                    continue
                }
                let data: Data
                do {
                    data = try fileSystem.readFile(path)
                } catch let error as FileSystemError where error.isNotFound {
                    continue  // removed since the listing
                }
                do {
                    records.append(try decodeOrQuarantine(R.self, data, path: path, expected: id))
                } catch StoreError.damaged(let problem) {
                    problems.append(problem)
                }
            }
            return (records.sorted { $0.id < $1.id }, problems)
        }
    }

    /// Temporary files (`.<name>.<pid>.<random>.tmp`) whose writer no longer runs were left by a crash; they are
    /// never read, and removed here. A live writer's file is left alone (the store lives on one server).
    func removeAbandonedTemporaryFiles(_ names: [String], in folder: String) {
        // An unfinished batch still needs its staged files.
        if fileSystem.exists(pendingBatchPath) { return }
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            let parts = name.split(separator: ".")
            guard parts.count >= 4, let pid = pid_t(parts[parts.count - 3]), pid > 0 else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { try? fileSystem.remove(folder + "/" + name) }
        }
    }

    func recordIDs(_ kind: RecordKind) throws -> [DossierID] {
        try StoreIO.guarded {
            try fileSystem.listDirectory(kind.folder(layout)).compactMap(StoreLayout.id(fromFileName:)).sorted()
        }
    }

    /// What is on disk for a record about to be written: its bytes and revision (0 when new).
    struct Current {
        let data: Data?
        let revision: Int
    }

    func current(_ kind: RecordKind, _ id: DossierID) throws -> Current {
        guard let data = try currentData(kind, id) else { return Current(data: nil, revision: 0) }
        do {
            return Current(data: data, revision: try StoreCoding.decode(RevisionOnly.self, from: data).revision)
        } catch {
            throw StoreError.damaged(quarantineLocked(kind.path(id, layout), id: id, reason: Self.reason(error)))
        }
    }

    /// The revision rule: a new record has revision 0 and no file; a change names the revision on disk.
    func checkRevision<R: StoredRecord>(_ record: R, against current: Current) throws {
        if record.revision == current.revision { return }
        if record.revision == 0 { throw StoreError.alreadyExists(R.kind, record.id) }
        if current.data == nil { throw StoreError.notFound(R.kind, record.id) }
        let last = audit.lastWrite(of: record.id)
        throw StoreError.stale(StaleSave(kind: R.kind, id: record.id, editedRevision: record.revision,
                                         storedRevision: current.revision, savedBy: last?.user, savedAt: last?.time))
    }

    /// What a write has put in place, and the files and folders still to flush to make it durable.
    struct Written<R> {
        let saved: [R]
        let created: Int
        let fields: Set<String>
        let toFlush: [String]
        /// The store generation's step, for the index's delta once the write is in place (dossiers only).
        let step: GenerationStep?
    }

    /// Puts back what a write that failed half-way had already renamed into place: the earlier bytes, or no file
    /// for a new record. Best effort, under the lock the caller holds: the caller reports the error that caused it.
    func rollBack(_ before: some Sequence<(path: String, data: Data?)>) {
        var folders = Set<String>()
        for (path, data) in before {
            if let data { try? files.write(data, to: path) } else { try? fileSystem.remove(path) }
            folders.insert(AtomicFile.folder(of: path))
        }
        for folder in folders { try? fileSystem.syncDirectory(folder) }
    }

    /// Puts records in place, keeping their earlier revisions, under the lock the caller holds. Nothing is
    /// written when any revision check fails. `auditLine` appends the write's audit entry once the new files are
    /// staged and before any is renamed into place: a change never reaches a dossier without its entry, even
    /// when the process is killed in between (the entry then names a revision that never arrived). The caller
    /// flushes `toFlush` together with the log: one flush of the file system instead of one per folder.
    /// With `progress`, the records staged are counted, and a cancel is honoured up to the audit entry, the
    /// point of no return: before it, the staged files are removed and nothing has changed (`WriteCancelled`).
    func writeLocked<R: StoredRecord>(_ records: [R], requireNew: Bool, progress: WorkProgress? = nil,
                                      auditLine: (_ saved: [R], _ created: Int, _ fields: Set<String>,
                                                  _ notes: [String: String]) throws -> Void) throws -> Written<R> {
        if fileSystem.exists(pendingBatchPath) { try finishPendingBatchLocked() }
        var seen = Set<DossierID>()
        for record in records where !seen.insert(record.id).inserted { throw StoreError.duplicateInBatch(record.id) }
        var currents: [Current] = []
        // The earlier versions of the records that have one (an import's are mostly new: no slot for those).
        var earliers: [Int: R] = [:]
        let absent = absentFiles(records)
        for (n, record) in records.enumerated() {
            if n % 256 == 255, progress?.isCancelled == true { throw WriteCancelled() }
            let now = absent?.contains(record.id) == true ? Current(data: nil, revision: 0) : try current(R.kind, record.id)
            if requireNew && now.data != nil { throw StoreError.alreadyExists(R.kind, record.id) }
            try checkRevision(record, against: now)
            let earlier = now.data.flatMap { try? StoreCoding.decode(R.self, from: $0) }
            // A file with fields this version does not know would lose them: refused, the file left as it is.
            if let data = now.data, let earlier, let unknown = StoreCoding.unknownFields(in: data, decoded: earlier) {
                throw StoreError.newerFields(R.kind, record.id, fields: unknown)
            }
            currents.append(now)
            earliers[n] = earlier
        }
        var saved: [R] = []
        saved.reserveCapacity(records.count)
        var staged: [AtomicFile.Staged] = []
        staged.reserveCapacity(records.count)
        var fields = Set<String>()
        var notes: [String: String] = [:]
        var historyFolders: [String] = []
        do {
            // A block of records is encoded and staged on every core (`stageEach`), then counted in order; a
            // block keeps the work between two looks at `progress` short.
            let block = 256
            for start in stride(from: 0, to: records.count, by: block) {
                let range = start..<min(records.count, start + block)
                let nexts = range.map { i -> R in
                    var next = records[i]
                    next.revision = currents[i].revision + 1
                    return next
                }
                // One record is flushed at once; a batch is flushed together below.
                let outcomes = stageEach(nexts, sync: records.count == 1)
                // Every file staged is kept for the clean-up before the first failure (in order) is thrown.
                staged += outcomes.compactMap { try? $0.get() }
                for (k, i) in range.enumerated() {
                    let next = nexts[k]
                    _ = try outcomes[k].get()
                    if let earlier = earliers[i] { fields.formUnion(next.changedFields(from: earlier)) }
                    notes.merge(next.auditNotes(from: earliers[i])) { a, b in a + "," + b }
                    saved.append(next)
                    if let progress, saved.count % 100 == 0 || saved.count == records.count {
                        progress.advance(by: saved.count % 100 == 0 ? 100 : saved.count % 100)
                        if progress.isCancelled { throw WriteCancelled() }
                    }
                }
            }
            historyFolders = try keepHistory(of: records, currents)
            // A batch's files are flushed together here (one file was flushed as it was staged).
            if records.count > 1 { try fileSystem.sync(staged.map(\.temporary)) }
            if progress?.isCancelled == true { throw WriteCancelled() }  // the last moment a stop changes nothing
            try auditLine(saved, currents.filter { $0.data == nil }.count, fields, notes)
            // The entry is durable before any file is renamed into place: a power cut after a rename can then never
            // leave a change that the trail does not announce (a write that did not happen is announced `undone`).
            try fileSystem.sync([layout.auditLog])
        } catch {
            files.discard(staged)
            throw error
        }
        let before = zip(records, currents).map { (path: R.kind.path($0.0.id, layout), data: $0.1.data) }
        var renamed = 0
        let folders: [String]
        let batch = staged.count > 1
        // The entry already written announced this write; when it does not happen, a second entry says so.
        func announceUndone() {
            _ = try? audit.appendLocked(.undone, dossiers: R.kind == .dossier ? saved.map(\.id.rawValue) : [],
                                        detail: ["revisions": saved.map { String($0.revision) }.joined(separator: ",")])
        }
        var step: GenerationStep?
        do {
            // Before the first rename: an index that misses this write can no longer pass for current.
            if R.kind == .dossier { step = try advanceGeneration() }
            if batch { try recordPendingBatch(staged) }
        } catch {
            files.discard(staged)
            announceUndone()
            throw error
        }
        do {
            folders = try files.install(staged, synced: true, renamed: &renamed)
            if batch {
                // The renames are made durable before the list goes, so a power cut cannot undo them silently.
                try fileSystem.sync(folders)
                try clearPendingBatch()
            }
        } catch {
            rollBack(before.prefix(renamed))
            if batch { try? clearPendingBatch() }
            announceUndone()
            throw error
        }
        return Written(saved: saved, created: currents.filter { $0.data == nil }.count, fields: fields,
                       toFlush: folders + historyFolders, step: step)
    }

    /// Keeps the revision on disk as `history/<stem>/<revision>.json` — a second name for the same file, so
    /// nothing is copied. Returns the folders to flush.
    private func keepHistory<R: StoredRecord>(of records: [R], _ currents: [Current]) throws -> [String] {
        guard R.kind.keepsHistory else { return [] }
        var folders: [String] = []
        var madeFolder = false
        for (record, now) in zip(records, currents) where now.data != nil {
            let folder = layout.historyFolder(record.id)
            if !fileSystem.isDirectory(folder) {
                try fileSystem.makeDirectory(folder, mode: layout.directoryMode, group: layout.group)
                madeFolder = true
            }
            let target = layout.history(record.id, revision: now.revision)
            do {
                try fileSystem.link(R.kind.path(record.id, layout), as: target)
            } catch let error as FileSystemError where error.isAlreadyExisting {
                // Left by an earlier attempt that stopped before its rename: the same revision, already kept.
            } catch let error as FileSystemError where error.code != ENOSPC && error.code != EDQUOT {
                // A file system without hard links: keep a copy instead.
                try fileSystem.createFile(target, data: now.data!, mode: layout.fileMode, group: layout.group, sync: true)
            }
            folders.append(folder)
        }
        if madeFolder { folders.append(layout.history) }
        return folders
    }

    func auditDetail(_ base: [String: String], saved: Int, created: Int, fields: Set<String>) -> [String: String] {
        var detail = base
        detail["created"] = String(created)
        detail["changed"] = String(saved - created)
        if !fields.isEmpty { detail["fields"] = fields.sorted().joined(separator: ",") }
        return detail
    }
}

/// A bulk write stopped on request before its point of no return: nothing was written.
public struct WriteCancelled: Error, Sendable, CustomStringConvertible {
    public init() {}
    public var description: String { "gestopt op vraag van de gebruiker; er is niets weggeschreven" }
}
