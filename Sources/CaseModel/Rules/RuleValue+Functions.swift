/// The pieces of the built-in functions and comparisons that work on plain values: the rule machine's one switch
/// over the functions (`RuleMachine+Calls.swift`) calls them, and so does constant folding.
extension RuleValue {
    /// A comparison of two values that are not errors: nil when it cannot be decided. `number`, when given, is
    /// `b.asNumber` worked out beforehand (a constant's).
    static func compareValues(_ op: CompareOp, _ a: RuleValue, _ b: RuleValue, number: NumberRange?? = nil) -> Bool? {
        switch op {
        case .in:
            guard case .list(let items) = b else { return nil }
            if case .number(let r) = a, let e = r.exact {
                return items.contains { RuleNumber(text: $0) == e }
            }
            guard let key = a.plain, !a.isUnknown else { return nil }
            return RuleFold.contains(items, key)
        case .has:
            guard case .list(let held) = a else { return nil }
            let wanted: [String]
            switch b {
            case .list(let l): wanted = l
            case .text(let t): wanted = [t]
            default: return nil
            }
            return held.contains { h in wanted.contains { RuleFold.equal($0, h) } }
        default: break
        }
        switch (a, b) {
        case (.unknown, _), (_, .unknown): return nil
        case (.date(let x), .date(let y)): return ordered(op, x, y)
        case (.bool(let x), .bool(let y)):
            if op == .eq { return x == y }
            if op == .ne { return x != y }
            return nil
        default:
            if let y = number ?? b.asNumber, let x = a.asNumber { return x.compare(op, y) }
            if let x = a.plain, let y = b.plain {
                if op == .eq { return RuleFold.equal(x, y) }
                if op == .ne { return !RuleFold.equal(x, y) }
                return ordered(op, x.lowercased(), y.lowercased())
            }
            return nil
        }
    }

    private static func ordered<T: Comparable>(_ op: CompareOp, _ x: T, _ y: T) -> Bool? {
        switch op {
        case .eq: return x == y
        case .ne: return x != y
        case .lt: return x < y
        case .le: return x <= y
        case .gt: return x > y
        case .ge: return x >= y
        case .in, .has: return nil
        }
    }

    /// `maanden_sinds`, `dagen_sinds`, `jaren_sinds` of a date on the as-of date.
    static func since(_ f: RuleFunction, _ day: Day, _ asOf: Day) -> RuleValue {
        switch f {
        case .monthsSince: return .count(day.months(until: asOf), "maanden_sinds")
        case .daysSince: return .count(day.days(until: asOf), "dagen_sinds")
        default: return .count(day.age(on: asOf), "jaren_sinds")
        }
    }

    /// `trap(x, grenzen)`: how many of the limits the value reaches (a range when `x` is one).
    static func step(_ r: NumberRange, _ items: [String]) -> RuleValue {
        let limits = items.compactMap { RuleNumber(text: $0)?.micros }
        let lo = r.lo.map { v in limits.filter { $0 <= v }.count } ?? 0
        let hi = r.hi.map { v in limits.filter { $0 <= v }.count } ?? limits.count
        return .counted(lo, hi, "trap")
    }

    /// `probleemdomeinen(ernst, maanden)` on the household's problems: unknown when they are not recorded.
    static func problemDomains(_ problems: [Problem]?, _ severity: RuleValue, _ months: RuleValue) -> RuleValue {
        let sev = severity.asNumber?.exact?.intValue ?? 0
        let minimum = months.asNumber?.exact?.intValue ?? 0
        guard let problems else { return .unknown }
        var sure = Set<ProblemDomain>(), maybe = Set<ProblemDomain>()
        for p in problems where (p.months ?? minimum) >= minimum {
            if let s = p.severity { if s >= sev { sure.insert(p.domain) } } else { maybe.insert(p.domain) }
        }
        maybe.subtract(sure)
        return .counted(sure.count, sure.count + maybe.count, "probleemdomeinen")
    }
}
