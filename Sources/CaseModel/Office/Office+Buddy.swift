/// One buddy round as a screen or a report shows it: the round, every volunteer, the open families' names.
public struct MatchingData: Sendable {
    public var round: BuddyRound
    public var volunteers: [Volunteer]
    /// Display names of the open families (and of those that need consent first).
    public var familyNames: [DossierID: String]
}

/// How the round is shown, which decides its audit entry: a screen's list of families (`list`,
/// `buddy-matching`) or `zorg match`'s report of proposals (`match`, with the counts).
public enum BuddyRoundShown: Sendable { case screen, report }

/// Why a pair cannot be confirmed; nothing was recorded.
public enum BuddyConfirmationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The family has no buddy consent in force: record it first.
    case consentNeeded(DossierID)
    /// The family is not an open multi-problem family without a buddy.
    case notOpen(DossierID)
    case noSuchVolunteer(DossierID)
    /// The volunteer cannot take a family now (the reasons; none: no free place left).
    case volunteerUnavailable(DossierID, reasons: [String])
    /// The pair breaks a hard condition.
    case infeasible(family: DossierID, volunteer: DossierID, blockers: [String])
    /// The pair is not the proposal: a reason is required.
    case reasonRequired(family: DossierID, volunteer: DossierID)

    public var description: String {
        switch self {
        case .consentNeeded(let f): "\(f) heeft geen actieve toestemming voor buddywerking"
        case .notOpen(let f): "\(f) is geen open multiprobleemgezin zonder buddy"
        case .noSuchVolunteer(let v): "vrijwilliger \(v) bestaat niet"
        case .volunteerUnavailable(let v, let reasons):
            "\(v) kan nu geen gezin opnemen: \(reasons.isEmpty ? "geen vrije plaats" : reasons.joined(separator: "; "))"
        case .infeasible(let f, let v, let blockers): "paar \(f)=\(v) kan niet: \(blockers.joined(separator: "; "))"
        case .reasonRequired(let f, let v): "\(f)=\(v) wijkt af van het voorstel: een reden is verplicht"
        }
    }
}

/// Buddy matching: the round, confirming pairs (`zorg match --confirm` and the matching screen alike) and undoing
/// one.
extension Office {
    /// The buddy round as of `asOf`, logged as it is shown (`BuddyRoundShown`) before it is returned.
    public func buddyRound(asOf: Day, shown: BuddyRoundShown) throws -> MatchingData {
        try allow(.readCases)
        let data = try matchingData(asOf: asOf)
        switch shown {
        case .screen:
            try store.recordListView("buddy-matching", dossiers: data.familyNames.count)
        case .report:
            let round = data.round
            _ = try store.audit.append(.match, detail: ["open_families": String(round.openFamilies.count),
                                                        "proposals": String(round.result.proposals.count),
                                                        "consent_needed": String(round.consentNeeded.count)])
        }
        return data
    }

    /// Confirms buddy pairs (family, volunteer) as of `asOf`. Every pair is checked first — the family open and
    /// with a buddy consent in force, the volunteer able to take it (counting the pairs before it), the hard
    /// conditions met, a `reason` when the pair is not the proposal — and nothing is recorded unless all pass.
    /// Then each pair goes into the family's dossier and the volunteer's load with one `match` entry
    /// (`CaseStore.recordBuddy`). A dry run checks only. Returns the round as it is afterwards.
    @discardableResult
    public func confirmBuddies(_ pairs: [(family: DossierID, volunteer: DossierID)], reason: String?, asOf: Day,
                               dryRun: Bool = false) throws -> MatchingData {
        try allow(.writeCases)
        let data = try matchingData(asOf: asOf)
        let round = data.round
        let matcher = BuddyMatcher(policy: round.policy, asOf: asOf)
        var taken: [DossierID: Int] = [:]
        var proposed: [Bool] = []
        for (familyID, volunteerID) in pairs {
            if round.consentNeeded.contains(familyID) { throw BuddyConfirmationError.consentNeeded(familyID) }
            guard let family = round.openFamilies.first(where: { $0.dossier == familyID }) else {
                throw BuddyConfirmationError.notOpen(familyID)
            }
            guard let volunteer = data.volunteers.first(where: { $0.id == volunteerID }) else {
                throw BuddyConfirmationError.noSuchVolunteer(volunteerID)
            }
            let eligibility = matcher.eligibility(of: volunteer)
            let free = eligibility.freePlaces - taken[volunteerID, default: 0]
            guard eligibility.eligible, free > 0 else {
                throw BuddyConfirmationError.volunteerUnavailable(volunteerID, reasons: eligibility.reasons)
            }
            let score = matcher.score(family: family, volunteer: volunteer, freePlaces: free)
            guard score.feasible else {
                throw BuddyConfirmationError.infeasible(family: familyID, volunteer: volunteerID, blockers: score.blockers)
            }
            let isProposal = round.result.proposals.contains { $0.family == familyID && $0.volunteer == volunteerID }
            if !isProposal && (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                throw BuddyConfirmationError.reasonRequired(family: familyID, volunteer: volunteerID)
            }
            taken[volunteerID, default: 0] += 1
            proposed.append(isProposal)
        }
        if dryRun { return data }
        for ((familyID, volunteerID), isProposal) in zip(pairs, proposed) {
            try store.recordBuddy(family: familyID, volunteer: volunteerID, since: asOf, proposed: isProposal, reason: reason)
        }
        return try matchingData(asOf: asOf)
    }

    /// Takes a pair confirmed in this round back (the link out of the dossier, the family out of the volunteer's
    /// load, one `unmatch` entry); returns the round as it is afterwards.
    public func undoBuddy(family: DossierID, volunteer: DossierID, asOf: Day) throws -> MatchingData {
        try allow(.writeCases)
        try store.undoBuddy(family: family, volunteer: volunteer)
        return try matchingData(asOf: asOf)
    }

    private func matchingData(asOf: Day) throws -> MatchingData {
        let households = try store.loadAll().households.caseload(includingClosed: false)
        let volunteers = try store.volunteers().volunteers
        let round = BuddyRound(households: households, volunteers: volunteers, ruleSet: ruleSet, asOf: asOf)
        let open = Set(round.openFamilies.map(\.dossier) + round.consentNeeded)
        let names = Dictionary(households.filter { open.contains($0.id) }.map { ($0.id, $0.displayName) },
                               uniquingKeysWith: { a, _ in a })
        return MatchingData(round: round, volunteers: volunteers, familyNames: names)
    }
}
