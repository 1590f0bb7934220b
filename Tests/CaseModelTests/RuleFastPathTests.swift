import Foundation
import Testing
@testable import CaseModel

/// The evaluation shortcuts give what the general evaluation gives: facts read through `RuleFact` equal
/// `value(of:)`, remembered derived values and the flat program equal `eval(_:)` for every expression of every
/// module, the case folding equals
/// `lowercased()`, and a scan without reasons equals one with reasons on every date tried.
@Suite struct RuleFastPathTests {
    static let households = DemoGenerator(seed: 31).households(count: 600)

    @Test func everyClientColumnExceptTheDossierHasAFact() {
        for c in Columns.clientList where c.name != "dossier" {
            let f = RuleFact(column: c.name)
            #expect(f != nil, "no RuleFact for \(c.name)")
            #expect(f?.column == c.name)
            #expect(f?.isPersonFact == (c.level == .person))
        }
        #expect(RuleFact(column: "dossier") == nil)
        #expect(RuleFact(column: "bestaat_niet") == nil)
    }

    @Test func factsReadAsValueOfReadsThem() {
        var known = 0
        for var h in Self.households.prefix(300) {
            // A note, so that `opmerking` is read known as well as unknown.
            if h.id.rawValue.hasSuffix("1") { h.notes.append(Note(date: Day(year: 2026, month: 1, day: 2)!, author: "t", text: "x")) }
            for c in Columns.household {
                let f = RuleFact(column: c.name)!
                let fast = withUnsafePointer(to: h) { f.read($0) }
                #expect(fast == RuleValue(h.value(of: c.name), column: c.name), "\(c.name) of \(h.id)")
                if !fast.isUnknown { known += 1 }
            }
            for p in h.members {
                for c in Columns.person where c.name != "dossier" {
                    let f = RuleFact(column: c.name)!
                    let fast = withUnsafePointer(to: p) { f.read($0) }
                    #expect(fast == RuleValue(p.value(of: c.name), column: c.name), "\(c.name) in \(h.id)")
                    if !fast.isUnknown { known += 1 }
                }
            }
        }
        #expect(known > 1000)
    }

    /// Every expression a module evaluates, with whether it is read for a member.
    static func expressions(_ m: RuleModule) -> [RuleExpr] {
        var out: [RuleExpr] = m.derived
        func walk(_ n: ConditionNode) {
            switch n {
            case .leaf(let l): out.append(l.expr)
            case .not(let c, _): walk(c)
            case .all(let cs, _), .any(let cs, _): cs.forEach(walk)
            }
        }
        walk(m.conditions)
        out += m.explain.map(\.expr)
        if let f = m.forWhom { out.append(f) }
        if let a = m.amount { out.append(a.expr) }
        if let l = m.outputs.level { out.append(l.expr) }
        out += m.outputs.indicators.map(\.expr)
        if let p = m.outputs.priority { out.append(p) }
        out += m.outputs.actions.map(\.when)
        return out
    }

    @Test func rememberedDerivedValuesEqualThePlainEvaluationForEveryModuleExpression() {
        let ruleSet = RuleSet.load().ruleSet
        let lookup = CaregiverIndex(households: Self.households)
        var compared = 0, unknown = 0
        for asOf in [Day(year: 2026, month: 11, day: 23)!, Day(year: 2019, month: 3, day: 1)!] {
            for m in ruleSet.modules {
                let state = m.parameterState(on: asOf)
                let exprs = Self.expressions(m)
                for h in Self.households {
                    // One evaluator that remembers derived values (as `zorg check` uses it), one that does not.
                    let frame = RuleEvaluator.Frame(household: h, asOf: asOf, lookup: lookup)
                    var fast = RuleEvaluator(frame: frame, parameters: state.values, derived: m.derived, subject: nil,
                                             shared: m.derivedShared)
                    var plain = RuleEvaluator(household: h, asOf: asOf, parameters: state.values, derived: m.derived,
                                              lookup: lookup, subject: nil)
                    for subject in [nil] + h.members.indices.map(Optional.some) {
                        fast.subject = subject
                        plain.subject = subject
                        for e in exprs {
                            let remembered = fast.eval(e)
                            let reference = plain.eval(e)
                            #expect(remembered.value == reference.value, "\(m.id) for \(h.id), member \(String(describing: subject))")
                            #expect(Set(remembered.missing) == Set(reference.missing))
                            compared += 1
                            if reference.value.isUnknown { unknown += 1 }
                        }
                    }
                }
            }
        }
        #expect(compared > 100_000)
        #expect(unknown > 1000)
    }

    /// The flat program gives the tree's value and missing facts for every expression of every module, and the
    /// truth and missing facts of the conditions (gates included) that the traced evaluation gives, for the
    /// household and each member.
    @Test func theFlatProgramEqualsTheTreeForEveryModuleExpression() {
        let ruleSet = RuleSet.load().ruleSet
        let lookup = CaregiverIndex(households: Self.households)
        var compared = 0, unknown = 0, decided = 0, withFacts = 0
        for asOf in [Day(year: 2026, month: 11, day: 23)!, Day(year: 2019, month: 3, day: 1)!] {
            for m in ruleSet.modules {
                let state = m.parameterState(on: asOf)
                let exprs = Self.expressions(m)
                let program = RuleProgram(derived: m.derived, shared: m.derivedShared, parameters: state.values,
                                          forWhom: m.forWhom, conditions: m.conditions, amount: m.amount?.expr,
                                          outputs: m.outputs, also: exprs)
                for h in Self.households {
                    let frame = RuleEvaluator.Frame(household: h, asOf: asOf, lookup: lookup)
                    var plain = RuleEvaluator(household: h, asOf: asOf, parameters: state.values, derived: m.derived,
                                              lookup: lookup, subject: nil)
                    frame.members.withUnsafeBufferPointer { members in
                        let memo = UnsafeMutablePointer<RuleValue?>.allocate(capacity: max(1, program.slots))
                        memo.initialize(repeating: nil, count: max(1, program.slots))
                        defer { memo.deinitialize(count: max(1, program.slots)); memo.deallocate() }
                        var machine = RuleMachine(program: program, state: state, frame: frame, members: members, memo: memo)
                        for subject in [nil] + h.members.indices.map(Optional.some) {
                            machine.subject = subject
                            plain.subject = subject
                            for (e, root) in zip(exprs, program.roots.also) {
                                let v = machine.value(root)
                                let reference = plain.eval(e)
                                #expect(v == reference.value, "\(m.id) for \(h.id), member \(String(describing: subject))")
                                machine.missing = []
                                #expect(machine.evaluate(root) == v)
                                #expect(Set(machine.missing) == Set(reference.missing), "\(m.id) for \(h.id)")
                                compared += 1
                                if v.isUnknown { unknown += 1 }
                                if !reference.missing.isEmpty { withFacts += 1 }
                            }
                            var reasons: [RuleReason] = [], missing: [MissingFact] = []
                            let traced = Tracer(ev: plain, state: state, withReasons: false)
                                .evaluate(m.conditions, topLevel: true, reasons: &reasons, missing: &missing)
                            #expect(machine.value(program.roots.conditions).truth == traced, "\(m.id) for \(h.id)")
                            machine.missing = []
                            _ = machine.evaluate(program.roots.conditions)
                            if traced == nil {
                                #expect(Set(machine.missing) == Set(missing), "\(m.id) for \(h.id), member \(String(describing: subject))")
                            } else {
                                decided += 1
                            }
                        }
                    }
                }
            }
        }
        #expect(compared > 100_000)
        #expect(unknown > 1000)
        #expect(decided > 1000)
        #expect(withFacts > 1000)
    }

    /// Modules are prepared once per date, also when two dates alternate (`zorg rules diff`).
    @Test func modulesArePreparedOncePerDateAlsoWhenTwoDatesAlternate() {
        let ruleSet = RuleSet.load().ruleSet
        let a = Day(year: 2025, month: 12, day: 31)!, b = Day(year: 2026, month: 1, day: 1)!
        let firstA = ruleSet.prepared(on: a), firstB = ruleSet.prepared(on: b)
        let againA = ruleSet.prepared(on: a), againB = ruleSet.prepared(on: b)
        #expect(firstA.count == ruleSet.modules.count)
        #expect(zip(firstA, againA).allSatisfy { $0 === $1 })
        #expect(zip(firstB, againB).allSatisfy { $0 === $1 })
        #expect(!zip(firstA, firstB).contains { $0 === $1 })
    }

    @Test func foldingEqualsLowercased() {
        let texts = ["vt", "VT", "Vt", "igo", "IGO ", "sociale_huur", "Sociale_Huur", "", "é", "É", "e\u{301}",
                     "K", "k", "\u{212A}", "straße", "STRASSE", "İ", "i", "ǅ", "ǆ", "3600", "3600 "]
        for a in texts {
            for b in texts {
                #expect(RuleFold.equal(a, b) == (a.lowercased() == b.lowercased()), "\(a) vs \(b)")
            }
            let original = texts.contains { $0 == a.lowercased() || $0.lowercased() == a.lowercased() }
            #expect(RuleFold.contains(texts, a) == original, "\(a) in list")
            #expect(RuleFold.contains(["x", "y"], a) == ["x", "y"].contains { $0 == a.lowercased() || $0.lowercased() == a.lowercased() })
        }
    }

    @Test func aScanWithoutReasonsEqualsOneWithReasonsOnSeveralDates() {
        let households = Array(Self.households.prefix(500))
        let ruleSet = RuleSet.load().ruleSet
        var outcomes = Set<RuleOutcome>()
        for asOf in [Day(year: 2026, month: 11, day: 23)!, Day(year: 2025, month: 12, day: 31)!, Day(year: 2019, month: 3, day: 1)!] {
            let full = CaseloadEvaluation.run(households: households, ruleSet: ruleSet, asOf: asOf)
            let lean = CaseloadEvaluation.run(households: households, ruleSet: ruleSet, asOf: asOf, reasons: false)
            let stripped = full.map { $0.map { r -> RuleResult in var r = r; r.reasons = []; return r } }
            #expect(lean == stripped)
            for r in lean.joined() { outcomes.insert(r.outcome) }
            #expect(lean.joined().contains { $0.amount != nil })
            #expect(lean.joined().contains { !$0.missing.isEmpty })
        }
        #expect(outcomes == Set(RuleOutcome.allCases))
    }
}
