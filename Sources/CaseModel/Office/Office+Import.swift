/// Importing client and volunteer lists: the plan (a dry run that writes nothing) and its commit. The list is
/// the administrator's own file, read with her rights (`Office+PersonalFiles.swift`).
extension Office {
    /// Reads the person's list at `file` and plans its import against the store. Writes nothing.
    public func planImport(file: String, kind: StoreImport.Kind, allOrNothing: Bool, today: Day) throws
        -> ImportPlan {
        try allow(.importLists)
        // The file's bytes are held once while planning (a 100,000-household list is 70 MB).
        let bytes = [UInt8](try Self.readPersonalFile(file))
        return try StoreImport(store: store).plan(bytes, kind: kind, fileName: file, allOrNothing: allOrNothing,
                                                  today: today)
    }

    /// Writes what the plan says, all or nothing, with one `import` entry (`StoreImport.commit`); the number of
    /// records written.
    @discardableResult
    public func commitImport(_ plan: ImportPlan) throws -> Int {
        try allow(.importLists)
        return try StoreImport(store: store).commit(plan)
    }

    /// As `commitImport(_:)`, counting in `progress` and stopping before the point of no return when it is
    /// cancelled (the administration screen).
    public func commitImport(_ plan: ImportPlan, progress: WorkProgress) throws -> StoreImport.CommitOutcome {
        try allow(.importLists)
        return try StoreImport(store: store).commit(plan, progress: progress)
    }
}
