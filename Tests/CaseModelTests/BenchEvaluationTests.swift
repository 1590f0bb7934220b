import Foundation
import Testing
@testable import CaseModel

/// The parallel caseload evaluation gives exactly what evaluating one household after the other gives.
@Suite struct BenchEvaluationTests {
    @Test func parallelResultsEqualSequentialOnesInOrder() {
        let households = DemoGenerator(seed: 11).households(count: 700)
        let ruleSet = RuleSet.load().ruleSet
        let asOf = Day(year: 2026, month: 11, day: 23)!
        let lookup = CaregiverIndex(households: households)
        let parallel = CaseloadEvaluation.run(households: households, ruleSet: ruleSet, asOf: asOf)
        let sequential = households.map { ruleSet.evaluate(household: $0, asOf: asOf, lookup: lookup) }
        #expect(parallel.count == 700)
        #expect(parallel == sequential)
        #expect(parallel.contains { !$0.isEmpty })
    }

    @Test func withoutReasonsEverythingElseIsTheSame() {
        let households = DemoGenerator(seed: 12).households(count: 400)
        let ruleSet = RuleSet.load().ruleSet
        let asOf = Day(year: 2026, month: 11, day: 23)!
        let full = CaseloadEvaluation.run(households: households, ruleSet: ruleSet, asOf: asOf)
        let lean = CaseloadEvaluation.run(households: households, ruleSet: ruleSet, asOf: asOf, reasons: false)
        let stripped = full.map { $0.map { r -> RuleResult in var r = r; r.reasons = []; return r } }
        #expect(lean == stripped)
        #expect(full.joined().contains { !$0.reasons.isEmpty })
        #expect(lean.joined().allSatisfy { $0.reasons.isEmpty })
    }
}
