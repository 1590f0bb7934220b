extension AuditAction {
    /// Two dossiers merged: the entry names both (KEEP first in `detail["keep"]`).
    public static let merge = AuditAction("merge")
    /// A merge plan was read without merging (`zorg merge --dry-run`): it shows both dossiers' members.
    public static let mergePlan = AuditAction("merge-plan")
}

extension CaseStore {
    /// Writes a merge plan: KEEP merged and OTHER marked, as one durable commit with ONE `merge` audit entry
    /// naming both. Both revisions are checked (a save in between since the plan was made throws
    /// `StoreError.stale`); the revisions before stay readable through `load(_:revision:)`.
    @discardableResult
    public func merge(_ plan: DossierMergePlan) throws -> (kept: Household, merged: Household) {
        let saved = try commit(batch: [plan.merged, plan.closedOther], auditAction: .merge, detail: Self.detail(of: plan))
        let kept = saved.first { $0.id == plan.keep } ?? plan.merged
        let merged = saved.first { $0.id == plan.other } ?? plan.closedOther
        return (kept, merged)
    }

    /// Records that a merge plan is about to be shown without being written: one `merge-plan` entry naming both
    /// dossiers, before any of their data is printed (a dry run reads names and addresses too).
    public func recordMergePlan(_ plan: DossierMergePlan) throws {
        _ = try requireRole(.caseworker, .admin)
        try audit.append(.mergePlan, dossiers: [plan.keep, plan.other], detail: Self.detail(of: plan))
    }

    private static func detail(of plan: DossierMergePlan) -> [String: String] {
        ["keep": plan.keep.rawValue, "merged": plan.other.rawValue, "conflicts": String(plan.conflicts.count)]
    }
}
