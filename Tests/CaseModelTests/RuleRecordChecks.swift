import Foundation
import Testing
@testable import CaseModel

/// Checks of the one rule evaluator shared by `RuleRecordTests` (ordinary households) and `RuleRangeTests`
/// (households with out-of-range facts): for every expression of every module, for the household and each
/// member, what the machine gives without a record, with one, and compiled without remembering anything; and
/// for the conditions, that the traced form (every test assessed, as for the reasons) decides what the quick
/// form decides, and that each test's noted decision is what its expression gives on its own.
struct RuleRecordChecks {
    var compared = 0, unknown = 0, errors = 0, withFacts = 0, decided = 0, tests = 0, comparisons = 0

    /// Every expression a module evaluates: derived values, tests, `explain`, `for_whom`, amount, outputs.
    static func expressions(_ m: RuleModule) -> [RuleExpr] {
        var out: [RuleExpr] = m.derived
        out += leaves(m.conditions).map(\.expr)
        out += m.explain.map(\.expr)
        if let f = m.forWhom { out.append(f) }
        if let a = m.amount { out.append(a.expr) }
        if let l = m.outputs.level { out.append(l.expr) }
        out += m.outputs.indicators.map(\.expr)
        if let p = m.outputs.priority { out.append(p) }
        out += m.outputs.actions.map(\.when)
        return out
    }

    /// The tests of a condition tree in its order.
    static func leaves(_ n: ConditionNode) -> [ConditionLeaf] {
        switch n {
        case .leaf(let l): return [l]
        case .not(let c, _): return leaves(c)
        case .all(let cs, _), .any(let cs, _): return cs.flatMap(leaves)
        }
    }

    /// Each test's expression and, for a comparison, its two operands, each as an expression of its own.
    static func testParts(_ m: RuleModule) -> [RuleExpr] {
        (leaves(m.conditions) + m.explain).flatMap { l -> [RuleExpr] in
            if case .compare(_, let a, let b) = l.expr { return [l.expr, a, b] }
            return [l.expr]
        }
    }

    /// Whether a value is decided: then it names no missing fact.
    static func isDecided(_ v: RuleValue) -> Bool {
        switch v {
        case .bool, .date, .text, .list: return true
        case .number(let r): return r.exact != nil
        case .unknown, .error: return false
        }
    }

    /// A named fact is one that is not recorded — except the three that name something incomplete rather than
    /// absent: `problemen` (recorded without a severity), a caregiver's `postcode` (of another dossier) and
    /// `zorgt_voor` without a member (nobody is known to care).
    static func isMissing(_ f: MissingFact, in h: Household) -> Bool {
        if ["problemen", "postcode", "zorgt_voor"].contains(f.column), f.person == nil { return true }
        if let i = f.person {
            let p = h.members[i]
            if let fact = RuleFact(column: f.column) { return withUnsafePointer(to: p) { fact.read($0) }.isUnknown }
            return RuleValue(p.value(of: f.column), column: f.column).isUnknown
        }
        if let fact = RuleFact(column: f.column) { return withUnsafePointer(to: h) { fact.read($0) }.isUnknown }
        return RuleValue(h.value(of: f.column), column: f.column).isUnknown
    }

    mutating func check(_ m: RuleModule, _ state: RuleModule.ParameterState, _ h: Household, asOf: Day,
                        lookup: any RuleLookup) {
        let exprs = Self.expressions(m)
        let parts = Self.testParts(m)
        let remembering = RuleProgram(derived: m.derived, shared: m.derivedShared, parameters: state.values,
                                      forWhom: m.forWhom, conditions: m.conditions, explain: m.explain,
                                      amount: m.amount?.expr, outputs: m.outputs, also: exprs + parts)
        let plain = RuleProgram(derived: m.derived, shared: m.derivedShared, parameters: state.values,
                                forWhom: m.forWhom, conditions: m.conditions, explain: m.explain,
                                amount: m.amount?.expr, outputs: m.outputs, also: exprs, remembers: false)
        #expect(plain.slots == 0)
        let frame = RuleFrame(household: h, asOf: asOf, lookup: lookup)
        RuleMachine.run(remembering, frame) { machine in
            RuleMachine.run(plain, frame) { reference in
                var record = RuleRecord(slots: remembering.slots)
                var fresh = RuleRecord(slots: 0)
                for subject in [nil] + h.members.indices.map(Optional.some) {
                    machine.subject = subject
                    reference.subject = subject
                    let at = "\(m.id) for \(h.id), member \(String(describing: subject))"
                    for (root, plainRoot) in zip(remembering.roots.also, plain.roots.also) {
                        let v = machine.value(root)
                        record.start()
                        #expect(machine.value(root, &record) == v, "\(at)")
                        fresh.start()
                        #expect(reference.value(plainRoot, &fresh) == v, "\(at)")
                        #expect(Set(record.facts) == Set(fresh.facts), "\(at)")
                        if Self.isDecided(v) || v.fault != nil { #expect(record.facts.isEmpty, "\(at): \(v)") }
                        for f in record.facts { #expect(Self.isMissing(f, in: h), "\(at): \(f)") }
                        compared += 1
                        if v.isUnknown { unknown += 1 }
                        if v.fault != nil { errors += 1 }
                        if !record.facts.isEmpty { withFacts += 1 }
                    }
                    checkConditions(m, remembering, &machine, &record, exprs.count, at)
                }
            }
        }
    }

    /// The traced conditions against the quick ones, and each noted decision against the test's expression.
    private mutating func checkConditions(_ m: RuleModule, _ program: RuleProgram, _ machine: inout RuleMachine,
                                          _ record: inout RuleRecord, _ firstPart: Int, _ at: String) {
        let quick = machine.value(program.roots.conditions)
        var facts = RuleRecord(slots: program.slots)
        facts.start()
        #expect(machine.value(program.roots.conditions, &facts) == quick, "\(at)")
        record.start()
        let traced = machine.value(program.roots.traced, &record)
        #expect(traced.truth == quick.truth && traced.fault == quick.fault, "\(at): \(traced) vs \(quick)")
        if traced.isUnknown {
            #expect(Set(record.facts) == Set(facts.facts), "\(at)")
        } else {
            decided += 1
            #expect(record.facts.isEmpty, "\(at)")
        }
        for root in program.roots.explain { _ = machine.value(root, &record) }
        // Each test: assessed unless a top-level gate before it did not hold; its decision is its expression's value.
        var part = firstPart
        var stopped = false
        let topLevel: [ConditionNode]
        if case .all(let children, _) = m.conditions { topLevel = children } else { topLevel = [m.conditions] }
        var stepsOfLeaves: [Int32] = []
        func collect(_ n: ConditionNode, _ k: inout Int) {
            let step = program.roots.conditionNodes[k]
            k += 1
            switch n {
            case .leaf: stepsOfLeaves.append(step)
            case .not(let c, _): collect(c, &k)
            case .all(let cs, _), .any(let cs, _): for c in cs { collect(c, &k) }
            }
        }
        var k = 0
        collect(m.conditions, &k)
        stepsOfLeaves += program.roots.explain
        let gateAfter: [Bool] = {
            guard case .all = m.conditions else { return [] }
            return topLevel.flatMap { child -> [Bool] in
                let isGate: Bool = { if case .leaf(let l) = child { return l.gate } ; return false }()
                return Self.leaves(child).map { _ in isGate }
            }
        }()
        for (n, (leaf, step)) in zip(Self.leaves(m.conditions) + m.explain, stepsOfLeaves).enumerated() {
            let d = record.decision(step)
            let isExplain = n >= stepsOfLeaves.count - program.roots.explain.count
            if isExplain || !stopped {
                #expect(d != nil, "\(at): test \(n) not assessed")
            } else {
                #expect(d == nil, "\(at): test \(n) assessed after a gate")
            }
            let own = machine.value(program.roots.also[part])
            part += 1
            if let d {
                tests += 1
                #expect(d.raw == own, "\(at): test \(n)")
                if case .compare = leaf.expr {
                    comparisons += 1
                    #expect(d.read == machine.value(program.roots.also[part]), "\(at): test \(n), value")
                    #expect(d.against == machine.value(program.roots.also[part + 1]), "\(at): test \(n), threshold")
                } else {
                    #expect(d.read == nil && d.against == nil, "\(at)")
                }
            }
            if case .compare = leaf.expr { part += 2 }
            if !isExplain, n < gateAfter.count, gateAfter[n], d?.raw.truth != true { stopped = true }
        }
    }
}
