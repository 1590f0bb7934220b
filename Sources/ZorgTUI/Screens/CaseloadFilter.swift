import CaseModel

/// What the rule results say of one household, for the caseload's flow filters.
struct CaseloadFlags: Hashable, Sendable {
    /// Energy poverty level `high` or `urgent`.
    var energyPovertyHigh = false
    /// Some right comes out `possible` (facts missing).
    var possibleRights = false
    /// Housing First eligible and not yet housed or closed: on the waiting list.
    var housingFirstWaiting = false
    /// A multi-problem family (buddy programme) without a buddy.
    var multiProblemWithoutBuddy = false

    init(energyPovertyHigh: Bool = false, possibleRights: Bool = false, housingFirstWaiting: Bool = false,
         multiProblemWithoutBuddy: Bool = false) {
        self.energyPovertyHigh = energyPovertyHigh
        self.possibleRights = possibleRights
        self.housingFirstWaiting = housingFirstWaiting
        self.multiProblemWithoutBuddy = multiProblemWithoutBuddy
    }

    /// The flags from a household's rule results.
    init(household h: Household, results: [RuleResult]) {
        for r in results {
            switch r.rule {
            case "energiearmoede":
                if r.level == "high" || r.level == "urgent" { energyPovertyHigh = true }
            case "housing-first":
                if r.outcome == .eligible, !(h.housingFirst?.state == .gehuisvest || h.housingFirst?.state == .afgesloten) {
                    housingFirstWaiting = true
                }
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

/// Evaluates every household once, for the flow filters (a background job: progress, and nil when stopped).
enum CaseloadFlagsEvaluation {
    static func flags(source: CaseloadSource, asOf: Day, progress: WorkProgress = WorkProgress()) throws -> [DossierID: CaseloadFlags]? {
        if let whole = source as? CaseloadFlagSource { return try whole.caseloadFlags(asOf: asOf, progress: progress) }
        guard let flows = source as? FlowSource else { throw DossierSourceUnavailable() }
        let households = try flows.allHouseholds()
        progress.begin(.evaluating, total: households.count)
        var out: [DossierID: CaseloadFlags] = [:]
        for h in households {
            if progress.isCancelled { return nil }
            out[h.id] = CaseloadFlags(household: h, results: try flows.evaluate(h, asOf: asOf, ruleIDs: nil))
            progress.advance(by: 1)
        }
        return out
    }
}

/// A source that can evaluate the whole caseload at once (the store: one caregiver index for all dossiers,
/// both cores).
protocol CaseloadFlagSource {
    func caseloadFlags(asOf: Day, progress: WorkProgress) throws -> [DossierID: CaseloadFlags]?
}

extension StoreCaseloadSource: CaseloadFlagSource {
    func caseloadFlags(asOf: Day, progress: WorkProgress = WorkProgress()) throws -> [DossierID: CaseloadFlags]? {
        progress.begin(.loading)
        let households = try allHouseholds()
        progress.begin(.evaluating, total: households.count)
        // The flags read outcomes and levels only, so the results need no reasons.
        let results = CaseModel.CaseloadEvaluation.run(households: households, ruleSet: ruleSet, asOf: asOf, reasons: false,
                                                       progress: progress)
        if progress.isCancelled { return nil }
        var out: [DossierID: CaseloadFlags] = [:]
        for (h, r) in zip(households, results) { out[h.id] = CaseloadFlags(household: h, results: r) }
        return out
    }
}

/// The caseload's filter (`f`, `:filter`).
enum CaseloadFilter: Hashable, Sendable {
    case all
    case district(String)
    case openFollowUps
    case energyPoverty
    case possibleRights
    case waitingList
    case withoutBuddy

    /// Needs the rule results of every household.
    var needsEvaluation: Bool {
        switch self {
        case .all, .district, .openFollowUps: false
        default: true
        }
    }

    /// The order `f` cycles through: all, the flow filters, then each district present.
    static func cycle(districts: [String]) -> [CaseloadFilter] {
        [.all, .openFollowUps, .energyPoverty, .possibleRights, .waitingList, .withoutBuddy]
            + districts.map { .district($0) }
    }

    /// The word for `:filter NAME`.
    var commandName: String {
        switch self {
        case .all: "alle"
        case .district(let d): d
        case .openFollowUps: "opvolging"
        case .energyPoverty: "energiearmoede"
        case .possibleRights: "rechten"
        case .waitingList: "wachtlijst"
        case .withoutBuddy: "buddy"
        }
    }

    /// `:filter NAME`: a fixed name (Dutch or English) or a district, case and accents ignored.
    static func named(_ name: String, districts: [String]) -> CaseloadFilter? {
        let key = SearchFolding.fold(name)
        let fixed: [(CaseloadFilter, [String])] = [
            (.all, ["alle", "all", "geen", "none"]), (.openFollowUps, ["opvolging", "opvolgingen", "followups", "follow-ups"]),
            (.energyPoverty, ["energiearmoede", "energie", "energy"]), (.possibleRights, ["rechten", "mogelijk", "rights", "possible"]),
            (.waitingList, ["wachtlijst", "housingfirst", "housing-first", "waiting"]), (.withoutBuddy, ["buddy", "zonderbuddy"]),
        ]
        for (filter, names) in fixed where names.contains(key) { return filter }
        return districts.first { SearchFolding.fold($0) == key }.map { .district($0) }
    }

    func matches(_ entry: CaseloadEntry, flags: CaseloadFlags?) -> Bool {
        switch self {
        case .all: true
        case .district(let d): entry.district == d
        case .openFollowUps: entry.firstOpenFollowUp != nil
        case .energyPoverty: flags?.energyPovertyHigh ?? false
        case .possibleRights: flags?.possibleRights ?? false
        case .waitingList: flags?.housingFirstWaiting ?? false
        case .withoutBuddy: flags?.multiProblemWithoutBuddy ?? false
        }
    }
}

/// The caseload's order (`s`, `:sort`).
enum CaseloadSort: String, CaseIterable, Sendable {
    case dossier, name, district

    var next: CaseloadSort {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    static func named(_ name: String) -> CaseloadSort? {
        switch SearchFolding.fold(name) {
        case "dossier", "nummer", "number": .dossier
        case "naam", "name": .name
        case "wijk", "district": .district
        default: nil
        }
    }

    func areInOrder(_ a: CaseloadEntry, _ b: CaseloadEntry) -> Bool {
        switch self {
        case .dossier: return a.id.rawValue < b.id.rawValue
        case .name:
            let (x, y) = (SearchFolding.fold(a.name), SearchFolding.fold(b.name))
            return x != y ? x < y : a.id.rawValue < b.id.rawValue
        case .district:
            // Households without a district last.
            switch (a.district.map(SearchFolding.fold), b.district.map(SearchFolding.fold)) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.id.rawValue < b.id.rawValue
            }
        }
    }
}
