/// An application in the caseload's list: where it is, whose, and the application itself.
public struct ApplicationRow: Sendable, Hashable {
    public var dossier: DossierID
    /// The household's name ("Peeters, An").
    public var name: String
    /// For a person rule: the person's name.
    public var person: String?
    public var application: RightApplication
}

/// Applications for rights found by a check, followed to the end: applied, then granted, refused or withdrawn.
/// A granted right counts as received: the module's status is recorded on the person (a person rule) or on the
/// applicant (a household rule).
extension Office {
    /// Records an application for `rule` in a dossier (`person`: the member's position, for a person rule).
    @discardableResult
    public func apply(_ id: DossierID, rule: String, person: Int?, on day: Day, place: String?) throws -> RightApplication {
        try allow(.writeCases)
        guard let module = ruleSet.module(rule) else { throw OfficeError.unknownRule(rule) }
        guard module.kind == .right else { throw DeskError.notARight(rule) }
        if module.scope == .person && person == nil { throw DeskError.personRequired(rule) }
        var made: RightApplication?
        try desk {
            try change(id) { h in
                made = try h.apply(rule: rule, person: module.scope == .person ? person : nil, on: day, place: place, by: user)
                // The module's answer term makes a follow-up for the day the answer is due (none without a term).
                if let term = module.answerTerm, let a = made {
                    let who = a.person.flatMap { h.members.indices.contains($0 - 1) ? " (\(h.members[$0 - 1].firstName))" : nil } ?? ""
                    h.followUps.append(FollowUp(due: day.adding(days: term.days),
                                                text: "Antwoord op aanvraag \(a.number) \(rule)\(who) verwacht (termijn \(term.days) dagen)",
                                                author: user))
                }
            }
        }
        return made!
    }

    /// Records the outcome of the open application for `rule` (and person). A grant records the module's status.
    @discardableResult
    public func decide(_ id: DossierID, rule: String, person: Int?, _ decision: RightApplication.Decision) throws -> RightApplication {
        try allow(.writeCases)
        guard let module = ruleSet.module(rule) else { throw OfficeError.unknownRule(rule) }
        var decided: RightApplication?
        try desk {
            try change(id) { h in
                decided = try h.decide(rule: rule, person: module.scope == .person ? person : nil, decision, by: user)
                guard case .granted = decision, let code = module.status, let status = Status(code: code) else { return }
                let target = module.scope == .person ? (person ?? 1) - 1
                    : h.members.firstIndex { $0.role == .aanvrager } ?? 0
                guard h.members.indices.contains(target) else { return }
                var statuses = h.members[target].statuses ?? []
                if !statuses.contains(status) { statuses.append(status) }
                h.members[target].statuses = statuses
            }
        }
        return decided!
    }

    /// Every application in the caseload (closed dossiers included), or only the open ones, oldest first. The
    /// list names households: a `list` entry (`applications`, how many dossiers) is logged first.
    public func applications(openOnly: Bool) throws -> [ApplicationRow] {
        try allow(.readCases)
        var rows: [ApplicationRow] = []
        for h in try store.loadAll().households {
            for a in h.rightApplications where !openOnly || a.isOpen {
                let person = a.person.flatMap { h.members.indices.contains($0 - 1) ? h.members[$0 - 1].fullName : nil }
                rows.append(ApplicationRow(dossier: h.id, name: h.displayName, person: person, application: a))
            }
        }
        try store.recordListView("applications", dossiers: Set(rows.map(\.dossier)).count)
        return rows.sorted { ($0.application.appliedOn, $0.dossier, $0.application.number) < ($1.application.appliedOn, $1.dossier, $1.application.number) }
    }
}
