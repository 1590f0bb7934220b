/// What the rule machine notes down while it evaluates, besides the value: the facts that would decide an
/// undecided value ("what to ask next"), and what each test of the conditions read and decided (the reasons).
/// The machine is generic over it: `NoRecord` notes nothing and costs nothing (a caseload scan's values), a
/// `RuleRecord` notes everything. A step's facts are the ones its operands noted; a step that is decided — or
/// an error — drops them again, so what is left after the root is what the root's value depends on.
protocol RuleRecording {
    /// Whether anything is noted; false only for `NoRecord`, whose calls below do nothing.
    static var notes: Bool { get }
    /// Facts noted so far.
    var count: Int { get }
    mutating func fact(_ f: MissingFact)
    /// Forgets the facts noted since `start`.
    mutating func drop(to start: Int)
    /// Keeps only the facts noted in `kept` (from `start` on): `als(…)` whose branches agree.
    mutating func keep(_ kept: Range<Int>, from start: Int)
    /// Notes the facts of remembered value `slot` and answers true, or false when they are not known yet.
    mutating func recall(_ slot: Int) -> Bool
    /// Remembers the facts noted since `start` as those of remembered value `slot`.
    mutating func remember(_ slot: Int, from start: Int)
    /// The comparison step whose operands are to be noted (-1 for none).
    var watched: Int32 { get }
    mutating func watch(_ step: Int32)
    mutating func read(_ value: RuleValue, against: RuleValue)
    /// Notes what a test or a group of tests decided (raw: the test's own value, before it is read as a truth).
    mutating func decided(_ step: Int32, _ raw: RuleValue)
}

/// Values only.
struct NoRecord: RuleRecording {
    static var notes: Bool { false }
    var count: Int { 0 }
    @inline(__always) mutating func fact(_ f: MissingFact) {}
    @inline(__always) mutating func drop(to start: Int) {}
    @inline(__always) mutating func keep(_ kept: Range<Int>, from start: Int) {}
    @inline(__always) mutating func recall(_ slot: Int) -> Bool { true }
    @inline(__always) mutating func remember(_ slot: Int, from start: Int) {}
    var watched: Int32 { -1 }
    @inline(__always) mutating func watch(_ step: Int32) {}
    @inline(__always) mutating func read(_ value: RuleValue, against: RuleValue) {}
    @inline(__always) mutating func decided(_ step: Int32, _ raw: RuleValue) {}
}

/// The record of one module's evaluation for one household: the missing facts of the result being worked out,
/// what its tests decided, and the facts of each remembered value (the same for every member, so kept across
/// the members' results).
struct RuleRecord: RuleRecording {
    /// What a test (a `leaf` step) or a group of tests (a `group` step) decided.
    struct Decision {
        let step: Int32
        /// The test's value as computed (a comparison's truth, or whatever the expression gives).
        let raw: RuleValue
        /// For a comparison: the value compared and what it was compared with (the threshold).
        let read: RuleValue?
        let against: RuleValue?
    }

    static var notes: Bool { true }
    private(set) var facts: [MissingFact] = []
    private(set) var decisions: [Decision] = []
    private var rememberedFacts: [[MissingFact]?]
    private(set) var watched: Int32 = -1
    private var pending: (RuleValue, RuleValue)?

    init(slots: Int) {
        rememberedFacts = Array(repeating: nil, count: slots)
    }

    /// Starts the next result: its facts and decisions, not the remembered values'.
    mutating func start() {
        facts.removeAll(keepingCapacity: true)
        decisions.removeAll(keepingCapacity: true)
        watched = -1
        pending = nil
    }

    var count: Int { facts.count }

    mutating func fact(_ f: MissingFact) { facts.append(f) }

    mutating func drop(to start: Int) {
        if facts.count > start { facts.removeSubrange(start...) }
    }

    mutating func keep(_ kept: Range<Int>, from start: Int) {
        let those = Array(facts[kept])
        drop(to: start)
        facts += those
    }

    mutating func recall(_ slot: Int) -> Bool {
        guard let known = rememberedFacts[slot] else { return false }
        facts += known
        return true
    }

    mutating func remember(_ slot: Int, from start: Int) {
        rememberedFacts[slot] = Array(facts[start...])
    }

    mutating func watch(_ step: Int32) { watched = step }

    mutating func read(_ value: RuleValue, against: RuleValue) { pending = (value, against) }

    mutating func decided(_ step: Int32, _ raw: RuleValue) {
        decisions.append(Decision(step: step, raw: raw, read: pending?.0, against: pending?.1))
        pending = nil
        watched = -1
    }

    /// What step `step` decided in the result being worked out; nil when it was not assessed (after a gate).
    func decision(_ step: Int32) -> Decision? {
        decisions.last { $0.step == step }
    }
}
