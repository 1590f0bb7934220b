import Foundation
import Testing
@testable import CaseModel

/// A household cannot be a denial of service: checking a dossier costs work in proportion to its members. The
/// work is counted, not timed (`RuleFrame.work`: program steps evaluated, with or without a record, members
/// looked at for a caregiver, missing facts sorted), for every module with reasons (`zorg check`) and without (a scan), on a
/// dossier of 100 and one of 2,000 members. The import refuses more than 40 members, but a stored file can hold
/// any number. (Wall time of a 2,000-member dossier: `zorg bench`, docs/performance.md.)
@Suite struct RuleScaleTests {
    static let asOf = Day(year: 2026, month: 11, day: 23)!
    static let ruleSet = RuleSet.load().ruleSet

    enum Kind: String, CaseIterable {
        /// Members as the demo caseload has them (incomes, statuses, care links), each with a national number.
        case ordinary
        /// Members with a birth date and nothing else, each caring for the next: every module lists missing
        /// facts for every member, and every member has a caregiver to look up.
        case unknownFacts
    }

    static let demoMembers: [Person] = DemoGenerator(seed: 5).households(count: 400).flatMap(\.members)

    static func household(members n: Int, _ kind: Kind) -> Household {
        var members: [Person] = []
        for i in 0..<n {
            let born = Day(year: 1940 + i % 70, month: i % 12 + 1, day: i % 28 + 1)!
            // The birth dates repeat every 420 members: the sequence number tells those apart.
            let number = NationalNumber.make(birthDate: born, sequence: i / 420 + 1)
            var p: Person
            switch kind {
            case .ordinary:
                p = demoMembers[i % demoMembers.count]
                p.birthDate = p.birthDate ?? born
            case .unknownFacts:
                p = Person(firstName: "P", lastName: "\(i)", birthDate: born)
            }
            p.nationalNumber = number
            members.append(p)
        }
        // Care links inside the dossier: in the ordinary one where the demo has them, else every member for the next.
        for i in members.indices where kind == .unknownFacts || members[i].caresFor != nil {
            members[i].caresFor = members[(i + 1) % n].nationalNumber
        }
        var h = Household(id: DossierID(rawValue: "GROOT-\(n)")!, members: members, address: Address(postcode: "3600"))
        if kind == .ordinary {
            h.residentSince = Day(year: 2001, month: 1, day: 1)!
            h.housing.tenure = .privateHuur
        }
        return h
    }

    /// The work of checking one household with every module, and its results.
    static func check(_ h: Household, reasons: Bool) -> (work: Int, results: [RuleResult]) {
        let frame = RuleFrame(household: h, asOf: asOf, lookup: CaregiverIndex(households: [h]))
        var out: [RuleResult] = []
        for state in ruleSet.prepared(on: asOf) { state.evaluate(frame, reasons: reasons, into: &out) }
        return (frame.work, out)
    }

    @Test("the work of checking a dossier grows linearly: 20 times the members, at most 25 times the work", arguments: Kind.allCases)
    func workGrowsLinearly(_ kind: Kind) {
        for reasons in [true, false] {
            let small = Self.check(Self.household(members: 100, kind), reasons: reasons)
            let large = Self.check(Self.household(members: 2000, kind), reasons: reasons)
            let ratio = Double(large.work) / Double(max(1, small.work))
            let missing = (small.results.map(\.missing.count).reduce(0, +), large.results.map(\.missing.count).reduce(0, +))
            print("SCALE \(kind.rawValue) \(reasons ? "with reasons" : "without reasons"): 100 members \(small.work) steps, "
                  + "2,000 members \(large.work) steps (× \(String(format: "%.1f", ratio))); missing facts listed \(missing.0) → \(missing.1)")
            #expect(small.work > 1000)
            #expect(ratio <= 25, "\(kind) reasons \(reasons): × \(ratio)")
            // The output grows linearly too: a member's result names the missing facts of at most 64 others, so the
            // facts listed per member do not grow with the household.
            #expect(Double(missing.1) / 2000 <= 1.25 * max(1, Double(missing.0) / 100), "\(kind): \(missing)")
            #expect(large.results.count >= 1000, "person rules give one result per member they concern")
        }
    }

    @Test("an aggregate names the missing facts of its first 64 undecided members; a small household names them all")
    func missingFactsOfLargeHouseholds() {
        let small = Self.check(Self.household(members: 40, .unknownFacts), reasons: true).results
        let vt = small.first { $0.rule == "verhoogde-tegemoetkoming" }
        #expect(vt?.missing.filter { $0.hasPrefix("inkomen_jaar@") }.count == 40)
        let large = Self.check(Self.household(members: 500, .unknownFacts), reasons: true).results
        let vtLarge = large.first { $0.rule == "verhoogde-tegemoetkoming" }
        #expect(vtLarge?.outcome == .possible)
        #expect(vtLarge?.missing.filter { $0.hasPrefix("inkomen_jaar@") }.count == MemberTally.namedMembers)
    }
}
