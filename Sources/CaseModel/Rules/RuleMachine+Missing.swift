/// The value of a step together with the facts that would decide it, appended to `missing`: what
/// `RuleEvaluator.eval(_:)` gives, step by step (tested over every expression of every module). A step's
/// facts are the ones its operands appended; a step that drops them cuts the list back to where it started.
/// Read for the conditions of a `possible` result only — a caseload scan's list of facts to collect — whose
/// `and`/`or` steps give the facts that `Tracer.evaluate` collects for an undecided condition tree.
extension RuleMachine {
    mutating func evaluate(_ i: Int32) -> RuleValue {
        let start = missing.count
        switch steps[Int(i)] {
        case .constant(let c): return constants[Int(c)]
        case .householdFact(let f):
            let v = f.read(household)
            if v.isUnknown { missing.append(MissingFact(column: f.column)); return .unknown }
            return v
        case .personFact(let f):
            guard let s = subject else { return .unknown }
            let v = f.read(member(s))
            if v.isUnknown { missing.append(MissingFact(column: f.column, person: s)); return .unknown }
            return v
        case .remembered(let slot, let body):
            let k = Int(slot)
            if rememberedMissing.isEmpty { rememberedMissing = Array(repeating: nil, count: program.slots) }
            if let known = memo[k], let facts = rememberedMissing[k] {
                missing += facts
                return known
            }
            let v = evaluate(body)
            memo[k] = v
            rememberedMissing[k] = Array(missing[start...])
            return v
        case .builtin(let b): return builtinEvaluated(b)
        case .negate(let a):
            guard let r = evaluate(a).asNumber else { return .unknown }
            return .number(r.negated)
        case .arith(let op, let a, let b):
            let x = evaluate(a), y = evaluate(b)
            let v = RuleValue.arith(op, x, y)
            if case .number(let r) = v, r.exact != nil { drop(to: start) }
            return v
        case .compare(let op, let a, let b):
            let x = evaluate(a), y = evaluate(b)
            guard let t = RuleEvaluator.compareValues(op, x, y) else { return .unknown }
            drop(to: start)
            return .bool(t)
        case .compareConstant(let op, let a, let c):
            let x = evaluate(a)
            guard let t = RuleEvaluator.compareValues(op, x, constants[Int(c)], number: numbers[Int(c)]) else { return .unknown }
            drop(to: start)
            return .bool(t)
        case .hasStatus(let b):
            guard let s = subject else {
                _ = evaluate(b)
                return .unknown
            }
            guard let held = member(s).pointee.statuses else {
                missing.append(MissingFact(column: RuleFact.statuses.column, person: s))
                _ = evaluate(b)
                return .unknown
            }
            let wanted = evaluate(b)
            switch wanted {
            case .list(let l):
                drop(to: start)
                return .bool(held.contains { h in l.contains { RuleFold.equal($0, h.rawValue) } })
            case .text(let t):
                drop(to: start)
                return .bool(held.contains { RuleFold.equal(t, $0.rawValue) })
            default: return .unknown
            }
        case .and(let first, let count): return kleeneEvaluated(first, count, decidedBy: false, gated: false)
        case .or(let first, let count): return kleeneEvaluated(first, count, decidedBy: true, gated: false)
        case .gatedAll(let first, let count): return kleeneEvaluated(first, count, decidedBy: false, gated: true)
        case .gate(let a): return evaluate(a)
        case .not(let a):
            guard let t = evaluate(a).truth else { return .unknown }
            drop(to: start)
            return .bool(!t)
        case .call(let f, let first, let count): return callEvaluated(f, first, Int(count), start)
        case .tree(let t):
            let r = treeEvaluated(t)
            missing += r.missing
            return r.value
        }
    }

    /// Forgets the facts appended since `start`.
    private mutating func drop(to start: Int) {
        if missing.count > start { missing.removeSubrange(start...) }
    }

    /// Kleene's `and`/`or`: a deciding operand settles it with no facts; otherwise the facts of the unknown
    /// operands. A gated `all` (the conditions) stops, undecided, at an unknown gate.
    private mutating func kleeneEvaluated(_ first: Int32, _ count: Int32, decidedBy decisive: Bool, gated: Bool) -> RuleValue {
        let start = missing.count
        var unknown = false
        for k in 0..<Int(count) {
            let child = operands[Int(first) + k]
            let before = missing.count
            switch evaluate(child).truth {
            case decisive?:
                drop(to: start)
                return .bool(decisive)
            case nil:
                unknown = true
                if gated, case .gate = steps[Int(child)] { return .unknown }
            default:
                drop(to: before)
            }
        }
        return unknown ? .unknown : .bool(!decisive)
    }

    private mutating func builtinEvaluated(_ b: RuleBuiltin) -> RuleValue {
        switch b {
        case .age:
            guard let s = subject else { return .unknown }
            guard let born = member(s).pointee.birthDate else {
                missing.append(MissingFact(column: RuleFact.birthDate.column, person: s))
                return .unknown
            }
            return .count(born.age(on: frame.asOf))
        case .caregiverPostcode:
            guard let s = subject else { return .unknown }
            switch frame.caregiverPostcode(of: s) {
            case .some(.some(let pc)): return RuleValue.text(pc).asNumber.map { .number($0) } ?? .text(pc)
            case .some(.none): missing.append(MissingFact(column: RuleFact.postcode.column))
            case .none:
                missing.append(MissingFact(column: RuleFact.caregiverPostcode.column, person: s))
                missing.append(MissingFact(column: RuleFact.caresFor.column))
            }
            return .unknown
        case .members, .asOf, .asOfMonth, .isCaredFor:
            return builtin(b)
        }
    }

    private mutating func callEvaluated(_ f: RuleFunction, _ first: Int32, _ count: Int, _ start: Int) -> RuleValue {
        func arg(_ k: Int) -> Int32 { operands[Int(first) + k] }
        switch f {
        case .count, .anyMember, .allMembers:
            var yes = 0, unknown = 0
            let saved = subject
            for i in 0..<members.count {
                subject = i
                let before = missing.count
                switch evaluate(arg(0)).truth {
                case true?: yes += 1; drop(to: before)
                case false?: drop(to: before)
                case nil: unknown += 1
                }
            }
            subject = saved
            let n = members.count
            switch f {
            case .count:
                if unknown == 0 { drop(to: start) }
                return .number(NumberRange(lo: RuleNumber(yes).micros, hi: RuleNumber(yes + unknown).micros, unit: .count))
            case .anyMember:
                if yes > 0 { drop(to: start); return .bool(true) }
                return unknown > 0 ? .unknown : .bool(false)
            default:
                if yes + unknown < n { drop(to: start); return .bool(false) }
                return unknown > 0 ? .unknown : .bool(true)
            }
        case .sum:
            var lo: Int64? = 0, hi: Int64? = 0
            var unit = NumberUnit.count
            let saved = subject
            for i in 0..<members.count {
                subject = i
                let before = missing.count
                if let x = evaluate(arg(0)).asNumber {
                    lo = Bound.add(lo, x.lo ?? 0); hi = Bound.add(hi, x.hi)
                    unit = unit.combined(x.unit)
                    if x.exact != nil { drop(to: before) }
                } else {
                    hi = nil
                }
            }
            subject = saved
            let range = NumberRange(lo: lo, hi: hi, unit: unit)
            if range.exact != nil { drop(to: start) }
            return .number(range)
        case .ifThen:
            switch evaluate(arg(0)).truth {
            case true?: drop(to: start); return evaluate(arg(1))
            case false?: drop(to: start); return evaluate(arg(2))
            case nil:
                let aStart = missing.count
                let a = evaluate(arg(1))
                let aEnd = missing.count
                let b = evaluate(arg(2))
                if a == b, !a.isUnknown {
                    // The value of the `then` branch, with its facts only.
                    let facts = Array(missing[aStart..<aEnd])
                    drop(to: start)
                    missing += facts
                    return a
                }
                return RuleValue.either(a, b)
            }
        case .min, .max:
            var values: [RuleValue] = []
            for k in 0..<count { values.append(evaluate(arg(k))) }
            let ranges = values.compactMap { $0.asNumber }
            guard ranges.count == values.count, let first = ranges.first else { return .unknown }
            let acc = ranges.dropFirst().reduce(first) { $0.extreme($1, least: f == .min) }
            if acc.exact != nil { drop(to: start) }
            return .number(acc)
        case .known, .surely:
            let v = value(arg(0))
            return .bool(f == .known ? !v.isUnknown : v.truth == true)
        case .monthsSince, .daysSince, .yearsSince:
            guard case .date(let day) = evaluate(arg(0)) else { return .unknown }
            drop(to: start)
            switch f {
            case .monthsSince: return .count(day.months(until: frame.asOf))
            case .daysSince: return .count(day.days(until: frame.asOf))
            default: return .count(day.age(on: frame.asOf))
            }
        case .step:
            let x = evaluate(arg(0))
            let xEnd = missing.count
            let t = evaluate(arg(1))
            guard let r = x.asNumber, case .list(let items) = t else { return .unknown }
            drop(to: xEnd)
            let limits = items.compactMap { RuleNumber(text: $0)?.micros }
            let lo = r.lo.map { v in limits.filter { $0 <= v }.count } ?? 0
            let hi = r.hi.map { v in limits.filter { $0 <= v }.count } ?? limits.count
            if lo == hi { drop(to: start) }
            return .number(NumberRange(lo: RuleNumber(lo).micros, hi: RuleNumber(hi).micros, unit: .count))
        case .problemDomains:
            // The severity and duration arguments are read as values; only the problems themselves are a fact.
            let v = call(f, first, count)
            if case .number(let r) = v, r.lo == r.hi { return v }
            missing.append(MissingFact(column: RuleFact.problems.column))
            return v
        }
    }
}
