/// One revision of a dossier: who saved it, when (the audit entry's UTC time), and what changed from the one before.
public struct RevisionChanges: Sendable, Hashable {
    public var revision: Int
    public var user: String?
    public var time: String?
    public var changes: [DossierChange]
}

extension Office {
    /// The dossier's revisions, oldest first, each with what changed, who and when: read for `reason` (one view
    /// in the access log for the whole history). A revision whose file is gone (the history was trimmed) is
    /// compared with the one before it that is still there.
    public func changes(of id: DossierID, reason: AccessReason) throws -> [RevisionChanges] {
        try allow(.readCases)
        try store.recordView(id, reason: reason)
        let writes = try store.audit.entries(dossier: id).filter { !Self.readActions.contains($0.action) }
        var previous: Household?
        var out: [RevisionChanges] = []
        for (k, revision) in try store.revisions(of: id).enumerated() {
            guard let h = try? store.load(id, revision: revision) else { continue }
            let entry = writes.first { $0.detail["revision"] == String(revision) }
                ?? (k < writes.count ? writes[k] : nil)
            out.append(RevisionChanges(revision: revision, user: entry?.user, time: entry?.time,
                                       changes: DossierChange.between(previous, h)))
            previous = h
        }
        return out
    }

    /// Audit actions that read and write no dossier.
    static let readActions: Set<AuditAction> = [.view, .verify, .scan, .export, AuditAction("check"), AuditAction("list"),
                                                .refused]
}
