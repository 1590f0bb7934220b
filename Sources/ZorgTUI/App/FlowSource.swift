import CaseModel

/// What the flow screens (checks, Housing First, buddy matching) need of the store, beyond the caseload. A
/// separate protocol so that a source without it (a test fake of the caseload) still compiles; the flows then
/// say they are not available.
protocol FlowSource: CaseloadSource {
    /// The OS user, recorded with a Housing First state change or override.
    var userName: String { get }
    /// Runs the rule modules (all, or those named) for a household as of a date.
    func evaluate(_ household: Household, asOf: Day, ruleIDs: [String]?) throws -> [RuleResult]
    /// Every dossier of the caseload (for the waiting list).
    func allHouseholds() throws -> [Household]
    /// Saves the dossier (revision checked: a stale save throws); returns it as saved.
    func saveIntake(_ household: Household) throws -> Household
    /// The buddy round as of a date: open families, proposals, volunteers.
    func matchingData(asOf: Day) throws -> MatchingData
    /// Records a buddy pair in the dossier and in the volunteer's families, as `zorg match --confirm` does.
    func confirmBuddy(family: DossierID, volunteer: DossierID, reason: String?, asOf: Day) throws
    /// Takes a confirmed pair back: the link out of the dossier, the family out of the volunteer's load, audited.
    func undoBuddy(family: DossierID, volunteer: DossierID) throws
    /// Logs that a list of households is shown (the waiting list, the buddy round), before it is.
    func recordListView(_ list: String, dossiers count: Int) throws
}

/// The effects of the flow screens, run against the store; the answer comes back as a message.
func runFlowEffect(_ effect: Effect, source: CaseloadSource, today: Day = Day.today()) -> Message? {
    guard let flows = source as? FlowSource else {
        switch effect {
        case .editField, .openDossier, .quit, .saveDossier, .loadDossierHistory, .loadDossierFlows, .openRevision, .checker, .admin, .startJob, .cancelJob:
            return nil
        default: return .flowFailed("not available")
        }
    }
    do {
        switch effect {
        case .openChecks(let id):
            try flows.recordView(of: id, reason: .controleRechten)
            let h = try flows.household(id)
            return .checksLoaded(h, try flows.evaluate(h, asOf: today, ruleIDs: nil), asOf: today)
        case .runChecks(let id, let day):
            let h = try flows.household(id)
            return .checksLoaded(h, try flows.evaluate(h, asOf: day, ruleIDs: nil), asOf: day)
        case .openHousingFirst(let id):
            try flows.recordView(of: id, reason: .housingFirst)
            let h = try flows.household(id)
            return .housingFirstLoaded(h, housingFirstResult(h, flows, today), user: flows.userName, today: today, saved: false)
        case .saveHousingFirst(let household):
            let saved = try flows.saveIntake(household)
            return .housingFirstLoaded(saved, housingFirstResult(saved, flows, today), user: flows.userName, today: today,
                                       saved: true)
        case .openWaitingList:
            let candidates = try flows.allHouseholds().map { h in (h, housingFirstResult(h, flows, today)) }
            let entries = HousingFirstWaitingList.entries(candidates.map { (household: $0.0, result: $0.1) })
            try flows.recordListView("housing-first-wachtlijst", dossiers: entries.count)
            return .waitingListLoaded(entries, today: today)
        case .openMatching:
            let data = try flows.matchingData(asOf: today)
            try flows.recordListView("buddy-matching", dossiers: data.familyNames.count)
            return .matchingLoaded(data, recorded: nil)
        case .confirmBuddy(let family, let volunteer, let reason):
            try flows.confirmBuddy(family: family, volunteer: volunteer, reason: reason, asOf: today)
            return .matchingLoaded(try flows.matchingData(asOf: today), recorded: (family, volunteer))
        case .undoBuddy(let family, let volunteer):
            try flows.undoBuddy(family: family, volunteer: volunteer)
            return .buddyUndone(try flows.matchingData(asOf: today), family: family, volunteer: volunteer)
        case .editField, .openDossier, .quit, .saveDossier, .loadDossierHistory, .loadDossierFlows, .openRevision, .checker, .admin, .startJob, .cancelJob:
            return nil
        }
    } catch {
        return .flowFailed(String(describing: error))
    }
}

private func housingFirstResult(_ h: Household, _ flows: FlowSource, _ day: Day) -> RuleResult? {
    (try? flows.evaluate(h, asOf: day, ruleIDs: ["housing-first"]))?.first
}
