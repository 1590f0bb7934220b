import Foundation
import Testing
@testable import CaseModel

/// The numeric pair score used for large rounds agrees with the explained score, pair for pair.
@Suite struct BenchMatchingTests {
    @Test func pointsEqualTheExplainedScoreForEveryPair() {
        let asOf = DemoGenerator.defaultReference
        let families = DemoGenerator(seed: 5).households(count: 300).map { FamilyProfile(household: $0, asOf: asOf) }
        let volunteers = DemoGenerator(seed: 5).volunteers(count: 60)
        let matcher = BuddyMatcher(asOf: asOf)
        var feasible = 0
        for f in families {
            for v in volunteers {
                let free = matcher.eligibility(of: v).freePlaces
                let full = matcher.score(family: f, volunteer: v, freePlaces: free)
                let quick = matcher.points(family: f, volunteer: BuddyMatcher.VolunteerTraits(v), freePlaces: free)
                #expect(quick == (full.feasible ? full.total : nil))
                if full.feasible { feasible += 1 }
            }
        }
        #expect(feasible > 0 && feasible < families.count * volunteers.count)
    }
}
