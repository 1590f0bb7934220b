import Foundation
import Testing
@testable import CaseModel

@Suite("Desk: numbers, departures, closure")
struct DeskDomainTests {
    static func id(_ s: String) -> DossierID { DossierID(rawValue: s)! }
    static let day = Day(year: 2026, month: 12, day: 7)!

    @Test("the next number is the year's highest JJJJ-NNNNN plus one; other forms and years are left alone")
    func numbering() {
        let used = ["2026-00449", "2026-00012", "2025-99999", "CL-17", "2026-123", "2026-0045a"].map(Self.id)
        #expect(DossierNumbering.next(after: used, year: 2026) == Self.id("2026-00450"))
        #expect(DossierNumbering.next(after: used, year: 2027) == Self.id("2027-00001"))
        #expect(DossierNumbering.next(after: used, year: 2025) == nil, "99,999 used: no number")
    }

    @Test("a member whose stay ended on or before a date is not in the household the rules see on that date")
    func departures() throws {
        var h = Household(id: Self.id("2026-00001"), members: [Person(firstName: "A", lastName: "B", role: .aanvrager),
                                                                Person(firstName: "C", lastName: "B", role: .partner)])
        try h.endStay(of: 2, on: Self.day, reason: .verhuisd, by: "lotte")
        #expect(h.present(on: Self.day.adding(days: -1)).members.count == 2)
        #expect(h.present(on: Self.day).members.map(\.firstName) == ["A"])
        #expect(throws: MemberChangeError.alreadyLeft(2, on: Self.day)) { try h.endStay(of: 2, on: Self.day, reason: .andere, by: "x") }
        #expect(throws: MemberChangeError.lastMember) { try h.endStay(of: 1, on: Self.day, reason: .overleden, by: "x") }
        #expect(throws: MemberChangeError.noSuchMember(3, count: 2)) { try h.endStay(of: 3, on: Self.day, reason: .andere, by: "x") }
    }

    @Test("closing needs a reason and a date not in the future; a closed dossier takes no member changes until reopened")
    func closure() throws {
        var h = Household(id: Self.id("2026-00001"), members: [Person(firstName: "A", lastName: "B")])
        #expect(throws: ClosureError.reasonRequired) { try h.close(on: Self.day, reason: " ", by: "x", today: Self.day) }
        #expect(throws: ClosureError.inTheFuture(Self.day.adding(days: 1))) {
            try h.close(on: Self.day.adding(days: 1), reason: "r", by: "x", today: Self.day)
        }
        try h.close(on: Self.day, reason: "verhuisd", by: "x", today: Self.day)
        #expect(h.isClosed && [h].caseload(includingClosed: false).isEmpty && [h].caseload(includingClosed: true).count == 1)
        #expect(throws: MemberChangeError.dossierClosed(h.id)) { try h.add(members: [Person(firstName: "N", lastName: "B")]) }
        try h.reopen()
        #expect(!h.isClosed)
        #expect(throws: ClosureError.notClosed) { try h.reopen() }
    }

    @Test("the new fields survive the caseload index")
    func index() throws {
        var h = Household(id: Self.id("2026-00001"), members: [Person(firstName: "A", lastName: "B"), Person(firstName: "C", lastName: "D")])
        h.consulent = "lotte"
        try h.endStay(of: 2, on: Self.day, reason: .verhuisd, movedTo: Self.id("2026-00002"), by: "lotte")
        try h.close(on: Self.day, reason: "r", by: "lotte", today: Self.day)
        var w = IndexWriter()
        HouseholdIndexCoding.encode(h, into: &w)
        let back = try w.bytes.withUnsafeBytes { raw -> Household in
            var r = IndexReader(raw)
            return try HouseholdIndexCoding.decode(&r)
        }
        #expect(back == h)
    }
}

@Suite("Scan: facts to collect named by person")
struct ScanMissingInWordsTests {
    @Test("a missing person fact names the person by first name and birth year; without the name, the number is masked")
    func words() {
        var p = CaseloadScan.Possible(dossier: DossierID(rawValue: "2026-00001")!, name: "Peeters, An", rule: "zorgbudget-ouderen",
                                      person: nil, missing: ["bel_profiel@38.03.14-150.55", "wachtlijst_sinds"])
        p.people["38.03.14-150.55"] = "Maria (°1939)"
        #expect(p.missingInWords("bel_profiel@38.03.14-150.55", .nl) == "bel profiel van Maria (°1939)")
        #expect(p.missingInWords("bel_profiel@38.03.14-150.55", .en) == "bel profiel of Maria (°1939)")
        #expect(p.missingInWords("wachtlijst_sinds", .nl) == "wachtlijst sinds")
        p.people = [:]
        #expect(p.missingInWords("bel_profiel@38.03.14-150.55", .nl) == "bel_profiel@38.03.14-***.**")
    }
}

@Suite("Rules: a member who left counts for no rule")
struct DepartedMemberRuleTests {
    @Test("from the day the stay ended the member has no result and is not counted; the others keep their dossier positions")
    func departed() throws {
        let day = Day(year: 2026, month: 12, day: 1)!
        var h = Household(id: DossierID(rawValue: "2026-00001")!, members: [
            Person(firstName: "A", lastName: "B", birthDate: Day(year: 1980, month: 1, day: 1), role: .aanvrager),
            Person(firstName: "C", lastName: "B", birthDate: Day(year: 1982, month: 1, day: 1), role: .partner),
        ])
        h.members[0].incomeMonth = Money(cents: 0)
        h.members[1].incomeMonth = Money(cents: 0)
        try h.endStay(of: 1, on: day, reason: .verhuisd, by: "lotte")
        let rules = RuleSet.load().ruleSet
        func people(_ asOf: Day) -> [Int] {
            rules.evaluate(household: h, asOf: asOf, ruleIDs: ["leefloon"]).compactMap(\.personIndex).sorted()
        }
        #expect(people(day.adding(days: -1)) == [0, 1])
        #expect(people(day) == [1], "only the partner, at her own position")
        let result = try #require(rules.evaluate(household: h, asOf: day, ruleIDs: ["leefloon"]).first)
        #expect(result.person == "@2")
        #expect(result.missing.allSatisfy { !$0.hasSuffix("@1") }, "\(result.missing)")
    }
}

@Suite("Reasons: dates as a person reads them")
struct ShownValueTests {
    @Test("a date in a reason's value or threshold shows as dd-mm-jjjj; other values and JSON stay as they are")
    func dates() {
        #expect(RuleReason.shown("2026-11-23") == "23-11-2026")
        #expect(RuleReason.shown("2026-11-23, 2025-01-01") == "23-11-2026, 01-01-2025")
        #expect(RuleReason.shown("1234.56") == "1234.56")
        #expect(RuleReason.shown("ja") == "ja")
        #expect(RuleReason.shown("leefloon-equivalent") == "leefloon-equivalent")
    }
}
