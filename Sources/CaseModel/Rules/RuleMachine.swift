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
    /// Steps evaluated (added to the frame's `work` by the caller).
    var work = 0

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

    /// The text of an `arith` or `som` step, for the message of an error.
    func span(_ i: Int32) -> String { program.spans[i]?.source ?? "?" }

    mutating func value(_ i: Int32) -> RuleValue {
        work &+= 1
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
        case .negate(let a): return operandValue(a).negated
        case .arith(let op, let a, let b):
            let x = operandValue(a), y = operandValue(b)
            return RuleValue.arith(op, x, y, span(i))
        case .compare(let op, let a, let b):
            let x = operandValue(a), y = operandValue(b)
            return RuleValue.compared(op, x, y)
        case .compareConstant(let op, let a, let c):
            let x = operandValue(a)
            return RuleValue.compared(op, x, constants[Int(c)], number: numbers[Int(c)])
        case .hasStatus(let b):
            let wanted = operandValue(b)
            if case .error = wanted { return wanted }
            guard let s = subject, let held = member(s).pointee.statuses else { return .unknown }
            switch wanted {
            case .list(let wanted):
                return .bool(held.contains { h in wanted.contains { RuleFold.equal($0, h.rawValue) } })
            case .text(let t):
                return .bool(held.contains { RuleFold.equal(t, $0.rawValue) })
            default: return .unknown
            }
        case .and(let first, let count): return kleene(first, count, decidedBy: false)
        case .or(let first, let count): return kleene(first, count, decidedBy: true)
        case .gatedAll(let first, let count):
            var fold = KleeneFold(decidedBy: false)
            for k in 0..<Int(count) {
                let child = operand(first, k)
                let v = operandValue(child)
                if fold.add(v) { return fold.value }
                // Consent first: a gate that does not hold leaves the rest unassessed.
                if case .gate = steps[Int(child)], v.truth != true { return fold.value }
            }
            return fold.value
        case .gate(let a): return operandValue(a)
        case .not(let a):
            let v = operandValue(a)
            if let t = v.truth { return .bool(!t) }
            if case .error = v { return v }
            return .unknown
        case .call(let f, let first, let count): return call(f, first, Int(count), at: i)
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
        var fold = KleeneFold(decidedBy: decisive)
        for k in 0..<Int(count) where fold.add(operandValue(operand(first, k))) { return fold.value }
        return fold.value
    }

    func builtin(_ b: RuleBuiltin) -> RuleValue {
        switch b {
        case .members: return .count(members.count, "leden")
        case .asOf: return .date(asOf)
        case .asOfMonth: return .count(asOf.month, "peildatum_maand")
        case .age:
            guard let s = subject, let born = member(s).pointee.birthDate else { return .unknown }
            return .count(born.age(on: asOf), "leeftijd")
        case .isCaredFor:
            guard let s = subject else { return .unknown }
            return .bool(frame.caregiverPostcode(of: s) != nil)
        case .caregiverPostcode:
            guard let s = subject, case .some(.some(let pc)) = frame.caregiverPostcode(of: s) else { return .unknown }
            return RuleValue.text(pc).asNumber.map { .number($0) } ?? .text(pc)
        }
    }

    /// The call of step `at`.
    mutating func call(_ f: RuleFunction, _ first: Int32, _ count: Int, at step: Int32) -> RuleValue {
        switch f {
        case .count, .anyMember, .allMembers:
            var tally = MemberTally()
            let arg = operand(first, 0)
            let saved = subject
            for i in 0..<members.count {
                subject = i
                _ = tally.add(operandValue(arg))
            }
            subject = saved
            return tally.value(f).value
        case .sum:
            var sum = MemberSum()
            let arg = operand(first, 0)
            let saved = subject
            for i in 0..<members.count {
                subject = i
                _ = sum.add(operandValue(arg))
            }
            subject = saved
            return sum.value(span(step))
        case .ifThen:
            let c = operandValue(operand(first, 0))
            if case .error = c { return c }
            switch c.truth {
            case true?: return operandValue(operand(first, 1))
            case false?: return operandValue(operand(first, 2))
            case nil:
                return RuleValue.either(operandValue(operand(first, 1)), operandValue(operand(first, 2)))
            }
        case .min, .max:
            var acc: NumberRange?
            var allNumbers = true
            for k in 0..<count {
                let v = operandValue(operand(first, k))
                if case .error = v { return v }
                guard let r = v.asNumber else { allNumbers = false; continue }
                acc = acc.map { $0.extreme(r, least: f == .min) } ?? r
            }
            guard allNumbers, let acc else { return .unknown }
            return .number(acc)
        case .known, .surely:
            let v = operandValue(operand(first, 0))
            if case .error = v { return v }
            return .bool(f == .known ? !v.isUnknown : v.truth == true)
        case .monthsSince, .daysSince, .yearsSince:
            let d = operandValue(operand(first, 0))
            guard case .date(let day) = d else { return d.fault != nil ? d : .unknown }
            return RuleEvaluator.since(f, day, asOf)
        case .step:
            let x = operandValue(operand(first, 0)), t = operandValue(operand(first, 1))
            if case .error = x { return x }
            if case .error = t { return t }
            guard let r = x.asNumber, case .list(let items) = t else { return .unknown }
            return RuleEvaluator.step(r, items)
        case .problemDomains:
            let severity = operandValue(operand(first, 0)), months = operandValue(operand(first, 1))
            if case .error = severity { return severity }
            if case .error = months { return months }
            return RuleEvaluator.problemDomains(household.pointee.problems, severity, months)
        }
    }
}
