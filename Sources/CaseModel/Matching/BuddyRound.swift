/// One round of buddy matching over a caseload: which families are open (multi-problem by the
/// `multiprobleemgezin` module, without a buddy yet, with a buddy consent in force), the policy from that
/// module's parameters, and the proposal. Families that qualify but have no buddy consent are not matched: they
/// are listed as needing consent first.
public struct BuddyRound: Sendable {
    public var asOf: Day
    public var policy: MatchingPolicy
    public var openFamilies: [FamilyProfile]
    public var result: BuddyMatcher.Result
    /// Multi-problem families without a buddy and without an active buddy consent: "toestemming nodig".
    public var consentNeeded: [DossierID]
    /// For each open family, what its consent lets the volunteer see.
    public var disclosures: [DossierID: BuddyDisclosure]

    public init(households: [Household], volunteers: [Volunteer], ruleSet: RuleSet, asOf: Day) {
        self.asOf = asOf
        let module = ruleSet.module("multiprobleemgezin")
        policy = MatchingPolicy(module: module, asOf: asOf)
        var open: [FamilyProfile] = []
        var needed: [DossierID] = []
        var shown: [DossierID: BuddyDisclosure] = [:]
        if let module {
            for h in households where h.buddy == nil {
                let outcome = module.evaluate(h, asOf: asOf).first?.outcome
                guard outcome == .eligible else { continue }
                if let disclosure = BuddyDisclosure(household: h, asOf: asOf) {
                    open.append(FamilyProfile(household: h, asOf: asOf))
                    shown[h.id] = disclosure
                } else {
                    needed.append(h.id)
                }
            }
        }
        openFamilies = open
        consentNeeded = needed
        disclosures = shown
        result = BuddyMatcher(policy: policy, asOf: asOf).propose(families: open, volunteers: volunteers)
    }
}

extension MatchingPolicy {
    /// The weights and limits in force on `asOf` from the module's whole-number parameters.
    public init(module: RuleModule?, asOf: Day) {
        var values: [String: Int] = [:]
        for p in module?.parameters ?? [] {
            if let v = Int(p.value(on: asOf).value.display) { values[p.name] = v }
        }
        self.init(parameters: values)
    }
}

extension Household {
    /// Records a confirmed buddy: the link in the dossier and, where the statuses are recorded, the `buddy`
    /// status on the applicant (so the rights check sees that the family receives buddy support).
    public mutating func confirmBuddy(_ link: BuddyLink) {
        buddy = link
        if let i = buddyStatusHolder, var statuses = members[i].statuses, !statuses.contains(.buddy) {
            statuses.append(.buddy)
            members[i].statuses = statuses.sorted()
        }
    }

    /// Takes back the `buddy` status `confirmBuddy` put on the applicant.
    mutating func removeBuddyStatus() {
        guard let i = buddyStatusHolder else { return }
        members[i].statuses?.removeAll { $0 == .buddy }
    }

    /// Whether the applicant holds the `buddy` status.
    var hasBuddyStatus: Bool { buddyStatusHolder.map { members[$0].statuses?.contains(.buddy) == true } ?? false }

    /// The member whose statuses record buddy support: the applicant, or the first member.
    private var buddyStatusHolder: Int? { members.firstIndex { $0.role == .aanvrager } ?? members.indices.first }
}
