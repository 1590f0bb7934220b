import Foundation
import Testing
@testable import CaseModel

/// Issue 13: the scan's "verwachte winst" as two sums, zeker and mogelijk, never added; a household right once;
/// rights without a money value counted, not valued; signals and programmes no rights.
@Suite struct ScanSumsTests {
    static let day = Day(year: 2026, month: 12, day: 7)!
    static let ruleSet = RuleSet.load().ruleSet

    static func result(_ rule: String, _ outcome: RuleOutcome, dossier: String, person: String? = nil,
                       amount: Money? = nil, per: AmountPeriod = .month, level: String? = nil) -> RuleResult {
        let m = ruleSet.module(rule)!
        return RuleResult(dossier: DossierID(rawValue: dossier)!, person: person, personIndex: nil, rule: rule, title: m.title,
                          outcome: outcome, amount: amount.map { RuleAmount(value: $0, per: per) }, automatic: false,
                          applyAt: nil, documents: [], missing: outcome == .possible ? ["inkomen_maand"] : [], reasons: [],
                          level: level, indicators: nil, priority: nil, actions: [], asOf: day, kind: m.kind)
    }

    static func household(_ id: String) -> Household {
        Household(id: DossierID(rawValue: id)!, members: [Person(firstName: "A", lastName: id, role: .aanvrager)])
    }

    @Test func aCouplesTwoHalvesAreOneLeefloonAndPossibleIsNeverAddedToCertain() throws {
        let half = Money(cents: 88_804)  // € 888,04: half of one category-3 amount, rounded up
        let results = [
            Self.result("leefloon", .eligible, dossier: "K1", person: "@1", amount: half),
            Self.result("leefloon", .eligible, dossier: "K1", person: "@2", amount: half),
            Self.result("premie-nutsvoorzieningen", .possible, dossier: "K1", amount: Money(euros: 100), per: .year),
            Self.result("pro-deo", .eligible, dossier: "K1"),
            Self.result("energiearmoede", .eligible, dossier: "K1", level: "high"),
            Self.result("housing-first", .possible, dossier: "K1"),
        ]
        let scan = CaseloadScan(households: [Self.household("K1")], results: [results], ruleSet: Self.ruleSet, asOf: Self.day)
        let h = try #require(scan.underProtection.first)
        #expect(h.certain == half * 24, "two halves a month, one household amount a year")
        #expect(h.possible == Money(euros: 100))
        #expect(scan.totalCertain == half * 24 && scan.totalPossible == Money(euros: 100))
        let leefloon = try #require(h.gains.first { $0.rule == "leefloon" })
        #expect(leefloon.people.count == 2 && leefloon.certain)
        // pro-deo has no money value (its typical value is an estimate): counted, not valued.
        #expect(h.gains.first { $0.rule == "pro-deo" }?.yearly == nil)
        #expect(h.unvalued == 1 && scan.unvaluedRights == 1)
        // Energy poverty is a signal and Housing First a programme: no gain, though energy poverty is reported.
        #expect(!h.gains.contains { ["energiearmoede", "housing-first"].contains($0.rule) })
        #expect(scan.energyPoverty["high"]?.map(\.dossier.rawValue) == ["K1"])
        #expect(ScanReport.rightText(leefloon) == "leefloon ×2")
        #expect(ScanReport.rightText(h.gains.first { $0.rule == "pro-deo" }!) == "pro-deo°")
        #expect(ScanReport.rightText(h.gains.first { $0.rule == "premie-nutsvoorzieningen" }!) == "premie-nutsvoorzieningen?")
    }

    @Test func aHouseholdRightWithoutAnAmountCountsOnce() throws {
        // Two members possibly entitled to a person right without an amount: the typical value once, not twice.
        let m = try #require(Self.ruleSet.modules.first { $0.scope == .person && $0.expectedYearlyValue(on: Self.day).map { !$0.estimate } == true })
        let typical = try #require(m.expectedYearlyValue(on: Self.day)).amount
        let results = [Self.result(m.id, .possible, dossier: "P1", person: "@1"), Self.result(m.id, .possible, dossier: "P1", person: "@2")]
        let scan = CaseloadScan(households: [Self.household("P1")], results: [results], ruleSet: Self.ruleSet, asOf: Self.day)
        #expect(scan.totalPossible == typical)
        #expect(scan.totalCertain == .zero)
    }

    @Test func theReportsSayTwoSumsAndHowTheyAreMade() {
        let results = [[Self.result("leefloon", .eligible, dossier: "K1", person: "@1", amount: Money(euros: 100))],
                       [Self.result("premie-nutsvoorzieningen", .possible, dossier: "K2", amount: Money(euros: 100), per: .year)]]
        let scan = CaseloadScan(households: [Self.household("K1"), Self.household("K2")], results: results,
                                ruleSet: Self.ruleSet, asOf: Self.day)
        let text = ScanReport.text(scan, language: .nl)
        #expect(text.contains("zeker € 1.200,00 per jaar, mogelijk € 100,00 per jaar"))
        #expect(text.contains("nooit opgeteld"))
        #expect(scan.underProtection.map(\.dossier.rawValue) == ["K1", "K2"], "certain first")
        let markdown = ScanReport.markdown(scan, language: .en)
        #expect(markdown.contains("**certain € 1.200,00**, **possible € 100,00** a year (not added)"))
        let json = ScanReport.json(scan)
        #expect(json.contains("\"total_certain\" : 1200") && json.contains("\"total_possible\" : 100"))
        #expect(!json.contains("total_gain"))
    }

    @Test func signalsAndProgrammesAreWordedAsSuchNeverAsRechthebbend() {
        let energy = Self.result("energiearmoede", .eligible, dossier: "E1", level: "medium")
        #expect(energy.outcomeLabel(.nl) == "matig" && energy.kind == .signal)
        let multi = Self.result("multiprobleemgezin", .eligible, dossier: "E1")
        #expect(multi.outcomeLabel(.nl) == "gesignaleerd" && multi.outcomeLabel(.en) == "signalled")
        #expect(Self.result("multiprobleemgezin", .notEligible, dossier: "E1").outcomeLabel(.nl) == "niet gesignaleerd")
        #expect(Self.result("housing-first", .eligible, dossier: "E1").outcomeLabel(.nl) == "komt in aanmerking")
        #expect(Self.result("leefloon", .eligible, dossier: "E1").outcomeLabel(.nl) == "rechthebbend")
        let table = RuleResult.table([energy, multi], language: .nl)
        #expect(!table.contains("rechthebbend"))
        #expect(energy.summary(language: .nl).hasPrefix("Energiearmoede (vroegtijdige opsporing) — matig"))
    }
}
