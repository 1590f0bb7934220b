/// One difference between two versions of a dossier, by import column name (with the member it concerns), or a
/// change in what has no column (members joining or leaving, notes, follow-ups, the consulent, a closure). The
/// history (`zorg history`, the history tab) and a refused save's report both say what changed with it.
public struct DossierChange: Hashable, Sendable {
    public enum What: Hashable, Sendable {
        case fact(column: String, member: String?, before: FactValue, after: FactValue)
        case memberCount(Int, Int)
        case departure(member: String, MemberDeparture)
        case notes(Int, Int, newest: String?)
        case followUps
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
        case .followUps: "·followUps"
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
        if a.followUps != b.followUps { out.append(DossierChange(what: .followUps)) }
        if a.consulent != b.consulent { out.append(DossierChange(what: .consulent(a.consulent, b.consulent))) }
        if a.closure != b.closure { out.append(DossierChange(what: .closure(a.closure, b.closure))) }
        let before = Dictionary(a.rightApplications.map { ($0.number, $0) }, uniquingKeysWith: { x, _ in x })
        for application in b.rightApplications where before[application.number] != application {
            out.append(DossierChange(what: .application(application)))
        }
        return out
    }
}
