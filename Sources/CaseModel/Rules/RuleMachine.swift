/// Evaluates a `RuleProgram` for one household — for a person-level rule, for the member `subject` — and gives
/// exactly `RuleEvaluator.value(_:)` of the expression the steps were compiled from. It holds no references
/// that it counts: the program, the household and its members are read through pointers that the caller keeps
/// valid (`RuleModule.ParameterState.evaluate`), and remembered derived values live in the caller's buffer.
struct RuleMachine {
    unowned(unsafe) let program: RuleProgram
    unowned(unsafe) let state: RuleModule.ParameterState
    unowned(unsafe) let frame: RuleEvaluator.Frame
    let steps: UnsafeMutablePointer<RuleProgram.Step>
    let operands: UnsafeMutablePointer<Int32>
    let constants: UnsafeMutablePointer<RuleValue>
    let numbers: UnsafeMutablePointer<NumberRange?>
    let household: UnsafePointer<Household>
    let members: UnsafeBufferPointer<Person>
    let memo: UnsafeMutablePointer<RuleValue?>
    var subject: Int?
    /// The facts `evaluate(_:)` found missing (RuleMachine+Missing), and those of each remembered value.
    var missing: [MissingFact] = []
    var rememberedMissing: [[MissingFact]?] = []

    init(program: RuleProgram, state: RuleModule.ParameterState, frame: RuleEvaluator.Frame,
         members: UnsafeBufferPointer<Person>, memo: UnsafeMutablePointer<RuleValue?>) {
        self.program = program
        self.state = state
        self.frame = frame
        steps = program.steps.baseAddress!
        operands = program.operands.baseAddress!
        constants = program.constants.baseAddress!
        numbers = program.numbers.baseAddress!
        household = UnsafePointer(frame.stored)
        self.members = members
        self.memo = memo
    }

    private var asOf: Day { frame.asOf }

    private func operand(_ first: Int32, _ k: Int) -> Int32 { operands[Int(first) + k] }

    /// Member `s`, read field by field in place (`members[s]` copies the whole person).
    func member(_ s: Int) -> UnsafePointer<Person> { members.baseAddress! + s }

    mutating func value(_ i: Int32) -> RuleValue {
        switch steps[Int(i)] {
        case .constant(let c): return constants[Int(c)]
        case .householdFact(let f): return householdFact(f)
        case .personFact(let f): return personFact(f)
        case .remembered(let slot, let body):
            if let known = memo[Int(slot)] { return known }
            let v = value(body)
            memo[Int(slot)] = v
            return v
        case .builtin(let b): return builtin(b)
        case .negate(let a):
            guard let r = operandValue(a).asNumber else { return .unknown }
            return .number(r.negated)
        case .arith(let op, let a, let b):
            let x = operandValue(a), y = operandValue(b)
            return RuleValue.arith(op, x, y)
        case .compare(let op, let a, let b):
            let x = operandValue(a), y = operandValue(b)
            return RuleEvaluator.compareValues(op, x, y).map { .bool($0) } ?? .unknown
        case .compareConstant(let op, let a, let c):
            let x = operandValue(a)
            return RuleEvaluator.compareValues(op, x, constants[Int(c)], number: numbers[Int(c)]).map { .bool($0) } ?? .unknown
        case .hasStatus(let b):
            guard let s = subject, let held = member(s).pointee.statuses else { return .unknown }
            switch operandValue(b) {
            case .list(let wanted):
                return .bool(held.contains { h in wanted.contains { RuleFold.equal($0, h.rawValue) } })
            case .text(let t):
                return .bool(held.contains { RuleFold.equal(t, $0.rawValue) })
            default: return .unknown
            }
        case .and(let first, let count): return kleene(first, count, decidedBy: false)
        case .or(let first, let count): return kleene(first, count, decidedBy: true)
        case .gatedAll(let first, let count):
            var unknown = false
            for k in 0..<Int(count) {
                let child = operand(first, k)
                let t = operandValue(child).truth
                if t == false { return .bool(false) }
                if t == nil {
                    unknown = true
                    // Consent first: an unknown gate leaves the rest unassessed.
                    if case .gate = steps[Int(child)] { return .unknown }
                }
            }
            return unknown ? .unknown : .bool(true)
        case .gate(let a): return operandValue(a)
        case .not(let a):
            if let t = operandValue(a).truth { return .bool(!t) }
            return .unknown
        case .call(let f, let first, let count): return call(f, first, Int(count))
        case .tree(let t):
            return treeEvaluated(t).value
        }
    }

    /// `value(i)` of an operand, with the steps that only read something — a constant, a fact, a remembered
    /// value, an age — done here rather than in a call of their own: they are half of all steps, and a call
    /// of `value` costs more than reading them.
    @inline(__always)
    private mutating func operandValue(_ i: Int32) -> RuleValue {
        switch steps[Int(i)] {
        case .constant(let c): return constants[Int(c)]
        case .householdFact(let f): return householdFact(f)
        case .personFact(let f): return personFact(f)
        case .remembered(let slot, _):
            if let known = memo[Int(slot)] { return known }
            return value(i)
        default:
            return value(i)
        }
    }

    @inline(__always)
    private func householdFact(_ f: RuleFact) -> RuleValue {
        let v = f.read(household)
        return v.isUnknown ? .unknown : v
    }

    /// A fact of the member `subject`; unknown outside a member.
    @inline(__always)
    private func personFact(_ f: RuleFact) -> RuleValue {
        guard let s = subject else { return .unknown }
        let v = f.read(member(s))
        return v.isUnknown ? .unknown : v
    }

    /// A rare expression evaluated on the tree, for the current member.
    func treeEvaluated(_ t: Int32) -> Evaluated {
        RuleEvaluator(frame: frame, parameters: state.values, derived: state.derived, subject: subject,
                      shared: state.derivedShared).eval(program.trees[Int(t)])
    }

    /// `and` (decided by a false operand) and `or` (decided by a true one).
    private mutating func kleene(_ first: Int32, _ count: Int32, decidedBy decisive: Bool) -> RuleValue {
        var unknown = false
        for k in 0..<Int(count) {
            switch operandValue(operand(first, k)).truth {
            case decisive?: return .bool(decisive)
            case nil: unknown = true
            default: break
            }
        }
        return unknown ? .unknown : .bool(!decisive)
    }

    func builtin(_ b: RuleBuiltin) -> RuleValue {
        switch b {
        case .members: return .count(members.count)
        case .asOf: return .date(asOf)
        case .asOfMonth: return .count(asOf.month)
        case .age:
            guard let s = subject, let born = member(s).pointee.birthDate else { return .unknown }
            return .count(born.age(on: asOf))
        case .isCaredFor:
            guard let s = subject else { return .unknown }
            return .bool(frame.caregiverPostcode(of: s) != nil)
        case .caregiverPostcode:
            guard let s = subject, case .some(.some(let pc)) = frame.caregiverPostcode(of: s) else { return .unknown }
            return RuleValue.text(pc).asNumber.map { .number($0) } ?? .text(pc)
        }
    }

    mutating func call(_ f: RuleFunction, _ first: Int32, _ count: Int) -> RuleValue {
        switch f {
        case .count, .anyMember, .allMembers:
            var yes = 0, unknown = 0
            let arg = operand(first, 0)
            let saved = subject
            for i in 0..<members.count {
                subject = i
                switch operandValue(arg).truth {
                case true?: yes += 1
                case false?: break
                case nil: unknown += 1
                }
            }
            subject = saved
            switch f {
            case .count:
                return .number(NumberRange(lo: RuleNumber(yes).micros, hi: RuleNumber(yes + unknown).micros, unit: .count))
            case .anyMember:
                if yes > 0 { return .bool(true) }
                return unknown > 0 ? .unknown : .bool(false)
            default:
                if yes + unknown < members.count { return .bool(false) }
                return unknown > 0 ? .unknown : .bool(true)
            }
        case .sum:
            var lo: Int64? = 0, hi: Int64? = 0
            var unit = NumberUnit.count
            let arg = operand(first, 0)
            let saved = subject
            for i in 0..<members.count {
                subject = i
                if let x = operandValue(arg).asNumber {
                    lo = Bound.add(lo, x.lo ?? 0); hi = Bound.add(hi, x.hi)
                    unit = unit.combined(x.unit)
                } else {
                    hi = nil
                }
            }
            subject = saved
            return .number(NumberRange(lo: lo, hi: hi, unit: unit))
        case .ifThen:
            switch operandValue(operand(first, 0)).truth {
            case true?: return operandValue(operand(first, 1))
            case false?: return operandValue(operand(first, 2))
            case nil:
                return RuleValue.either(operandValue(operand(first, 1)), operandValue(operand(first, 2)))
            }
        case .min, .max:
            var acc: NumberRange?
            var allNumbers = true
            for k in 0..<count {
                guard let r = operandValue(operand(first, k)).asNumber else { allNumbers = false; continue }
                acc = acc.map { $0.extreme(r, least: f == .min) } ?? r
            }
            guard allNumbers, let acc else { return .unknown }
            return .number(acc)
        case .known:
            return .bool(!operandValue(operand(first, 0)).isUnknown)
        case .surely:
            return .bool(operandValue(operand(first, 0)).truth == true)
        case .monthsSince, .daysSince, .yearsSince:
            guard case .date(let day) = operandValue(operand(first, 0)) else { return .unknown }
            switch f {
            case .monthsSince: return .count(day.months(until: asOf))
            case .daysSince: return .count(day.days(until: asOf))
            default: return .count(day.age(on: asOf))
            }
        case .step:
            let x = operandValue(operand(first, 0)), t = operandValue(operand(first, 1))
            guard let r = x.asNumber, case .list(let items) = t else { return .unknown }
            let limits = items.compactMap { RuleNumber(text: $0)?.micros }
            let lo = r.lo.map { v in limits.filter { $0 <= v }.count } ?? 0
            let hi = r.hi.map { v in limits.filter { $0 <= v }.count } ?? limits.count
            return .number(NumberRange(lo: RuleNumber(lo).micros, hi: RuleNumber(hi).micros, unit: .count))
        case .problemDomains:
            let sev = operandValue(operand(first, 0)).asNumber?.exact?.intValue ?? 0
            let months = operandValue(operand(first, 1)).asNumber?.exact?.intValue ?? 0
            guard let problems = household.pointee.problems else { return .unknown }
            var sure = Set<ProblemDomain>(), maybe = Set<ProblemDomain>()
            for p in problems where (p.months ?? months) >= months {
                if let s = p.severity { if s >= sev { sure.insert(p.domain) } } else { maybe.insert(p.domain) }
            }
            maybe.subtract(sure)
            return .number(NumberRange(lo: RuleNumber(sure.count).micros, hi: RuleNumber(sure.count + maybe.count).micros, unit: .count))
        }
    }
}

