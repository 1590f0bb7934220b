/// Turns a module's expression trees (`RuleExpr`, `ConditionNode`, as parsed) into `RuleProgram` steps,
/// children before their parent.
struct RuleProgramCompiler {
    typealias Step = RuleProgram.Step

    let derived: [RuleExpr]
    let shared: [Bool]
    let parameters: [RuleValue]
    let remembers: Bool
    var steps: [Step] = []
    var operands: [Int32] = []
    var constants: [RuleValue] = []
    var names: [String] = []
    var spans: [Int32: RuleSpan] = [:]
    var slots = 0
    /// The steps of each derived value, compiled on first use.
    private var derivedRoots: [Int32?]
    private var parameterConstants: [Int32?]
    /// The steps of each test's expression, shared by the quick and the traced conditions.
    private var leafBodies: [ObjectIdentifier: Int32] = [:]

    init(derived: [RuleExpr], shared: [Bool], parameters: [RuleValue], remembers: Bool) {
        self.derived = derived
        self.shared = shared
        self.parameters = parameters
        self.remembers = remembers
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

    private mutating func name(_ column: String) -> Int32 {
        if let known = names.firstIndex(of: column) { return Int32(known) }
        names.append(column)
        return Int32(names.count - 1)
    }

    /// A value worked out once per household under a new slot.
    private mutating func remembered(_ body: Int32) -> Int32 {
        slots += 1
        return emit(.remembered(Int32(slots - 1), body))
    }

    mutating func add(_ e: RuleExpr) -> Int32 {
        switch e {
        case .literal(let v): return constant(v)
        case .householdFact(let f): return emit(.householdFact(f))
        case .personFact(let f): return emit(.personFact(f))
        case .householdColumn(let c): return emit(.householdColumn(name(c)))
        case .personColumn(let c): return emit(.personColumn(name(c)))
        case .list(let es):
            let (first, count) = list(es.map { add($0) })
            return emit(.list(first, count))
        case .parameter(let i):
            if let known = parameterConstants[i] { return known }
            let at = constant(parameters[i])
            parameterConstants[i] = at
            return at
        case .derived(let i):
            if let known = derivedRoots[i] { return known }
            let body = add(derived[i])
            let at = remembers && !shared.isEmpty && shared[i] ? remembered(body) : body
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
            guard f.isAggregate, remembers else { return call }
            return remembered(call)
        }
    }

    /// The steps of a test's expression, compiled once for both forms of the conditions.
    private mutating func body(_ leaf: ConditionLeaf) -> Int32 {
        if let known = leafBodies[ObjectIdentifier(leaf)] { return known }
        let at = add(leaf.expr)
        leafBodies[ObjectIdentifier(leaf)] = at
        return at
    }

    /// A test as the reasons read it: a comparison shows its operands.
    mutating func leaf(_ leaf: ConditionLeaf) -> Int32 {
        var compares = false
        if case .compare = leaf.expr { compares = true }
        return emit(.leaf(body(leaf), compares))
    }

    /// A condition tree as the truth of its outcome: an `all` stops at its first false condition and an `any`
    /// at its first true one, and the top-level `all` also at a gate (consent) that does not hold.
    mutating func add(_ node: ConditionNode, topLevel: Bool) -> Int32 {
        switch node {
        case .leaf(let leaf): return body(leaf)
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

    /// The same tree with every test and group under a step of its own, every test assessed (up to a gate that
    /// does not hold); `nodes` gets each node's step, a node before its children.
    mutating func traced(_ node: ConditionNode, topLevel: Bool, nodes: inout [Int32]) -> Int32 {
        let position = nodes.count
        nodes.append(-1)
        let at: Int32
        switch node {
        case .leaf(let leaf): at = self.leaf(leaf)
        case .not(let child, _):
            let (first, count) = list([traced(child, topLevel: false, nodes: &nodes)])
            at = emit(.group(.not, first, count))
        case .any(let children, _):
            let (first, count) = list(children.map { traced($0, topLevel: false, nodes: &nodes) })
            at = emit(.group(.any, first, count))
        case .all(let children, _):
            var items: [Int32] = []
            var gated = false
            for child in children {
                let step = traced(child, topLevel: false, nodes: &nodes)
                if topLevel, case .leaf(let leaf) = child, leaf.gate {
                    items.append(emit(.gate(step)))
                    gated = true
                } else {
                    items.append(step)
                }
            }
            let (first, count) = list(items)
            at = emit(.group(gated ? .gatedAll : .all, first, count))
        }
        nodes[position] = at
        return at
    }
}
