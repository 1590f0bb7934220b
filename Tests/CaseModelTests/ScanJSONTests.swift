import Foundation
import Testing
@testable import CaseModel

/// The scan's JSON is written by `PrettyJSON` (issue 17: `JSONEncoder` took seconds and a gigabyte at 100,000
/// households); its bytes are those `JSONEncoder` gave before, which this test keeps as the reference.
@Suite struct ScanJSONTests {
    static let asOf = Day(year: 2026, month: 12, day: 7)!

    @Test func theScanJSONIsWhatJSONEncoderWrote() throws {
        var households = DemoGenerator(seed: 23).households(count: 400)
        // Names a hand-edited file could hold: quotes, slashes, backslashes, control characters, accents, emoji.
        let names = ["Van/Dam \"de\" \\ Smet", "tab\there\u{1}\u{8}\u{C}\u{1F}\r\n", "Ümit Çelik 😀 ÿ"]
        for (n, name) in names.enumerated() where !households[n * 7].members.isEmpty {
            households[n * 7].members[0].lastName = name
        }
        let scan = try #require(CaseloadScan.run(households: households, ruleSet: RuleSet.load().ruleSet, asOf: Self.asOf))
        #expect(!scan.underProtection.isEmpty && !scan.possible.isEmpty && !scan.energyPoverty.isEmpty)
        #expect(names.contains { name in scan.underProtection.contains { $0.name.contains(name.prefix(4)) } })
        let written = ScanReport.json(scan)
        let reference = Self.encoded(scan)
        #expect(written == reference, "first difference at \(zip(written, reference).prefix { $0 == $1 }.count)")
        #expect(written.contains("\\/") && written.contains("\\u0001") && written.contains("😀"))
    }

    @Test func anEmptyScanToo() throws {
        let scan = try #require(CaseloadScan.run(households: [], ruleSet: RuleSet.load().ruleSet, asOf: Self.asOf))
        #expect(ScanReport.json(scan) == Self.encoded(scan))
        var some = scan
        some.energyPoverty = [:]
        some.openApplications = [CaseloadScan.OpenApplication(dossier: DossierID(rawValue: "2026-00001")!, name: "A",
                                                              rule: "leefloon", person: nil, appliedOn: Self.asOf, days: 3, term: nil)]
        #expect(ScanReport.json(some) == Self.encoded(some))
    }

    @Test func amountsAreWrittenAsJSONEncoderWroteTheirDecimal() {
        let cents: [Int64] = [0, 1, 5, 9, 10, 11, 50, 99, 100, 101, 110, 12_345, 120_000, 999_999_999, -1, -10, -12_345, 4_00_00]
        for c in cents {
            var j = PrettyJSON()
            j.number(Money(cents: c))
            #expect(j.text == (Decimal(c) / 100).description, "\(c) cents")
        }
    }

    /// The report as `ScanReport.json` made it until issue 17: `JSONEncoder`, pretty-printed, keys sorted.
    static func encoded(_ s: CaseloadScan) -> String {
        struct G: Encodable { var rule: String; var people: [String]; var yearly: Decimal?; var certain: Bool }
        struct H: Encodable { var dossier: String; var name: String; var certain: Decimal; var possible: Decimal; var rights: [G] }
        struct P: Encodable { var dossier: String; var name: String; var rule: String; var person: String?; var missing: [String]; var error: String? }
        struct W: Encodable { var dossier: String; var name: String; var priority: Int; var referred_on: String? }
        struct O: Encodable { var dossier: String; var name: String; var due: String }
        struct A: Encodable {
            var dossier: String; var name: String; var rule: String; var person: Int?; var applied_on: String; var days: Int
            var term: Int?; var over_term: Bool
        }
        struct Out: Encodable {
            var as_of: String; var households: Int; var total_certain: Decimal; var total_possible: Decimal
            var rights_without_money_value: Int
            var under_protection: [H]; var possible: [P]; var energy_poverty: [String: [String]]
            var multi_problem_without_buddy: [String]; var housing_first_waiting_list: [W]; var overdue_follow_ups: [O]
            var applications_open: [A]
        }
        let out = Out(as_of: s.asOf.iso, households: s.households, total_certain: s.totalCertain.decimal,
                      total_possible: s.totalPossible.decimal, rights_without_money_value: s.unvaluedRights,
                      under_protection: s.underProtection.map { h in
                          H(dossier: h.dossier.rawValue, name: h.name, certain: h.certain.decimal, possible: h.possible.decimal,
                            rights: h.gains.map { G(rule: $0.rule, people: $0.people, yearly: $0.yearly?.decimal, certain: $0.certain) }) },
                      possible: s.possible.map { P(dossier: $0.dossier.rawValue, name: $0.name, rule: $0.rule, person: $0.person,
                                                   missing: $0.missing, error: $0.error?.message(.nl)) },
                      energy_poverty: s.energyPoverty.mapValues { $0.map(\.dossier.rawValue) },
                      multi_problem_without_buddy: s.multiProblemWithoutBuddy.map(\.dossier.rawValue),
                      housing_first_waiting_list: s.housingFirstWaitingList.map {
                          W(dossier: $0.dossier.rawValue, name: $0.name, priority: $0.priority, referred_on: $0.referredOn?.iso) },
                      overdue_follow_ups: s.overdueFollowUps.map { O(dossier: $0.dossier.rawValue, name: $0.name, due: $0.due.iso) },
                      applications_open: s.openApplications.map { A(dossier: $0.dossier.rawValue, name: $0.name, rule: $0.rule, person: $0.person,
                                                                    applied_on: $0.appliedOn.iso, days: $0.days,
                                                                    term: $0.term, over_term: $0.overTerm) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: (try? encoder.encode(out)) ?? Data(), as: UTF8.self)
    }
}
