import Foundation
import Testing
@testable import CaseModel

/// The reasons and missing facts built from the record of one evaluation, on a small module with a group that
/// has its own text, a `not` with its own text and a gate: a group's line comes before its tests, every test
/// has its line with the value compared and the threshold, and nothing after a gate that does not hold is
/// assessed (no line, no missing fact). With reasons and without, the same outcome and missing facts.
@Suite struct RuleReasonsTests {
    static let text = """
    id: redentest
    title: {nl: Redentest, en: Reasons test}
    sources:
      gemeente: {title: Gemeente, url: https://example.org/r, verified: 2026-01-01}
    facts: [geboortedatum, inkomen_jaar, postcode]
    parameters:
      grens:
        unit: money
        values:
          - {from: 2024-01-01, value: 20000, source: gemeente}
    conditions:
      all:
        - any:
            - test: postcode = '3600'
              nl: Woont in Genk.
            - test: postcode = '3601'
              nl: Woont in Genk-Zuid.
          nl: Woont in de gemeente.
        - test: som(inkomen_jaar) <= grens
          nl: Het inkomen is niet hoger dan de grens.
          gate: ja
        - not:
            test: enig(leeftijd >= 65)
            nl: Iemand is 65 of ouder.
          nl: Niemand is 65 of ouder.
    """
    let asOf = Day(parsing: "2026-03-01")!

    func evaluate(postcode: String?, income: Money?, born: String = "1990-01-01") throws -> (RuleResult, RuleResult) {
        let m = try loadSample(Self.text, file: "redentest.yaml")
        let h = household([person(born: born, income: income)], postcode: postcode)
        let state = m.parameterState(on: asOf)
        let with = m.evaluate(h, asOf: asOf, lookup: nil, state: state, reasons: true)
        let without = m.evaluate(h, asOf: asOf, lookup: nil, state: state, reasons: false)
        try #require(with.count == 1 && without.count == 1)
        #expect(without[0].reasons.isEmpty)
        #expect(with[0].outcome == without[0].outcome && with[0].missing == without[0].missing)
        return (with[0], without[0])
    }

    func lines(_ r: RuleResult) -> [String] {
        r.reasons.map { "\($0.condition.nl) \($0.holds.map { $0 ? "✓" : "✗" } ?? "?") \($0.value ?? "-") \($0.threshold ?? "-")" }
    }

    @Test func everyTestHasItsLineAGroupsLineComesFirst() throws {
        let (r, _) = try evaluate(postcode: "3600", income: Money(euros: 10000))
        #expect(r.outcome == .eligible)
        #expect(lines(r) == [
            "Woont in de gemeente. ✓ - -",
            "Woont in Genk. ✓ 3600 3600",
            "Woont in Genk-Zuid. ✗ 3600 3601",
            "Het inkomen is niet hoger dan de grens. ✓ 10000.00 20000.00",
            "Niemand is 65 of ouder. ✓ - -",
            "Iemand is 65 of ouder. ✗ nee -",
        ])
        #expect(r.reasons.allSatisfy { $0.sourceTitle == "Gemeente" && !$0.informative })
    }

    @Test func nothingAfterAGateThatDoesNotHoldIsAssessed() throws {
        let (r, _) = try evaluate(postcode: "3600", income: Money(euros: 30000), born: "1950-01-01")
        #expect(r.outcome == .notEligible)
        #expect(lines(r) == [
            "Woont in de gemeente. ✓ - -",
            "Woont in Genk. ✓ 3600 3600",
            "Woont in Genk-Zuid. ✗ 3600 3601",
            "Het inkomen is niet hoger dan de grens. ✗ 30000.00 20000.00",
        ])
    }

    @Test func anUndecidedResultNamesTheFactsUpToTheGate() throws {
        // The age is unknown too, but the test that reads it comes after the undecided gate.
        let m = try loadSample(Self.text, file: "redentest.yaml")
        let h = household([person(born: nil, income: nil)], postcode: nil)
        let r = try #require(m.evaluate(h, asOf: asOf).first)
        #expect(r.outcome == .possible)
        #expect(r.missing == ["inkomen_jaar@1", "postcode"])
        #expect(r.reasons.map(\.holds) == [nil, nil, nil, nil])
        #expect(r.reasons.count == 4)
    }

    @Test func aDecidedGroupNamesNoFactOfItsUndecidedTests() throws {
        // Genk decides the `any` whatever the other test says; the income alone is missing.
        let (r, _) = try evaluate(postcode: "3600", income: nil)
        #expect(r.outcome == .possible)
        #expect(r.missing == ["inkomen_jaar@1"])
        #expect(lines(r).first == "Woont in de gemeente. ✓ - -")
    }
}
