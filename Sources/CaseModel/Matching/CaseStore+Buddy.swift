extension AuditAction {
    /// A confirmed buddy pair taken back (detail `volunteer`: the volunteer's number; the family is the dossier).
    public static let unmatch = AuditAction("unmatch")
}

/// Why a buddy pair cannot be undone.
public enum BuddyUndoError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The family's dossier has no link to this volunteer (never made, or undone already).
    case notLinked(family: DossierID, volunteer: DossierID)

    public var description: String {
        switch self {
        case .notLinked(let family, let volunteer):
            "\(family.rawValue) has no buddy link with \(volunteer.rawValue)"
        }
    }
}

extension CaseStore {
    /// Records a confirmed buddy pair: the link in the family's dossier, the family in the volunteer's load, and
    /// one `match` audit entry (`override` when the pair was not the proposal). Used by `zorg match --confirm`
    /// and the matching screen.
    public func recordBuddy(family: DossierID, volunteer: DossierID, since: Day, proposed: Bool, reason: String?) throws {
        var household = try load(family)
        household.confirmBuddy(BuddyLink(volunteer: volunteer, since: since, confirmedBy: identity.user,
                                         reason: proposed ? nil : reason))
        try save(household)
        var buddy = try self.volunteer(volunteer)
        if !buddy.families.contains(family) { buddy.families.append(family) }
        try save(volunteer: buddy)
        try audit.append(.match, dossiers: [family], detail: ["volunteer": volunteer.rawValue,
                                                              "proposed": proposed ? "yes" : "override"])
    }

    /// Takes a confirmed buddy pair back (the matching screen's undo): the link leaves the family's dossier in a
    /// normal revisioned save (the linked revision stays readable), the family leaves the volunteer's load, and
    /// one `unmatch` audit entry names the dossier and the volunteer's number. The `buddy` status the
    /// confirmation put on the applicant goes too, unless the dossier had it before the link.
    public func undoBuddy(family: DossierID, volunteer: DossierID) throws {
        var household = try load(family)
        guard let link = household.buddy, link.volunteer == volunteer else {
            throw BuddyUndoError.notLinked(family: family, volunteer: volunteer)
        }
        household.buddy = nil
        if try !hadBuddyStatusBefore(link, in: household) { household.removeBuddyStatus() }
        try save(household)
        var buddy = try self.volunteer(volunteer)
        buddy.families.removeAll { $0 == family }
        try save(volunteer: buddy)
        try audit.append(.unmatch, dossiers: [family], detail: ["volunteer": volunteer.rawValue])
    }

    /// Whether the dossier held the `buddy` status in its last revision without this link (then the status was
    /// recorded on its own, not by the confirmation). No such revision: the link came with the dossier.
    private func hadBuddyStatusBefore(_ link: BuddyLink, in household: Household) throws -> Bool {
        for revision in try revisions(of: household.id).reversed() where revision < household.revision {
            let earlier = try load(household.id, revision: revision)
            if earlier.buddy != link { return earlier.hasBuddyStatus }
        }
        return true
    }
}
