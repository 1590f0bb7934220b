/// The value of an expression without the facts that would decide it: what a caseload scan needs for every
/// result that is not `possible` (most of them). It follows `eval(_:)` case by case and gives exactly
/// `eval(e).value` (tested over every expression of every module), without building the `missing` arrays
/// that made up much of the cost. A result that turns out `possible` is evaluated again with `eval` to list
/// its missing facts.
extension RuleEvaluator {
    func value(_ e: RuleExpr) -> RuleValue {
        switch e {
        case .literal(let v): return v
        case .householdFact(let f):
            let v = f.read(context.frame.stored)
            return v.isUnknown ? .unknown : v
        case .personFact(let f):
            guard let s = subject else { return .unknown }
            let v = context.frame.member(s) { f.read($0) }
            return v.isUnknown ? .unknown : v
        case .householdColumn, .personColumn, .list:
            // Rare (a column outside `RuleFact`, a list with computed items): the general path.
            return eval(e).value
        case .parameter(let i): return context.parameters[i]
        case .derived(let i):
            guard !context.shared.isEmpty, context.shared[i] else { return value(context.derived[i]) }
            if context.valueMemo.isEmpty { context.valueMemo = Array(repeating: nil, count: context.derived.count) }
            if let known = context.valueMemo[i] { return known }
            let v = value(context.derived[i])
            context.valueMemo[i] = v
            return v
        case .builtin(let b):
            if b == .age {
                guard let s = subject, let born = context.frame.member(s, { $0.pointee.birthDate }) else { return .unknown }
                return .count(born.age(on: context.frame.asOf))
            }
            return builtin(b).value
        case .negate(let a):
            guard let r = value(a).asNumber else { return .unknown }
            return .number(r.negated)
        case .arith(let op, let a, let b):
            let x = value(a), y = value(b)
            guard let x = x.asNumber, let y = y.asNumber else { return .unknown }
            switch op {
            case .add: return .number(x + y)
            case .sub: return .number(x + y.negated)
            case .mul: return .number(x * y)
            case .div: return .number(x / y)
            }
        case .compare(let op, let a, let b):
            if op == .has, case .personFact(.statuses) = a, let s = subject { return hasStatusValue(s, value(b)) }
            return RuleEvaluator.compareValues(op, value(a), value(b)).map { .bool($0) } ?? .unknown
        case .and(let es):
            var unknown = false
            for x in es {
                switch value(x).truth {
                case false?: return .bool(false)
                case true?: break
                case nil: unknown = true
                }
            }
            return unknown ? .unknown : .bool(true)
        case .or(let es):
            var unknown = false
            for x in es {
                switch value(x).truth {
                case true?: return .bool(true)
                case false?: break
                case nil: unknown = true
                }
            }
            return unknown ? .unknown : .bool(false)
        case .not(let a):
            if let t = value(a).truth { return .bool(!t) }
            return .unknown
        case .call(let f, let args): return callValue(f, args)
        }
    }

    /// `hasStatus(_:_:).value`.
    private func hasStatusValue(_ s: Int, _ b: RuleValue) -> RuleValue {
        guard let held = context.frame.member(s, { $0.pointee.statuses }) else { return .unknown }
        switch b {
        case .list(let wanted):
            return .bool(held.contains { h in wanted.contains { RuleFold.equal($0, h.rawValue) } })
        case .text(let t):
            return .bool(held.contains { RuleFold.equal(t, $0.rawValue) })
        default: return .unknown
        }
    }

    private func callValue(_ f: RuleFunction, _ args: [RuleExpr]) -> RuleValue {
        switch f {
        case .count, .anyMember, .allMembers:
            var yes = 0, unknown = 0
            var member = self
            let arg = args[0]
            let n = context.frame.members.count
            for i in 0..<n {
                member.subject = i
                switch member.value(arg).truth {
                case true?: yes += 1
                case false?: break
                case nil: unknown += 1
                }
            }
            switch f {
            case .count:
                return .number(NumberRange(lo: RuleNumber(yes).micros, hi: RuleNumber(yes + unknown).micros, unit: .count))
            case .anyMember:
                if yes > 0 { return .bool(true) }
                return unknown > 0 ? .unknown : .bool(false)
            default:
                if yes + unknown < n { return .bool(false) }
                return unknown > 0 ? .unknown : .bool(true)
            }
        case .sum:
            var lo: Int64? = 0, hi: Int64? = 0
            var unit = NumberUnit.count
            var member = self
            let arg = args[0]
            for i in 0..<context.frame.members.count {
                member.subject = i
                if let x = member.value(arg).asNumber {
                    lo = Bound.add(lo, x.lo ?? 0); hi = Bound.add(hi, x.hi)
                    unit = unit.combined(x.unit)
                } else {
                    hi = nil
                }
            }
            return .number(NumberRange(lo: lo, hi: hi, unit: unit))
        case .ifThen:
            switch value(args[0]).truth {
            case true?: return value(args[1])
            case false?: return value(args[2])
            case nil:
                let a = value(args[1]), b = value(args[2])
                if a == b, !a.isUnknown { return a }
                if let x = a.asNumber, let y = b.asNumber {
                    let lo: Int64? = (x.lo == nil || y.lo == nil) ? nil : min(x.lo!, y.lo!)
                    let hi: Int64? = (x.hi == nil || y.hi == nil) ? nil : max(x.hi!, y.hi!)
                    return .number(NumberRange(lo: lo, hi: hi, unit: x.unit.combined(y.unit)))
                }
                return .unknown
            }
        case .min, .max:
            var acc: NumberRange?
            var allNumbers = true
            for a in args {
                guard let r = value(a).asNumber else { allNumbers = false; continue }
                guard var current = acc else { acc = r; continue }
                if f == .min {
                    current.lo = (current.lo == nil || r.lo == nil) ? nil : Swift.min(current.lo!, r.lo!)
                    current.hi = current.hi == nil ? r.hi : (r.hi == nil ? current.hi : Swift.min(current.hi!, r.hi!))
                } else {
                    current.lo = current.lo == nil ? r.lo : (r.lo == nil ? current.lo : Swift.max(current.lo!, r.lo!))
                    current.hi = (current.hi == nil || r.hi == nil) ? nil : Swift.max(current.hi!, r.hi!)
                }
                current.unit = current.unit.combined(r.unit)
                acc = current
            }
            guard allNumbers, let acc else { return .unknown }
            return .number(acc)
        case .known:
            return .bool(!value(args[0]).isUnknown)
        case .surely:
            return .bool(value(args[0]).truth == true)
        case .monthsSince, .daysSince, .yearsSince:
            guard case .date(let day) = value(args[0]) else { return .unknown }
            let asOf = context.frame.asOf
            switch f {
            case .monthsSince: return .count(day.months(until: asOf))
            case .daysSince: return .count(day.days(until: asOf))
            default: return .count(day.age(on: asOf))
            }
        case .step, .problemDomains:
            return call(f, args).value
        }
    }
}

extension RuleValue {
    /// Kleene truth: nil is unknown (also for a value that is not a boolean).
    var truth: Bool? { if case .bool(let b) = self { return b }; return nil }
}
