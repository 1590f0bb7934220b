import Foundation

/// The caseworker's desk work on the store: a new household with a number of its own, closing and reopening,
/// members joining, leaving and moving. Each is one revision with its audit entry (the entry says what kind of
/// change by code: `members=add:1`, `closure=close`; never a name or a reason).
extension CaseStore {
    /// Registers a new household: its number is the year's highest `JJJJ-NNNNN` plus one, allocated under the
    /// writers' lock; its consulent is the caseworker who made it unless one is given.
    @discardableResult
    public func register(_ household: Household, year: Int) throws -> Household {
        try writeOne(requireNew: true) {
            guard let id = DossierNumbering.next(after: try dossierIDs(), year: year) else {
                throw StoreError.numbersUsedUp(year: year)
            }
            var fresh = household
            fresh.id = id
            fresh.revision = 0
            fresh.closure = nil
            if fresh.consulent == nil { fresh.consulent = identity.user }
            return fresh
        }
    }

    /// Closes a dossier with a reason and a date (today or earlier).
    @discardableResult
    public func close(_ id: DossierID, on day: Day, reason: String, today: Day) throws -> Household {
        var h = try load(id)
        try h.close(on: day, reason: reason, by: identity.user, today: today)
        return try save(h)
    }

    /// Reopens a closed dossier.
    @discardableResult
    public func reopen(_ id: DossierID) throws -> Household {
        var h = try load(id)
        try h.reopen()
        return try save(h)
    }

    /// Adds members to a dossier.
    @discardableResult
    public func addMembers(_ people: [Person], to id: DossierID) throws -> Household {
        var h = try load(id)
        try h.add(members: people)
        return try save(h)
    }

    /// Ends a member's stay (position 1-based).
    @discardableResult
    public func endStay(of position: Int, in id: DossierID, on day: Day,
                        reason: MemberDeparture.Reason) throws -> Household {
        var h = try load(id)
        try h.endStay(of: position, on: day, reason: reason, by: identity.user)
        return try save(h)
    }

    /// Moves a member to another dossier on a date: they leave the one (reason `verhuisd`, naming the other) and
    /// join the other, written as one durable whole with one audit entry (`move`).
    @discardableResult
    public func moveMember(_ position: Int, from id: DossierID, to other: DossierID, on day: Day) throws -> [Household] {
        guard id != other else { throw MemberChangeError.sameDossier }
        var from = try load(id), to = try load(other)
        if to.isClosed { throw MemberChangeError.dossierClosed(other) }
        try from.endStay(of: position, on: day, reason: .verhuisd, movedTo: other, by: identity.user)
        var person = from.members[position - 1]
        person.departure = nil
        if person.role == .aanvrager { person.role = .andere }
        try to.add(members: [person])
        return try commit(batch: [from, to], auditAction: .move, detail: ["from": id.rawValue, "to": other.rawValue])
    }
}
