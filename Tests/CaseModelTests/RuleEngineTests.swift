import Foundation
import Testing
@testable import CaseModel

/// A small module written for these tests, so they do not depend on the built-in policy values.
let sampleModule = """
id: testpremie
title: {nl: Testpremie, en: Test premium}
sources:
  gemeente: {title: Gemeente, url: https://example.org/premie, verified: 2026-01-01}
facts: [geboortedatum, inkomen_jaar, postcode, statuten]
status: mantelzorgpremie
parameters:
  bedrag:
    unit: number
    values:
      - {from: 2024-01-01, value: 10.00, source: gemeente}
      - {from: 2025-01-01, value: 12.345, source: gemeente, unconfirmed: true}
  grens:
    unit: money
    values:
      - {from: 2024-01-01, value: 20000, source: gemeente}
conditions:
  all:
    - test: enig(leeftijd >= 65)
      nl: Iemand is 65 of ouder.
    - test: som(inkomen_jaar) <= grens
      nl: Het inkomen is niet hoger dan de grens.
    - test: postcode = '3600'
      nl: Woont in Genk.
amount:
  value: bedrag * 2
  per: year
  nl: Tweemaal het bedrag.
"""

func household(_ members: [Person], postcode: String? = "3600") -> Household {
    var h = Household(id: DossierID(rawValue: "2024-00123")!, members: members)
    h.address.postcode = postcode
    return h
}

func person(born: String?, income: Money?, nn: String? = nil, statuses: [Status]? = []) -> Person {
    var p = Person(firstName: "A", lastName: "B", nationalNumber: nn.flatMap { NationalNumber($0) },
                   birthDate: born.flatMap { Day(parsing: $0) })
    p.incomeYear = income
    p.statuses = statuses
    return p
}

func loadSample(_ text: String = sampleModule, file: String = "testpremie.yaml") throws -> RuleModule {
    try RuleModuleLoader.load(text: text, file: file, isBuiltIn: false)
}

@Suite("Rule engine")
struct RuleEngineTests {
    let day = Day(parsing: "2026-03-01")!

    @Test("a dated parameter switches on its date; the amount is rounded half-up once")
    func datedParameters() throws {
        let m = try loadSample()
        let h = household([person(born: "1950-01-01", income: Money(euros: 10000))])
        let r2024 = m.evaluate(h, asOf: Day(parsing: "2024-12-31")!)[0]
        let r2025 = m.evaluate(h, asOf: Day(parsing: "2025-01-01")!)[0]
        #expect(r2024.amount == RuleAmount(value: Money(cents: 2000), per: .year))
        // 2 × 12,345 = 24,69 exactly; no intermediate rounding to 12,35 (which would give 24,70).
        #expect(r2025.amount == RuleAmount(value: Money(cents: 2469), per: .year))
        #expect(r2025.reasons.last?.unconfirmed == true)
        #expect(r2024.reasons.last?.unconfirmed == false)
    }

    @Test("the mantelzorgpremie amount is € 50 on 31-12-2025 and € 40 on 01-01-2026")
    func mantelzorgpremieSwitch() throws {
        let m = try #require(ModuleTests.load.ruleSet.module("mantelzorgpremie"))
        var p = person(born: "1950-03-01", income: Money(euros: 15000), nn: "50.03.01-001.70")
        p.dementia = true
        p.civilStatus = .weduwe
        p.caregiverPostcode = "3500"
        var h = household([p])
        h.residentSince = Day(parsing: "2010-01-01")
        let before = m.evaluate(h, asOf: Day(parsing: "2025-12-31")!)
        let after = m.evaluate(h, asOf: Day(parsing: "2026-01-01")!)
        #expect(before.map(\.outcome) == [.eligible])
        #expect(before.first?.amount?.value == Money(euros: 50))
        #expect(after.first?.amount?.value == Money(euros: 40))
        #expect(after.first?.person == "50.03.01-001.70")
    }

    @Test("unknown facts give possible with the missing facts, person facts with @ national number or position")
    func unknownFactsArePossible() throws {
        let m = try loadSample()
        let h = household([person(born: nil, income: nil, nn: "85.07.30-033.28"), person(born: "1950-01-01", income: nil)])
        let r = m.evaluate(h, asOf: day)[0]
        #expect(r.outcome == .possible)
        #expect(r.missing == ["inkomen_jaar@2", "inkomen_jaar@85.07.30-033.28"])
        // The age condition holds already through member 2, so member 1's birth date is not asked.
        #expect(r.reasons[0].holds == true)
        #expect(r.reasons[1].holds == nil)
    }

    @Test("Kleene logic: false AND unknown is false; true OR unknown is true; NOT unknown is unknown")
    func kleene() throws {
        let m = try loadSample()
        // Income unknown, but the postcode fails: not eligible, nothing missing.
        let h = household([person(born: "1950-01-01", income: nil)], postcode: "2000")
        let r = m.evaluate(h, asOf: day)[0]
        #expect(r.outcome == .notEligible)
        #expect(r.missing == [])
        // A partly known sum still decides: one known income above the limit is enough.
        let h2 = household([person(born: "1950-01-01", income: Money(euros: 30000)), person(born: nil, income: nil)])
        #expect(m.evaluate(h2, asOf: day)[0].outcome == .notEligible)

        func truth(_ text: String) throws -> Bool? {
            let (c, _) = try RuleExpressionParser.compile(text, names: .init())
            let program = RuleProgram(derived: [], shared: [], parameters: [], forWhom: nil, conditions: .all([], nil),
                                      amount: nil, outputs: OutputSpec(), also: [c.expr])
            return RuleMachine.run(program, RuleFrame(household: h, asOf: day, lookup: nil)) { $0.value(program.roots.also[0]).truth }
        }
        #expect(try truth("nee en enig(inkomen_jaar > 5)") == false)
        #expect(try truth("ja of enig(inkomen_jaar > 5)") == true)
        #expect(try truth("niet enig(inkomen_jaar > 5)") == nil)
        #expect(try truth("ja en enig(inkomen_jaar > 5)") == nil)
        #expect(try truth("aantal(leeftijd >= 18) >= 1") == true)
        #expect(try truth("als(enig(inkomen_jaar > 5), 3, 4) >= 3") == true)
        #expect(try truth("als(enig(inkomen_jaar > 5), 3, 4) >= 4") == nil)
    }

    @Test("the status of the right gives receives, and the reasons still say whether the conditions hold")
    func receives() throws {
        let m = try loadSample()
        let h = household([person(born: "1950-01-01", income: Money(euros: 50000), statuses: [.mantelzorgpremie])])
        let r = m.evaluate(h, asOf: day)[0]
        #expect(r.outcome == .receives)
        #expect(r.reasons[1].holds == false)
    }

    @Test("a parameter not verified for over a year before the as-of date is flagged stale")
    func stale() throws {
        let m = try loadSample()
        let h = household([person(born: "1950-01-01", income: Money(euros: 1000))])
        #expect(m.evaluate(h, asOf: Day(parsing: "2026-06-01")!)[0].reasons[1].stale == false)
        #expect(m.evaluate(h, asOf: Day(parsing: "2027-06-01")!)[0].reasons[1].stale == true)
    }

    @Test("the JSON has the keys and shapes of cli.md")
    func jsonShape() throws {
        let m = try loadSample()
        let h = household([person(born: "1950-01-01", income: Money(euros: 1000))])
        let results = m.evaluate(h, asOf: day)
        let data = RuleResult.jsonArray(results).data(using: .utf8)!
        let array = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let o = try #require(array.first)
        #expect(Set(o.keys) == ["dossier", "person", "rule", "outcome", "amount", "automatic", "apply_at", "documents", "missing", "reasons"])
        #expect(o["dossier"] as? String == "2024-00123")
        #expect(o["person"] is NSNull)
        #expect(o["outcome"] as? String == "eligible")
        let amount = try #require(o["amount"] as? [String: Any])
        #expect((amount["value"] as? NSNumber)?.doubleValue == 24.69)
        #expect(amount["per"] as? String == "year")
        let reason = try #require((o["reasons"] as? [[String: Any]])?.first)
        #expect(Set(reason.keys).isSuperset(of: ["condition", "holds", "value", "threshold", "source", "unconfirmed", "verified"]))
        #expect(reason["holds"] as? Bool == true)
        #expect((reason["source"] as? [String: Any])?["url"] as? String == "https://example.org/premie")
        #expect(reason["verified"] as? String == "2026-01-01")
        let second = try #require((o["reasons"] as? [[String: Any]])?[1])
        #expect(second["value"] as? String == "1000.00")
        #expect(second["threshold"] as? String == "20000.00")
        // The key order follows the contract.
        let text = results[0].json()
        let order = ["\"dossier\"", "\"person\"", "\"rule\"", "\"outcome\"", "\"amount\"", "\"automatic\"", "\"apply_at\"",
                     "\"documents\"", "\"missing\"", "\"reasons\""].map { text.range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
    }

    @Test("the CSV line has the cli.md columns with a decimal comma and |-separated missing facts")
    func csv() throws {
        let m = try loadSample()
        let ok = m.evaluate(household([person(born: "1950-01-01", income: Money(euros: 1000))]), asOf: day)[0]
        #expect(ok.csvLine == "2024-00123;;testpremie;eligible;24,69;year;")
        let unsure = m.evaluate(household([person(born: "1950-01-01", income: nil), person(born: "1951-01-01", income: nil)]), asOf: day)[0]
        #expect(unsure.csvLine == "2024-00123;;testpremie;possible;24,69;year;inkomen_jaar@1|inkomen_jaar@2")
        #expect(RuleResult.csvHeader == "dossier;person;rule;outcome;amount;per;missing")
    }

    @Test("the text explanation is Dutch by default and English on request")
    func text() throws {
        let m = try loadSample()
        let r = m.evaluate(household([person(born: "1950-01-01", income: Money(euros: 1000))]), asOf: day)[0]
        #expect(r.explanation().contains("Testpremie: rechthebbend"))
        #expect(r.explanation().contains("€ 24,69 per jaar"))
        #expect(r.explanation(language: .en).contains("Test premium: eligible"))
        #expect(RuleResult.table([r]).contains("rechthebbend"))
    }
}

@Suite("Rule changes")
struct RuleChangeTests {
    @Test("between two dates the mantelzorgpremie amount drops; an override file raises it again")
    func changes() throws {
        let set = ModuleTests.load.ruleSet
        var p = person(born: "1950-03-01", income: Money(euros: 15000))
        p.dementia = true
        p.civilStatus = .weduwe
        p.caregiverPostcode = "3500"
        var h = household([p])
        h.residentSince = Day(parsing: "2010-01-01")
        let d2025 = Day(parsing: "2025-12-31")!, d2027 = Day(parsing: "2027-02-01")!
        let byDate = RuleChanges.compare([h], before: (set, d2025), after: (set, d2027), ruleIDs: ["mantelzorgpremie"])
        #expect(byDate.count == 1)
        #expect(byDate.first?.gains == false)
        let edited = try set.applying(overrideText: """
            overrides:
              - module: mantelzorgpremie
                parameters:
                  bedrag_maand:
                    - {from: 2027-01-01, value: 55.00, source: genk}
            """, file: "edit.yaml").get()
        let byFile = RuleChanges.compare([h], before: (set, d2027), after: (edited, d2027), ruleIDs: ["mantelzorgpremie"])
        #expect(byFile.map(\.amountAfter?.value) == [Money(euros: 55)])
        #expect(byFile.first?.gains == true)
    }
}

@Suite("Rule module descriptions")
struct RuleModuleTextTests {
    @Test("rules show lists every dated value with its source, verification date and marks")
    func show() throws {
        let m = try #require(ModuleTests.load.ruleSet.module("mantelzorgpremie"))
        let text = m.showText(asOf: Day(parsing: "2026-11-23")!)
        // The € 40 of 2026 rests on a news article only (issue 13), so it carries the unconfirmed mark.
        #expect(text.contains("vanaf 01-01-2026: 40.00  [in voege op 23-11-2026, ONBEVESTIGD]"))
        #expect(text.contains("vanaf 01-01-2019: 50.00  [ONBEVESTIGD]"))
        #expect(text.contains("https://www.genk.be/mantelzorg; nagekeken 07-12-2026"))
        let later = m.showText(language: .en, asOf: Day(parsing: "2028-01-01")!)
        #expect(later.contains("not verified in the last year"))
        #expect(m.listLine().hasPrefix("mantelzorgpremie  Mantelzorgpremie (Stad Genk)  per persoon  ingebouwd"))
    }
}

@Suite("Monthly totals")
struct RuleMonthlyTotalTests {
    @Test("a year of mantelzorgpremie counts the months of care, each at the amount in force on its first day")
    func mantelzorgYear() throws {
        let m = try #require(ModuleTests.load.ruleSet.module("mantelzorgpremie"))
        var cared = person(born: "1948-01-10", income: Money(euros: 15000), nn: "48.01.10-005.31")
        cared.civilStatus = .gehuwd
        cared.dementia = true
        var carer = person(born: "1952-06-15", income: nil, nn: "52.06.15-002.03")
        carer.caresFor = cared.nationalNumber
        carer.caringSince = Day(parsing: "2025-10-15")
        var h = household([cared, carer])
        h.residentSince = Day(parsing: "2000-01-01")
        // Care from 15-10-2025: November and December 2025 at € 50, January to March 2026 at € 40.
        let t = try #require(m.monthlyTotal(h, personIndex: 0, from: Day(parsing: "2025-10-01")!, through: Day(parsing: "2026-03-31")!))
        #expect(t.months == 5)
        #expect(t.total == Money(euros: 220))
        #expect(ModuleTests.load.ruleSet.module("energiescan")?.monthlyTotal(h, personIndex: 0, from: Day(parsing: "2025-01-01")!, through: Day(parsing: "2025-12-31")!) == nil)
    }
}
