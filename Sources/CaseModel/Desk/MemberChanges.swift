/// Why a member change was refused.
public enum MemberChangeError: Error, Equatable, Sendable {
    case noSuchMember(Int, count: Int)
    case alreadyLeft(Int, on: Day)
    case lastMember
    case alreadyMember(String)
    case noMembers
    case dossierClosed(DossierID)
    case sameDossier
}

/// Members who join or leave a household. The dossier keeps a member who left (with the date and why); the
/// rules leave them out from that date (`Household.present(on:)`).
extension Household {
    /// Adds people (a newborn, a partner who moves in). A national number already in the household is refused.
    public mutating func add(members people: [Person]) throws {
        guard !people.isEmpty else { throw MemberChangeError.noMembers }
        if isClosed { throw MemberChangeError.dossierClosed(id) }
        let present = Set(members.filter { $0.departure == nil }.compactMap(\.nationalNumber))
        var seen = present
        for person in people {
            if let number = person.nationalNumber, !seen.insert(number).inserted {
                throw MemberChangeError.alreadyMember(number.masked)
            }
        }
        members += people.map { var p = $0; p.departure = nil; return p }
    }

    /// Ends the stay of the member at `position` (1-based) on a date: moved out, died, or another reason.
    /// The last member who still lives there cannot leave: the dossier is closed instead.
    public mutating func endStay(of position: Int, on day: Day, reason: MemberDeparture.Reason,
                                 movedTo: DossierID? = nil, by user: String) throws {
        if isClosed { throw MemberChangeError.dossierClosed(id) }
        guard members.indices.contains(position - 1) else {
            throw MemberChangeError.noSuchMember(position, count: members.count)
        }
        if let earlier = members[position - 1].departure { throw MemberChangeError.alreadyLeft(position, on: earlier.on) }
        let stay = members.enumerated().filter { $0.offset != position - 1 && $0.element.departure == nil }
        if stay.isEmpty { throw MemberChangeError.lastMember }
        members[position - 1].departure = MemberDeparture(on: day, reason: reason, movedTo: movedTo, by: user)
    }
}

extension Household {
    /// The member (index) that `person` would be taken for when the household's rows are read as an import reads
    /// them: the same national number, else the same name (case and accents aside) with no contradicting national
    /// number or birth date. A new household entered at the desk refuses a second entry of the same person here,
    /// as the import refuses "the same person twice in a dossier". `except` leaves out the member being entered
    /// again.
    public func memberMatching(_ person: Person, except: Int? = nil) -> Int? {
        let others = members.indices.filter { $0 != except }
        let cells = PersonCells(number: person.nationalNumber, firstName: person.firstName, lastName: person.lastName,
                                birthDate: person.birthDate)
        let candidates = others.map { members[$0] }
        guard case .member(let i) = MemberMatcher.match(cells, in: candidates, used: []) else { return nil }
        return others[i]
    }
}
