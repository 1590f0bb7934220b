import Foundation
import Testing
@testable import CaseModel

/// Issue 13 on the demo caseload: the seed households that show each correction keep showing it (the module
/// tests in `*.tests.yaml` check the rules themselves; these check that the demo still demonstrates them).
@Suite("Issue 13 in the demo caseload")
struct Issue13DemoTests {
    static let asOf = Day(year: 2026, month: 11, day: 23)!
    static let results = DemoCoverageTests.results(asOf: asOf)

    static func results(_ dossier: String, _ rule: String) -> [RuleResult] {
        results.filter { $0.dossier.rawValue == dossier && $0.rule == rule }
    }

    static func one(_ dossier: String, _ rule: String) throws -> RuleResult {
        let found = results(dossier, rule)
        try #require(found.count == 1, "\(dossier) \(rule): \(found.count) results")
        return found[0]
    }

    @Test("a couple with children shares one category-3 leefloon: half each, together the whole within a cent")
    func coupleSharesCategoryThree() throws {
        let partners = Self.results("2026-00440", "leefloon")
        #expect(partners.count == 2)
        #expect(partners.allSatisfy { $0.outcome == .eligible })
        let total = partners.compactMap { $0.amount?.value.cents }.reduce(0, +)
        #expect(abs(total - 177_607) <= 1, "together \(total) cents")
    }

    @Test("a pensioner of 87 gets no leefloon amount: the IGO comes first")
    func pensionAgeIGOFirst() throws {
        let r = try Self.one("2018-00256", "leefloon")
        #expect(r.outcome == .notEligible)
        #expect(r.amount == nil)
        #expect(r.reasons.contains { $0.holds == false && $0.condition.nl.contains("inkomensgarantie voor ouderen") })
    }

    @Test("an adult child with an own income, not ten laste, is outside the VT household and the Groeipakket income")
    func adultChildOutside() throws {
        #expect(try Self.one("2026-00441", "verhoogde-tegemoetkoming").outcome == .eligible)
        #expect(try Self.one("2026-00441", "groeipakket-sociale-toeslag").outcome == .eligible)
        let mother = try #require(Self.results("2026-00441", "leefloon").first { $0.personIndex == 0 })
        #expect(mother.outcome == .eligible, "the son's income is at the OCMW's discretion, never a refusal")
    }

    @Test("a person whose caregiver is known only by postcode gets a mantelzorgpremie result, also under 60")
    func caregiverByPostcode() throws {
        let r = try Self.one("2026-00442", "mantelzorgpremie")
        #expect(r.outcome == .notEligible)
    }

    @Test("ETHOS 9 is not Housing First, decided without asking for consent")
    func ethosNineIsPrevention() throws {
        let r = try Self.one("2026-00443", "housing-first")
        #expect(r.outcome == .notEligible)
        #expect(r.missing.isEmpty)
    }

    @Test("the VT on the current monthly income for a widow whose income of last year is above the limit")
    func monthlyRoute() throws {
        #expect(try Self.one("2026-00444", "verhoogde-tegemoetkoming").outcome == .eligible)
        #expect(Self.results("2026-00444", "leefloon").allSatisfy { $0.outcome == .notEligible })
    }

    @Test("the sociaal internettarief is one result per household")
    func internetTariffPerHousehold() {
        for h in DemoCoverageTests.households {
            #expect(Self.results(h.id.rawValue, "sociaal-internettarief").count == 1, "\(h.id.rawValue)")
        }
        #expect(Self.results.filter { $0.rule == "sociaal-internettarief" }.allSatisfy { $0.person == nil })
    }

    @Test("energy poverty: a risk group without an energy signal is not flagged")
    func riskGroupAloneIsNoEnergyPoverty() throws {
        let r = try Self.one("2026-00441", "energiearmoede")
        #expect(r.outcome == .notEligible)
        #expect(r.level == "none")
    }
}
