/// The logic of `en`/`of`, of the consent gate and of `aantal`/`enig`/`alle`/`som`, written once and used by
/// every step of the rule machine that needs it (the quick conditions, the traced ones, the aggregates). Each
/// takes values one at a time; the caller walks the operands or members.

/// An aggregate over the members that takes one member's value at a time.
protocol MemberFold {
    /// Adds a member's value; true when that member's missing facts are to be kept.
    mutating func add(_ v: RuleValue) -> Bool
}

/// Kleene's `and` (decided by a false operand) and `or` (decided by a true one). An error operand counts as
/// unknown for deciding — a deciding operand settles the whole whatever the errors (a household outside Genk is
/// not eligible whatever its income) — and an undecided whole with an error operand is that error (the first).
struct KleeneFold {
    let decisive: Bool
    private(set) var decided = false
    private(set) var unknown = false
    private(set) var fault: RuleFault?

    init(decidedBy decisive: Bool) { self.decisive = decisive }

    /// Adds an operand; true when the whole is decided (by this operand or an earlier one).
    @inline(__always)
    mutating func add(_ v: RuleValue) -> Bool {
        switch v {
        case .bool(let b) where b == decisive: decided = true
        case .bool: break
        case .error(let f): if fault == nil { fault = f }
        default: unknown = true
        }
        return decided
    }

    var value: RuleValue {
        if decided { return .bool(decisive) }
        if let fault { return .error(fault) }
        return unknown ? .unknown : .bool(!decisive)
    }
}

/// `aantal` (count), `enig` (any) and `alle` (all) over the members, one member's truth at a time. Only the
/// first `namedMembers` undecided members have their missing facts named: a household of thousands (which
/// the import refuses, but a stored file can hold) would otherwise name thousands of facts in every member's
/// result — work and output that grow with the square of the members.
struct MemberTally: MemberFold {
    /// Members whose missing facts an aggregate names; far above the 40 members a dossier can be imported with.
    static let namedMembers = 64

    private(set) var yes = 0
    private(set) var no = 0
    private(set) var unknown = 0
    private(set) var fault: RuleFault?

    /// Adds a member's value; true when that member's missing facts are to be kept.
    @inline(__always)
    mutating func add(_ v: RuleValue) -> Bool {
        switch v {
        case .bool(true): yes += 1
        case .bool(false): no += 1
        case .error(let f): if fault == nil { fault = f }
        default:
            unknown += 1
            return unknown <= Self.namedMembers
        }
        return false
    }

    /// The result, and whether the missing facts kept go with it.
    func value(_ f: RuleFunction) -> (value: RuleValue, keepsMissing: Bool) {
        switch f {
        case .count:
            if let fault { return (.error(fault), false) }
            return (.counted(yes, yes + unknown, "aantal"), unknown > 0)
        case .anyMember:
            if yes > 0 { return (.bool(true), false) }
            if let fault { return (.error(fault), false) }
            return unknown > 0 ? (.unknown, true) : (.bool(false), false)
        default:
            if no > 0 { return (.bool(false), false) }
            if let fault { return (.error(fault), false) }
            return unknown > 0 ? (.unknown, true) : (.bool(true), false)
        }
    }
}

/// `som` over the members, one member's value at a time. Amounts in the dossier are never negative, so an
/// unknown member only raises the upper bound. A member's error, or a total beyond ±10^12 (an error naming the
/// sum as written), is the result.
struct MemberSum: MemberFold {
    private(set) var lo: Int64? = 0
    private(set) var hi: Int64? = 0
    private(set) var unit = NumberUnit.count
    private(set) var fault: RuleFault?
    private var overflow = false
    private var undecided = 0

    /// Adds a member's value; true when that member's missing facts are to be kept (a member not known exactly,
    /// among the first `MemberTally.namedMembers` of them).
    @inline(__always)
    mutating func add(_ v: RuleValue) -> Bool {
        if case .error(let f) = v {
            if fault == nil { fault = f }
            return false
        }
        guard let x = v.asNumber else {
            hi = nil
            undecided += 1
            return undecided <= MemberTally.namedMembers
        }
        do {
            lo = try Bound.add(lo, x.lo ?? 0)
            hi = try Bound.add(hi, x.hi)
        } catch {
            overflow = true
        }
        unit = unit.combined(x.unit)
        guard x.exact == nil else { return false }
        undecided += 1
        return undecided <= MemberTally.namedMembers
    }

    /// The total; `what` names the sum when it is out of range.
    func value(_ what: @autoclosure () -> String) -> RuleValue {
        if let fault { return .error(fault) }
        if overflow { return .error(RuleFault(.resultOutOfRange, what())) }
        return .number(NumberRange(lo: lo, hi: hi, unit: unit))
    }
}
