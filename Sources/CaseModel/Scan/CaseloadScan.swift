/// The proactive view over a whole caseload as of a date (`zorg scan`): households that miss rights they are
/// likely entitled to (under-protection, sorted by expected yearly gain), households where a right is possible and
/// which facts to collect, energy poverty by level, multi-problem families without a buddy, the Housing First
/// waiting list, and overdue follow-ups. Built from the same rule results as `zorg check --all`.
public struct CaseloadScan: Sendable {
    /// A right a household likely misses: *zeker* (the conditions hold: eligible) or *mogelijk* (facts are missing:
    /// possible). Its yearly value is the result's own amount where it has one, else the module's typical yearly
    /// value when that is an amount (not an estimate); a right without a money value (pro-deo, an energy scan, an
    /// estimate) is counted, not valued. One gain per right per household: the members' results of one right are
    /// one gain (their amounts added: a couple's two halves of one leefloon are one household amount), so a
    /// household right counts once.
    public struct Gain: Sendable, Hashable {
        public var rule: String
        public var title: RuleText
        /// The members it concerns (a person rule), in the result's form; empty for a household rule.
        public var people: [String]
        /// Nil: no money value (counted, not valued).
        public var yearly: Money?
        /// Eligible (zeker) rather than possible (mogelijk).
        public var certain: Bool
    }

    public struct Household: Sendable, Hashable {
        public var dossier: DossierID
        public var name: String
        public var district: String?
        public var gains: [Gain]
        /// The yearly value of the rights that are certain (eligible).
        public var certain: Money { gains.reduce(.zero) { $0 + ($1.certain ? $1.yearly ?? .zero : .zero) } }
        /// The yearly value of the rights that are possible — never added to `certain`.
        public var possible: Money { gains.reduce(.zero) { $0 + ($1.certain ? .zero : $1.yearly ?? .zero) } }
        /// Rights without a money value, counted.
        public var unvalued: Int { gains.filter { $0.yearly == nil }.count }

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
        /// The people the missing facts are about (`col@NATIONALNUMBER`), by that number: "Maria, °1939", so a
        /// list read by a person names them. Empty in a pseudonymized scan.
        public var people: [String: String] = [:]

        /// A missing fact in words: `bel profiel van Maria (°1939)`; a household fact as `wachtlijst sinds`.
        public func missingInWords(_ fact: String, _ language: RuleLanguage) -> String {
            guard let at = fact.firstIndex(of: "@") else { return fact.replacingOccurrences(of: "_", with: " ") }
            let column = fact[..<at].replacingOccurrences(of: "_", with: " ")
            guard let who = people[String(fact[fact.index(after: at)...])] else { return RuleResult.maskedMissing(fact) }
            return column + (language == .nl ? " van " : " of ") + who
        }
    }

    public struct Overdue: Sendable, Hashable {
        public var dossier: DossierID
        public var name: String
        public var due: Day
        public var text: String
    }

    public var asOf: Day
    public var households: Int
    /// Households missing a right they are likely (certain or possibly) entitled to: sorted by the certain yearly
    /// value, then the possible one, largest first.
    public var underProtection: [Household]
    public var possible: [Possible]
    /// Level (`low` … `urgent`) → households, each list in dossier order.
    public var energyPoverty: [String: [Household]]
    public var multiProblemWithoutBuddy: [Household]
    /// The Housing First waiting list, as `HousingFirstWaitingList` defines it and in its order.
    public var housingFirstWaitingList: [HousingFirstWaitingList.Entry]
    public var overdueFollowUps: [Overdue]
    /// Applications still open ("aanvraag loopt"), oldest first: their rights are not counted as under-protection.
    public var openApplications: [OpenApplication] = []

    /// An application that is still open, and how long it has been.
    public struct OpenApplication: Sendable, Hashable {
        public var dossier: DossierID
        public var name: String
        public var rule: String
        public var person: Int?
        public var appliedOn: Day
        public var days: Int
        /// The module's answer term, when it names one.
        public var term: Int?
        /// Open longer than the module's answer term.
        public var overTerm: Bool { term.map { days > $0 } ?? false }
    }

    /// The two sums of the under-protection list, never added together, and the rights without a money value.
    public var totalCertain: Money { underProtection.reduce(.zero) { $0 + $1.certain } }
    public var totalPossible: Money { underProtection.reduce(.zero) { $0 + $1.possible } }
    public var unvaluedRights: Int { underProtection.reduce(0) { $0 + $1.unvalued } }

    public static let energyLevels = ["urgent", "high", "medium", "low"]

    /// `results[i]` are the rule results of `households[i]` (all modules, as of `asOf`).
    public init(households list: [CaseModel.Household], results: [[RuleResult]], ruleSet: RuleSet, asOf: Day) {
        let rights = Rights(ruleSet, asOf)
        self.init(parts: [Part(households: list, range: list.indices, results: results, rights: rights, asOf: asOf)],
                  households: list.count, asOf: asOf)
    }

    /// The modules that are rights (not signals or programmes), each with its typical yearly value and whether
    /// that is an estimate, where it has one.
    struct Rights: Sendable {
        var yearly: [String: (Money, Bool)?] = [:]
        /// The answer term of each right that names one (days).
        var terms: [String: Int] = [:]

        init(_ ruleSet: RuleSet, _ asOf: Day) {
            for m in ruleSet.modules where m.kind == .right {
                yearly[m.id] = .some(m.expectedYearlyValue(on: asOf))
                if let term = m.answerTerm { terms[m.id] = term.days }
            }
            // A refused local module's rule is neither valued nor counted: its results are errors to check.
        }

        func isRight(_ rule: String) -> Bool { yearly[rule] != nil }
    }

    /// What a run of consecutive households adds to the scan, in their order: made on the worker that
    /// evaluated them (`CaseloadScan.run`), then joined in order and sorted.
    struct Part {
        var under: [Household] = []
        var possible: [Possible] = []
        var energy: [String: [Household]] = [:]
        var multi: [Household] = []
        var waiting: [HousingFirstWaitingList.Entry] = []
        var overdue: [Overdue] = []
        var applications: [OpenApplication] = []

        /// `results[k]` are the results of `households[range.lowerBound + k]`.
        init(households: [CaseModel.Household], range: Range<Int>, results: [[RuleResult]],
             rights: Rights, asOf: Day) {
            households.withUnsafeBufferPointer { list in
                // Read in place: most households have nothing to report, and copying each one (a dozen counted
                // references) or naming it cost more than the report itself.
                for (k, rs) in results.enumerated() {
                    let h = list.baseAddress! + range.lowerBound + k
                    let followUps = h.pointee.followUps
                    let onWaitingList = HousingFirstWaitingList.isWaiting(h.pointee)
                    let applied = h.pointee.applications
                    guard !rs.isEmpty || !followUps.isEmpty || onWaitingList || applied != nil else { continue }
                    /// A right with an open application is followed already: not under-protection.
                    func pending(_ r: RuleResult) -> Bool {
                        guard applied != nil else { return false }
                        return h.pointee.openApplication(rule: r.rule, person: r.personIndex.map { $0 + 1 }) != nil
                    }
                    var known: String?
                    func name() -> String {
                        if let known { return known }
                        let n = h.pointee.displayName
                        known = n
                        return n
                    }
                    var gains = GainTally()
                    for r in rs {
                        switch (r.rule, r.outcome) {
                        case ("energiearmoede", .eligible):
                            if let level = r.level { energy[level, default: []].append(Household(h.pointee, name(), [])) }
                        case ("multiprobleemgezin", .eligible):
                            if h.pointee.buddy == nil { multi.append(Household(h.pointee, name(), [])) }
                        case ("housing-first", .eligible):
                            break  // the waiting list is the intakes' (below); the module gives their priority
                        case (_, .eligible):
                            if rights.isRight(r.rule) && !pending(r) { gains.add(r, certain: true) }
                        case (_, .possible):
                            var entry = Possible(dossier: h.pointee.id, name: name(), rule: r.rule, person: r.person, missing: r.missing,
                                                 error: r.error)
                            for fact in r.missing {
                                guard let at = fact.firstIndex(of: "@") else { continue }
                                let key = String(fact[fact.index(after: at)...])
                                if let m = h.pointee.members.first(where: { $0.nationalNumber?.formatted == key }) {
                                    entry.people[key] = m.firstName + (m.birthDate.map { " (°\($0.year))" } ?? "")
                                }
                            }
                            possible.append(entry)
                            // A result that could not be evaluated is a fact to check, not a gain.
                            if r.error == nil && rights.isRight(r.rule) && !pending(r) { gains.add(r, certain: false) }
                        default:
                            break
                        }
                    }
                    if !gains.isEmpty { under.append(Household(h.pointee, name(), gains.gains(rights))) }
                    if onWaitingList {
                        let advisory = rs.first { $0.rule == "housing-first" }?.priority
                        if let entry = HousingFirstWaitingList.entry(h.pointee, name: name(), advisory: advisory) {
                            waiting.append(entry)
                        }
                    }
                    for a in applied ?? [] where a.isOpen {
                        applications.append(OpenApplication(dossier: h.pointee.id, name: name(), rule: a.rule, person: a.person,
                                                            appliedOn: a.appliedOn, days: a.age(on: asOf), term: rights.terms[a.rule]))
                    }
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
        var under: [Household] = [], overdue: [Overdue] = [], waiting: [HousingFirstWaitingList.Entry] = []
        var possible: [Possible] = [], multi: [Household] = [], applications: [OpenApplication] = []
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
            applications += p.applications
            for (level, list) in p.energy { energy[level, default: []] += list }
        }
        // Each key worked out once, not in every comparison.
        let keys = under.map { ($0.certain, $0.possible) }
        underProtection = under.indices.sorted {
            (keys[$0].0, keys[$0].1, under[$1].dossier) > (keys[$1].0, keys[$1].1, under[$0].dossier)
        }.map { under[$0] }
        self.possible = possible
        energyPoverty = energy
        multiProblemWithoutBuddy = multi
        housingFirstWaitingList = HousingFirstWaitingList.ordered(waiting)
        let dues = overdue.map { $0.due.ordinal }
        openApplications = applications.sorted { ($0.appliedOn, $0.dossier, $0.rule) < ($1.appliedOn, $1.dossier, $1.rule) }
        overdueFollowUps = overdue.indices.sorted { (dues[$0], overdue[$0].dossier) < (dues[$1], overdue[$1].dossier) }.map { overdue[$0] }
    }

    /// A right's results in one household, by rule and certainty, in the order met, made into gains.
    struct GainTally {
        private var order: [String] = []
        private var results: [String: [RuleResult]] = [:]

        var isEmpty: Bool { order.isEmpty }

        mutating func add(_ r: RuleResult, certain: Bool) {
            let key = (certain ? "+" : "?") + r.rule
            if results[key] == nil { order.append(key) }
            results[key, default: []].append(r)
        }

        /// One gain per right: the amounts its results carry, added (a yearly sum); else the module's typical yearly
        /// value once, when it is an amount; else no value.
        func gains(_ rights: Rights) -> [Gain] {
            order.map { key in
                let rs = results[key]!
                let amounts = rs.compactMap(CaseloadScan.yearlyAmount)
                var value: Money? = amounts.isEmpty ? nil : amounts.reduce(.zero, +)
                if value == nil, let (typical, estimate) = rights.yearly[rs[0].rule] ?? nil, !estimate { value = typical }
                return Gain(rule: rs[0].rule, title: rs[0].title, people: rs.compactMap(\.person), yearly: value,
                            certain: key.hasPrefix("+"))
            }
        }
    }

    /// A result's own amount over a year (a monthly amount × 12); nil without an amount, or per litre.
    static func yearlyAmount(_ r: RuleResult) -> Money? {
        guard let amount = r.amount else { return nil }
        switch amount.per {
        case .month: return amount.value * 12
        case .year, .once: return amount.value
        case .litre: return nil
        }
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
            h.gains = h.gains.map { var g = $0; g.people = g.people.compactMap(person); return g }; return h }
        copy.possible = possible.map { var p = $0; p.name = alias(p.dossier); p.person = person(p.person); p.people = [:]
            p.missing = p.missing.map { m in m.split(separator: "@").first.map(String.init) ?? m }; return p }
        copy.energyPoverty = energyPoverty.mapValues { $0.map { var h = $0; h.name = alias(h.dossier); return h } }
        copy.multiProblemWithoutBuddy = multiProblemWithoutBuddy.map { var h = $0; h.name = alias(h.dossier); return h }
        copy.housingFirstWaitingList = housingFirstWaitingList.map { var w = $0; w.name = alias(w.dossier); return w }
        copy.overdueFollowUps = overdueFollowUps.map { var o = $0; o.name = alias(o.dossier); o.text = "…"; return o }
        copy.openApplications = openApplications.map { var a = $0; a.name = alias(a.dossier); return a }
        return copy
    }
}
