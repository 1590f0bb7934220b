import Testing
@testable import CaseModel

@Suite("Domain values")
struct DomainTests {
    @Test("national numbers: checksum before and from 2000, BIS, padding, formatting")
    func nationalNumbers() throws {
        // Born 30-07-1985, sequence 033: 97 - (850730033 mod 97) = 28
        let n = try #require(NationalNumber("85.07.30-033.28"))
        #expect(n.birthDate == Day(year: 1985, month: 7, day: 30))
        #expect(n.formatted == "85.07.30-033.28")
        #expect(n.masked == "85.07.30-***.**")
        #expect(NationalNumber("85.07.30-033.61") == nil)
        // Born 2005: checksum computed with a leading 2.
        let young = NationalNumber.make(birthDate: Day(year: 2005, month: 3, day: 14)!, sequence: 12)
        #expect(young.bornFrom2000)
        #expect(young.birthDate == Day(year: 2005, month: 3, day: 14))
        #expect(NationalNumber(young.digits) == young)
        // A spreadsheet dropped the leading zero: restored with a flag.
        let dropped = String(young.digits.drop(while: { $0 == "0" }))
        guard case .success(let p) = NationalNumber.parse(dropped) else { Issue.record("not restored"); return }
        #expect(p.restoredLeadingZeros && p.number == young)
        // BIS number: month + 40.
        let bis = try #require(NationalNumber("85473003317"))
        #expect(bis.isBIS)
        #expect(bis.birthDate == Day(year: 1985, month: 7, day: 30))
        #expect(NationalNumber.parse("12345").isFailure)
        #expect(NationalNumber.parse("85.07.30-033.6x").isFailure)
    }

    @Test("amounts: Belgian and international notation, exact cents")
    func amounts() {
        for text in ["1.234,56", "1234,56", "1234.56", "€ 1.234,56", "€1234,56", "1 234,56", "1\u{00A0}234,56"] {
            #expect(Money.parse(text) == .success(Money(cents: 123_456)), "\(text)")
        }
        #expect(Money.parse("12.500") == .success(Money(euros: 12_500)))
        #expect(Money.parse("12,5") == .success(Money(cents: 1250)))
        #expect(Money.parse("1,234") == .failure(.tooManyDecimals))
        #expect(Money.parse("-5") == .failure(.negative))
        #expect(Money.parse("twaalf") == .failure(.notANumber))
        #expect(Money(cents: 123_456).belgian == "€ 1.234,56")
        #expect(Money(cents: 5).belgian == "€ 0,05")
        #expect(Money(cents: 100_000_000).belgian == "€ 1.000.000,00")
        #expect(Money(cents: 123_456).csv == "1234,56")
    }

    @Test("days: parsing, ages, month arithmetic")
    func days() throws {
        #expect(Day(parsing: "30-07-1985") == Day(year: 1985, month: 7, day: 30))
        #expect(Day(parsing: "30/07/1985") == Day(year: 1985, month: 7, day: 30))
        #expect(Day(parsing: "1985-07-30") == Day(year: 1985, month: 7, day: 30))
        #expect(Day(parsing: "31-02-2024") == nil)
        #expect(Day(parsing: "29-02-2024") != nil)
        #expect(Day(parsing: "2024/02/29") == nil)
        let birth = try #require(Day(parsing: "29-02-1964"))
        #expect(birth.age(on: Day(year: 2024, month: 2, day: 28)!) == 59)
        #expect(birth.age(on: Day(year: 2024, month: 2, day: 29)!) == 60)
        #expect(Day(year: 2024, month: 1, day: 31)!.adding(months: 1) == Day(year: 2024, month: 2, day: 29))
        let d = Day(year: 2026, month: 11, day: 23)!
        #expect(Day(ordinal: d.ordinal) == d)
        #expect(Day(year: 2025, month: 12, day: 31)!.days(until: Day(year: 2026, month: 1, day: 1)!) == 1)
    }

    @Test("facts: every client-list column reads back what was set")
    func factsRoundTrip() {
        var h = Household(id: DossierID(rawValue: "2024-00123")!)
        h.set("verwarming", to: .code("stookolie"))
        h.set("problemen", to: .list(["schulden:3:18", "opvoeding:2", "wonen"]))
        #expect(h.value(of: "verwarming") == .code("stookolie"))
        #expect(h.value(of: "problemen") == .list(["schulden:3:18", "opvoeding:2", "wonen"]))
        #expect(h.value(of: "energie_jaar") == .unknown)
        var p = Person(firstName: "Ayşe", lastName: "Yılmaz")
        p.set("statuten", to: .list(["vt", "pensioen"]))
        #expect(p.has(.vt) == true)
        #expect(p.has(.leefloon) == false)
        p.set("statuten", to: .unknown)
        #expect(p.has(.vt) == nil)
    }
}

extension Result {
    var isFailure: Bool { if case .failure = self { return true }; return false }
}
