import Foundation

/// The figure for one very large dossier (issue 12): a stored file can hold a household far beyond the 40
/// members the import accepts, and checking it must still take time in proportion to its members.
extension CaseloadBench {
    /// Members of the large dossier.
    public static let largeHouseholdMembers = 2000

    /// One dossier of 2,000 members (the generated caseload's people, in one household), checked with every
    /// module and the reasons, as `zorg check --all` does it (caregiver index included); the note gives the same
    /// without reasons (a scan) and the number of results.
    func largeHousehold() -> BenchFigure {
        let h = Self.largeHousehold(members: Self.largeHouseholdMembers)
        let ruleSet = RuleSet.load().ruleSet
        var runs: [Double] = []
        let meter = BenchMeter()
        var results = 0
        for _ in 0..<5 {
            runs.append(meter.time {
                results = CaseloadEvaluation.run(households: [h], ruleSet: ruleSet, asOf: Self.asOf).joined().count
            })
        }
        let lean = BenchClock.median((0..<5).map { _ in
            BenchClock.seconds { _ = CaseloadEvaluation.run(households: [h], ruleSet: ruleSet, asOf: Self.asOf, reasons: false) }
        })
        return BenchFigure(step: .largeHousehold, runs: runs, cpuRuns: meter.cpu, items: 1,
                           note: String(format: "\(h.members.count) leden, \(ruleSet.modules.count) modules, \(results) resultaten; "
                                        + "zonder redenen %.0f ms", lean * 1000))
    }

    /// The people of the generated caseload, one after the other, in one household.
    static func largeHousehold(members n: Int) -> Household {
        var people: [Person] = []
        var count = n
        while people.count < n {
            people += DemoGenerator(seed: seed).households(count: count).flatMap(\.members)
            count *= 2
        }
        var h = DemoGenerator(seed: seed).households(count: 1)[0]
        h.id = DossierID(rawValue: "GROOT-\(n)")!
        h.members = Array(people.prefix(n))
        return h
    }
}
