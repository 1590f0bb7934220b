/// A member whose stay in the household ended: moved out (perhaps to another dossier), died, or another reason.
/// The member stays in the dossier (its history and the reasons of earlier checks name them) but counts for no
/// rule on or after the date.
public struct MemberDeparture: Codable, Hashable, Sendable {
    public enum Reason: String, Codable, CaseIterable, Sendable {
        case verhuisd
        case overleden
        case andere
    }

    public var on: Day
    public var reason: Reason
    /// The dossier the member moved to, for a move between dossiers.
    public var movedTo: DossierID?
    public var by: String

    public init(on: Day, reason: Reason, movedTo: DossierID? = nil, by: String) {
        self.on = on
        self.reason = reason
        self.movedTo = movedTo
        self.by = by
    }

    public static var codes: [String] { Reason.allCases.map(\.rawValue) }
}

extension Person {
    /// Still a member on `day`: no departure, or one after that day.
    public func isPresent(on day: Day) -> Bool {
        guard let departure else { return true }
        return departure.on > day
    }
}

extension Household {
    /// The household as the rules see it on `day`: members whose stay ended on or before that day left out.
    public func present(on day: Day) -> Household {
        guard members.contains(where: { !$0.isPresent(on: day) }) else { return self }
        var copy = self
        copy.members = members.filter { $0.isPresent(on: day) }
        return copy
    }
}
