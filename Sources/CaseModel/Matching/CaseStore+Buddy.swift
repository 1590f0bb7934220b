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
}
