/// Housing First: the intake's assessment by the module, and the waiting list.
extension Office {
    /// The `housing-first` module's result for the household as of `asOf` (nil when the module is absent).
    public func housingFirstAssessment(of household: Household, asOf: Day) throws -> RuleResult? {
        try allow(.readCases)
        return ruleSet.evaluate(household: household, asOf: asOf, ruleIDs: ["housing-first"]).first
    }

    /// The Housing First waiting list as of `asOf`, as `HousingFirstWaitingList` defines it and in its order
    /// (the module gives each intake its advisory priority). The list shows names: a `list` entry
    /// (`housing-first-wachtlijst`, how many) is logged before it is returned.
    public func waitingList(asOf: Day) throws -> [HousingFirstWaitingList.Entry] {
        try allow(.readCases)
        let set = ruleSet
        let entries = try store.loadAll().households.compactMap { h -> HousingFirstWaitingList.Entry? in
            guard HousingFirstWaitingList.isWaiting(h) else { return nil }
            let advisory = set.evaluate(household: h, asOf: asOf, ruleIDs: ["housing-first"]).first?.priority
            return HousingFirstWaitingList.entry(h, advisory: advisory)
        }
        try store.recordListView("housing-first-wachtlijst", dossiers: entries.count)
        return HousingFirstWaitingList.ordered(entries)
    }
}
