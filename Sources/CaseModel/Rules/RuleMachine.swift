/// The rule evaluator: runs a `RuleProgram` for one household — for a person-level rule, for the member
/// `subject` — and gives each step's value, noting in a record (`RuleRecording`) what it needs besides: the
/// missing facts of an undecided value, and what each test read and decided. Without a record (`value(_:)`) it
/// notes nothing, at no cost: the record is a type parameter, so the value-only form is compiled on its own.
///
/// It holds no references that it counts: the program, the household and its members are read through
/// pointers that the caller keeps valid (`RuleModule.ParameterState.evaluate`), and remembered values live in
/// the caller's buffer.
struct RuleMachine {
    typealias Step = RuleProgram.Step

    unowned(unsafe) let program: RuleProgram
    unowned(unsafe) let frame: RuleFrame
    let steps: UnsafeMutablePointer<Step>
    let operands: UnsafeMutablePointer<Int32>
    let constants: UnsafeMutablePointer<RuleValue>
    let numbers: UnsafeMutablePointer<NumberRange?>
    let household: UnsafePointer<Household>
    let members: UnsafeBufferPointer<Person>
    let memo: UnsafeMutablePointer<RuleValue?>
    var subject: Int?
    /// Steps evaluated (added to the frame's `work` by the caller).
    var work = 0

    init(program: RuleProgram, frame: RuleFrame, members: UnsafeBufferPointer<Person>, memo: UnsafeMutablePointer<RuleValue?>) {
        self.program = program
        self.frame = frame
        steps = program.steps.baseAddress!
        operands = program.operands.baseAddress!
        constants = program.constants.baseAddress!
        numbers = program.numbers.baseAddress!
        household = UnsafePointer(frame.stored)
        self.members = members
        self.memo = memo
    }

    var asOf: Day { frame.asOf }

    /// A machine for `program` on the household of `frame`, valid for the duration of `body`, with its buffer of
    /// remembered values (empty at the start: one per household and module).
    static func run<T>(_ program: RuleProgram, _ frame: RuleFrame, _ body: (inout RuleMachine) -> T) -> T {
        frame.members.withUnsafeBufferPointer { members in
            withUnsafeTemporaryAllocation(of: RuleValue?.self, capacity: max(1, program.slots)) { memo in
                memo.initialize(repeating: nil)
                defer { _ = memo.deinitialize() }
                var machine = RuleMachine(program: program, frame: frame, members: members, memo: memo.baseAddress!)
                defer { frame.work &+= machine.work }
                return body(&machine)
            }
        }
    }

    func operand(_ first: Int32, _ k: Int) -> Int32 { operands[Int(first) + k] }

    /// Member `s`, read field by field in place (`members[s]` copies the whole person).
    func member(_ s: Int) -> UnsafePointer<Person> { members.baseAddress! + s }

    /// The text of an `arith` or `som` step, for the message of an error.
    func span(_ i: Int32) -> String { program.spans[i]?.source ?? "?" }

    /// The value of step `i`, noting nothing.
    mutating func value(_ i: Int32) -> RuleValue {
        var none = NoRecord()
        return value(i, &none)
    }

    /// The value of step `i`, noting in `record` the facts it depends on and what its tests decided. An error
    /// keeps no facts: no fact would decide it.
    mutating func value<R: RuleRecording>(_ i: Int32, _ record: inout R) -> RuleValue {
        work &+= 1
        let start = record.count
        let v = step(i, start, &record)
        if R.notes, case .error = v { record.drop(to: start) }
        return v
    }

    /// `value(i)` of an operand, with the steps that only read something — a constant, a fact, a remembered
    /// value — done here rather than in a call of their own: they are half of all steps, and a call of `value`
    /// costs more than reading them.
    @inline(__always)
    mutating func operandValue<R: RuleRecording>(_ i: Int32, _ record: inout R) -> RuleValue {
        switch steps[Int(i)] {
        case .constant(let c): return constants[Int(c)]
        case .householdFact(let f): return householdFact(f, &record)
        case .personFact(let f): return personFact(f, &record)
        case .remembered(let slot, _):
            if let known = memo[Int(slot)], record.recall(Int(slot)) { return known }
            return value(i, &record)
        default:
            return value(i, &record)
        }
    }

    /// The one switch over the steps. `start` is where the step's own facts begin in the record.
    private mutating func step<R: RuleRecording>(_ i: Int32, _ start: Int, _ r: inout R) -> RuleValue {
        switch steps[Int(i)] {
        case .constant(let c): return constants[Int(c)]
        case .householdFact(let f): return householdFact(f, &r)
        case .personFact(let f): return personFact(f, &r)
        case .householdColumn(let k):
            let c = program.names[Int(k)]
            let v = RuleValue(household.pointee.value(of: c), column: c)
            guard v.isUnknown else { return v }
            r.fact(MissingFact(column: c))
            return .unknown
        case .personColumn(let k):
            guard let s = subject else { return .unknown }
            let c = program.names[Int(k)]
            let v = RuleValue(member(s).pointee.value(of: c), column: c)
            guard v.isUnknown else { return v }
            r.fact(MissingFact(column: c, person: s))
            return .unknown
        case .remembered(let slot, let body):
            let k = Int(slot)
            if let known = memo[k], r.recall(k) { return known }
            let v = value(body, &r)
            memo[k] = v
            r.remember(k, from: start)
            return v
        case .builtin(let b): return builtin(b, &r)
        case .negate(let a): return operandValue(a, &r).negated
        case .arith(let op, let a, let b):
            let x = operandValue(a, &r), y = operandValue(b, &r)
            let v = RuleValue.arith(op, x, y, span(i))
            if case .number(let n) = v, n.exact != nil { r.drop(to: start) }
            return v
        case .compare(let op, let a, let b):
            let x = operandValue(a, &r), y = operandValue(b, &r)
            if R.notes, i == r.watched { r.read(x, against: y) }
            return decided(RuleValue.compared(op, x, y), start, &r)
        case .compareConstant(let op, let a, let c):
            let x = operandValue(a, &r)
            if R.notes, i == r.watched { r.read(x, against: constants[Int(c)]) }
            return decided(RuleValue.compared(op, x, constants[Int(c)], number: numbers[Int(c)]), start, &r)
        case .hasStatus(let b): return hasStatus(b, at: i, start, &r)
        case .and(let first, let count): return kleene(first, count, decidedBy: false, gated: false, start, &r)
        case .or(let first, let count): return kleene(first, count, decidedBy: true, gated: false, start, &r)
        case .gatedAll(let first, let count): return kleene(first, count, decidedBy: false, gated: true, start, &r)
        case .gate(let a): return operandValue(a, &r)
        case .not(let a):
            let v = operandValue(a, &r)
            if let t = v.truth {
                r.drop(to: start)
                return .bool(!t)
            }
            if case .error = v { return v }
            return .unknown
        case .list(let first, let count): return list(first, Int(count), start, &r)
        case .call(let f, let first, let count): return call(f, first, Int(count), at: i, start, &r)
        case .leaf(let body, let compares): return leaf(i, body, compares, start, &r)
        case .group(let kind, let first, let count): return group(i, kind, first, Int(count), start, &r)
        }
    }

    @inline(__always)
    private func householdFact<R: RuleRecording>(_ f: RuleFact, _ r: inout R) -> RuleValue {
        let v = f.read(household)
        guard v.isUnknown else { return v }
        r.fact(MissingFact(column: f.column))
        return .unknown
    }

    /// A fact of the member `subject`; unknown outside a member (and then no fact to ask).
    @inline(__always)
    private func personFact<R: RuleRecording>(_ f: RuleFact, _ r: inout R) -> RuleValue {
        guard let s = subject else { return .unknown }
        let v = f.read(member(s))
        guard v.isUnknown else { return v }
        r.fact(MissingFact(column: f.column, person: s))
        return .unknown
    }

    /// A truth that is decided keeps no facts.
    @inline(__always)
    private func decided<R: RuleRecording>(_ v: RuleValue, _ start: Int, _ r: inout R) -> RuleValue {
        if case .bool = v { r.drop(to: start) }
        return v
    }

    /// `statuten heeft …` for a member, on the statuses themselves: the answer of the general comparison of the
    /// list of their codes, without building that list.
    private mutating func hasStatus<R: RuleRecording>(_ b: Int32, at i: Int32, _ start: Int, _ r: inout R) -> RuleValue {
        let wanted = operandValue(b, &r)
        if R.notes, i == r.watched {
            let held = subject.map { s -> RuleValue in
                let v = RuleFact.statuses.read(member(s))
                return v.isUnknown ? .unknown : v
            }
            r.read(held ?? .unknown, against: wanted)
        }
        if case .error = wanted { return wanted }
        guard let s = subject else { return .unknown }
        guard let held = member(s).pointee.statuses else {
            r.fact(MissingFact(column: RuleFact.statuses.column, person: s))
            return .unknown
        }
        switch wanted {
        case .list(let l):
            r.drop(to: start)
            return .bool(held.contains { h in l.contains { RuleFold.equal($0, h.rawValue) } })
        case .text(let t):
            r.drop(to: start)
            return .bool(held.contains { RuleFold.equal(t, $0.rawValue) })
        default: return .unknown
        }
    }

    /// Kleene's `and` (decided by a false operand) and `or` (decided by a true one), as `KleeneFold` decides it:
    /// a deciding operand settles it with no facts; otherwise the facts of the undecided operands. A gated `all`
    /// (the conditions) stops, undecided, at a gate that does not hold.
    private mutating func kleene<R: RuleRecording>(_ first: Int32, _ count: Int32, decidedBy decisive: Bool, gated: Bool,
                                                   _ start: Int, _ r: inout R) -> RuleValue {
        var fold = KleeneFold(decidedBy: decisive)
        for k in 0..<Int(count) {
            let child = operand(first, k)
            let before = r.count
            let v = operandValue(child, &r)
            if fold.add(v) {
                r.drop(to: start)
                return fold.value
            }
            if v.truth != nil { r.drop(to: before) }
            // Consent first: a gate that does not hold leaves the rest unassessed.
            if gated, case .gate = steps[Int(child)], v.truth != true { return fold.value }
        }
        return fold.value
    }

    /// A list with computed items: an item that is an error is the result; an item without a plain value leaves
    /// the list unknown when a fact would decide it, and is left out when none would.
    private mutating func list<R: RuleRecording>(_ first: Int32, _ count: Int, _ start: Int, _ r: inout R) -> RuleValue {
        var items: [String] = []
        var undecided = false
        for k in 0..<count {
            let item = operand(first, k)
            let before = r.count
            let v = operandValue(item, &r)
            if case .error = v { return v }
            if let p = v.plain {
                r.drop(to: before)
                items.append(p)
            } else if R.notes {
                undecided = undecided || r.count > before
            } else {
                // Whether a fact would decide it: asked of the item with a record of its own.
                var facts = RuleRecord(slots: program.slots)
                _ = operandValue(item, &facts)
                undecided = undecided || facts.count > 0
            }
        }
        return undecided ? .unknown : .list(items)
    }

    /// A test of the conditions: notes what it decided (and, for a comparison, what it compared) and gives its
    /// truth. A decided test keeps no facts.
    private mutating func leaf<R: RuleRecording>(_ i: Int32, _ body: Int32, _ compares: Bool, _ start: Int,
                                                 _ r: inout R) -> RuleValue {
        if compares { r.watch(body) }
        let v = operandValue(body, &r)
        r.decided(i, v)
        switch v {
        case .bool:
            r.drop(to: start)
            return v
        case .error: return v
        default: return .unknown
        }
    }

    /// A group of the conditions with every operand assessed (so that each test has its reason) up to a gate
    /// that does not hold; its truth is the one `and`, `or` and `not` give. Stopped by a gate, it notes nothing
    /// of its own.
    private mutating func group<R: RuleRecording>(_ i: Int32, _ kind: RuleProgram.ConditionGroup, _ first: Int32, _ count: Int,
                                                  _ start: Int, _ r: inout R) -> RuleValue {
        if kind == .not {
            let v = operandValue(operand(first, 0), &r)
            let t: RuleValue = v.truth.map { .bool(!$0) } ?? v
            if t.truth != nil { r.drop(to: start) }
            r.decided(i, t)
            return t
        }
        var fold = KleeneFold(decidedBy: kind == .any)
        for k in 0..<count {
            let child = operand(first, k)
            let before = r.count
            let v = operandValue(child, &r)
            _ = fold.add(v)
            if v.truth != nil { r.drop(to: before) }
            if kind == .gatedAll, case .gate = steps[Int(child)], v.truth != true {
                let stopped = fold.value
                if !stopped.isUnknown { r.drop(to: start) }
                return stopped
            }
        }
        let v = fold.value
        if !v.isUnknown { r.drop(to: start) }
        r.decided(i, v)
        return v
    }
}
