/// One difference between two versions of a dossier, by import column name (with the member it concerns), or a
/// change in what has no column (members joining or leaving, notes, follow-ups, the consulent, a closure). The
/// history (`zorg history`, the history tab) and a refused save's report both say what changed with it.
public struct DossierChange: Hashable, Sendable {
    public enum What: Hashable, Sendable {
        case fact(column: String, member: String?, before: FactValue, after: FactValue)
        case memberCount(Int, Int)
        case departure(member: String, MemberDeparture)
        case notes(Int, Int, newest: String?)
        /// One follow-up added, marked done, opened again, otherwise changed (handed over, its date) or removed.
        case followUp(FollowUp, FollowUpChange)
        case consulent(String?, String?)
        case closure(DossierClosure?, DossierClosure?)
        case application(RightApplication)
    }

    public let what: What

    public init(what: What) { self.what = what }

    /// What identifies the field, so the same field changed on both sides is recognised.
    public var key: String {
        switch what {
        case .fact(let column, let member, _, _): (member ?? "") + "·" + column
        case .memberCount: "·members"
        case .departure(let member, _): member + "·departure"
        case .notes: "·notes"
        case .followUp: "·followUps"
        case .consulent: "·consulent"
        case .closure: "·closure"
        case .application(let a): "·application·\(a.number)"
        }
    }

    /// Every difference from `a` to `b` (nil: the dossier was made), household columns first, then each member's,
    /// then the rest.
    public static func between(_ a: Household?, _ b: Household) -> [DossierChange] {
        let a = a ?? Household(id: b.id)
        var out: [DossierChange] = []
        for column in Columns.household where column.name != "opmerking" {
            let before = a.value(of: column.name), after = b.value(of: column.name)
            if before != after { out.append(DossierChange(what: .fact(column: column.name, member: nil, before: before, after: after))) }
        }
        for i in 0..<b.members.count {
            let earlier = i < a.members.count ? a.members[i] : Person(firstName: "", lastName: "")
            let name = b.members[i].fullName
            let joined = i >= a.members.count  // a new member: named once, not as a change of name
            for column in Columns.person where column.name != "dossier" && !(joined && ["voornaam", "naam"].contains(column.name)) {
                let before = earlier.value(of: column.name), after = b.members[i].value(of: column.name)
                if before != after {
                    out.append(DossierChange(what: .fact(column: column.name, member: name, before: before, after: after)))
                }
            }
            if let left = b.members[i].departure, left != earlier.departure {
                out.append(DossierChange(what: .departure(member: name, left)))
            }
        }
        if a.members.count != b.members.count { out.append(DossierChange(what: .memberCount(a.members.count, b.members.count))) }
        if a.notes != b.notes {
            let newest = b.notes.count > a.notes.count ? b.notes.last?.text : nil
            out.append(DossierChange(what: .notes(a.notes.count, b.notes.count, newest: newest)))
        }
        if a.followUps != b.followUps { out += followUpChanges(a.followUps, b.followUps) }
        if a.consulent != b.consulent { out.append(DossierChange(what: .consulent(a.consulent, b.consulent))) }
        if a.closure != b.closure { out.append(DossierChange(what: .closure(a.closure, b.closure))) }
        let before = Dictionary(a.rightApplications.map { ($0.number, $0) }, uniquingKeysWith: { x, _ in x })
        for application in b.rightApplications where before[application.number] != application {
            out.append(DossierChange(what: .application(application)))
        }
        return out
    }

    /// Follow-ups are only added at the end (a note's follow-up, an application's answer term) and changed in
    /// place (done, handed over): compared by position, each difference named with the follow-up.
    static func followUpChanges(_ a: [FollowUp], _ b: [FollowUp]) -> [DossierChange] {
        var out: [DossierChange] = []
        for (i, f) in b.enumerated() {
            guard i < a.count else { out.append(DossierChange(what: .followUp(f, .added))); continue }
            let before = a[i]
            if before == f { continue }
            let change: FollowUpChange = !before.done && f.done ? .done : before.done && !f.done ? .reopened : .changed
            out.append(DossierChange(what: .followUp(f, change)))
        }
        for f in a.dropFirst(b.count) { out.append(DossierChange(what: .followUp(f, .removed))) }
        return out
    }
}

/// What happened to one follow-up between two revisions.
public enum FollowUpChange: String, Hashable, Sendable, CaseIterable {
    case added, done, reopened, changed, removed
}
