/// A value during rule evaluation. Numbers are ranges so that a partly known total (a count over members
/// where some are unknown, a sum with one income missing) can still decide a comparison. An `error` is a value
/// that could not be worked out (out of range, a division by zero): it spreads through every operation that
/// needs it, and only a deciding operand of `en`/`of` (Kleene) can leave it out.
enum RuleValue: Hashable, Sendable {
    case unknown
    case bool(Bool)
    case number(NumberRange)
    case date(Day)
    case text(String)
    case list([String])
    case error(RuleFault)

    static func exact(_ n: RuleNumber, _ unit: NumberUnit) -> RuleValue {
        .number(NumberRange(lo: n.micros, hi: n.micros, unit: unit))
    }

    /// A whole number (a count, an age, a fact): an error naming `what` when it is beyond ±10^12.
    static func count(_ n: Int, _ what: @autoclosure () -> String) -> RuleValue {
        guard let r = RuleNumber(checked: n) else { return .error(RuleFault(.valueOutOfRange, what())) }
        return .exact(r, .count)
    }

    /// A count known to lie between `lo` and `hi` (members that meet a condition, some unknown).
    static func counted(_ lo: Int, _ hi: Int, _ what: @autoclosure () -> String) -> RuleValue {
        guard let l = RuleNumber(checked: lo), let h = RuleNumber(checked: hi) else { return .error(RuleFault(.valueOutOfRange, what())) }
        return .number(NumberRange(lo: l.micros, hi: h.micros, unit: .count))
    }

    /// An amount: an error naming `what` when it is beyond ±10^12 euro.
    static func money(_ m: Money, _ what: @autoclosure () -> String) -> RuleValue {
        guard let r = RuleNumber(checked: m) else { return .error(RuleFault(.valueOutOfRange, what())) }
        return .exact(r, .money)
    }

    /// A fact as the rules read it; `column` names it when its number is out of range.
    init(_ fact: FactValue, column: @autoclosure () -> String) {
        switch fact {
        case .unknown: self = .unknown
        case .bool(let b): self = .bool(b)
        case .integer(let i): self = .count(i, column())
        case .money(let m): self = .money(m, column())
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

    /// The cause, when this value is an error.
    var fault: RuleFault? {
        if case .error(let f) = self { return f }
        return nil
    }

    /// Plain form for traces and JSON (numbers with a point, dates `jjjj-mm-dd`, lists with `|`); nil when unknown
    /// or an error.
    var plain: String? {
        switch self {
        case .unknown, .error: return nil
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

    /// Arithmetic on two values, used by the rule machine and constant folding: an error operand is the result (the
    /// left one first); unknown unless both are numbers; a result beyond ±10^12, or a division by zero, is an
    /// error naming `what` (the expression as the module writes it).
    static func arith(_ op: ArithOp, _ x: RuleValue, _ y: RuleValue, _ what: @autoclosure () -> String) -> RuleValue {
        if case .error = x { return x }
        if case .error = y { return y }
        guard let a = x.asNumber, let b = y.asNumber else { return .unknown }
        do {
            switch op {
            case .add: return .number(try a.adding(b))
            case .sub: return .number(try a.adding(b.negated))
            case .mul: return .number(try a.multiplied(by: b))
            case .div:
                if let c = b.exact, c.micros == 0 { return .error(RuleFault(.divisionByZero, what())) }
                return .number(try a.divided(by: b))
            }
        } catch {
            return .error(RuleFault(.resultOutOfRange, what()))
        }
    }

    /// `-x`: never out of range (the range is symmetric).
    var negated: RuleValue {
        if case .error = self { return self }
        return asNumber.map { .number($0.negated) } ?? .unknown
    }

    /// A comparison as a value: an error operand is the result, else `.bool` or unknown. `number`, when given,
    /// is `b.asNumber` worked out beforehand (a constant's).
    static func compared(_ op: CompareOp, _ a: RuleValue, _ b: RuleValue, number: NumberRange?? = nil) -> RuleValue {
        if case .error = a { return a }
        if case .error = b { return b }
        return compareValues(op, a, b, number: number).map { .bool($0) } ?? .unknown
    }

    /// `als(c, a, b)` when `c` is unknown: an error of either branch, else the value both branches share, or the
    /// range spanning two numbers; otherwise unknown.
    static func either(_ a: RuleValue, _ b: RuleValue) -> RuleValue {
        if case .error = a { return a }
        if case .error = b { return b }
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

    /// The infinite bounds of either range stay infinite; a finite bound beyond ±10^12 throws.
    func adding(_ b: NumberRange) throws(OutOfRange) -> NumberRange {
        NumberRange(lo: try Bound.add(lo, b.lo), hi: try Bound.add(hi, b.hi), unit: unit.combined(b.unit))
    }

    var negated: NumberRange {
        NumberRange(lo: hi.map { -$0 }, hi: lo.map { -$0 }, unit: unit)
    }

    func multiplied(by b: NumberRange) throws(OutOfRange) -> NumberRange {
        let unit = self.unit.combined(b.unit)
        if let c = b.exact { return try scaled(by: c.micros, unit: unit) }
        if let c = exact { return try b.scaled(by: c.micros, unit: unit) }
        guard let al = lo, let ah = hi, let bl = b.lo, let bh = b.hi else { return NumberRange(lo: nil, hi: nil, unit: unit) }
        let products = [try Bound.mul(al, bl), try Bound.mul(al, bh), try Bound.mul(ah, bl), try Bound.mul(ah, bh)]
        return NumberRange(lo: products.min(), hi: products.max(), unit: unit)
    }

    func scaled(by c: Int64, unit: NumberUnit) throws(OutOfRange) -> NumberRange {
        var l: Int64?, h: Int64?
        if let lo { l = try Bound.mul(lo, c) }
        if let hi { h = try Bound.mul(hi, c) }
        return c >= 0 ? NumberRange(lo: l, hi: h, unit: unit) : NumberRange(lo: h, hi: l, unit: unit)
    }

    /// By an exact divisor other than zero (the caller reports a zero); by a range: unknown.
    func divided(by b: NumberRange) throws(OutOfRange) -> NumberRange {
        let unit: NumberUnit = (self.unit == .money && b.unit != .money) ? .money : .plain
        guard let c = b.exact, c.micros != 0 else { return NumberRange(lo: nil, hi: nil, unit: unit) }
        var l: Int64?, h: Int64?
        if let lo { l = try Bound.div(lo, c.micros) }
        if let hi { h = try Bound.div(hi, c.micros) }
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
