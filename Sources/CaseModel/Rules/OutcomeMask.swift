/// A set of outcomes as bits: a scan asks it once per result, where hashing a `Set` showed in the profile.
struct OutcomeMask: Sendable {
    private var bits: UInt8 = 0

    init(_ outcomes: Set<RuleOutcome>) {
        for o in outcomes { bits |= Self.bit(o) }
    }

    func contains(_ o: RuleOutcome) -> Bool { bits & Self.bit(o) != 0 }

    private static func bit(_ o: RuleOutcome) -> UInt8 {
        switch o {
        case .receives: return 1
        case .eligible: return 2
        case .possible: return 4
        case .notEligible: return 8
        }
    }
}
