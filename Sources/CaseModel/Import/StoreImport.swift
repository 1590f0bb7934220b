import Foundation

/// Runs an import against a case store: reads what the store holds, plans, and — unless it is a dry run —
/// commits the plan through `CaseStore.commit(batch:)` / `commit(volunteers:)`: all records or none, announced
/// by one `import` audit entry.
public struct StoreImport: Sendable {
    public enum Kind: Sendable { case clients, volunteers }

    public let store: CaseStore

    public init(store: CaseStore) { self.store = store }

    /// Plans an import of `bytes` against the store's current contents. Writes nothing.
    public func plan(_ bytes: [UInt8], kind: Kind, fileName: String, allOrNothing: Bool, today: Day) throws -> ImportPlan {
        let options = ImportOptions(fileName: fileName, allOrNothing: allOrNothing, today: today, user: store.identity.user)
        switch kind {
        case .clients:
            let context = InMemoryImportContext(households: try store.loadAll().households)
            return ClientListImport.plan(bytes, options: options, context: context)
        case .volunteers:
            let context = InMemoryImportContext(volunteers: try store.volunteers().volunteers)
            return VolunteerImport.plan(bytes, options: options, context: context)
        }
    }

    /// Writes what the plan says to write, all or nothing, and records one `import` audit entry (file name,
    /// checksum, counts) before the files are put in place. When putting them in place fails, the records
    /// already renamed are rolled back and a second entry (`undone`) says so; a crash part-way is finished
    /// when the store is next opened (its pending-batch list). Returns the number of records written.
    @discardableResult
    public func commit(_ plan: ImportPlan) throws -> Int {
        let detail = auditDetail(plan)
        if !plan.householdsToWrite.isEmpty {
            return try store.commit(batch: plan.householdsToWrite, auditAction: .import, detail: detail).count
        }
        if !plan.volunteersToWrite.isEmpty {
            return try store.commit(volunteers: plan.volunteersToWrite, auditAction: .import, detail: detail).count
        }
        return 0
    }

    private func auditDetail(_ plan: ImportPlan) -> [String: String] {
        [
            "file": URL(fileURLWithPath: plan.fileName).lastPathComponent,
            "sha256": plan.checksum,
            "new": String(plan.count(of: "new")),
            "changed": String(plan.count(of: "changed")),
            "rejected_rows": String(plan.rejectedRowCount),
        ]
    }

    // MARK: With progress and a way to stop (the administration screen)

    /// How a commit with progress ended.
    public struct CommitOutcome: Sendable, Equatable {
        /// Records written: all of them, or none when stopped.
        public var written: Int
        /// Records the plan had to write.
        public var total: Int
        /// Stopped on request before the point of no return; nothing was written.
        public var cancelled: Bool

        public init(written: Int, total: Int, cancelled: Bool) {
            self.written = written
            self.total = total
            self.cancelled = cancelled
        }
    }

    /// As `commit(_:)` — all or nothing, one `import` entry — while `progress` counts the records prepared.
    /// A cancel is honoured up to the moment the audit entry is written: the files prepared so far are removed,
    /// nothing is logged and the store is exactly as before. After that moment the commit runs to its end.
    public func commit(_ plan: ImportPlan, progress: WorkProgress) throws -> CommitOutcome {
        let households = plan.householdsToWrite, volunteers = plan.volunteersToWrite
        let total = households.isEmpty ? volunteers.count : households.count
        progress.begin(.writing, total: total)
        guard total > 0 else { return CommitOutcome(written: 0, total: 0, cancelled: false) }
        let detail = auditDetail(plan)
        do {
            let written = households.isEmpty
                ? try store.commit(volunteers: volunteers, auditAction: .import, detail: detail, progress: progress).count
                : try store.commit(batch: households, auditAction: .import, detail: detail, progress: progress).count
            return CommitOutcome(written: written, total: total, cancelled: false)
        } catch is WriteCancelled {
            return CommitOutcome(written: 0, total: total, cancelled: true)
        }
    }
}
