/// One part of a pair's score, with the reason in words.
public struct ScorePart: Sendable, Hashable, Codable {
    public var name: String
    public var points: Int
    public var maximum: Int
    public var why: String
}

/// The score of one family–volunteer pair, or why the pair is not possible.
public struct PairScore: Sendable, Hashable {
    public var feasible: Bool
    /// Hard constraints that rule the pair out (empty when feasible).
    public var blockers: [String]
    public var parts: [ScorePart]
    public var total: Int { parts.reduce(0) { $0 + $1.points } }
}

/// Why a volunteer can or cannot take a family now (flows.md C-R3).
public struct VolunteerEligibility: Sendable, Hashable {
    public var volunteer: DossierID
    public var eligible: Bool
    public var reasons: [String]
    public var freePlaces: Int
}
