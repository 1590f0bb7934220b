/// The store as a whole: a complete copy (`zorg backup`), and merging two dossiers of the same family.
extension Office {
    /// Copies the whole store to `destination` (a tar file or a new folder of the person's, written with her
    /// rights); one `backup` entry.
    public func backup(to destination: String, progress: WorkProgress? = nil) throws -> BackupReport {
        try allow(.backup)
        return try store.backup(to: destination, progress: progress)
    }

    /// The plan to merge `other` into `keep` as of `on`, by the person at the terminal. `show` logs that the
    /// plan (names and addresses) is shown: one `merge-plan` entry.
    public func mergePlan(keep: DossierID, other: DossierID, on day: Day, show: Bool) throws -> DossierMergePlan {
        try allow(.writeCases)
        let plan = try DossierMerge.plan(keep: try store.load(keep), other: try store.load(other), on: day, by: user)
        if show { try store.recordMergePlan(plan) }
        return plan
    }

    /// Carries out a merge plan (both dossiers saved, one `merge` entry).
    public func merge(_ plan: DossierMergePlan) throws {
        try allow(.writeCases)
        _ = try store.merge(plan)
    }
}
