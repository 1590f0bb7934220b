/// The proactive view over a whole caseload as of a date (`zorg scan`): households that miss rights they are
/// likely entitled to (under-protection, sorted by expected yearly gain), households where a right is possible and
/// which facts to collect, energy poverty by level, multi-problem families without a buddy, the Housing First
/// waiting list, and overdue follow-ups. Built from the same rule results as `zorg check --all`.
public struct CaseloadScan: Sendable {
    public struct Gain: Sendable, Hashable {
        public var rule: String
        public var title: RuleText
        public var person: String?
        /// The right's typical yearly value (module parameter `verwachte_jaarwaarde`).
        public var yearly: Money
        /// The value is a sourced estimate rather than an amount.
        public var estimate: Bool
    }

    public struct Household: Sendable, Hashable {
        public var dossier: DossierID
        public var name: String
        public var district: String?
        public var gains: [Gain]
        public var total: Money { gains.reduce(.zero) { $0 + $1.yearly } }

        init(_ h: CaseModel.Household, _ name: String, _ gains: [Gain]) {
            self.init(dossier: h.id, name: name, district: h.address.district, gains: gains)
        }

        public init(dossier: DossierID, name: String, district: String?, gains: [Gain]) {
            self.dossier = dossier
            self.name = name
            self.district = district
            self.gains = gains
        }
    }

    public struct Possible: Sendable, Hashable {
        public var dossier: DossierID
        public var name: String
        public var rule: String
        public var person: String?
        public var missing: [String]
        /// Why the rule could not be evaluated (then nothing is missing: the value the error names is to be checked).
        public var error: RuleFault? = nil
    }

    public struct Waiting: Sendable, Hashable {
        public var dossier: DossierID
        public var name: String
        public var priority: Int
        public var referredOn: Day?
    }

    public struct Overdue: Sendable, Hashable {
        public var dossier: DossierID
        public var name: String
        public var due: Day
        public var text: String
    }

    public var asOf: Day
    public var households: Int
    /// Sorted by total expected yearly gain, largest first.
    public var underProtection: [Household]
    public var possible: [Possible]
    /// Level (`low` … `urgent`) → households, each list in dossier order.
    public var energyPoverty: [String: [Household]]
    public var multiProblemWithoutBuddy: [Household]
    /// By priority (highest first), then waiting time (earliest referral first).
    public var housingFirstWaitingList: [Waiting]
    public var overdueFollowUps: [Overdue]

    public var totalGain: Money { underProtection.reduce(.zero) { $0 + $1.total } }

    public static let energyLevels = ["urgent", "high", "medium", "low"]

    /// `results[i]` are the rule results of `households[i]` (all modules, as of `asOf`).
    public init(households list: [CaseModel.Household], results: [[RuleResult]], ruleSet: RuleSet, asOf: Day) {
        let yearly = CaseloadScan.yearlyValues(ruleSet, asOf)
        self.init(parts: [Part(households: list, range: list.indices, results: results, yearly: yearly, asOf: asOf)],
                  households: list.count, asOf: asOf)
    }

    /// The typical yearly value of each right that has one, by module.
    static func yearlyValues(_ ruleSet: RuleSet, _ asOf: Day) -> [String: (Money, Bool)] {
        var yearly: [String: (Money, Bool)] = [:]
        for m in ruleSet.modules { if let v = m.expectedYearlyValue(on: asOf) { yearly[m.id] = v } }
        return yearly
    }

    /// What a run of consecutive households adds to the scan, in their order: made on the worker that
    /// evaluated them (`CaseloadScan.run`), then joined in order and sorted.
    struct Part {
        var under: [Household] = []
        var possible: [Possible] = []
        var energy: [String: [Household]] = [:]
        var multi: [Household] = []
        var waiting: [Waiting] = []
        var overdue: [Overdue] = []

        /// `results[k]` are the results of `households[range.lowerBound + k]`.
        init(households: [CaseModel.Household], range: Range<Int>, results: [[RuleResult]],
             yearly: [String: (Money, Bool)], asOf: Day) {
            households.withUnsafeBufferPointer { list in
                // Read in place: most households have nothing to report, and copying each one (a dozen counted
                // references) or naming it cost more than the report itself.
                for (k, rs) in results.enumerated() {
                    let h = list.baseAddress! + range.lowerBound + k
                    let followUps = h.pointee.followUps
                    guard !rs.isEmpty || !followUps.isEmpty else { continue }
                    var known: String?
                    func name() -> String {
                        if let known { return known }
                        let n = h.pointee.displayName
                        known = n
                        return n
                    }
                    var gains: [Gain] = []
                    for r in rs {
                        switch (r.rule, r.outcome) {
                        case ("energiearmoede", .eligible):
                            if let level = r.level { energy[level, default: []].append(Household(h.pointee, name(), [])) }
                        case ("multiprobleemgezin", .eligible):
                            if h.pointee.buddy == nil { multi.append(Household(h.pointee, name(), [])) }
                        case ("housing-first", .eligible):
                            waiting.append(Waiting(dossier: h.pointee.id, name: name(), priority: r.priority ?? 0,
                                                   referredOn: h.pointee.homelessness.referredOn))
                        case (_, .eligible):
                            if let (value, estimate) = CaseloadScan.yearlyValue(of: r, parameter: yearly[r.rule]) {
                                gains.append(Gain(rule: r.rule, title: r.title, person: r.person, yearly: value, estimate: estimate))
                            }
                        case (_, .possible):
                            possible.append(Possible(dossier: h.pointee.id, name: name(), rule: r.rule, person: r.person, missing: r.missing,
                                                     error: r.error))
                        default:
                            break
                        }
                    }
                    if !gains.isEmpty { under.append(Household(h.pointee, name(), gains)) }
                    for f in followUps where !f.done && f.due < asOf {
                        overdue.append(Overdue(dossier: h.pointee.id, name: name(), due: f.due, text: f.text))
                    }
                }
            }
        }
    }

    /// The parts of consecutive runs of households, in order, joined and sorted.
    init(parts: [Part], households: Int, asOf: Day) {
        self.asOf = asOf
        self.households = households
        var under: [Household] = [], overdue: [Overdue] = [], waiting: [Waiting] = []
        var possible: [Possible] = [], multi: [Household] = []
        var energy: [String: [Household]] = [:]
        under.reserveCapacity(parts.reduce(0) { $0 + $1.under.count })
        possible.reserveCapacity(parts.reduce(0) { $0 + $1.possible.count })
        overdue.reserveCapacity(parts.reduce(0) { $0 + $1.overdue.count })
        for p in parts {
            under += p.under
            overdue += p.overdue
            waiting += p.waiting
            possible += p.possible
            multi += p.multi
            for (level, list) in p.energy { energy[level, default: []] += list }
        }
        // Each key worked out once, not in every comparison.
        let totals = under.map(\.total)
        underProtection = under.indices.sorted { (totals[$0], under[$1].dossier) > (totals[$1], under[$0].dossier) }.map { under[$0] }
        self.possible = possible
        energyPoverty = energy
        multiProblemWithoutBuddy = multi
        housingFirstWaitingList = waiting.sorted {
            ($0.priority, -($0.referredOn?.ordinal ?? Int.max)) > ($1.priority, -($1.referredOn?.ordinal ?? Int.max))
        }
        let dues = overdue.map { $0.due.ordinal }
        overdueFollowUps = overdue.indices.sorted { (dues[$0], overdue[$0].dossier) < (dues[$1], overdue[$1].dossier) }.map { overdue[$0] }
    }

    /// The result's own amount over a year where it has one (a monthly amount × 12), else the module's typical
    /// yearly value; nil for flows without a value (energy poverty, Housing First, buddy work).
    static func yearlyValue(of r: RuleResult, parameter: (Money, Bool)?) -> (Money, Bool)? {
        guard let parameter else { return nil }
        if let amount = r.amount {
            switch amount.per {
            case .month: return (amount.value * 12, false)
            case .year, .once: return (amount.value, false)
            case .litre: break
            }
        }
        return parameter
    }

    /// Replaces names with "Huishouden N" for reports that leave the service (national numbers in `person`
    /// become their position).
    public func pseudonymized() -> CaseloadScan {
        var copy = self
        var numbers: [DossierID: Int] = [:]
        func alias(_ id: DossierID) -> String {
            if numbers[id] == nil { numbers[id] = numbers.count + 1 }
            return "Huishouden \(numbers[id]!)"
        }
        func person(_ p: String?) -> String? { p.map { $0.hasPrefix("@") ? $0 : "persoon" } }
        copy.underProtection = underProtection.map { var h = $0; h.name = alias(h.dossier)
            h.gains = h.gains.map { var g = $0; g.person = person(g.person); return g }; return h }
        copy.possible = possible.map { var p = $0; p.name = alias(p.dossier); p.person = person(p.person)
            p.missing = p.missing.map { m in m.split(separator: "@").first.map(String.init) ?? m }; return p }
        copy.energyPoverty = energyPoverty.mapValues { $0.map { var h = $0; h.name = alias(h.dossier); return h } }
        copy.multiProblemWithoutBuddy = multiProblemWithoutBuddy.map { var h = $0; h.name = alias(h.dossier); return h }
        copy.housingFirstWaitingList = housingFirstWaitingList.map { var w = $0; w.name = alias(w.dossier); return w }
        copy.overdueFollowUps = overdueFollowUps.map { var o = $0; o.name = alias(o.dossier); o.text = "…"; return o }
        return copy
    }
}
