/// One round of buddy matching over a caseload: which families are open (multi-problem by the
/// `multiprobleemgezin` module, without a buddy yet), the policy from that module's parameters, and the proposal.
public struct BuddyRound: Sendable {
    public var asOf: Day
    public var policy: MatchingPolicy
    public var openFamilies: [FamilyProfile]
    public var result: BuddyMatcher.Result

    public init(households: [Household], volunteers: [Volunteer], ruleSet: RuleSet, asOf: Day) {
        self.asOf = asOf
        let module = ruleSet.module("multiprobleemgezin")
        policy = MatchingPolicy(module: module, asOf: asOf)
        var open: [FamilyProfile] = []
        if let module {
            for h in households where h.buddy == nil {
                let outcome = module.evaluate(h, asOf: asOf).first?.outcome
                if outcome == .eligible { open.append(FamilyProfile(household: h, asOf: asOf)) }
            }
        }
        openFamilies = open
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
        if let i = members.firstIndex(where: { $0.role == .aanvrager }) ?? members.indices.first,
           var statuses = members[i].statuses, !statuses.contains(.buddy) {
            statuses.append(.buddy)
            members[i].statuses = statuses.sorted()
        }
    }
}
