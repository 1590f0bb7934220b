/// The built-in values and functions of the module language, each written once: the value, and the facts that
/// would decide it when it is undecided (noted in the record; nothing when there is none).
extension RuleMachine {
    mutating func builtin<R: RuleRecording>(_ b: RuleBuiltin, _ r: inout R) -> RuleValue {
        switch b {
        case .members: return .count(members.count, "leden")
        case .asOf: return .date(asOf)
        case .asOfMonth: return .count(asOf.month, "peildatum_maand")
        case .age:
            guard let s = subject else { return .unknown }
            guard let born = member(s).pointee.birthDate else {
                r.fact(MissingFact(column: RuleFact.birthDate.column, person: s))
                return .unknown
            }
            return .count(born.age(on: asOf), "leeftijd")
        case .isCaredFor:
            guard let s = subject else { return .unknown }
            return .bool(frame.caregiverPostcode(of: s) != nil)
        case .caregiverPostcode:
            guard let s = subject else { return .unknown }
            switch frame.caregiverPostcode(of: s) {
            case .some(.some(let pc)): return RuleValue.text(pc).asNumber.map { .number($0) } ?? .text(pc)
            case .some(.none): r.fact(MissingFact(column: RuleFact.postcode.column))
            case .none:
                r.fact(MissingFact(column: RuleFact.caregiverPostcode.column, person: s))
                r.fact(MissingFact(column: RuleFact.caresFor.column))
            }
            return .unknown
        }
    }

    /// Operand `operand` of each member in turn, as that member's subject, into `aggregate`; the facts a member
    /// read are dropped from the record unless the aggregate keeps them.
    @inline(__always)
    private mutating func fold<A: MemberFold, R: RuleRecording>(_ aggregate: inout A, _ operand: Int32, _ r: inout R) {
        let saved = subject
        for i in 0..<members.count {
            subject = i
            let before = r.count
            if !aggregate.add(operandValue(operand, &r)) { r.drop(to: before) }
        }
        subject = saved
    }

    /// The call of step `at`; `start` is where its facts begin in the record.
    mutating func call<R: RuleRecording>(_ f: RuleFunction, _ first: Int32, _ count: Int, at step: Int32, _ start: Int,
                                         _ r: inout R) -> RuleValue {
        func arg(_ k: Int) -> Int32 { operands[Int(first) + k] }
        switch f {
        case .count, .anyMember, .allMembers:
            var tally = MemberTally()
            fold(&tally, arg(0), &r)
            let (v, keeps) = tally.value(f)
            if !keeps { r.drop(to: start) }
            return v
        case .sum:
            var sum = MemberSum()
            fold(&sum, arg(0), &r)
            let v = sum.value(span(step))
            if case .number(let range) = v, range.exact == nil { return v }
            r.drop(to: start)
            return v
        case .ifThen:
            let c = operandValue(arg(0), &r)
            if case .error = c { return c }
            switch c.truth {
            case true?:
                r.drop(to: start)
                return operandValue(arg(1), &r)
            case false?:
                r.drop(to: start)
                return operandValue(arg(2), &r)
            case nil:
                let aStart = r.count
                let a = operandValue(arg(1), &r)
                let aEnd = r.count
                let b = operandValue(arg(2), &r)
                if a == b, !a.isUnknown {
                    // The value of the `then` branch, with its facts only.
                    r.keep(aStart..<aEnd, from: start)
                    return a
                }
                return RuleValue.either(a, b)
            }
        case .min, .max:
            var acc: NumberRange?
            var allNumbers = true
            for k in 0..<count {
                let v = operandValue(arg(k), &r)
                if case .error = v { return v }
                guard let n = v.asNumber else { allNumbers = false; continue }
                acc = acc.map { $0.extreme(n, least: f == .min) } ?? n
            }
            guard allNumbers, let acc else { return .unknown }
            if acc.exact != nil { r.drop(to: start) }
            return .number(acc)
        case .known, .surely:
            // Whether something is recorded, or surely holds, is never unknown: no fact to ask.
            let v = operandValue(arg(0), &r)
            r.drop(to: start)
            if case .error = v { return v }
            return .bool(f == .known ? !v.isUnknown : v.truth == true)
        case .monthsSince, .daysSince, .yearsSince:
            let d = operandValue(arg(0), &r)
            guard case .date(let day) = d else { return d.fault != nil ? d : .unknown }
            r.drop(to: start)
            return RuleValue.since(f, day, asOf)
        case .step:
            let x = operandValue(arg(0), &r)
            let xEnd = r.count
            let t = operandValue(arg(1), &r)
            if case .error = x { return x }
            if case .error = t { return t }
            guard let n = x.asNumber, case .list(let items) = t else { return .unknown }
            r.drop(to: xEnd)
            let v = RuleValue.step(n, items)
            if v.asNumber?.exact != nil { r.drop(to: start) }
            return v
        case .problemDomains:
            // The severity and duration are read as values; only the problems themselves are a fact.
            let severity = operandValue(arg(0), &r), months = operandValue(arg(1), &r)
            r.drop(to: start)
            if case .error = severity { return severity }
            if case .error = months { return months }
            let v = RuleValue.problemDomains(household.pointee.problems, severity, months)
            if case .number(let n) = v, n.lo == n.hi { return v }
            if case .error = v { return v }
            r.fact(MissingFact(column: RuleFact.problems.column))
            return v
        }
    }
}
