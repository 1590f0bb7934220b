/// The rights the checker found, grouped the way a volunteer tells them: already has it, likely, maybe (and
/// what is still unknown), not likely.
public struct CheckerResults: Sendable {
    public enum Group: String, Sendable, CaseIterable {
        case has, likely, maybe, unlikely

        public var label: RuleText {
            switch self {
            case .has: return RuleText(nl: "Heeft het al", en: "Already has it")
            case .likely: return RuleText(nl: "Waarschijnlijk recht op", en: "Likely entitled to")
            case .maybe: return RuleText(nl: "Misschien — nog na te gaan", en: "Maybe — still to find out")
            case .unlikely: return RuleText(nl: "Waarschijnlijk geen recht op", en: "Not likely")
            }
        }

        init(_ outcome: RuleOutcome) {
            switch outcome {
            case .receives: self = .has
            case .eligible: self = .likely
            case .possible: self = .maybe
            case .notEligible: self = .unlikely
            }
        }
    }

    public struct Item: Sendable, Hashable {
        public var result: RuleResult
        /// "Persoon 2" for a person rule.
        public var who: RuleText?
        /// What is still unknown, in the questions' words ("Persoon 1: netto inkomen per maand").
        public var unknown: [RuleText]

        public var title: RuleText { result.title }
    }

    public var asOf: Day
    public private(set) var groups: [(group: Group, items: [Item])]

    /// Modules that are not a right a citizen applies for: the caseworker's flows (Housing First, buddy
    /// matching) and the energy-poverty level. The checker leaves them out.
    public static let notRights: Set<String> = ["housing-first", "multiprobleemgezin", "energiearmoede"]

    public init(results: [RuleResult], asOf: Day) {
        self.asOf = asOf
        var byGroup: [Group: [Item]] = [:]
        for r in results where !Self.notRights.contains(r.rule) {
            let item = Item(result: r, who: Self.who(r), unknown: Self.unknownFacts(r.missing))
            byGroup[Group(r.outcome), default: []].append(item)
        }
        groups = Group.allCases.map { ($0, byGroup[$0] ?? []) }
    }

    /// Runs the rule set on the household built from the answers, as of a day.
    public static func check(_ answers: CheckerAnswers, ruleSet: RuleSet, today: Day) -> CheckerResults {
        let household = CheckerHousehold.make(from: answers, today: today)
        return CheckerResults(results: ruleSet.evaluate(household: household, asOf: today), asOf: today)
    }

    public func items(_ group: Group) -> [Item] { groups.first { $0.group == group }?.items ?? [] }

    static func who(_ r: RuleResult) -> RuleText? {
        guard let i = r.personIndex else { return nil }
        return RuleText(nl: "Persoon \(i + 1)", en: "Person \(i + 1)")
    }

    /// `inkomen_jaar@2` → "Persoon 2: bruto belastbaar inkomen vorig jaar" (the field's words without its own
    /// "Persoon 1:" prefix); unique, in the order the rule gave them.
    static func unknownFacts(_ missing: [String]) -> [RuleText] {
        var out: [RuleText] = []
        for name in missing {
            let parts = name.split(separator: "@", maxSplits: 1).map(String.init)
            let column = parts[0]
            let base = CheckerQuestionnaire.label(forColumn: column) ?? RuleText(nl: column.replacingOccurrences(of: "_", with: " "))
            let plain = RuleText(nl: stripPerson(base.nl), en: stripPerson(base.en))
            let text = parts.count == 2
                ? RuleText(nl: "Persoon \(parts[1]): \(plain.nl)", en: "Person \(parts[1]): \(plain.en)")
                : plain
            if !out.contains(text) { out.append(text) }
        }
        return out
    }

    private static func stripPerson(_ s: String) -> String {
        for prefix in ["Persoon 1: ", "Person 1: "] where s.hasPrefix(prefix) { return String(s.dropFirst(prefix.count)) }
        return s
    }
}
