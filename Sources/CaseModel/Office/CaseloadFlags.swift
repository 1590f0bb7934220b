/// What the rule results say of one household, for the caseload's filters (`f`, `:filter`).
public struct CaseloadFlags: Hashable, Sendable {
    /// Energy poverty level `high` or `urgent`.
    public var energyPovertyHigh = false
    /// Some right comes out `possible` (facts missing).
    public var possibleRights = false
    /// On the Housing First waiting list (`HousingFirstWaitingList`: the intake is in state `wachtlijst`).
    public var housingFirstWaiting = false
    /// A multi-problem family (buddy programme) without a buddy.
    public var multiProblemWithoutBuddy = false

    public init(energyPovertyHigh: Bool = false, possibleRights: Bool = false, housingFirstWaiting: Bool = false,
                multiProblemWithoutBuddy: Bool = false) {
        self.energyPovertyHigh = energyPovertyHigh
        self.possibleRights = possibleRights
        self.housingFirstWaiting = housingFirstWaiting
        self.multiProblemWithoutBuddy = multiProblemWithoutBuddy
    }

    /// The flags from a household's rule results.
    public init(household h: Household, results: [RuleResult]) {
        housingFirstWaiting = HousingFirstWaitingList.isWaiting(h)
        for r in results {
            switch r.rule {
            case "energiearmoede":
                if r.level == "high" || r.level == "urgent" { energyPovertyHigh = true }
            case "multiprobleemgezin":
                if r.outcome == .eligible, h.buddy == nil { multiProblemWithoutBuddy = true }
            default: break
            }
            if r.outcome == .possible, r.rule != "housing-first", r.rule != "multiprobleemgezin",
               r.rule != "energiearmoede" {
                possibleRights = true
            }
        }
    }
}
