import CaseModel

extension DossierChange {
    func text(_ s: Strings) -> String {
        switch what {
        case .fact(let column, let member, let before, let after):
            let who = member.map { $0 + " · " } ?? ""
            return "\(who)\(s.columnLabel(column)) [\(column)]: \(s.fact(before)) → \(s.fact(after))"
        case .memberCount(let a, let b): return s.membersChanged(a, b)
        case .departure(let member, let left): return s.memberLeft(member, left)
        case .notes(let a, let b, let newest):
            return s.notesChanged(a, b) + (newest.map { " — " + s.newNote($0) } ?? "")
        case .followUp(let f, let change): return s.followUpChanged(f, change)
        case .consulent(let a, let b): return s.consulentChanged(a, b)
        case .closure(_, let after): return s.closureChanged(after)
        case .application(let a): return s.applicationChanged(a)
        }
    }
}

/// A refused save explained: who saved in between and when, what they changed since the version the edit
/// started from, and the edits that a reload would drop (those the other change also touched are marked).
struct StaleReport: Hashable, Sendable {
    let stale: StaleInfo
    /// The dossier as it is stored now.
    let current: Household
    let theirs: [DossierChange]
    let yours: [DossierChange]

    init(stale: StaleInfo, session: EditSession, current: Household) {
        self.stale = stale
        self.current = current
        theirs = DossierChange.between(session.original, current)
        yours = session.edited.map { DossierChange.between(session.original, $0) } ?? []
    }

    var conflicts: Set<String> { Set(theirs.map(\.key)).intersection(yours.map(\.key)) }

    func lines(width: Int, strings s: Strings) -> [DossierLine] {
        var out: [DossierLine] = []
        func add(_ text: String, _ style: Style, indent: Int) {
            let pad = String(repeating: " ", count: indent)
            for (i, part) in DossierLine.wrap(text, width: width - indent - (indent > 1 ? 2 : 0)).enumerated() {
                out.append(DossierLine(pad + (i > 0 && indent > 1 ? "  " : "") + part, style))
            }
        }
        add(s.staleHeading(stale), .warning, indent: 1)
        out.append(DossierLine("", .normal))
        add(s.form(.staleTheirChanges), .header, indent: 1)
        if theirs.isEmpty { add(s.form(.staleNoVisibleDifference), .dim, indent: 3) }
        let conflicting = conflicts
        for change in theirs {
            let conflict = conflicting.contains(change.key)
            add(change.text(s) + (conflict ? " ← " + s.form(.staleConflict) : ""), conflict ? .warning : .normal, indent: 3)
        }
        out.append(DossierLine("", .normal))
        add(s.form(.staleYourEdits), .header, indent: 1)
        for change in yours { add(change.text(s), .normal, indent: 3) }
        out.append(DossierLine("", .normal))
        add(s.form(.staleChoice), .prompt, indent: 1)
        return out
    }
}

/// A line of the dossier screen's body.
struct DossierLine: Hashable, Sendable {
    var text: String
    var style: Style
    init(_ text: String, _ style: Style) {
        self.text = text
        self.style = style
    }
}

/// What the store said about a refused save (`StaleSave`), as the UI keeps it.
struct StaleInfo: Hashable, Sendable {
    var editedRevision: Int
    var storedRevision: Int
    /// Who saved the newer revision, and when (UTC ISO-8601), when the audit trail says.
    var savedBy: String?
    var savedAt: String?

    init(editedRevision: Int, storedRevision: Int, savedBy: String?, savedAt: String?) {
        self.editedRevision = editedRevision
        self.storedRevision = storedRevision
        self.savedBy = savedBy
        self.savedAt = savedAt
    }

    init(_ stale: StaleSave) {
        self.init(editedRevision: stale.editedRevision, storedRevision: stale.storedRevision,
                  savedBy: stale.savedBy, savedAt: stale.savedAt)
    }
}

extension DossierLine {
    /// Splits text at spaces into lines of at most `width` columns (the shared wrapping of the UI).
    static func wrap(_ text: String, width: Int) -> [String] {
        width > 0 ? FlowText.wrap(text, width: width) : []
    }
}
