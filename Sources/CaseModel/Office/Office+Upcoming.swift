/// "Binnenkort" over the caseload (`zorg scan --upcoming MONTHS`): per household the rights that open or end within
/// the months because of a date (`UpcomingRights`), closed dossiers left out unless asked. A list view in the audit
/// trail, as the scan's other lists.
extension Office {
    public func upcoming(asOf: Day, months: Int, includingClosed: Bool = false) throws -> [UpcomingChange] {
        try allow(.readCases)
        let caseload = try store.loadAll()
        let lookup = CaregiverIndex(households: caseload.households)
        let changes = UpcomingRights.find(caseload.households.caseload(includingClosed: includingClosed), ruleSet: ruleSet,
                                          asOf: asOf, months: months, lookup: lookup)
            .sorted { ($0.on, $0.dossier, $0.rule, $0.member ?? 0) < ($1.on, $1.dossier, $1.rule, $1.member ?? 0) }
        try store.recordListView("binnenkort", dossiers: Set(changes.map(\.dossier)).count)
        return changes
    }

    /// The same for one household already opened (its checks screen): no list entry, the opening was logged.
    public func upcoming(for household: Household, asOf: Day, months: Int) throws -> [UpcomingChange] {
        try allow(.readCases)
        return UpcomingRights.find(household, ruleSet: ruleSet, asOf: asOf, months: months,
                                   lookup: try caregivers())
    }
}
