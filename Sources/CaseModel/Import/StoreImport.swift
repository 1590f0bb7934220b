import Foundation

/// Runs an import against a case store: reads what the store holds, plans, and — unless it is a dry run —
/// commits the plan as one durable batch with one audit entry.
public struct StoreImport: Sendable {
    public enum Kind: Sendable { case clients, volunteers }

    public let store: CaseStore

    public init(store: CaseStore) { self.store = store }

    /// Plans an import of `bytes` against the store's current contents. Writes nothing.
    public func plan(_ bytes: [UInt8], kind: Kind, fileName: String, allOrNothing: Bool, today: Day = Day.today()) throws -> ImportPlan {
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

    /// Writes what the plan says to write, durably as a whole, recorded as one audit entry (file name, checksum,
    /// dossiers created and changed). Returns the number of records written.
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

    // MARK: In batches, with progress and a way to stop (the administration screen)

    /// How far a batched commit got.
    public struct BatchedCommit: Sendable, Equatable {
        /// Dossiers written (whole batches only).
        public var written: Int
        /// Dossiers the plan had to write.
        public var total: Int
        /// Stopped on request before the end.
        public var cancelled: Bool

        public init(written: Int, total: Int, cancelled: Bool) {
            self.written = written
            self.total = total
            self.cancelled = cancelled
        }
    }

    /// A batched commit that failed part-way: the batches before the failing one are written.
    public struct PartlyCommitted: Error, CustomStringConvertible {
        public var written: Int
        public var total: Int
        public var underlying: any Error
        public var description: String { String(describing: underlying) }
    }

    /// Batches of at least 500 dossiers, and at most 20 batches: a progress step every 5 %, few audit entries.
    public static func batchSize(for total: Int) -> Int { max(500, (total + 19) / 20) }

    /// Writes a client plan's dossiers in batches, each durable as a whole with its own audit entry (the file,
    /// its checksum and `batch` "2/10"). Between batches it counts progress and stops when `progress` is
    /// cancelled: what was written stays written, and planning the same file again continues where it stopped
    /// (written dossiers then come out unchanged). A plan that fits in one batch is exactly `commit(_:)`.
    /// Volunteer plans are written as one batch.
    public func commit(_ plan: ImportPlan, progress: WorkProgress, batchSize: Int? = nil) throws -> BatchedCommit {
        let all = plan.householdsToWrite
        guard !all.isEmpty else {
            progress.begin(.writing, total: plan.volunteersToWrite.count)
            let written = try commit(plan)
            progress.advance(by: written)
            return BatchedCommit(written: written, total: written, cancelled: false)
        }
        let size = max(1, batchSize ?? Self.batchSize(for: all.count))
        let count = (all.count + size - 1) / size
        progress.begin(.writing, total: all.count)
        var written = 0
        for b in 0..<count {
            if progress.isCancelled { return BatchedCommit(written: written, total: all.count, cancelled: true) }
            var detail = auditDetail(plan)
            if count > 1 { detail["batch"] = "\(b + 1)/\(count)" }
            let batch = Array(all[(b * size)..<min(all.count, (b + 1) * size)])
            do {
                written += try store.commit(batch: batch, auditAction: .import, detail: detail).count
            } catch {
                throw PartlyCommitted(written: written, total: all.count, underlying: error)
            }
            progress.advance(by: batch.count)
        }
        return BatchedCommit(written: written, total: all.count, cancelled: false)
    }
}
