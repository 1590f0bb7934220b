/// Generates realistic, varied demo households of Genk directly as `Household` values, for benchmarks, scans
/// and a large demo store. Deterministic: the same seed (and reference date) gives identical output.
///
/// The situations follow the hand-written demo caseload in `seeds/` (see `seeds/README.md`): elderly people
/// with a care need and a caregiver, families with low and comfortable incomes, single parents, multi-problem
/// families with and without a buddy, people who are homeless, households in energy poverty at every level;
/// and some facts are left unknown (`nil`), as in real client lists.
public struct DemoGenerator: Sendable {
    public let seed: UInt64
    /// The day ages and recent dates are computed from; fixed so the output never depends on the clock.
    public let reference: Day

    public static let defaultReference = Day(year: 2026, month: 11, day: 23)!

    public init(seed: UInt64, reference: Day = DemoGenerator.defaultReference) {
        self.seed = seed
        self.reference = reference
    }

    /// `count` households with dossier numbers `G-000001`… starting at number `startingAt`.
    /// Each household is drawn from its own stream (seed and dossier number), so a household does not
    /// depend on how many were generated before it; national register numbers are unique within one call.
    public func households(count: Int, startingAt: Int = 1) -> [Household] {
        var result: [Household] = []
        result.reserveCapacity(max(0, count))
        var numbers = NationalNumberPool()
        for n in startingAt..<(startingAt + max(0, count)) {
            var builder = DemoHouseholdBuilder(
                rng: SplitMix64(seed: SplitMix64.derive(seed, UInt64(truncatingIfNeeded: n))),
                reference: reference, number: n)
            result.append(builder.build(numbers: &numbers))
        }
        return result
    }

    /// `count` volunteers (buddies) with ids `VW-0001`…: languages, districts, domains, capacity 1–3,
    /// availability, and training and background checks that are sometimes missing or expired.
    public func volunteers(count: Int) -> [Volunteer] {
        var rng = SplitMix64(seed: SplitMix64.derive(seed, 0xB0DD1E5))
        return (0..<max(0, count)).map { DemoVolunteerBuilder.make(number: $0 + 1, rng: &rng, reference: reference) }
    }

    /// `G-000001`
    static func dossierID(_ n: Int) -> DossierID {
        let digits = String(n)
        let padded = digits.count >= 6 ? digits : String(repeating: "0", count: 6 - digits.count) + digits
        return DossierID(rawValue: "G-" + padded)!
    }
}

/// Hands out national register numbers that are valid and unique within one generation run.
struct NationalNumberPool {
    private var used: Set<Int> = []

    /// A number for this birth date and sex (odd sequence for men, even for women).
    mutating func number(birthDate: Day, sex: Sex, rng: inout SplitMix64) -> NationalNumber {
        let odd = sex == .m || (sex == .x && rng.chance(0.5))
        // 498 sequence numbers of each parity (1–995 odd, 2–996 even); on a clash take the next one.
        var slot = rng.int(0...497)
        while !used.insert(birthDate.ordinal &* 1000 &+ (odd ? 2 * slot + 1 : 2 * slot + 2)).inserted {
            slot = (slot + 1) % 498
        }
        return NationalNumber.make(birthDate: birthDate, sequence: odd ? 2 * slot + 1 : 2 * slot + 2)
    }
}
