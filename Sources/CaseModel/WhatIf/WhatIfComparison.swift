/// A household's rights before and after a "wat als": per rule (and per member for a person rule) the outcome and
/// amount on both sides, and what the household is better or worse off by. The totals follow the scan's rules: two
/// sums, never added together — *zeker* (receives or eligible) and *mogelijk* (possible) — of the rights with a money
/// value, each right once (a household rule once, a person rule per member), a monthly amount counted twelve times a
/// year (`CaseloadScan.yearlyAmount`).
public struct WhatIfComparison: Sendable {
    public struct Side: Sendable, Hashable {
        public var outcome: RuleOutcome
        public var amount: RuleAmount?
        /// The outcome in words (a signal's level: "hoog"), as `zorg check` says it.
        public var label: RuleText

        init(_ r: RuleResult) {
            outcome = r.outcome
            amount = r.amount
            label = RuleText(nl: r.outcomeLabel(.nl), en: r.outcomeLabel(.en))
        }
    }

    public struct Row: Sendable {
        public var rule: String
        public var title: RuleText
        public var kind: RuleKind
        /// As in `zorg check`: the member's national number, or `@N`; nil for a household rule.
        public var person: String?
        /// 1-based, for the table; nil for a household rule.
        public var position: Int?
        /// Nil when the rule gave no result on that side (a member a person rule no longer concerns).
        public var before: Side?
        public var after: Side?
        public var changed: Bool { before != after }
    }

    /// A difference per year, and the same per month (a twelfth, rounded to the cent).
    public struct Difference: Sendable, Hashable {
        public var year: Money
        public var month: Money { Money(cents: (year.cents + (year.cents >= 0 ? 6 : -6)) / 12) }
    }

    public var dossier: DossierID
    public var asOf: Day
    public var changes: [String]
    public var rows: [Row]
    public var certain: Difference
    public var possible: Difference

    public init(dossier: DossierID, asOf: Day, changes: [String], before: [RuleResult], after: [RuleResult]) {
        self.dossier = dossier
        self.asOf = asOf
        self.changes = changes
        struct Key: Hashable { var rule: String; var person: Int? }
        var order: [Key] = []
        var pairs: [Key: (before: RuleResult?, after: RuleResult?)] = [:]
        for r in before {
            let k = Key(rule: r.rule, person: r.personIndex)
            if pairs[k] == nil { order.append(k) }
            pairs[k, default: (nil, nil)].before = r
        }
        for r in after {
            let k = Key(rule: r.rule, person: r.personIndex)
            if pairs[k] == nil { order.append(k) }
            pairs[k, default: (nil, nil)].after = r
        }
        rows = order.map { k in
            let (b, a) = pairs[k]!
            let any = (a ?? b)!
            return Row(rule: k.rule, title: any.title, kind: any.kind, person: any.person, position: k.person.map { $0 + 1 },
                       before: b.map(Side.init), after: a.map(Side.init))
        }
        func sum(_ results: [RuleResult], _ outcomes: Set<RuleOutcome>) -> Money {
            results.filter { $0.kind == .right && outcomes.contains($0.outcome) }
                .compactMap(CaseloadScan.yearlyAmount).reduce(.zero, +)
        }
        certain = Difference(year: sum(after, [.receives, .eligible]) - sum(before, [.receives, .eligible]))
        possible = Difference(year: sum(after, [.possible]) - sum(before, [.possible]))
    }
}
