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
}
