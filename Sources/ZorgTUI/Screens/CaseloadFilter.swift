import CaseModel

/// The caseload's filter (`f` opens a picker of them all, `:filter NAME` sets one).
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

    /// The filters in the order `f`'s picker lists them: all, the flow filters, then each district present.
    static func choices(districts: [String]) -> [CaseloadFilter] {
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
