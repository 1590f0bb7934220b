@testable import CaseModel
import Testing
@testable import ZorgTUI

/// The flow filters on the demo store: the store's whole-caseload evaluation (both cores, no reasons) gives the
/// same flags as checking each household on its own with reasons, and each flow filter finds someone.
@Suite struct CaseloadFlagsStoreTests {
    @Test func storeFlagsEqualOneByOneChecksAndEveryFlowFilterFindsSomeone() throws {
        let source = try MatchingFixture.demoSource()
        defer { MatchingFixture.remove(source) }
        let day = MatchingFixture.day
        // The demo has no Housing First intakes: the team puts one eligible household on the waiting list.
        let eligible = try #require(try source.store.loadAll().households.first { h in
            source.ruleSet.evaluate(household: h, asOf: day, ruleIDs: ["housing-first"]).first?.outcome == .eligible
        })
        try source.change(eligible.id) { h in
            h.housingFirst = HousingFirstIntake(history: [HousingFirstStateChange(state: .wachtlijst, date: day, user: "lotte")])
        }
        let fast = try #require(try source.caseloadFlags(asOf: day))
        let households = try source.store.loadAll().households
        #expect(fast.count == households.count)
        let lookup = CaregiverIndex(households: households)
        for h in households {
            let slow = CaseloadFlags(household: h, results: source.ruleSet.evaluate(household: h, asOf: day, lookup: lookup))
            #expect(fast[h.id] == slow, "dossier \(h.id.rawValue)")
        }
        let flags = Array(fast.values)
        #expect(flags.contains { $0.energyPovertyHigh })
        #expect(flags.contains { $0.possibleRights })
        #expect(flags.contains { $0.housingFirstWaiting })
        #expect(flags.contains { $0.multiProblemWithoutBuddy })
        #expect(flags.contains { $0 == CaseloadFlags() })
    }
}
