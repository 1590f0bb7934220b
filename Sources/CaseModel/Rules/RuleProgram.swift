/// A module's expressions on one date, compiled (`RuleProgramCompiler`) to one flat array of plain steps: the
/// only form in which a module is evaluated (`RuleMachine`; the parsed trees, `RuleExpr` and `ConditionNode`, are
/// compiled, never walked). A step is a value with no references (operands are indices), read in place: walking an
/// expression tree took a reference count up and down for every node it passed through. Parameters are folded in
/// as constants (their values on the date, and arithmetic on parameters alone worked out here), a derived value is
/// its own steps (or, when it is the same for every member, a remembered value), and so is an aggregate (`aantal`,
/// `som`, `enig`, `alle`: remembered per household). Columns `RuleFact` does not know and lists with computed items
/// are steps as well: there is no other evaluator to fall back on.
///
/// The conditions are compiled twice over the same steps for their tests: `roots.conditions` decides the
/// outcome the quickest way (an `all` stops at its first false test; a scan runs it without a record, and again
/// with one for the missing facts of an undecided result), `roots.traced` assesses every test, each under a
/// `leaf` step, and every group under a `group` step, so that a `RuleRecord` notes what each decided: a result
/// with reasons takes its outcome, missing facts and reasons from that one record (`RuleReasons.swift`).
final class RuleProgram: @unchecked Sendable {
    enum Step {
        case constant(Int32)
        case householdFact(RuleFact)
        case personFact(RuleFact)
        /// A column `RuleFact` does not know, read by name (`names[k]`): a new column works at once.
        case householdColumn(Int32)
        case personColumn(Int32)
        /// A derived value or an aggregate that is the same for every member: worked out once per household
        /// (slot, steps).
        case remembered(Int32, Int32)
        case builtin(RuleBuiltin)
        case negate(Int32)
        case arith(ArithOp, Int32, Int32)
        case compare(CompareOp, Int32, Int32)
        /// A comparison with a constant (a literal or a parameter, often a list of codes), read in place.
        case compareConstant(CompareOp, Int32, Int32)
        /// `statuten heeft …` for the member: compared on the statuses themselves.
        case hasStatus(Int32)
        /// Operands `first ..< first + count` of `operands`.
        case and(Int32, Int32)
        case or(Int32, Int32)
        /// The top-level `all` of the conditions, whose gate operands stop it when they do not hold.
        case gatedAll(Int32, Int32)
        case gate(Int32)
        case not(Int32)
        /// A list with computed items (`[grens, 3600]`).
        case list(Int32, Int32)
        case call(RuleFunction, Int32, Int32)
        /// A test of the conditions (or of `explain`): its expression's steps, and whether it is a comparison
        /// whose operands the reasons show (the value used and the threshold). Its value is a truth: a value
        /// that is not a boolean or an error is unknown.
        case leaf(Int32, Bool)
        /// A group of tests as the reasons see it: every operand assessed (up to a gate that does not hold).
        case group(ConditionGroup, Int32, Int32)
    }

    enum ConditionGroup { case all, any, not, gatedAll }

    /// Where each of the module's expressions starts.
    struct Roots {
        var forWhom: Int32?
        /// The conditions, decided the quickest way.
        var conditions: Int32 = 0
        /// The conditions with every test assessed, for a record with reasons.
        var traced: Int32 = 0
        /// The `traced` step of every node of the condition tree, in the tree's order (a node before its
        /// children), and of every `explain` test.
        var conditionNodes: [Int32] = []
        var explain: [Int32] = []
        var amount: Int32?
        var level: Int32?
        var indicators: [Int32] = []
        var priority: Int32?
        var actions: [Int32] = []
        /// Further expressions compiled on request (`also`): tests evaluate each on its own.
        var also: [Int32] = []

        /// Outputs worked out for every result, also a `not_eligible` one (whose error would make it `possible`).
        var hasOutputs: Bool { level != nil || !indicators.isEmpty || !actions.isEmpty }
    }

    let steps: UnsafeMutableBufferPointer<Step>
    let operands: UnsafeMutableBufferPointer<Int32>
    let constants: UnsafeMutableBufferPointer<RuleValue>
    /// Each constant read as a number (`asNumber`), worked out once: a comparison with a code then does not
    /// try to read the code as a number on every household.
    let numbers: UnsafeMutableBufferPointer<NumberRange?>
    /// The column names of `householdColumn` and `personColumn` steps.
    let names: [String]
    /// The text of each `arith` and `som` step, read only for the message of an error.
    let spans: [Int32: RuleSpan]
    let roots: Roots
    /// Number of remembered values (slots per household).
    let slots: Int

    /// `remembers: false` compiles every derived value and aggregate to be worked out again at every use:
    /// slower, and the same values and facts (tests compare the two).
    init(derived: [RuleExpr], shared: [Bool], parameters: [RuleValue], forWhom: RuleExpr?, conditions: ConditionNode,
         explain: [ConditionLeaf] = [], amount: RuleExpr?, outputs: OutputSpec, also: [RuleExpr] = [],
         remembers: Bool = true) {
        var c = RuleProgramCompiler(derived: derived, shared: shared.count == derived.count ? shared : [], parameters: parameters,
                             remembers: remembers)
        var roots = Roots()
        roots.forWhom = forWhom.map { c.add($0) }
        roots.traced = c.traced(conditions, topLevel: true, nodes: &roots.conditionNodes)
        roots.conditions = c.add(conditions, topLevel: true)
        roots.explain = explain.map { c.leaf($0) }
        roots.amount = amount.map { c.add($0) }
        roots.level = outputs.level.map { c.add($0.expr) }
        roots.indicators = outputs.indicators.map { c.add($0.expr) }
        roots.priority = outputs.priority.map { c.add($0) }
        roots.actions = outputs.actions.map { c.add($0.when) }
        roots.also = also.map { c.add($0) }
        self.roots = roots
        steps = Self.copy(c.steps)
        operands = Self.copy(c.operands)
        constants = Self.copy(c.constants)
        numbers = Self.copy(c.constants.map(\.asNumber))
        names = c.names
        spans = c.spans
        slots = c.slots
    }

    deinit {
        steps.deallocate()
        operands.deallocate()
        _ = constants.deinitialize()
        constants.deallocate()
        numbers.deallocate()
    }

    /// The items at a fixed address (at least one element allocated, so the address is never nil).
    private static func copy<T>(_ items: [T]) -> UnsafeMutableBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, items.count))
        _ = buffer.initialize(from: items)
        return UnsafeMutableBufferPointer(rebasing: buffer[0..<items.count])
    }
}
