import Foundation
import Testing
@testable import CaseModel

/// The one rule evaluator, with and without its record, on 600 generated households and two dates (the
/// household and every member, every expression of every module; see `RuleRecordChecks`):
/// - the record changes no value, and remembering values per household changes no value and no fact;
/// - a decided value or an error names no missing fact, and every fact named is one the dossier lacks;
/// - the conditions with every test assessed (the reasons) decide what the quick conditions (the scan) decide,
///   with the same missing facts; each test's noted decision, value and threshold are what its expression and
///   its operands give on their own; no test after a gate that does not hold is assessed.
@Suite struct RuleRecordTests {
    static let households = DemoGenerator(seed: 31).households(count: 600)

    @Test func theRecordAgreesWithTheValuesForEveryModuleExpression() {
        let ruleSet = RuleSet.load().ruleSet
        let lookup = CaregiverIndex(households: Self.households)
        var checks = RuleRecordChecks()
        for asOf in [Day(year: 2026, month: 11, day: 23)!, Day(year: 2019, month: 3, day: 1)!] {
            for m in ruleSet.modules {
                let state = m.parameterState(on: asOf)
                for h in Self.households { checks.check(m, state, h, asOf: asOf, lookup: lookup) }
            }
        }
        #expect(checks.compared > 100_000)
        #expect(checks.unknown > 1000)
        #expect(checks.withFacts > 1000)
        #expect(checks.decided > 1000)
        #expect(checks.tests > 10_000)
        #expect(checks.comparisons > 10_000)
    }

    /// A result's reasons come from the record: with reasons and without, the same results otherwise (also in
    /// `RuleFastPathTests` on three dates); and the lines are the tests of the module in its order.
    @Test func reasonsNameEveryAssessedTestInTheModulesOrder() throws {
        let ruleSet = RuleSet.load().ruleSet
        let asOf = Day(year: 2026, month: 11, day: 23)!
        var lines = 0
        for h in Self.households.prefix(200) {
            for r in ruleSet.evaluate(household: h, asOf: asOf) {
                let m = try #require(ruleSet.module(r.rule))
                var texts: [RuleText] = []
                func walk(_ n: ConditionNode) {
                    switch n {
                    case .leaf(let l): texts.append(l.text)
                    case .not(let c, let t):
                        if let t { texts.append(t) }
                        walk(c)
                    case .all(let cs, let t), .any(let cs, let t):
                        if let t { texts.append(t) }
                        cs.forEach(walk)
                    }
                }
                walk(m.conditions)
                let conditions = r.reasons.filter { !$0.informative }
                // Without a gate every line is there; with one, the lines are a prefix (groups stopped by it drop out).
                let own = conditions.map(\.condition)
                #expect(own.allSatisfy { t in texts.contains(t) }, "\(r.rule)")
                if own.count == texts.count { #expect(own == texts, "\(r.rule)") }
                let informative = r.reasons.filter(\.informative).map(\.condition)
                #expect(Array(informative.prefix(m.explain.count)) == m.explain.map(\.text), "\(r.rule)")
                lines += conditions.count
            }
        }
        #expect(lines > 10_000)
    }
}
