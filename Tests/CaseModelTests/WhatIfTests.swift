import Foundation
import Testing
@testable import CaseModel

/// "Wat als" in CaseModel: a change names its member by position or national number, is read with the import's
/// parser, and the comparison sums the two kinds of difference apart.
@Suite struct WhatIfTests {
    static let day = Day(year: 2026, month: 12, day: 7)!

    @Test func aChangeNamesItsMemberByPositionOrNationalNumber() throws {
        var h = StoreFixture.household("W1")
        let nn = NationalNumber.make(birthDate: Day(year: 1980, month: 5, day: 1)!, sequence: 41)
        h.members[0].nationalNumber = nn
        let byPosition = try FactChange(parsing: "inkomen_maand@1=1.500,00").applied(to: h)
        #expect(byPosition.members[0].incomeMonth == Money(cents: 150_000))
        let byNumber = try FactChange(parsing: "inkomen_maand@\(nn.formatted)=900").applied(to: h)
        #expect(byNumber.members[0].incomeMonth == Money(cents: 90_000))
        let household = try FactChange(parsing: "woonsituatie=sociale_huur").applied(to: h)
        #expect(household.housing.tenure == .socialeHuur)
        let unknown = try FactChange(parsing: "inkomen_maand@1=").applied(to: byPosition)
        #expect(unknown.members[0].incomeMonth == nil, "empty is unknown, as in the import")
        let other = NationalNumber.make(birthDate: Day(year: 1981, month: 5, day: 1)!, sequence: 43)
        #expect(throws: WhatIfError.notAMember(other.masked)) { try FactChange(parsing: "inkomen_maand@\(other.formatted)=1").applied(to: h) }
        // The national number is not repeated in what the change says of itself.
        #expect(try FactChange(parsing: "zorgt_voor@1=\(nn.formatted)").spec == "zorgt_voor@1=…")
    }

    @Test func theSumsKeepCertainAndPossibleApartAndCountAMonthTwelveTimes() {
        func result(_ rule: String, _ outcome: RuleOutcome, _ cents: Int64?, per: AmountPeriod = .month, person: Int? = nil) -> RuleResult {
            RuleResult(dossier: DossierID(rawValue: "W1")!, person: person.map { "@\($0 + 1)" }, personIndex: person, rule: rule,
                       title: RuleText(nl: rule), outcome: outcome, amount: cents.map { RuleAmount(value: Money(cents: $0), per: per) },
                       automatic: false, applyAt: nil, documents: [], missing: [], reasons: [], level: nil, indicators: nil,
                       priority: nil, actions: [], asOf: Self.day)
        }
        let before = [result("leefloon", .notEligible, nil, person: 0), result("huurpremie", .possible, 10_000),
                      result("premie", .eligible, 10_000, per: .year)]
        let after = [result("leefloon", .eligible, 88_804, person: 0), result("huurpremie", .notEligible, nil),
                     result("premie", .eligible, 10_000, per: .year)]
        let c = WhatIfComparison(dossier: DossierID(rawValue: "W1")!, asOf: Self.day, changes: ["x"], before: before, after: after)
        #expect(c.rows.map(\.changed) == [true, true, false])
        #expect(c.certain.year == Money(cents: 88_804 * 12))
        #expect(c.certain.month == Money(cents: 88_804))
        #expect(c.possible.year == Money(cents: -120_000))
        #expect(c.possible.month == Money(cents: -10_000))
        #expect(WhatIfComparison.verdict(c.possible, "mogelijk", .nl) == "mogelijk: slechter af met € 100,00 per maand (€ 1.200,00 per jaar)")
    }
}
