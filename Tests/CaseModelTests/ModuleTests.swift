import Foundation
import Testing
@testable import CaseModel

@Suite("Built-in rule modules")
struct ModuleTests {
    static let load = RuleSet.load()

    @Test("every built-in module loads without problems")
    func allLoad() {
        #expect(Self.load.problems.map(\.description) == [])
        #expect(!Self.load.ruleSet.modules.isEmpty)
    }

    @Test("every built-in module's tests pass (the <id>.tests.yaml files)")
    func moduleTestsPass() {
        let report = RuleTestRunner.run(Self.load.ruleSet)
        #expect(report.failures.map(\.description) == [])
        #expect(report.problems.map(\.description) == [])
        #expect(report.untested == [])
        #expect(report.passed > 0)
    }
}
