import Testing
@testable import CaseModel

@Suite("Buddy matching")
struct MatchingTests {
    /// Exhaustive search over all injective assignments: the reference for small cases.
    static func bruteForce(_ costs: [[Int]], forbidden: Int) -> (pairs: Int, cost: Int) {
        let n = costs.count, m = costs[0].count
        var best = (pairs: -1, cost: Int.max)
        func go(_ r: Int, _ used: Set<Int>, _ pairs: Int, _ cost: Int) {
            if r == n {
                if pairs > best.pairs || (pairs == best.pairs && cost < best.cost) { best = (pairs, cost) }
                return
            }
            go(r + 1, used, pairs, cost) // row left unassigned
            for c in 0..<m where !used.contains(c) && costs[r][c] < forbidden {
                go(r + 1, used.union([c]), pairs + 1, cost + costs[r][c])
            }
        }
        go(0, [], 0, 0)
        return best
    }

    @Test("the assignment is optimal where greedy is not")
    func optimalBeatsGreedy() {
        // Greedy takes the best pair first (row 0 – column 0, cost 10) and is left with the forbidden pair.
        let forbidden = 1_000
        let costs = [[10, 20], [15, forbidden]]
        let result = OptimalAssignment.solve(costs: costs, forbidden: forbidden)
        #expect(result == [1, 0])
    }

    @Test("equals exhaustive search on random small matrices, any shape")
    func matchesBruteForce() {
        var rng = SplitMix(seed: 42)
        let forbidden = 10_000
        for _ in 0..<300 {
            let n = Int(rng.next() % 5) + 1, m = Int(rng.next() % 5) + 1
            let costs = (0..<n).map { _ in (0..<m).map { _ in rng.next() % 4 == 0 ? forbidden : Int(rng.next() % 50) } }
            let result = OptimalAssignment.solve(costs: costs, forbidden: forbidden)
            let used = result.compactMap { $0 }
            #expect(Set(used).count == used.count, "a column used twice")
            let pairs = used.count
            var cost = 0
            for (row, column) in result.enumerated() { if let column { cost += costs[row][column] } }
            let best = Self.bruteForce(costs, forbidden: forbidden)
            #expect(pairs == best.pairs && cost == best.cost, "\(costs)")
        }
    }

    static let asOf = Day(year: 2026, month: 11, day: 23)!

    static func volunteer(_ id: String, languages: [String], domains: [ProblemDomain], district: String = "Winterslag",
                          capacity: Int = 1, trained: Bool = true, checkValid: Bool = true) -> Volunteer {
        var v = Volunteer(id: DossierID(rawValue: id)!, firstName: "V", lastName: id)
        v.languages = languages
        v.domains = domains
        v.district = district
        v.capacity = capacity
        v.availability = [Slot(code: "ma-vm")!, Slot(code: "wo-av")!]
        v.trainedOn = trained ? Day(year: 2025, month: 3, day: 1) : nil
        v.backgroundCheckUntil = checkValid ? Day(year: 2027, month: 1, day: 1) : Day(year: 2026, month: 1, day: 1)
        return v
    }

    static func family(_ id: String, languages: [String], needs: [ProblemDomain: Int], district: String = "Winterslag") -> FamilyProfile {
        FamilyProfile(dossier: DossierID(rawValue: id)!, needs: needs, languages: languages, district: district,
                      applicantSex: .v, hasMinor: true)
    }

    @Test("volunteers without training or with an expired extract are not proposed, and say why")
    func eligibility() {
        let matcher = BuddyMatcher(asOf: Self.asOf)
        let untrained = matcher.eligibility(of: Self.volunteer("V1", languages: ["nl"], domains: [], trained: false))
        #expect(!untrained.eligible && untrained.reasons.contains { $0.contains("opleiding") })
        let expired = matcher.eligibility(of: Self.volunteer("V2", languages: ["nl"], domains: [], checkValid: false))
        #expect(!expired.eligible && expired.reasons.contains { $0.contains("verlopen") })
    }

    @Test("a pair without a shared language is never proposed; every proposal has its score breakdown")
    func hardConstraintsAndBreakdown() {
        let matcher = BuddyMatcher(asOf: Self.asOf)
        let families = [Self.family("F1", languages: ["tr"], needs: [.schulden: 3, .opvoeding: 2]),
                        Self.family("F2", languages: ["nl"], needs: [.taal: 2])]
        let volunteers = [Self.volunteer("V1", languages: ["nl"], domains: [.schulden, .opvoeding]),
                          Self.volunteer("V2", languages: ["tr", "nl"], domains: [.taal])]
        let result = matcher.propose(families: families, volunteers: volunteers)
        #expect(result.proposals.count == 2)
        let f1 = result.proposals.first { $0.family.rawValue == "F1" }
        #expect(f1?.volunteer.rawValue == "V2") // V1 speaks no Turkish
        #expect(f1?.score.parts.map(\.name) == ["noden", "taal", "nabijheid", "beschikbaarheid", "ruimte"])
        #expect(f1?.score.total == f1?.score.parts.reduce(0) { $0 + $1.points })
    }

    @Test("capacity: a volunteer with two places can take two families")
    func capacity() {
        let matcher = BuddyMatcher(asOf: Self.asOf)
        let families = [Self.family("F1", languages: ["nl"], needs: [.schulden: 3]),
                        Self.family("F2", languages: ["nl"], needs: [.schulden: 2])]
        let result = matcher.propose(families: families, volunteers: [Self.volunteer("V1", languages: ["nl"], domains: [.schulden], capacity: 2)])
        #expect(result.proposals.count == 2)
        #expect(Set(result.proposals.map(\.volunteer.rawValue)) == ["V1"])
    }
}

/// A small deterministic generator for property tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: (z ^ (z >> 31)) & 0x7FFF_FFFF)
    }
}
