import Foundation
import Testing
@testable import CaseModel

/// "Binnenkort": the modules themselves, evaluated on the days a recorded date can change an outcome, find the rights
/// that open or end — here the income guarantee for the elderly on the day the pension age is reached.
@Suite struct UpcomingRightsTests {
    static let day = Day(year: 2026, month: 12, day: 7)!
    static let ruleSet = RuleSet.load().ruleSet

    /// Lutgarde, alone, a small income, 66 on 15-06-2027.
    static func household() -> Household {
        var p = Person(firstName: "Lutgarde", lastName: "Vos", role: .aanvrager)
        p.birthDate = Day(year: 1961, month: 6, day: 15)
        p.nationalNumber = NationalNumber.make(birthDate: p.birthDate!, sequence: 396)
        p.civilStatus = .alleenstaand
        p.incomeMonth = Money(cents: 140_000)
        p.incomeYear = Money(cents: 1_790_000)
        p.statuses = [.vt]
        var h = Household(id: DossierID(rawValue: "2024-00802")!, members: [p])
        h.address = Address(street: "Bokrijkstraat", houseNumber: "3", postcode: "3600", municipality: "Genk")
        h.residentSince = Day(year: 1995, month: 5, day: 1)
        h.housing.tenure = .socialeHuur
        h.housing.rentMonth = Money(cents: 41_000)
        return h
    }

    @Test func theIncomeGuaranteeOpensOnTheBirthdayOfThePensionAge() throws {
        let changes = UpcomingRights.find(Self.household(), ruleSet: Self.ruleSet, asOf: Self.day, months: 12)
        let igo = try #require(changes.first { $0.rule == "inkomensgarantie-ouderen" })
        #expect(igo.on == Day(year: 2027, month: 6, day: 15)!)
        #expect(igo.member == 1)
        #expect(igo.opens || igo.after == .possible, "\(String(describing: igo.after))")
        #expect(igo.causes.contains(.birthday(member: 1, age: 66)))
        // Evaluated that day by the module itself: the same outcome as a check on that day.
        let direct = Self.ruleSet.evaluate(household: Self.household(), asOf: igo.on, ruleIDs: ["inkomensgarantie-ouderen"])
        #expect(direct.first?.outcome == igo.after)
        // Six months ahead is too early to see it.
        #expect(!UpcomingRights.find(Self.household(), ruleSet: Self.ruleSet, asOf: Self.day, months: 6)
            .contains { $0.rule == "inkomensgarantie-ouderen" })
    }

    @Test func aSignalIsWordedAsASignalNotAsARight() {
        let change = UpcomingChange(dossier: DossierID(rawValue: "2024-00802")!, name: "Vos, Lutgarde", rule: "energiearmoede",
                                    title: RuleText(nl: "Energiearmoede", en: "Energy poverty"), kind: .signal, member: nil,
                                    person: nil, on: Self.day, before: .notEligible, after: .eligible, amountBefore: nil,
                                    amountAfter: nil, causes: [.newMonth])
        let nl = change.line(language: .nl, withDossier: false)
        #expect(nl.contains("Energiearmoede: niet gesignaleerd → gesignaleerd"), "\(nl)")
        #expect(!nl.contains("rechthebbend"))
        #expect(change.line(language: .en, withDossier: false).contains("not signalled → signalled"))
        var right = change
        right.kind = .right
        #expect(right.line(language: .nl, withDossier: false).contains("niet rechthebbend → rechthebbend"))
    }

    @Test func theDaysLookedAtAreBirthdaysAnniversariesNewValuesAndMonths() {
        var h = Self.household()
        h.housing.waitingListSince = Day(year: 2023, month: 1, day: 20)
        let days = UpcomingRights.candidateDays(h, ruleSet: Self.ruleSet, after: Self.day, through: Self.day.adding(months: 3))
        let causes = Dictionary(days.map { ($0.0, $0.1) }, uniquingKeysWith: +)
        #expect(causes[Day(year: 2027, month: 1, day: 1)!]?.contains(.newMonth) == true)
        // 48 months on the waiting list on 20-01-2027.
        #expect(causes[Day(year: 2027, month: 1, day: 20)!]?.contains(.anniversary(column: "wachtlijst_sinds", member: nil, months: 48)) == true)
        #expect(days.allSatisfy { $0.0 > Self.day && $0.0 <= Self.day.adding(months: 3) })
        #expect(days.map(\.0) == days.map(\.0).sorted())
    }
}
