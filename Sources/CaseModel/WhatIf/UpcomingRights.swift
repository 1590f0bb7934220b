/// "Binnenkort" (issue 16.3): the rights that open or end within a number of months because of a date. Nothing is
/// listed per right by hand: the household is evaluated by the modules themselves on each future day on which a
/// recorded date can change an outcome — a member's birthday (an age), a monthly anniversary of a recorded date (a
/// duration such as months on the waiting list or in Genk), a parameter's new value (a new amount from 1 January),
/// and the first of each month — and every change of outcome against the day before is reported with that day and
/// what falls on it.
public struct UpcomingChange: Sendable, Hashable {
    /// What falls on the day.
    public enum Cause: Sendable, Hashable {
        /// Member `member` (1-based) turns `age`.
        case birthday(member: Int, age: Int)
        /// `months` months since the date in `column` (of member `member`, or of the household).
        case anniversary(column: String, member: Int?, months: Int)
        /// A parameter of the module takes a new value.
        case parameter(String)
        /// A new month (an amount or an age counted per month).
        case newMonth
    }

    public var dossier: DossierID
    public var name: String
    public var rule: String
    public var title: RuleText
    public var kind: RuleKind
    /// 1-based; nil for a household rule.
    public var member: Int?
    /// As `zorg check` names the member: the national number, or `@N`; nil for a household rule.
    public var person: String?
    public var on: Day
    public var before: RuleOutcome?
    public var after: RuleOutcome?
    public var amountBefore: RuleAmount?
    public var amountAfter: RuleAmount?
    public var causes: [Cause]

    /// A right that opens: not (or no longer) eligible before, eligible or receiving after.
    public var opens: Bool { !Self.has(before) && Self.has(after) }
    public var ends: Bool { Self.has(before) && !Self.has(after) }
    static func has(_ o: RuleOutcome?) -> Bool { o == .eligible || o == .receives }
}

public enum UpcomingRights {
    /// The changes in `household`'s outcomes after `asOf` through `months` months later, in date order.
    public static func find(_ household: Household, ruleSet: RuleSet, asOf: Day, months: Int,
                            lookup: (any RuleLookup)? = nil) -> [UpcomingChange] {
        find([household], ruleSet: ruleSet, asOf: asOf, months: months, lookup: lookup)
    }

    private struct Key: Hashable { var rule: String; var person: Int? }

    /// The same for many households, day by day rather than household by household: the modules are prepared
    /// for a day once (`PreparedModules` keeps only the last few days), which made a caseload of 5,000 five times
    /// faster (docs/performance.md). In date order, then in the order of the households.
    public static func find(_ households: [Household], ruleSet: RuleSet, asOf: Day, months: Int,
                            lookup: (any RuleLookup)? = nil) -> [UpcomingChange] {
        let end = asOf.adding(months: max(0, min(months, 120)))
        var last: [[Key: RuleResult]] = households.map { h in
            var now: [Key: RuleResult] = [:]
            for r in ruleSet.evaluate(household: h, asOf: asOf, lookup: lookup, reasons: false) {
                now[Key(rule: r.rule, person: r.personIndex)] = r
            }
            return now
        }
        var byDay: [Day: [(household: Int, causes: [UpcomingChange.Cause])]] = [:]
        for (i, h) in households.enumerated() {
            for (day, causes) in candidateDays(h, ruleSet: ruleSet, after: asOf, through: end) {
                byDay[day, default: []].append((i, causes))
            }
        }
        var out: [UpcomingChange] = []
        for day in byDay.keys.sorted() {
            for (i, causes) in byDay[day]! {
                let household = households[i]
                var seen = Set<Key>()
                for r in ruleSet.evaluate(household: household, asOf: day, lookup: lookup, reasons: false) {
                    let k = Key(rule: r.rule, person: r.personIndex)
                    seen.insert(k)
                    let before = last[i][k]
                    last[i][k] = r
                    guard before?.outcome != r.outcome || before?.amount != r.amount else { continue }
                    out.append(change(household, before: before, after: r, on: day, causes: causes))
                }
                // A person rule that no longer concerns a member (a child who turned 18 for the school allowance).
                for (k, before) in last[i] where !seen.contains(k) {
                    last[i][k] = nil
                    out.append(change(household, before: before, after: nil, on: day, causes: causes))
                }
            }
        }
        let order = Dictionary(households.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        return out.sorted { ($0.on, order[$0.dossier] ?? 0, $0.rule, $0.member ?? 0) < ($1.on, order[$1.dossier] ?? 0, $1.rule, $1.member ?? 0) }
    }

    private static func change(_ h: Household, before: RuleResult?, after: RuleResult?, on day: Day,
                               causes: [UpcomingChange.Cause]) -> UpcomingChange {
        let any = (after ?? before)!
        return UpcomingChange(dossier: h.id, name: h.displayName, rule: any.rule, title: any.title, kind: any.kind,
                              member: any.personIndex.map { $0 + 1 }, person: any.person, on: day, before: before?.outcome, after: after?.outcome,
                              amountBefore: before?.amount, amountAfter: after?.amount, causes: causes)
    }

    /// The days after `start` through `end` on which an outcome can change, each with what falls on it.
    static func candidateDays(_ h: Household, ruleSet: RuleSet, after start: Day, through end: Day)
        -> [(Day, [UpcomingChange.Cause])] {
        var causes: [Day: [UpcomingChange.Cause]] = [:]
        func add(_ day: Day, _ cause: UpcomingChange.Cause) {
            if day > start && day <= end { causes[day, default: []].append(cause) }
        }
        let years = end.year - start.year + 1
        for (i, p) in h.members.enumerated() {
            guard let born = p.birthDate else { continue }
            for y in 0...years {
                let year = start.year + y
                let birthday = Day(year: year, month: born.month, day: born.day)
                    ?? Day(year: year, month: born.month, day: born.day - 1)  // 29 February
                if let birthday { add(birthday, .birthday(member: i + 1, age: year - born.year)) }
            }
        }
        let monthsAhead = (end.year - start.year) * 12 + end.month - start.month + 1
        func anniversaries(_ column: Column, _ date: Day?, member: Int?) {
            guard let date, date <= end else { return }
            let first = (start.year - date.year) * 12 + start.month - date.month
            for k in max(1, first)...max(1, first + monthsAhead) {
                add(date.adding(months: k), .anniversary(column: column.name, member: member, months: k))
            }
        }
        for c in Columns.household where c.kind == .date {
            if case .date(let d) = h.value(of: c.name) { anniversaries(c, d, member: nil) }
        }
        for (i, p) in h.members.enumerated() {
            for c in Columns.person where c.kind == .date && c.name != "geboortedatum" {
                if case .date(let d) = p.value(of: c.name) { anniversaries(c, d, member: i + 1) }
            }
        }
        for m in ruleSet.modules {
            for p in m.parameters {
                for v in p.values { add(v.from, .parameter(p.name)) }
            }
        }
        var month = Day(year: start.year, month: start.month, day: 1)!.adding(months: 1)
        while month <= end {
            add(month, .newMonth)
            month = month.adding(months: 1)
        }
        return causes.keys.sorted().map { ($0, causes[$0]!) }
    }
}
