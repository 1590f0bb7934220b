import Foundation
import Testing
@testable import CaseModel

/// The evaluation shortcuts give what the general evaluation gives: facts read through `RuleFact` equal
/// `value(of:)`, the case folding equals `lowercased()`, modules are prepared once per date, and a scan without
/// reasons (values only, missing facts from a record of the quick conditions) equals one with reasons (every
/// test assessed) on every date tried. The rule machine with and without its record: `RuleRecordTests`.
@Suite struct RuleFastPathTests {
    static let households = DemoGenerator(seed: 31).households(count: 600)

    @Test func everyClientColumnExceptTheDossierHasAFact() {
        for c in Columns.clientList where c.name != "dossier" {
            let f = RuleFact(column: c.name)
            #expect(f != nil, "no RuleFact for \(c.name)")
            #expect(f?.column == c.name)
            #expect(f?.isPersonFact == (c.level == .person))
        }
        #expect(RuleFact.allCases.count == RuleFact.columns.count, "one case per column, in the order of Columns")
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
