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
        let detail = [
            "file": URL(fileURLWithPath: plan.fileName).lastPathComponent,
            "sha256": plan.checksum,
            "new": String(plan.count(of: "new")),
            "changed": String(plan.count(of: "changed")),
            "rejected_rows": String(plan.rejectedRowCount),
        ]
        if !plan.householdsToWrite.isEmpty {
            return try store.commit(batch: plan.householdsToWrite, auditAction: .import, detail: detail).count
        }
        if !plan.volunteersToWrite.isEmpty {
            return try store.commit(volunteers: plan.volunteersToWrite, auditAction: .import, detail: detail).count
        }
        return 0
    }
}
