import Foundation

/// The caseload: all dossiers that loaded, and the files that did not.
public struct CaseloadLoad: Sendable {
    public let households: [Household]
    public let problems: [StoreProblem]
}

/// Dossiers: read, create, save, batch commit, revisions, views.
extension CaseStore {
    /// The dossier numbers in the store, sorted, without reading the files.
    public func dossierIDs() throws -> [DossierID] { try recordIDs(.dossier) }

    /// Every dossier; broken files are set aside in `quarantine/` and listed as problems. Unchanged files are
    /// taken from the caseload index (Store/Index/), which this keeps current.
    public func loadAll() throws -> CaseloadLoad { try loadAllReportingIndex().load }

    /// One dossier at its current revision.
    public func load(_ id: DossierID) throws -> Household { try loadRecord(Household.self, id) }

    /// Saves a dossier: its `revision` must be the one on disk (0 for a new dossier). Returns it as saved, at
    /// the next revision. A stale save throws `StoreError.stale` naming who saved in between.
    @discardableResult
    public func save(_ household: Household) throws -> Household {
        try writeOne(household, requireNew: false)
    }

    /// Saves a new dossier; throws `StoreError.alreadyExists` when the number is taken.
    @discardableResult
    public func create(_ household: Household) throws -> Household {
        var fresh = household
        fresh.revision = 0
        return try writeOne(fresh, requireNew: true)
    }

    /// Writes many dossiers as one durable whole (an import) and records one audit entry, flushed before the first
    /// file is renamed into place (and a second, `undone`, if the renames have to be rolled back). Each dossier's
    /// revision is checked as in `save`; when one is stale, nothing is written. `detail` adds the import's
    /// own facts (file name, checksum); the store adds the counts created and changed. With `progress`, the
    /// dossiers prepared are counted and a cancel before the audit entry throws `WriteCancelled` having
    /// written nothing.
    @discardableResult
    public func commit(batch: [Household], auditAction: AuditAction = .import,
                       detail: [String: String] = [:], progress: WorkProgress? = nil) throws -> [Household] {
        try writeMany(batch, auditAction: auditAction, detail: detail, progress: progress)
    }

    /// The revisions that can be read back, oldest first, the current one last.
    public func revisions(of id: DossierID) throws -> [Int] {
        try StoreIO.guarded {
            var revisions: [Int] = []
            let folder = layout.historyFolder(id)
            if fileSystem.isDirectory(folder) {
                revisions = try fileSystem.listDirectory(folder).compactMap { name in
                    name.hasSuffix(".json") ? Int(name.dropLast(5)) : nil
                }
            }
            if let data = try currentData(.dossier, id), let now = try? StoreCoding.decode(RevisionOnly.self, from: data) {
                revisions.append(now.revision)
            }
            guard !revisions.isEmpty else { throw StoreError.notFound(.dossier, id) }
            return Array(Set(revisions)).sorted()
        }
    }

    /// A dossier as it was at an earlier revision (or the current one).
    public func load(_ id: DossierID, revision: Int) throws -> Household {
        try StoreIO.guarded {
            let path = layout.history(id, revision: revision)
            let data: Data
            do {
                data = try fileSystem.readFile(path)
            } catch let error as FileSystemError where error.isNotFound {
                let now = try load(id)
                guard now.revision == revision else { throw StoreError.revisionNotFound(id, revision: revision) }
                return now
            }
            do {
                return try StoreCoding.decode(Household.self, from: data)
            } catch {
                throw StoreError.damaged(StoreProblem(path: layout.relative(path), quarantinedAs: nil,
                                                      reason: Self.reason(error)))
            }
        }
    }

    /// Records that the user opened a dossier, and why (the access log of the Flemish data-exchange rules).
    public func recordView(_ id: DossierID, reason: String) throws {
        try requireRole(.caseworker, .admin)
        try audit.append(.view, dossiers: [id], detail: ["reason": reason])
    }

    /// Records that the user was shown a list of households (the caseload list, the Housing First waiting list,
    /// the buddy round): which list and how many dossiers, never who. Written before the list is shown.
    public func recordListView(_ list: String, dossiers count: Int) throws {
        try requireRole(.caseworker, .admin)
        try audit.append(AuditAction("list"), detail: ["list": list, "dossiers": String(count)])
    }

    // MARK: - Shared by dossiers and volunteers

    func writeOne<R: StoredRecord>(_ record: R, requireNew: Bool) throws -> R {
        try writeOne(requireNew: requireNew) { record }
    }

    /// As `writeOne(_:requireNew:)` with the record made under the writers' lock (a new dossier's number is
    /// allocated there, so that two caseworkers never get the same one).
    func writeOne<R: StoredRecord>(requireNew: Bool, making make: () throws -> R) throws -> R {
        try requireRole(.caseworker, .admin)
        return try StoreIO.guarded {
            try lock.withLock {
                let record = try make()
                let written = try writeLocked([record], requireNew: requireNew) { saved, created, fields, notes in
                    var action: AuditAction = R.kind == .volunteer ? .volunteer : (created == 1 ? .create : .change)
                    // A save that gives or withdraws a consent says so in its action.
                    if action == .change && notes["consent"] != nil { action = .consent }
                    var detail = notes.merging(["revision": String(saved[0].revision)]) { _, b in b }
                    if !fields.isEmpty { detail["fields"] = fields.sorted().joined(separator: ",") }
                    if R.kind == .volunteer { detail["volunteer"] = record.id.rawValue }
                    try audit.appendLocked(action, dossiers: R.kind == .dossier ? [record.id.rawValue] : [],
                                           detail: detail, sync: false)
                }
                try fileSystem.sync(written.toFlush + [layout.auditLog])
                if R.kind == .dossier { indexWritten(written.saved.compactMap { $0 as? Household }, step: written.step) }
                return written.saved[0]
            }
        }
    }

    func writeMany<R: StoredRecord>(_ records: [R], auditAction: AuditAction, detail: [String: String],
                                    progress: WorkProgress? = nil) throws -> [R] {
        try requireRole(.caseworker, .admin)
        return try StoreIO.guarded {
            try lock.withLock {
                let written = try writeLocked(records, requireNew: false, progress: progress) { saved, created, fields, _ in
                    var ids = saved.map(\.id.rawValue).sorted()
                    var full = auditDetail(detail, saved: saved.count, created: created, fields: fields)
                    if R.kind == .volunteer {
                        full["volunteers"] = ids.joined(separator: ",")
                        ids = []
                    }
                    try audit.appendLocked(auditAction, dossiers: ids, detail: full, sync: false)
                }
                try fileSystem.sync(written.toFlush + [layout.auditLog])
                // The index's delta is appended a few thousand dossiers at a time (the same records as one append),
                // so that an import of 100,000 never holds a second copy of all of them.
                // The generation's step goes with the last block, and only when every block was appended.
                if R.kind == .dossier {
                    for start in stride(from: 0, to: written.saved.count, by: 4096) {
                        let end = min(written.saved.count, start + 4096)
                        guard indexWritten(written.saved[start..<end].compactMap { $0 as? Household },
                                           step: end == written.saved.count ? written.step : nil) else { break }
                    }
                }
                return written.saved
            }
        }
    }
}
