import Foundation
import Testing
@testable import CaseModel

/// Numbers out of range never crash a check and never give a false "not eligible": a fact beyond ±10^12 (a
/// hand-edited dossier file can hold anything the JSON decoder accepts) or a calculation that leaves the range
/// gives that rule `possible` with an `error` naming the cause, in the tree and the flat program alike; a number
/// in a module beyond 10^12 is refused when the module loads.
@Suite struct RuleRangeTests {
    static let asOf = Day(year: 2026, month: 11, day: 23)!
    /// 9.223.372.036.855,00: `cents * 10_000` is beyond Int64 (the conversion trapped).
    static let hugeIncome = Money(cents: 922_337_203_685_500)
    static let hugeCount = 9_223_372_036_854_775_000

    static func person(_ n: Int, income: Money?, born: Day = Day(year: 1950, month: 3, day: 1)!) -> Person {
        var p = Person(firstName: "P\(n)", lastName: "Test", nationalNumber: NationalNumber.make(birthDate: born, sequence: 10 + n),
                       birthDate: born, role: n == 0 ? .aanvrager : .partner)
        p.incomeYear = income
        p.statuses = []
        return p
    }

    static func household(_ members: [Person], epc: Int? = nil) -> Household {
        var h = Household(id: DossierID(rawValue: "R-1")!, members: members, address: Address(postcode: "3600"),
                          residentSince: Day(year: 2000, month: 1, day: 1)!)
        h.housing.tenure = .privateHuur
        h.housing.rentMonth = Money(euros: 700)
        h.energy.epcScore = epc
        return h
    }

    /// A household module around one or more tests.
    static func module(_ conditions: String, facts: String = "[inkomen_jaar, postcode, epc_score]") -> String {
        """
        id: proef
        title: Proef
        sources:
          s: {title: Bron, url: https://example.org, verified: 2026-11-01}
        facts: \(facts)
        conditions:
        \(conditions)
        """
    }

    static func test(_ expr: String) -> String { "  - test: \(expr)\n    nl: Proef." }

    static func result(_ moduleText: String, _ h: Household, reasons: Bool = true) throws -> RuleResult {
        let load = RuleSet.load(builtIn: ["proef.yaml": Data(moduleText.utf8)])
        try #require(load.problems.isEmpty, "\(load.problems)")
        let r = CaseloadEvaluation.run(households: [h], ruleSet: load.ruleSet, asOf: asOf, reasons: reasons)
        return try #require(r.first?.first)
    }

    @Test("a stored amount or count near Int64.max: every module is checked, the ones it decides are possible with the cause")
    func hugeFactsInTheDossier() throws {
        let ruleSet = RuleSet.load().ruleSet
        let unknown = Self.household([Self.person(0, income: nil), Self.person(1, income: Money(euros: 9000))])
        let huge = Self.household([Self.person(0, income: Self.hugeIncome), Self.person(1, income: Money(euros: 9000))],
                                  epc: Self.hugeCount)
        var unknownEPC = unknown
        unknownEPC.energy.epcScore = nil
        let before = ruleSet.evaluate(household: unknownEPC, asOf: Self.asOf)
        let after = ruleSet.evaluate(household: huge, asOf: Self.asOf)
        #expect(before.count == after.count)
        var errors = 0
        for (b, a) in zip(before, after) {
            #expect(a.rule == b.rule && a.personIndex == b.personIndex)
            // An out-of-range fact is never more decisive than an unknown one: no false "not eligible".
            if a.outcome == .notEligible { #expect(b.outcome == .notEligible, "\(a.rule): not eligible on an out-of-range value") }
            if let e = a.error {
                errors += 1
                #expect(a.outcome == .possible || a.outcome == .receives, "\(a.rule)")
                #expect([RuleFault(.valueOutOfRange, "inkomen_jaar"), RuleFault(.valueOutOfRange, "epc_score")].contains(e), "\(a.rule): \(e)")
                #expect(a.missing.isEmpty)
            }
        }
        #expect(errors >= 4, "only \(errors) results name the out-of-range value")
        let vt = try #require(after.first { $0.rule == "verhoogde-tegemoetkoming" })
        #expect(vt.outcome == .possible)
        #expect(vt.error == RuleFault(.valueOutOfRange, "inkomen_jaar"))
        let energy = try #require(after.first { $0.rule == "energiearmoede" })
        #expect(energy.outcome == .possible && energy.error != nil)
        // The scan (flat program, no reasons) says the same.
        let lean = CaseloadEvaluation.run(households: [huge], ruleSet: ruleSet, asOf: Self.asOf, reasons: false)[0]
        #expect(lean == after.map { r -> RuleResult in var r = r; r.reasons = []; return r })
    }

    @Test("the error is in the JSON (Dutch and English), the table and the explanation")
    func errorIsShown() throws {
        let h = Self.household([Self.person(0, income: Self.hugeIncome)])
        let r = try Self.result(Self.module(Self.test("som(inkomen_jaar) <= 30000")), h)
        #expect(r.outcome == .possible)
        #expect(r.json().contains(#""outcome": "possible", "error": "waarde buiten bereik: inkomen_jaar""#), "\(r.json())")
        #expect(r.json(language: .en).contains(#""error": "value out of range: inkomen_jaar""#))
        #expect(RuleResult.table([r]).contains("FOUT: waarde buiten bereik: inkomen_jaar"))
        #expect(r.explanation().contains("FOUT: waarde buiten bereik: inkomen_jaar"))
        #expect(r.explanation(language: .en).contains("ERROR: value out of range: inkomen_jaar"))
        #expect(r.summary().contains("fout: waarde buiten bereik: inkomen_jaar"))
        // A result without an error has no "error" key.
        let fine = try Self.result(Self.module(Self.test("som(inkomen_jaar) <= 30000")), Self.household([Self.person(0, income: Money(euros: 10))]))
        #expect(fine.error == nil && !fine.json().contains("\"error\""))
    }

    @Test("a calculation out of range, a sum out of range and a division by zero are errors naming the module's expression")
    func calculations() throws {
        let tenMillion = Self.household([Self.person(0, income: Money(euros: 10_000_000))])
        for reasons in [true, false] {
            let product = try Self.result(Self.module(Self.test("som(inkomen_jaar) * 1000000 > 5")), tenMillion, reasons: reasons)
            #expect(product.outcome == .possible)
            #expect(product.error == RuleFault(.resultOutOfRange, "som(inkomen_jaar) * 1000000"))
            let division = try Self.result(Self.module(Self.test("som(inkomen_jaar) / (leden - leden) > 1")), tenMillion, reasons: reasons)
            #expect(division.error == RuleFault(.divisionByZero, "som(inkomen_jaar) / (leden - leden)"))
            let three = Self.household((0..<3).map { Self.person($0, income: Money(euros: 600_000_000_000)) })
            let sum = try Self.result(Self.module(Self.test("som(inkomen_jaar) > 5")), three, reasons: reasons)
            #expect(sum.error == RuleFault(.resultOutOfRange, "som(inkomen_jaar)"))
            let amount = try Self.result(Self.module(Self.test("postcode = '3600'"))
                + "\namount:\n  value: som(inkomen_jaar) * 1000000\n  per: year\n  nl: Bedrag.", tenMillion, reasons: reasons)
            #expect(amount.outcome == .possible && amount.amount == nil)
            #expect(amount.error == RuleFault(.resultOutOfRange, "som(inkomen_jaar) * 1000000"))
        }
        // Just inside the range: 10^12 is a number, 10^12 + 1 is not.
        let edge = Self.household([Self.person(0, income: Money(euros: 1_000_000_000_000))])
        #expect(try Self.result(Self.module(Self.test("som(inkomen_jaar) = 1000000000000")), edge).outcome == .eligible)
        #expect(try Self.result(Self.module(Self.test("som(inkomen_jaar) + 1 > 0")), edge).error != nil)
    }

    @Test("a condition that decides the outcome on its own settles it whatever the error of another (Kleene)")
    func errorsInKleeneLogic() throws {
        let overflow = "som(inkomen_jaar) * 1000000 > 5"
        let inGenk = Self.household([Self.person(0, income: Money(euros: 10_000_000))])
        var elsewhere = inGenk
        elsewhere.address.postcode = "2000"
        let any = Self.module("  - any:\n" + [Self.test("postcode = '3600'"), Self.test(overflow)].map { "  " + $0.replacingOccurrences(of: "\n", with: "\n  ") }.joined(separator: "\n"))
        let all = Self.module([Self.test("postcode = '3600'"), Self.test(overflow)].joined(separator: "\n"))
        for reasons in [true, false] {
            #expect(try Self.result(any, inGenk, reasons: reasons).outcome == .eligible)
            #expect(try Self.result(any, elsewhere, reasons: reasons).error != nil)
            #expect(try Self.result(all, elsewhere, reasons: reasons).outcome == .notEligible)
            let undecided = try Self.result(all, inGenk, reasons: reasons)
            #expect(undecided.outcome == .possible && undecided.error != nil)
        }
    }

    @Test("numbers beyond 10^12 in a module are refused when it loads, with file, line and reason")
    func hugeNumbersInModules() {
        func refusal(_ text: String) -> RuleProblem? { RuleSet.load(builtIn: ["proef.yaml": Data(text.utf8)]).problems.first }
        let literal = refusal(Self.module(Self.test("som(inkomen_jaar) > 99999999999999999999999")))
        #expect(literal?.line == 7)
        #expect(literal?.reason.contains("number too large") == true, "\(String(describing: literal))")
        #expect(refusal(Self.module(Self.test("som(inkomen_jaar) > 1000000000001")))?.reason.contains("number too large") == true)
        #expect(refusal(Self.module(Self.test("som(inkomen_jaar) > 1000000000000"))) == nil)
        #expect(refusal(Self.module(Self.test("som(inkomen_jaar) > 0.0000001")))?.reason.contains("not a number") == true)
        func parameter(_ unit: String, _ value: String) -> String {
            Self.module(Self.test("som(inkomen_jaar) > grens")) + "\nparameters:\n  grens:\n    unit: \(unit)\n    values:\n      - {from: 2020-01-01, value: '\(value)', source: s}\n"
        }
        for (unit, value) in [("count", "99999999999999999"), ("count", "-99999999999999999"), ("count", "99999999999999999999999"),
                              ("money", "99999999999999.99"), ("money", "€ 1.000.000.000.001,00"), ("number", "10000000000000.5")] {
            let p = refusal(parameter(unit, value))
            #expect(p?.line == 13, "\(unit) \(value): \(String(describing: p))")
            #expect(p?.reason.contains("too large") == true, "\(unit) \(value): \(String(describing: p))")
        }
        #expect(refusal(parameter("count", "1000000000000")) == nil)
        #expect(refusal(parameter("money", "1000000000000.00")) == nil)
        // A level with no names would index an empty list.
        let noNames = Self.module(Self.test("postcode = '3600'")) + "\noutputs:\n  level:\n    value: 1\n    names: []\n"
        #expect(refusal(noNames)?.reason.contains("level names needs at least one name") == true)
    }

    /// Households with out-of-range facts: demo households with, here and there, a huge income, count or amount.
    static func faultyHouseholds() -> [Household] {
        var random = FuzzRandom(12)
        return DemoGenerator(seed: 77).households(count: 300).map { h in
            var h = h
            for i in h.members.indices where Int.random(in: 0..<4, using: &random) == 0 {
                switch Int.random(in: 0..<4, using: &random) {
                case 0: h.members[i].incomeYear = hugeIncome
                case 1: h.members[i].incomeMonth = Money(cents: -922_337_203_685_500)
                case 2: h.members[i].disabilityPct = Int.random(in: 1...3, using: &random) == 1 ? Int.min : Int.max
                default: h.members[i].selfReliancePoints = hugeCount
                }
            }
            switch Int.random(in: 0..<6, using: &random) {
            case 0: h.energy.epcScore = hugeCount
            case 1: h.energy.costYear = Money(cents: Int64.max)
            case 2: h.housing.rentMonth = Money(cents: 100_000_000_000_000)
            case 3: h.energy.consumptionKwh = -hugeCount
            default: break
            }
            return h
        }
    }

    /// With and without its record, and compiled without remembering anything, the machine gives the same
    /// value, the same error and the same missing facts for every expression of every module on households with
    /// out-of-range facts, and the traced conditions decide what the quick ones decide (`RuleRecordChecks`, as
    /// `RuleRecordTests` on ordinary households); a scan without reasons gives what one with reasons gives.
    @Test func theRecordAgreesWithTheValuesOnErrors() {
        let households = Self.faultyHouseholds()
        let ruleSet = RuleSet.load().ruleSet
        let lookup = CaregiverIndex(households: households)
        var checks = RuleRecordChecks()
        for m in ruleSet.modules {
            let state = m.parameterState(on: Self.asOf)
            for h in households { checks.check(m, state, h, asOf: Self.asOf, lookup: lookup) }
        }
        let (compared, errors) = (checks.compared, checks.errors)
        #expect(compared > 50_000)
        #expect(errors > 1_000)
        let full = CaseloadEvaluation.run(households: households, ruleSet: ruleSet, asOf: Self.asOf)
        let lean = CaseloadEvaluation.run(households: households, ruleSet: ruleSet, asOf: Self.asOf, reasons: false)
        #expect(lean == full.map { $0.map { r -> RuleResult in var r = r; r.reasons = []; return r } })
        let failed = full.joined().filter { $0.error != nil }
        #expect(failed.count > 100)
        #expect(failed.allSatisfy { $0.outcome == .possible || $0.outcome == .receives })
    }
}
