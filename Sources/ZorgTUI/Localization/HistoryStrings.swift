import CaseModel

/// The texts of the dossier's history tab: its revisions, the audit trail, and what changed between two
/// revisions.
enum HistoryText: String, CatalogText {
    static let catalogSection = "history"
    case loading, revisionsHeading, auditHeading, noAuditEntries, revisionNoFieldChanged
}

/// The history's texts with values.
enum HistoryTemplate: String, CatalogTemplate {
    static let catalogSection = "history"
    case revisionCurrent, revision, failed, auditRevision, membersChanged, notesChanged
    case followUpAssignee, followUpChange, memberLeft, consulentChanged
    case granted, refused, withdrawn, appliedOn, appliedAt, application, applicationPerson
    case reopened, closed, newNote
}

/// The audit trail's actions that have words; any other shows its code.
enum AuditActionText: String, CatalogText {
    static let catalogSection = "auditAction"
    case create, change, `import`, view, match, unmatch, consent, quarantine
}

extension FollowUpChange: CatalogText { static let catalogSection = "followUpChange" }

extension Strings {
    func history(_ key: HistoryText) -> String { text(key) }

    func revisionLine(_ revision: Int, current: Bool) -> String {
        fill(current ? HistoryTemplate.revisionCurrent : .revision, ["revision": revision])
    }

    /// "— 23-11-2026 15:05 — piet": who saved a revision and when (local time).
    func revisionBy(user: String?, time: String?) -> String {
        let when = time.map { Self.localTime($0) ?? $0 } ?? "?"
        return "— \(when) — \(user.map(authorName) ?? "?")"
    }

    func historyFailed(_ reason: String) -> String { fill(HistoryTemplate.failed, ["reason": reason]) }

    /// "23-11-2026 15:05  jan  wijziging  revisie 4: inkomen_maand"
    func auditLine(_ entry: AuditEntry) -> String {
        let when = Self.localTime(entry.time) ?? entry.time
        var what = AuditActionText(rawValue: entry.action.rawValue).map { text($0) } ?? entry.action.rawValue
        if let revision = entry.detail["revision"] { what += fill(HistoryTemplate.auditRevision, ["revision": revision]) }
        if let fields = entry.detail["fields"] { what += ": " + fields.replacingOccurrences(of: ",", with: ", ") }
        if let reason = entry.detail["reason"], entry.action == .view { what += " (\(accessReasonInAudit(reason)))" }
        if let consent = entry.detail["consent"] { what += " (\(consent))" }
        return "\(when)  \(entry.user)  \(what)"
    }

    func membersChanged(_ before: Int, _ after: Int) -> String {
        fill(HistoryTemplate.membersChanged, ["before": before, "after": after])
    }

    func notesChanged(_ before: Int, _ after: Int) -> String { fill(HistoryTemplate.notesChanged, ["before": before, "after": after]) }

    /// One follow-up's change in the history: what happened, with its due date and text.
    func followUpChanged(_ f: FollowUp, _ change: FollowUpChange) -> String {
        var what = text(change)
        if change == .changed, let assignee = f.assignee { what += fill(HistoryTemplate.followUpAssignee, ["assignee": assignee]) }
        return fill(HistoryTemplate.followUpChange, ["what": what, "date": f.due.belgian, "text": f.text])
    }

    func memberLeft(_ member: String, _ left: MemberDeparture) -> String {
        fill(HistoryTemplate.memberLeft, ["member": member, "departure": memberDeparture(left)])
    }

    func consulentChanged(_ before: String?, _ after: String?) -> String {
        fill(HistoryTemplate.consulentChanged, ["before": before ?? "—", "after": after ?? "—"])
    }

    /// An application's decision in words (`toegekend vanaf 01-12-2026 (€ 45,50)`); nil while it is open.
    func applicationDecision(_ a: RightApplication) -> String? {
        switch a.decision {
        case nil: nil
        case .granted(let from, let amount)?:
            fill(HistoryTemplate.granted, ["date": from.belgian]) + (amount.map { " (\($0.belgian))" } ?? "")
        case .refused(let on, let reason)?: fill(HistoryTemplate.refused, ["date": on.belgian, "reason": reason])
        case .withdrawn(let on)?: fill(HistoryTemplate.withdrawn, ["date": on.belgian])
        }
    }

    func applicationChanged(_ a: RightApplication) -> String {
        let state = applicationDecision(a) ?? fill(HistoryTemplate.appliedOn, ["date": a.appliedOn.belgian])
            + (a.place.map { fill(HistoryTemplate.appliedAt, ["place": $0]) } ?? "")
        let person = a.person.map { fill(HistoryTemplate.applicationPerson, ["person": $0]) } ?? ""
        return fill(HistoryTemplate.application, ["number": a.number, "rule": a.rule, "person": person, "state": state])
    }

    func closureChanged(_ after: DossierClosure?) -> String {
        guard let after else { return fill(HistoryTemplate.reopened) }
        return fill(HistoryTemplate.closed, ["date": after.on.belgian, "reason": after.reason])
    }

    /// A note added, in the history: its first line (a note of several lines is read in full on the notes tab).
    func newNote(_ text: String) -> String {
        let first = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let shown = String(first.prefix(200))
        let cut = shown.count < first.count || first.endIndex < text.endIndex
        return fill(HistoryTemplate.newNote, ["text": shown + (cut ? " …" : "")])
    }
}
