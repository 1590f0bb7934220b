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

    // The rights an OCMW of Genk checks that no module covered (issue 13): each new right shows in the demo.

    @Test("the 87-year-old pensioner without IGO: leefloon not eligible (IGO first), the IGO eligible with a top-up")
    func pensionerGetsTheIGO() throws {
        let r = try Self.one("2018-00256", "inkomensgarantie-ouderen")
        #expect(r.outcome == .eligible)
        #expect((r.amount?.value.cents ?? 0) > 0)
        #expect(r.amount?.per == .month)
        #expect(try Self.one("2018-00256", "leefloon").outcome == .notEligible)
        #expect(try Self.one("2022-00311", "inkomensgarantie-ouderen").outcome == .receives)
    }

    @Test("a pensioner whose home-sharer's income excludes the IGO is not sent to the IGO: the leefloon decides")
    func igoExcludedLeefloonDecides() throws {
        #expect(try Self.one("2026-00449", "inkomensgarantie-ouderen").outcome == .notEligible)
        let pensioner = try #require(Self.results("2026-00449", "leefloon").first { $0.personIndex == 0 })
        #expect(pensioner.outcome == .eligible)
        #expect(pensioner.amount == RuleAmount(value: Money(cents: 27_613), per: .month))
    }

    @Test("a young adult with 13 points: the integration allowance and the care budget of € 300 for people with a disability")
    func youngAdultWithADisability() throws {
        let lien = { (rule: String) in Self.results("2026-00446", rule).first { $0.personIndex == 1 } }
        #expect(lien("tegemoetkoming-handicap")?.outcome == .eligible)
        #expect(lien("basisondersteuningsbudget")?.outcome == .eligible)
        #expect(lien("basisondersteuningsbudget")?.amount == RuleAmount(value: Money(cents: 30_000), per: .month))
        let couple = Self.results("2026-00448", "basisondersteuningsbudget")
        #expect(couple.first { $0.personIndex == 0 }?.outcome == .receives)
        #expect(couple.first { $0.personIndex == 1 }?.missing.contains { $0.hasPrefix("zelfredzaamheid@") } == true)
    }

    @Test("the school allowance per child: the primary-school amount, a child who receives it, a child whose level is unknown")
    func schoolAllowancePerChild() throws {
        let children = Self.results("2026-00446", "groeipakket-schooltoeslag")
        #expect(children.count == 2, "one result per pupil, none for the mother or the daughter out of school")
        #expect(children.first { $0.personIndex == 3 }?.outcome == .receives)
        #expect(children.first { $0.personIndex == 3 }?.amount == RuleAmount(value: Money(cents: 18_819), per: .year))
        #expect(children.first { $0.personIndex == 2 }?.outcome == .eligible)
        let unknown = try Self.one("2025-00412", "groeipakket-schooltoeslag")
        #expect(unknown.outcome == .possible)
        #expect(unknown.missing.contains { $0.hasPrefix("onderwijsniveau@") })
        #expect(Self.results("2020-00311", "groeipakket-schooltoeslag").allSatisfy { $0.outcome == .notEligible })
    }

    @Test("the installatiepremie: a Housing First tenant who moved in gets one category-3 leefloon once; received before is receives")
    func installatiepremie() throws {
        let r = try Self.one("2026-00445", "installatiepremie")
        #expect(r.outcome == .eligible)
        #expect(r.amount == RuleAmount(value: Money(cents: 177_607), per: .once))
        #expect(try Self.one("2026-00447", "installatiepremie").outcome == .receives)
        let housedNoDate = try Self.one("2023-00140", "installatiepremie")
        #expect(housedNoDate.outcome == .possible)
        #expect(housedNoDate.missing == ["gehuisvest_sinds"])
        #expect(try Self.one("2026-00388", "installatiepremie").outcome == .notEligible, "still roofless: the grant comes with a home")
    }

    @Test("the huurwaarborg for a household that must find a home (ETHOS 9) and one just housed; a loan, no amount")
    func rentalGuarantee() throws {
        for dossier in ["2026-00443", "2026-00445"] {
            let r = try Self.one(dossier, "huurwaarborg")
            #expect(r.outcome == .eligible, "\(dossier)")
            #expect(r.amount == nil)
        }
        #expect(try Self.one("2026-00447", "huurwaarborg").outcome == .notEligible, "housed in 2024: no new lease")
    }

    @Test("the social water tariff: a household right through a member's status; the VT alone gives none")
    func socialWaterTariff() throws {
        #expect(try Self.one("2026-00447", "sociale-correctie-water").outcome == .receives)
        #expect(try Self.one("2026-00442", "sociale-correctie-water").outcome == .eligible)
        #expect(try Self.one("2025-00033", "sociale-correctie-water").outcome == .notEligible)
        #expect(try Self.one("2025-00412", "sociale-correctie-water").outcome == .possible)
        for h in DemoCoverageTests.households {
            #expect(Self.results(h.id.rawValue, "sociale-correctie-water").count == 1, "\(h.id.rawValue)")
        }
    }
}
