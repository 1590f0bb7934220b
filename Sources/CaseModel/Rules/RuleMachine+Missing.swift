/// The value of a step together with the facts that would decide it, appended to `missing`: what
/// `RuleEvaluator.eval(_:)` gives, step by step (tested over every expression of every module). A step's
/// facts are the ones its operands appended; a step that drops them cuts the list back to where it started.
/// Read for the conditions of a `possible` result only — a caseload scan's list of facts to collect — whose
/// `and`/`or` steps give the facts that `Tracer.evaluate` collects for an undecided condition tree.
extension RuleMachine {
    mutating func evaluate(_ i: Int32) -> RuleValue {
        work &+= 1
        let start = missing.count
        let v = evaluateStep(i, start)
        // An error carries no missing facts: no fact would decide it.
        if case .error = v { drop(to: start) }
        return v
    }

    private mutating func evaluateStep(_ i: Int32, _ start: Int) -> RuleValue {
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
        case .negate(let a): return evaluate(a).negated
        case .arith(let op, let a, let b):
            let x = evaluate(a), y = evaluate(b)
            let v = RuleValue.arith(op, x, y, span(i))
            if case .number(let r) = v, r.exact != nil { drop(to: start) }
            return v
        case .compare(let op, let a, let b):
            let x = evaluate(a), y = evaluate(b)
            return decided(RuleValue.compared(op, x, y), start)
        case .compareConstant(let op, let a, let c):
            let x = evaluate(a)
            return decided(RuleValue.compared(op, x, constants[Int(c)], number: numbers[Int(c)]), start)
        case .hasStatus(let b):
            guard let s = subject else {
                let wanted = evaluate(b)
                return wanted.fault != nil ? wanted : .unknown
            }
            guard let held = member(s).pointee.statuses else {
                missing.append(MissingFact(column: RuleFact.statuses.column, person: s))
                let wanted = evaluate(b)
                return wanted.fault != nil ? wanted : .unknown
            }
            let wanted = evaluate(b)
            switch wanted {
            case .list(let l):
                drop(to: start)
                return .bool(held.contains { h in l.contains { RuleFold.equal($0, h.rawValue) } })
            case .text(let t):
                drop(to: start)
                return .bool(held.contains { RuleFold.equal(t, $0.rawValue) })
            case .error: return wanted
            default: return .unknown
            }
        case .and(let first, let count): return kleeneEvaluated(first, count, decidedBy: false, gated: false)
        case .or(let first, let count): return kleeneEvaluated(first, count, decidedBy: true, gated: false)
        case .gatedAll(let first, let count): return kleeneEvaluated(first, count, decidedBy: false, gated: true)
        case .gate(let a): return evaluate(a)
        case .not(let a):
            let v = evaluate(a)
            if let t = v.truth { drop(to: start); return .bool(!t) }
            return v.fault != nil ? v : .unknown
        case .call(let f, let first, let count): return callEvaluated(f, first, Int(count), start, at: i)
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

    /// A truth that is decided keeps no facts.
    private mutating func decided(_ v: RuleValue, _ start: Int) -> RuleValue {
        if case .bool = v { drop(to: start) }
        return v
    }

    /// Kleene's `and`/`or` as `KleeneFold` decides it: a deciding operand settles it with no facts; otherwise
    /// the facts of the unknown operands. A gated `all` (the conditions) stops, undecided, at a gate that does
    /// not hold.
    private mutating func kleeneEvaluated(_ first: Int32, _ count: Int32, decidedBy decisive: Bool, gated: Bool) -> RuleValue {
        let start = missing.count
        var fold = KleeneFold(decidedBy: decisive)
        for k in 0..<Int(count) {
            let child = operands[Int(first) + k]
            let before = missing.count
            let v = evaluate(child)
            if fold.add(v) {
                drop(to: start)
                return fold.value
            }
            if v.truth != nil { drop(to: before) }
            if gated, case .gate = steps[Int(child)], v.truth != true { return fold.value }
        }
        return fold.value
    }

    private mutating func builtinEvaluated(_ b: RuleBuiltin) -> RuleValue {
        switch b {
        case .age:
            guard let s = subject else { return .unknown }
            guard let born = member(s).pointee.birthDate else {
                missing.append(MissingFact(column: RuleFact.birthDate.column, person: s))
                return .unknown
            }
            return .count(born.age(on: frame.asOf), "leeftijd")
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

    private mutating func callEvaluated(_ f: RuleFunction, _ first: Int32, _ count: Int, _ start: Int, at step: Int32) -> RuleValue {
        func arg(_ k: Int) -> Int32 { operands[Int(first) + k] }
        switch f {
        case .count, .anyMember, .allMembers:
            var tally = MemberTally()
            let saved = subject
            for i in 0..<members.count {
                subject = i
                let before = missing.count
                if !tally.add(evaluate(arg(0))) { drop(to: before) }
            }
            subject = saved
            let (v, keeps) = tally.value(f)
            if !keeps { drop(to: start) }
            return v
        case .sum:
            var sum = MemberSum()
            let saved = subject
            for i in 0..<members.count {
                subject = i
                let before = missing.count
                if !sum.add(evaluate(arg(0))) { drop(to: before) }
            }
            subject = saved
            let v = sum.value(span(step))
            if case .number(let range) = v, range.exact == nil { return v }
            drop(to: start)
            return v
        case .ifThen:
            let c = evaluate(arg(0))
            if case .error = c { return c }
            switch c.truth {
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
            if let failed = values.first(where: { $0.fault != nil }) { return failed }
            let ranges = values.compactMap { $0.asNumber }
            guard ranges.count == values.count, let first = ranges.first else { return .unknown }
            let acc = ranges.dropFirst().reduce(first) { $0.extreme($1, least: f == .min) }
            if acc.exact != nil { drop(to: start) }
            return .number(acc)
        case .known, .surely:
            let v = value(arg(0))
            if case .error = v { return v }
            return .bool(f == .known ? !v.isUnknown : v.truth == true)
        case .monthsSince, .daysSince, .yearsSince:
            let d = evaluate(arg(0))
            guard case .date(let day) = d else { return d.fault != nil ? d : .unknown }
            drop(to: start)
            return RuleEvaluator.since(f, day, frame.asOf)
        case .step:
            let x = evaluate(arg(0))
            let xEnd = missing.count
            let t = evaluate(arg(1))
            if case .error = x { return x }
            if case .error = t { return t }
            guard let r = x.asNumber, case .list(let items) = t else { return .unknown }
            drop(to: xEnd)
            let v = RuleEvaluator.step(r, items)
            if v.asNumber?.exact != nil { drop(to: start) }
            return v
        case .problemDomains:
            // The severity and duration arguments are read as values; only the problems themselves are a fact.
            let v = call(f, first, count, at: step)
            if case .number(let r) = v, r.lo == r.hi { return v }
            if case .error = v { return v }
            missing.append(MissingFact(column: RuleFact.problems.column))
            return v
        }
    }
}
