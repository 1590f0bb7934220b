extension AuditAction {
    /// Two dossiers merged: the entry names both (KEEP first in `detail["keep"]`).
    public static let merge = AuditAction("merge")
}

extension CaseStore {
    /// Writes a merge plan: KEEP merged and OTHER marked, as one durable commit with ONE `merge` audit entry
    /// naming both. Both revisions are checked (a save in between since the plan was made throws
    /// `StoreError.stale`); the revisions before stay readable through `load(_:revision:)`.
    @discardableResult
    public func merge(_ plan: DossierMergePlan) throws -> (kept: Household, merged: Household) {
        let saved = try commit(batch: [plan.merged, plan.closedOther], auditAction: .merge,
                               detail: ["keep": plan.keep.rawValue, "merged": plan.other.rawValue,
                                        "conflicts": String(plan.conflicts.count)])
        let kept = saved.first { $0.id == plan.keep } ?? plan.merged
        let merged = saved.first { $0.id == plan.other } ?? plan.closedOther
        return (kept, merged)
    }
}
