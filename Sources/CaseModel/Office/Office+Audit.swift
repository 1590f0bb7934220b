import Foundation

/// The audit trail: verifying it, its anchor, reading it, and its retention and sealing.
extension Office {
    /// `zorg audit verify`: the chain checked (against the anchor, when given), and every dossier file compared
    /// with the caseload index (a shared store's index is otherwise believed on its store generation). When the
    /// chain holds, one `verify` entry is written after the check.
    public func verifyAudit(expecting anchor: AuditAnchor?) throws -> AuditVerificationReport {
        try allow(.readCases)
        var report = try store.audit.verify(expecting: anchor)
        report.index = try store.checkIndexAgainstFiles()
        if report.holds {
            var detail = ["entries": String(report.verification.validEntries)]
            if let anchor { detail["expected"] = String(anchor.seq) }
            _ = try store.audit.append(.verify, detail: detail)
        }
        return report
    }

    /// `zorg audit head`: the chain checked, to give its last entry as the anchor to keep outside the store.
    public func auditHead() throws -> AuditVerificationReport {
        try allow(.keepAudit)
        return try store.audit.verify(expecting: nil)
    }

    /// The audit entries, all or those about one dossier.
    public func auditEntries(dossier: DossierID? = nil) throws -> [AuditEntry] {
        try allow(.readCases)
        return try store.audit.entries(dossier: dossier)
    }

    /// The audit retention in force (nil: keep everything).
    public func auditRetention() throws -> AuditRetention? {
        try allow(.readCases)
        return try store.auditRetention()
    }

    /// Sets or turns off the retention (one `setting` entry).
    public func setAuditRetention(_ retention: AuditRetention?) throws {
        try allow(.keepAudit)
        try store.setAuditRetention(retention)
    }

    /// `zorg audit seal`: the entries before `before` (else before the retention's first kept day, as of
    /// `today`) sealed away, first copied to the person's `archive` file when named.
    public func sealAudit(before: Day?, archive: String?, dryRun: Bool, today: Day) throws
        -> (result: AuditSealResult, cut: Day) {
        try allow(.keepAudit)
        let retention = try store.auditRetention()
        let cut: Day
        if let before {
            if let refusal = AuditSealCut.refusal(of: before, today: today, retention: retention) {
                throw OfficeError.sealCutRefused(refusal)
            }
            cut = before
        } else if let retention {
            cut = retention.firstKeptDay(today: today)
        } else {
            throw OfficeError.noRetention
        }
        let result = try store.audit.seal(before: AuditRetention.start(of: cut), archive: archive, dryRun: dryRun)
        return (result, cut)
    }
}
