/// A dossier's revisions (oldest first) and its audit entries: the history tab, `zorg export --format md`.
public struct DossierHistory: Hashable, Sendable {
    public var revisions: [Int]
    public var entries: [AuditEntry]
    /// Per revision who, when and which fields changed (`Office.changes(of:reason:)`); empty when not asked.
    public var changes: [RevisionChanges]

    public init(revisions: [Int], entries: [AuditEntry], changes: [RevisionChanges] = []) {
        self.revisions = revisions
        self.entries = entries
        self.changes = changes
    }
}

/// A save refused because someone else saved the dossier first: what the store said, and the dossier as stored
/// now (nil when it could not be read), so the caseworker sees what the other change was.
public struct RefusedSave: Error, Sendable, CustomStringConvertible {
    public let stale: StaleSave
    public let current: Household?
    public var description: String { stale.message }
}

/// One dossier: opened for a reason, saved, changed, and its history.
extension Office {
    /// Opens a dossier for `reason`. The view is written to the access log first: a dossier whose opening cannot
    /// be logged is not returned.
    public func open(_ id: DossierID, reason: AccessReason) throws -> Household {
        try allow(.readCases)
        try store.recordView(id, reason: reason)
        return try store.load(id)
    }

    /// A dossier opened before for a reason (its view logged then), read again as stored now: the checks run
    /// again after an edit. No second view entry.
    public func reread(_ id: DossierID) throws -> Household {
        try allow(.readCases)
        return try store.load(id)
    }

    /// An earlier revision, read for the reason the dossier was opened for (logged first, with the revision).
    public func open(_ id: DossierID, revision: Int, reason: AccessReason) throws -> Household {
        try allow(.readCases)
        try store.recordView(id, reason: reason, revision: revision)
        return try store.load(id, revision: revision)
    }

    /// Saves a dossier (its revision checked; one `create`, `change` or `consent` entry) and returns it as
    /// stored. Someone else's save in between throws `RefusedSave` with the dossier as it is now.
    public func save(_ household: Household) throws -> Household {
        try allow(.writeCases)
        do {
            return try store.save(household)
        } catch StoreError.stale(let stale) {
            throw RefusedSave(stale: stale, current: try? store.load(household.id))
        }
    }

    /// Loads a dossier, changes it with `edit` and saves it (revision checked): a consent given or withdrawn
    /// from the command line. The save's own audit entry names the dossier. `edit` may throw to change nothing.
    @discardableResult
    public func change(_ id: DossierID, _ edit: (inout Household) throws -> Void) throws -> Household {
        try allow(.writeCases)
        var household = try store.load(id)
        try edit(&household)
        return try save(household)
    }

    /// The dossier's revisions and its audit entries.
    public func history(of id: DossierID) throws -> DossierHistory {
        try allow(.readCases)
        return DossierHistory(revisions: try store.revisions(of: id), entries: try store.audit.entries(dossier: id))
    }
}
