import Foundation

/// Proposes buddies for open multi-problem families: hard constraints first, then the declared score,
/// maximised over all families at once (an optimal assignment, not first come, first served).
public struct BuddyMatcher: Sendable {
    public var policy: MatchingPolicy
    public var asOf: Day

    public init(policy: MatchingPolicy = MatchingPolicy(), asOf: Day) {
        self.policy = policy
        self.asOf = asOf
    }

    public struct Proposal: Sendable, Hashable {
        public var family: DossierID
        public var volunteer: DossierID
        public var score: PairScore
    }

    public struct Result: Sendable {
        public var proposals: [Proposal]
        /// Families without a proposal, with the reason.
        public var unmatched: [(family: DossierID, reason: String)]
        public var volunteers: [VolunteerEligibility]
        public var totalScore: Int { proposals.reduce(0) { $0 + $1.score.total } }
    }

    /// C-R3: age, training, a valid criminal-record extract (the families have minors), free capacity.
    public func eligibility(of v: Volunteer) -> VolunteerEligibility {
        var reasons: [String] = []
        if let birth = v.birthDate, birth.age(on: asOf) < policy.minimumVolunteerAge {
            reasons.append("jonger dan \(policy.minimumVolunteerAge)")
        }
        if let trained = v.trainedOn {
            if trained > asOf { reasons.append("opleiding pas op \(trained.belgian)") }
        } else {
            reasons.append("geen buddy-opleiding geregistreerd")
        }
        if let until = v.backgroundCheckUntil {
            if until < asOf { reasons.append("uittreksel strafregister verlopen op \(until.belgian)") }
        } else {
            reasons.append("geen geldig uittreksel strafregister (model 596.2)")
        }
        let free = max(0, (v.capacity ?? 1) - v.families.count)
        if free == 0 { reasons.append("geen vrije plaats (\(v.families.count) van \(v.capacity ?? 1) gezinnen)") }
        return VolunteerEligibility(volunteer: v.id, eligible: reasons.isEmpty, reasons: reasons, freePlaces: free)
    }

    /// C-R4 and C-R5: hard constraints, then the score with its breakdown.
    public func score(family f: FamilyProfile, volunteer v: Volunteer, freePlaces: Int) -> PairScore {
        var blockers: [String] = []
        let spoken = Set(v.languages ?? [])
        let shared = f.languages.filter { spoken.contains($0) }
        if shared.isEmpty { blockers.append("geen gemeenschappelijke taal") }
        if let wanted = v.genderPreference, let sex = f.applicantSex, wanted != sex {
            blockers.append("voorkeur geslacht van de vrijwilliger")
        }
        var parts: [ScorePart] = []
        // Needs covered, weighted by severity.
        let totalNeed = f.needs.values.reduce(0, +)
        let domains = Set(v.domains ?? [])
        let covered = f.needs.filter { domains.contains($0.key) }
        let coveredNeed = covered.values.reduce(0, +)
        let needPoints = totalNeed == 0 ? 0 : policy.needsWeight * coveredNeed / totalNeed
        let coveredNames = covered.keys.sorted().map(\.rawValue).joined(separator: ", ")
        parts.append(ScorePart(name: "noden", points: needPoints, maximum: policy.needsWeight,
                               why: covered.isEmpty ? "dekt geen van de probleemdomeinen"
                                   : "dekt \(coveredNames) (\(coveredNeed) van \(totalNeed) ernstpunten)"))
        // Language: the applicant's first language counts fully, another shared language half.
        let languagePoints: Int
        let languageWhy: String
        if let first = f.languages.first, spoken.contains(first) {
            languagePoints = policy.languageWeight
            languageWhy = "spreekt \(first), de taal van de aanvrager"
        } else if let other = shared.first {
            languagePoints = policy.languageWeight / 2
            languageWhy = "gemeenschappelijke taal \(other)"
        } else {
            languagePoints = 0
            languageWhy = "geen gemeenschappelijke taal"
        }
        parts.append(ScorePart(name: "taal", points: languagePoints, maximum: policy.languageWeight, why: languageWhy))
        // Proximity by district.
        let samePlace = f.district != nil && f.district?.lowercased() == v.district?.lowercased()
        parts.append(ScorePart(name: "nabijheid", points: samePlace ? policy.proximityWeight : 0,
                               maximum: policy.proximityWeight,
                               why: samePlace ? "woont in dezelfde wijk (\(v.district ?? ""))" : "andere of onbekende wijk"))
        // Availability.
        let slots = v.availability?.count ?? 0
        let availabilityPoints = policy.availabilityWeight * min(slots, policy.fullAvailabilitySlots) / max(1, policy.fullAvailabilitySlots)
        parts.append(ScorePart(name: "beschikbaarheid", points: availabilityPoints, maximum: policy.availabilityWeight,
                               why: "\(slots) momenten per week"))
        // Free capacity.
        let capacity = max(1, v.capacity ?? 1)
        parts.append(ScorePart(name: "ruimte", points: policy.headroomWeight * freePlaces / capacity,
                               maximum: policy.headroomWeight, why: "\(freePlaces) van \(capacity) plaatsen vrij"))
        return PairScore(feasible: blockers.isEmpty, blockers: blockers, parts: parts)
    }

    /// The pair's total score, or nil when a hard constraint rules it out: the same figure as
    /// `score(family:volunteer:freePlaces:)`, without the words, for the thousands of pairs of a round
    /// (MatchingTests checks that both agree).
    public func points(family f: FamilyProfile, volunteer v: VolunteerTraits, freePlaces: Int) -> Int? {
        var sharesLanguage = false
        for l in f.languages where v.languages.contains(l) { sharesLanguage = true; break }
        guard sharesLanguage else { return nil }
        if let wanted = v.genderPreference, let sex = f.applicantSex, wanted != sex { return nil }
        var totalNeed = 0, coveredNeed = 0
        for (domain, need) in f.needs {
            totalNeed += need
            if v.domains.contains(domain) { coveredNeed += need }
        }
        var total = totalNeed == 0 ? 0 : policy.needsWeight * coveredNeed / totalNeed
        if let first = f.languages.first, v.languages.contains(first) {
            total += policy.languageWeight
        } else {
            total += policy.languageWeight / 2
        }
        if let district = f.district?.lowercased(), district == v.district { total += policy.proximityWeight }
        total += policy.availabilityWeight * min(v.slots, policy.fullAvailabilitySlots) / max(1, policy.fullAvailabilitySlots)
        total += policy.headroomWeight * freePlaces / v.capacity
        return total
    }

    /// What `points` needs of a volunteer, worked out once per round.
    public struct VolunteerTraits: Sendable {
        var languages: Set<String>
        var genderPreference: Sex?
        var domains: Set<ProblemDomain>
        var district: String?
        var slots: Int
        var capacity: Int

        public init(_ v: Volunteer) {
            languages = Set(v.languages ?? [])
            genderPreference = v.genderPreference
            domains = Set(v.domains ?? [])
            district = v.district?.lowercased()
            slots = v.availability?.count ?? 0
            capacity = max(1, v.capacity ?? 1)
        }
    }

    /// The optimal assignment over all families at once. A volunteer with several free places appears as
    /// several columns; infeasible pairs are forbidden; the total score is maximal among assignments with the
    /// most pairs.
    public func propose(families: [FamilyProfile], volunteers: [Volunteer]) -> Result {
        let checks = volunteers.map(eligibility(of:))
        let open = checks.indices.filter { checks[$0].eligible && checks[$0].freePlaces > 0 }
        var columns: [(volunteer: Int, place: Int)] = []
        for (k, i) in open.enumerated() {
            for place in 0..<checks[i].freePlaces { columns.append((k, place)) }
        }
        guard !families.isEmpty, !columns.isEmpty else {
            return Result(proposals: [], unmatched: families.map { ($0.dossier, "geen beschikbare vrijwilliger") },
                          volunteers: checks)
        }
        let maxScore = policy.maximumScore
        // Cost = (lost score) × tieScale + place: the total score decides first; among equal totals, later
        // places of one volunteer are used last, so free capacity is spread. `forbidden` exceeds any sum of
        // real costs, so the number of pairs is maximal before the score counts.
        let pairsPossible = min(families.count, columns.count)
        let tieScale = 3 * pairsPossible + 1
        let forbidden = ((maxScore + 1) * tieScale + 3) * (pairsPossible + 1)
        let totals = pairTotals(families, open.map { volunteers[$0] }, open.map { checks[$0].freePlaces })
        var costs = Array(repeating: Array(repeating: forbidden, count: columns.count), count: families.count)
        for fi in families.indices {
            for (ci, col) in columns.enumerated() {
                if let total = totals[fi * open.count + col.volunteer] {
                    costs[fi][ci] = (maxScore - total) * tieScale + col.place
                }
            }
        }
        let assignment = OptimalAssignment.solve(costs: costs, forbidden: forbidden)
        var proposals: [Proposal] = []
        var unmatched: [(DossierID, String)] = []
        for (fi, column) in assignment.enumerated() {
            if let column {
                let vi = open[columns[column].volunteer]
                let score = score(family: families[fi], volunteer: volunteers[vi], freePlaces: checks[vi].freePlaces)
                proposals.append(Proposal(family: families[fi].dossier, volunteer: volunteers[vi].id, score: score))
            } else {
                let anyFeasible = (0..<open.count).contains { totals[fi * open.count + $0] != nil }
                unmatched.append((families[fi].dossier, anyFeasible ? "alle passende vrijwilligers zijn al voorgesteld"
                                                                    : "geen vrijwilliger voldoet aan de harde voorwaarden"))
            }
        }
        return Result(proposals: proposals, unmatched: unmatched, volunteers: checks)
    }

    /// Every family against every open volunteer (row-major), on all cores.
    private func pairTotals(_ families: [FamilyProfile], _ volunteers: [Volunteer], _ free: [Int]) -> [Int?] {
        let traits = volunteers.map(VolunteerTraits.init)
        let width = volunteers.count
        var totals = [Int?](repeating: nil, count: families.count * width)
        totals.withUnsafeMutableBufferPointer { buffer in
            let slots = PairSlots(base: buffer)
            DispatchQueue.concurrentPerform(iterations: families.count) { fi in
                for vi in 0..<width {
                    slots.base[fi * width + vi] = points(family: families[fi], volunteer: traits[vi], freePlaces: free[vi])
                }
            }
        }
        return totals
    }
}

/// Each slot is written by one iteration only; `concurrentPerform` returns when all are done.
private struct PairSlots: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<Int?>
}
