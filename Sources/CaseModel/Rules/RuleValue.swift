/// A value during rule evaluation. Numbers are ranges so that a partly known total (a count over members
/// where some are unknown, a sum with one income missing) can still decide a comparison.
enum RuleValue: Hashable, Sendable {
    case unknown
    case bool(Bool)
    case number(NumberRange)
    case date(Day)
    case text(String)
    case list([String])

    static func exact(_ n: RuleNumber, _ unit: NumberUnit) -> RuleValue {
        .number(NumberRange(lo: n.micros, hi: n.micros, unit: unit))
    }
    static func count(_ n: Int) -> RuleValue { .exact(RuleNumber(n), .count) }

    init(_ fact: FactValue) {
        switch fact {
        case .unknown: self = .unknown
        case .bool(let b): self = .bool(b)
        case .integer(let i): self = .count(i)
        case .money(let m): self = .exact(RuleNumber(m), .money)
        case .date(let d): self = .date(d)
        case .text(let t), .code(let t): self = .text(t)
        case .list(let l): self = .list(l)
        }
    }

    var isUnknown: Bool {
        if case .unknown = self { return true }
        if case .number(let r) = self { return r.lo == nil && r.hi == nil }
        return false
    }

    /// Plain form for traces and JSON (numbers with a point, dates `jjjj-mm-dd`, lists with `|`); nil when unknown.
    var plain: String? {
        switch self {
        case .unknown: return nil
        case .bool(let b): return b ? "ja" : "nee"
        case .number(let r): return r.plain
        case .date(let d): return d.iso
        case .text(let t): return t
        case .list(let l): return l.isEmpty ? "geen" : l.joined(separator: "|")
        }
    }

    /// A text value read as a number (a postcode compared with 3500).
    var asNumber: NumberRange? {
        switch self {
        case .number(let r): return r
        case .text(let t): return RuleNumber(text: t).map { NumberRange(lo: $0.micros, hi: $0.micros, unit: .count) }
        default: return nil
        }
    }
}

enum NumberUnit: Hashable, Sendable { case money, count, plain }

extension RuleValue {
    /// Kleene truth: nil is unknown (also for a value that is not a boolean).
    var truth: Bool? { if case .bool(let b) = self { return b }; return nil }

    /// Arithmetic on two values: unknown unless both are numbers.
    static func arith(_ op: ArithOp, _ x: RuleValue, _ y: RuleValue) -> RuleValue {
        guard let x = x.asNumber, let y = y.asNumber else { return .unknown }
        switch op {
        case .add: return .number(x + y)
        case .sub: return .number(x + y.negated)
        case .mul: return .number(x * y)
        case .div: return .number(x / y)
        }
    }

    /// `als(c, a, b)` when `c` is unknown: the value both branches share, or the range spanning two numbers;
    /// otherwise unknown.
    static func either(_ a: RuleValue, _ b: RuleValue) -> RuleValue {
        if a == b, !a.isUnknown { return a }
        if let x = a.asNumber, let y = b.asNumber {
            let lo: Int64? = (x.lo == nil || y.lo == nil) ? nil : Swift.min(x.lo!, y.lo!)
            let hi: Int64? = (x.hi == nil || y.hi == nil) ? nil : Swift.max(x.hi!, y.hi!)
            return .number(NumberRange(lo: lo, hi: hi, unit: x.unit.combined(y.unit)))
        }
        return .unknown
    }
}

/// A closed range of numbers in millionths; a nil bound is infinite. An exact number has lo == hi.
struct NumberRange: Hashable, Sendable {
    /// The bounds with `Int64.min` for infinite (no bound ever reaches it: `Bound` keeps them within
    /// ±`RuleNumber.limit`). Two plain words instead of two optionals keep a `RuleValue` within four machine
    /// words, so that it is passed and returned in registers — the rule machine returns one per step.
    private var loBits: Int64
    private var hiBits: Int64
    var unit: NumberUnit

    private static let infinite = Int64.min

    init(lo: Int64?, hi: Int64?, unit: NumberUnit) {
        loBits = lo ?? Self.infinite
        hiBits = hi ?? Self.infinite
        self.unit = unit
    }

    var lo: Int64? {
        get { loBits == Self.infinite ? nil : loBits }
        set { loBits = newValue ?? Self.infinite }
    }

    var hi: Int64? {
        get { hiBits == Self.infinite ? nil : hiBits }
        set { hiBits = newValue ?? Self.infinite }
    }

    var exact: RuleNumber? {
        if let lo, let hi, lo == hi { return RuleNumber(micros: lo) }
        return nil
    }

    /// The plain number, or nil when it is not known exactly (a range is not a value the contract allows).
    var plain: String? {
        guard let e = exact else { return nil }
        return unit == .money ? e.plainMoney : e.plain
    }

    static func + (a: NumberRange, b: NumberRange) -> NumberRange {
        NumberRange(lo: Bound.add(a.lo, b.lo), hi: Bound.add(a.hi, b.hi), unit: a.unit.combined(b.unit))
    }

    var negated: NumberRange {
        NumberRange(lo: hi.map { -$0 }, hi: lo.map { -$0 }, unit: unit)
    }

    static func * (a: NumberRange, b: NumberRange) -> NumberRange {
        let unit = a.unit.combined(b.unit)
        if let c = b.exact { return a.scaled(by: c.micros, unit: unit) }
        if let c = a.exact { return b.scaled(by: c.micros, unit: unit) }
        guard let al = a.lo, let ah = a.hi, let bl = b.lo, let bh = b.hi else { return NumberRange(lo: nil, hi: nil, unit: unit) }
        let products = [Bound.mul(al, bl), Bound.mul(al, bh), Bound.mul(ah, bl), Bound.mul(ah, bh)]
        guard products.allSatisfy({ $0 != nil }) else { return NumberRange(lo: nil, hi: nil, unit: unit) }
        let p = products.compactMap { $0 }
        return NumberRange(lo: p.min(), hi: p.max(), unit: unit)
    }

    func scaled(by c: Int64, unit: NumberUnit) -> NumberRange {
        let l = lo.flatMap { Bound.mul($0, c) }, h = hi.flatMap { Bound.mul($0, c) }
        return c >= 0 ? NumberRange(lo: l, hi: h, unit: unit) : NumberRange(lo: h, hi: l, unit: unit)
    }

    static func / (a: NumberRange, b: NumberRange) -> NumberRange {
        let unit: NumberUnit = (a.unit == .money && b.unit != .money) ? .money : .plain
        guard let c = b.exact, c.micros != 0 else { return NumberRange(lo: nil, hi: nil, unit: unit) }
        let l = a.lo.flatMap { Bound.div($0, c.micros) }, h = a.hi.flatMap { Bound.div($0, c.micros) }
        return c.micros > 0 ? NumberRange(lo: l, hi: h, unit: unit) : NumberRange(lo: h, hi: l, unit: unit)
    }

    /// The range of `min(a, b)` (`least`) or `max(a, b)` over the numbers in both ranges.
    func extreme(_ r: NumberRange, least: Bool) -> NumberRange {
        var out = self
        if least {
            out.lo = (lo == nil || r.lo == nil) ? nil : Swift.min(lo!, r.lo!)
            out.hi = hi == nil ? r.hi : (r.hi == nil ? hi : Swift.min(hi!, r.hi!))
        } else {
            out.lo = lo == nil ? r.lo : (r.lo == nil ? lo : Swift.max(lo!, r.lo!))
            out.hi = (hi == nil || r.hi == nil) ? nil : Swift.max(hi!, r.hi!)
        }
        out.unit = unit.combined(r.unit)
        return out
    }

    /// Three-valued comparison: nil when the ranges overlap so that both answers are possible.
    func compare(_ op: CompareOp, _ b: NumberRange) -> Bool? {
        let minA = lo ?? Int64.min, maxA = hi ?? Int64.max, minB = b.lo ?? Int64.min, maxB = b.hi ?? Int64.max
        switch op {
        case .lt: if maxA < minB { return true }; if minA >= maxB { return false }
        case .le: if maxA <= minB { return true }; if minA > maxB { return false }
        case .gt: if minA > maxB { return true }; if maxA <= minB { return false }
        case .ge: if minA >= maxB { return true }; if maxA < minB { return false }
        case .eq:
            if let x = exact, let y = b.exact { return x == y }
            if maxA < minB || minA > maxB { return false }
        case .ne:
            if let x = exact, let y = b.exact { return x != y }
            if maxA < minB || minA > maxB { return true }
        case .in, .has: return nil
        }
        return nil
    }
}

extension NumberUnit {
    func combined(_ other: NumberUnit) -> NumberUnit {
        if self == .money || other == .money { return .money }
        if self == .plain || other == .plain { return .plain }
        return .count
    }
}

enum CompareOp: String, Sendable, Hashable {
    case eq = "=", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">=", `in` = "in", has = "heeft"
}
