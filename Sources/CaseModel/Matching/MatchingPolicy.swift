/// The declared score and hard limits of buddy matching. The values are parameters of the
/// `multiprobleemgezin` rule module (flows.md C-R3..C-R5, marked PROPOSAL there); these defaults mirror it
/// and apply only when a module does not set them.
public struct MatchingPolicy: Sendable, Hashable {
    /// Points for covering the family's needs with the volunteer's domains (weighted by severity).
    public var needsWeight = 40
    /// Points for a shared language (full when the applicant's own first language is shared).
    public var languageWeight = 20
    /// Points for living in the same district.
    public var proximityWeight = 15
    /// Points for weekly availability (full from `fullAvailabilitySlots` slots on).
    public var availabilityWeight = 15
    /// Points for free capacity, which spreads the load over volunteers.
    public var headroomWeight = 10
    public var fullAvailabilitySlots = 4
    public var minimumVolunteerAge = 18

    public init() {}

    public var maximumScore: Int { needsWeight + languageWeight + proximityWeight + availabilityWeight + headroomWeight }

    /// Reads weights from module parameters by name (`gewicht_noden`, …); unknown names are ignored.
    public init(parameters: [String: Int]) {
        self.init()
        if let v = parameters["gewicht_noden"] { needsWeight = v }
        if let v = parameters["gewicht_taal"] { languageWeight = v }
        if let v = parameters["gewicht_nabijheid"] { proximityWeight = v }
        if let v = parameters["gewicht_beschikbaarheid"] { availabilityWeight = v }
        if let v = parameters["gewicht_ruimte"] { headroomWeight = v }
        if let v = parameters["minimum_leeftijd_buddy"] { minimumVolunteerAge = v }
    }
}
