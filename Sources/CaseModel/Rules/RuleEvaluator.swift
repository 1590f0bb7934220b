/// Evaluates compiled expressions for one household as of a date, in three-valued (Kleene) logic.
/// `subject` is the member a person-level expression is about (inside `aantal(...)` etc. each member in turn).
struct RuleEvaluator {
    /// Shared by reference: the evaluator is copied for every member in `aantal(…)` etc., and copying a whole
    /// household each time cost more (in reference counting) than the evaluation itself.
    final class Context: Sendable {
        let household: Household
        let asOf: Day
        let parameters: [RuleValue]
        let derived: [RuleExpr]
        let lookup: (any RuleLookup)?

        init(household: Household, asOf: Day, parameters: [RuleValue], derived: [RuleExpr], lookup: (any RuleLookup)?) {
            self.household = household
            self.asOf = asOf
            self.parameters = parameters
            self.derived = derived
            self.lookup = lookup
        }
    }

    let context: Context
    var subject: Int?

    var household: Household { context.household }
    var asOf: Day { context.asOf }
    var parameters: [RuleValue] { context.parameters }
    var derived: [RuleExpr] { context.derived }
    var lookup: (any RuleLookup)? { context.lookup }

    init(household: Household, asOf: Day, parameters: [RuleValue], derived: [RuleExpr], lookup: (any RuleLookup)?, subject: Int?) {
        self.context = Context(household: household, asOf: asOf, parameters: parameters, derived: derived, lookup: lookup)
        self.subject = subject
    }

    func personFactName(_ column: String, _ index: Int) -> MissingFact { MissingFact(column: column, person: index) }

    func eval(_ e: RuleExpr) -> Evaluated {
        switch e {
        case .literal(let v): return Evaluated(v)
        case .householdFact(let c):
            let v = RuleValue(context.household.value(of: c))
            return v.isUnknown ? Evaluated(.unknown, [MissingFact(column: c)]) : Evaluated(v)
        case .personFact(let c):
            guard let s = subject else { return .unknownValue }
            let v = RuleValue(context.household.members[s].value(of: c))
            return v.isUnknown ? Evaluated(.unknown, [personFactName(c, s)]) : Evaluated(v)
        case .parameter(let i): return Evaluated(context.parameters[i])
        case .derived(let i): return eval(context.derived[i])
        case .builtin(let b): return builtin(b)
        case .negate(let a):
            let x = eval(a)
            guard let r = x.value.asNumber else { return Evaluated(.unknown, x.missing) }
            return Evaluated(.number(r.negated), x.missing)
        case .arith(let op, let a, let b): return arith(op, eval(a), eval(b))
        case .compare(let op, let a, let b): return compare(op, eval(a), eval(b))
        case .and(let es):
            var missing: [MissingFact] = []
            var unknown = false
            for x in es {
                let r = eval(x)
                switch r.truth {
                case false?: return Evaluated(.bool(false))
                case true?: break
                case nil: unknown = true; missing += r.missing
                }
            }
            return unknown ? Evaluated(.unknown, missing) : Evaluated(.bool(true))
        case .or(let es):
            var missing: [MissingFact] = []
            var unknown = false
            for x in es {
                let r = eval(x)
                switch r.truth {
                case true?: return Evaluated(.bool(true))
                case false?: break
                case nil: unknown = true; missing += r.missing
                }
            }
            return unknown ? Evaluated(.unknown, missing) : Evaluated(.bool(false))
        case .not(let a):
            let r = eval(a)
            if let t = r.truth { return Evaluated(.bool(!t)) }
            return Evaluated(.unknown, r.missing)
        case .list(let es):
            var items: [String] = []
            var missing: [MissingFact] = []
            for x in es {
                let r = eval(x)
                if let p = r.value.plain { items.append(p) } else { missing += r.missing }
            }
            return missing.isEmpty ? Evaluated(.list(items)) : Evaluated(.unknown, missing)
        case .call(let f, let args): return call(f, args)
        }
    }

    // MARK: built-in values

    private func builtin(_ b: RuleBuiltin) -> Evaluated {
        switch b {
        case .members: return Evaluated(.count(household.members.count))
        case .asOf: return Evaluated(.date(asOf))
        case .asOfMonth: return Evaluated(.count(asOf.month))
        case .age:
            guard let s = subject else { return .unknownValue }
            guard let born = household.members[s].birthDate else {
                return Evaluated(.unknown, [personFactName("geboortedatum", s)])
            }
            return Evaluated(.count(born.age(on: asOf)))
        case .isCaredFor:
            guard let s = subject else { return .unknownValue }
            return Evaluated(.bool(caregiverPostcodeFound(s) != nil))
        case .caregiverPostcode:
            guard let s = subject else { return .unknownValue }
            switch caregiverPostcodeFound(s) {
            case .some(.some(let pc)): return Evaluated(RuleValue.text(pc).asNumber.map { .number($0) } ?? .text(pc))
            case .some(.none): return Evaluated(.unknown, [MissingFact(column: "postcode")])
            case .none: return Evaluated(.unknown, [personFactName("woonplaats_mantelzorger", s), MissingFact(column: "zorgt_voor")])
            }
        }
    }

    /// nil: no caregiver recorded; .some(nil): a caregiver whose postcode is unknown.
    private func caregiverPostcodeFound(_ s: Int) -> String?? {
        let person = household.members[s]
        if let pc = person.caregiverPostcode { return .some(pc) }
        guard let nn = person.nationalNumber else { return nil }
        if household.members.contains(where: { $0.caresFor == nn }) { return .some(household.address.postcode) }
        if let found = lookup?.caregivers(of: nn).first(where: { $0.dossier != household.id }) { return .some(found.postcode) }
        return nil
    }

    // MARK: arithmetic and comparison

    private func arith(_ op: ArithOp, _ a: Evaluated, _ b: Evaluated) -> Evaluated {
        let missing = a.missing + b.missing
        guard let x = a.value.asNumber, let y = b.value.asNumber else { return Evaluated(.unknown, missing) }
        let r: NumberRange
        switch op {
        case .add: r = x + y
        case .sub: r = x + y.negated
        case .mul: r = x * y
        case .div: r = x / y
        }
        return Evaluated(.number(r), r.exact == nil ? missing : [])
    }

    func compare(_ op: CompareOp, _ a: Evaluated, _ b: Evaluated) -> Evaluated {
        let result = RuleEvaluator.compareValues(op, a.value, b.value)
        if let t = result { return Evaluated(.bool(t)) }
        return Evaluated(.unknown, a.missing + b.missing)
    }

    static func compareValues(_ op: CompareOp, _ a: RuleValue, _ b: RuleValue) -> Bool? {
        switch op {
        case .in:
            guard case .list(let items) = b else { return nil }
            if case .number(let r) = a, let e = r.exact {
                return items.contains { RuleNumber(text: $0) == e }
            }
            guard let key = a.plain, !a.isUnknown else { return nil }
            let folded = key.lowercased()  // once, not once per item
            return items.contains { $0 == folded || $0.lowercased() == folded }
        case .has:
            guard case .list(let held) = a else { return nil }
            let wanted: [String]
            switch b {
            case .list(let l): wanted = l
            case .text(let t): wanted = [t]
            default: return nil
            }
            return held.contains { h in wanted.contains { $0.lowercased() == h.lowercased() } }
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
            if let x = a.asNumber, let y = b.asNumber { return x.compare(op, y) }
            if let x = a.plain, let y = b.plain { return ordered(op, x.lowercased(), y.lowercased()) }
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

    // MARK: functions

    private func call(_ f: RuleFunction, _ args: [RuleExpr]) -> Evaluated {
        switch f {
        case .count, .anyMember, .allMembers:
            var yes = 0, unknown = 0
            var missing: [MissingFact] = []
            var member = self
            for i in household.members.indices {
                member.subject = i
                let r = member.eval(args[0])
                switch r.truth {
                case true?: yes += 1
                case false?: break
                case nil: unknown += 1; missing += r.missing
                }
            }
            let n = household.members.count
            switch f {
            case .count:
                let range = NumberRange(lo: RuleNumber(yes).micros, hi: RuleNumber(yes + unknown).micros, unit: .count)
                return Evaluated(.number(range), unknown > 0 ? missing : [])
            case .anyMember:
                if yes > 0 { return Evaluated(.bool(true)) }
                return unknown > 0 ? Evaluated(.unknown, missing) : Evaluated(.bool(false))
            default:
                if yes + unknown < n { return Evaluated(.bool(false)) }
                return unknown > 0 ? Evaluated(.unknown, missing) : Evaluated(.bool(true))
            }
        case .sum:
            // Amounts in the dossier are never negative, so an unknown member only raises the upper bound.
            var lo: Int64? = 0, hi: Int64? = 0
            var unit = NumberUnit.count
            var missing: [MissingFact] = []
            var member = self
            for i in household.members.indices {
                member.subject = i
                let r = member.eval(args[0])
                if let x = r.value.asNumber {
                    lo = Bound.add(lo, x.lo ?? 0); hi = Bound.add(hi, x.hi)
                    unit = unit.combined(x.unit)
                    if x.exact == nil { missing += r.missing }
                } else {
                    hi = nil
                    missing += r.missing
                }
            }
            let range = NumberRange(lo: lo, hi: hi, unit: unit)
            return Evaluated(.number(range), range.exact == nil ? missing : [])
        case .ifThen:
            let c = eval(args[0])
            switch c.truth {
            case true?: return eval(args[1])
            case false?: return eval(args[2])
            case nil:
                let a = eval(args[1]), b = eval(args[2])
                let missing = c.missing + a.missing + b.missing
                if a.value == b.value, !a.value.isUnknown { return a }
                if let x = a.value.asNumber, let y = b.value.asNumber {
                    let lo: Int64? = (x.lo == nil || y.lo == nil) ? nil : min(x.lo!, y.lo!)
                    let hi: Int64? = (x.hi == nil || y.hi == nil) ? nil : max(x.hi!, y.hi!)
                    return Evaluated(.number(NumberRange(lo: lo, hi: hi, unit: x.unit.combined(y.unit))), missing)
                }
                return Evaluated(.unknown, missing)
            }
        case .min, .max:
            let values = args.map { eval($0) }
            let missing = values.flatMap(\.missing)
            let ranges = values.compactMap { $0.value.asNumber }
            guard ranges.count == values.count, var acc = ranges.first else { return Evaluated(.unknown, missing) }
            for r in ranges.dropFirst() {
                if f == .min {
                    acc.lo = (acc.lo == nil || r.lo == nil) ? nil : Swift.min(acc.lo!, r.lo!)
                    acc.hi = acc.hi == nil ? r.hi : (r.hi == nil ? acc.hi : Swift.min(acc.hi!, r.hi!))
                } else {
                    acc.lo = acc.lo == nil ? r.lo : (r.lo == nil ? acc.lo : Swift.max(acc.lo!, r.lo!))
                    acc.hi = (acc.hi == nil || r.hi == nil) ? nil : Swift.max(acc.hi!, r.hi!)
                }
                acc.unit = acc.unit.combined(r.unit)
            }
            return Evaluated(.number(acc), acc.exact == nil ? missing : [])
        case .known:
            return Evaluated(.bool(!eval(args[0]).value.isUnknown))
        case .surely:
            // A signal that counts only when it is recorded: unknown reads as false.
            return Evaluated(.bool(eval(args[0]).truth == true))
        case .monthsSince, .daysSince, .yearsSince:
            let d = eval(args[0])
            guard case .date(let day) = d.value else { return Evaluated(.unknown, d.missing) }
            switch f {
            case .monthsSince: return Evaluated(.count(day.months(until: asOf)))
            case .daysSince: return Evaluated(.count(day.days(until: asOf)))
            default: return Evaluated(.count(day.age(on: asOf)))
            }
        case .step:
            let x = eval(args[0]), t = eval(args[1])
            guard let r = x.value.asNumber, case .list(let items) = t.value else { return Evaluated(.unknown, x.missing + t.missing) }
            let limits = items.compactMap { RuleNumber(text: $0)?.micros }
            let lo = r.lo.map { v in limits.filter { $0 <= v }.count } ?? 0
            let hi = r.hi.map { v in limits.filter { $0 <= v }.count } ?? limits.count
            let range = NumberRange(lo: RuleNumber(lo).micros, hi: RuleNumber(hi).micros, unit: .count)
            return Evaluated(.number(range), lo == hi ? [] : x.missing)
        case .problemDomains:
            let sev = eval(args[0]).value.asNumber?.exact?.intValue ?? 0
            let months = eval(args[1]).value.asNumber?.exact?.intValue ?? 0
            guard let problems = household.problems else { return Evaluated(.unknown, [MissingFact(column: "problemen")]) }
            var sure = Set<ProblemDomain>(), maybe = Set<ProblemDomain>()
            for p in problems where (p.months ?? months) >= months {
                if let s = p.severity { if s >= sev { sure.insert(p.domain) } } else { maybe.insert(p.domain) }
            }
            maybe.subtract(sure)
            let range = NumberRange(lo: RuleNumber(sure.count).micros, hi: RuleNumber(sure.count + maybe.count).micros, unit: .count)
            return Evaluated(.number(range), maybe.isEmpty ? [] : [MissingFact(column: "problemen")])
        }
    }
}
