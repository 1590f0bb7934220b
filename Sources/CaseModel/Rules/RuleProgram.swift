/// A module's expressions on one date, compiled to one flat array of plain steps: what a caseload scan
/// evaluates for every household and member. Walking the `RuleExpr` tree took a reference count up and down
/// for every node it passed through — a third of a scan's time — while a step here is a value with no
/// references (operands are indices), read in place. Parameters are folded in as constants (their values on
/// the date), a derived value is its own steps (or, when it is the same for every member, a remembered
/// value), and the consent gate of the top-level conditions is a step of its own.
///
/// `RuleMachine` evaluates it and gives exactly what `RuleEvaluator.value(_:)` gives for the same expression
/// (tested over every expression of every module). Reasons and missing facts still come from the tree.
final class RuleProgram: @unchecked Sendable {
    enum Step {
        case constant(Int32)
        case householdFact(RuleFact)
        case personFact(RuleFact)
        /// A derived value that is the same for every member: worked out once per household (slot, steps).
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
        case call(RuleFunction, Int32, Int32)
        /// A rare expression the steps do not cover (a column outside `RuleFact`, a list with computed items):
        /// evaluated on the tree.
        case tree(Int32)
    }

    /// Where each of the module's expressions starts.
    struct Roots {
        var forWhom: Int32?
        var conditions: Int32 = 0
        var amount: Int32?
        var level: Int32?
        var indicators: [Int32] = []
        var priority: Int32?
        var actions: [Int32] = []
        /// Further expressions compiled on request (`also`): tests compare each with the tree.
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
    let trees: [RuleExpr]
    /// The text of each `arith` and `som` step, read only for the message of an error.
    let spans: [Int32: RuleSpan]
    let roots: Roots
    /// Number of remembered derived values (slots per household).
    let slots: Int

    init(derived: [RuleExpr], shared: [Bool], parameters: [RuleValue], forWhom: RuleExpr?, conditions: ConditionNode,
         amount: RuleExpr?, outputs: OutputSpec, also: [RuleExpr] = []) {
        var c = Compiler(derived: derived, shared: shared.count == derived.count ? shared : [], parameters: parameters)
        var roots = Roots()
        roots.forWhom = forWhom.map { c.add($0) }
        roots.conditions = c.add(conditions, topLevel: true)
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
        trees = c.trees
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

    /// Turns expression trees into steps, children before their parent.
    private struct Compiler {
        let derived: [RuleExpr]
        let shared: [Bool]
        let parameters: [RuleValue]
        var steps: [Step] = []
        var operands: [Int32] = []
        var constants: [RuleValue] = []
        var trees: [RuleExpr] = []
        var spans: [Int32: RuleSpan] = [:]
        var slots = 0
        /// The steps of each derived value, compiled on first use.
        var derivedRoots: [Int32?]
        var parameterConstants: [Int32?]

        init(derived: [RuleExpr], shared: [Bool], parameters: [RuleValue]) {
            self.derived = derived
            self.shared = shared
            self.parameters = parameters
            derivedRoots = Array(repeating: nil, count: derived.count)
            parameterConstants = Array(repeating: nil, count: parameters.count)
        }

        mutating func emit(_ s: Step) -> Int32 {
            steps.append(s)
            return Int32(steps.count - 1)
        }

        /// The value of a step that is a constant.
        func constantValue(_ step: Int32) -> RuleValue? {
            if case .constant(let c) = steps[Int(step)] { return constants[Int(c)] }
            return nil
        }

        mutating func constant(_ v: RuleValue) -> Int32 {
            constants.append(v)
            return emit(.constant(Int32(constants.count - 1)))
        }

        /// Operands laid out one after the other; returns (first, count).
        mutating func list(_ items: [Int32]) -> (Int32, Int32) {
            let first = Int32(operands.count)
            operands += items
            return (first, Int32(items.count))
        }

        mutating func add(_ e: RuleExpr) -> Int32 {
            switch e {
            case .literal(let v): return constant(v)
            case .householdFact(let f): return emit(.householdFact(f))
            case .personFact(let f): return emit(.personFact(f))
            case .householdColumn, .personColumn, .list:
                trees.append(e)
                return emit(.tree(Int32(trees.count - 1)))
            case .parameter(let i):
                if let known = parameterConstants[i] { return known }
                let at = constant(parameters[i])
                parameterConstants[i] = at
                return at
            case .derived(let i):
                if let known = derivedRoots[i] { return known }
                let body = add(derived[i])
                let at: Int32
                if !shared.isEmpty, shared[i] {
                    at = emit(.remembered(Int32(slots), body))
                    slots += 1
                } else {
                    at = body
                }
                derivedRoots[i] = at
                return at
            case .builtin(let b): return emit(.builtin(b))
            case .negate(let a):
                let x = add(a)
                if let v = constantValue(x) { return constant(v.negated) }
                return emit(.negate(x))
            case .arith(let op, let a, let b, let span):
                let x = add(a), y = add(b)
                // Parameters only (`mep_factor * mediaan_aandeel`): worked out here, once.
                if let u = constantValue(x), let v = constantValue(y) { return constant(RuleValue.arith(op, u, v, span.source)) }
                let at = emit(.arith(op, x, y))
                spans[at] = span
                return at
            case .compare(let op, let a, let b):
                if op == .has, case .personFact(.statuses) = a { return emit(.hasStatus(add(b))) }
                let x = add(a), y = add(b)
                if case .constant(let c) = steps[Int(y)] { return emit(.compareConstant(op, x, c)) }
                return emit(.compare(op, x, y))
            case .and(let es):
                let (first, count) = list(es.map { add($0) })
                return emit(.and(first, count))
            case .or(let es):
                let (first, count) = list(es.map { add($0) })
                return emit(.or(first, count))
            case .not(let a): return emit(.not(add(a)))
            case .call(let f, let args, let site):
                let (first, count) = list(args.map { add($0) })
                let call = emit(.call(f, first, count))
                if f == .sum { spans[call] = site.span }
                // An aggregate goes over the members itself: the same for every member, so worked out once per
                // household (a person-level rule asked `aantal(…)` again for every member).
                guard f.isAggregate else { return call }
                slots += 1
                return emit(.remembered(Int32(slots - 1), call))
            }
        }

        /// A condition tree as the truth of its outcome: an `all` stops at its first false condition and an `any`
        /// at its first true one, and the top-level `all` also at a gate (consent) that does not hold — as
        /// `Tracer.evaluate(_:topLevel:…)` decides it, without its reasons and missing facts.
        mutating func add(_ node: ConditionNode, topLevel: Bool) -> Int32 {
            switch node {
            case .leaf(let leaf): return add(leaf.expr)
            case .not(let child, _): return emit(.not(add(child, topLevel: false)))
            case .any(let children, _):
                let (first, count) = list(children.map { add($0, topLevel: false) })
                return emit(.or(first, count))
            case .all(let children, _):
                var items: [Int32] = []
                var gated = false
                for child in children {
                    let at = add(child, topLevel: false)
                    if topLevel, case .leaf(let leaf) = child, leaf.gate {
                        items.append(emit(.gate(at)))
                        gated = true
                    } else {
                        items.append(at)
                    }
                }
                let (first, count) = list(items)
                return emit(gated ? .gatedAll(first, count) : .and(first, count))
            }
        }
    }
}
