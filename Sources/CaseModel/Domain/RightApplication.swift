/// An application for a right that a check found: applied on a date, where, by whom; then granted (from a date,
/// perhaps with an amount), refused (a date and a reason) or withdrawn. While it is open the right is no longer
/// counted as under-protection but shown as "aanvraag loopt"; once granted the right counts as received (its
/// status is recorded on the person, or the applicant for a household rule).
public struct RightApplication: Codable, Hashable, Sendable {
    public enum Decision: Codable, Hashable, Sendable {
        case granted(from: Day, amount: Money?)
        case refused(on: Day, reason: String)
        case withdrawn(on: Day)
    }

    /// 1, 2, … within the dossier.
    public var number: Int
    /// The rule module's id (`verhoogde-tegemoetkoming`).
    public var rule: String
    /// For a person rule: the person's position (1-based) when the application was recorded.
    public var person: Int?
    public var appliedOn: Day
    /// Where it was filed (the ziekenfonds, the OCMW's desk, a website).
    public var place: String?
    public var by: String
    public var decision: Decision?
    /// When the decision was recorded, and by whom.
    public var decidedBy: String?

    public var isOpen: Bool { decision == nil }

    /// Days since it was filed, on `day`.
    public func age(on day: Day) -> Int { appliedOn.days(until: day) }

    /// `open`, `granted`, `refused`, `withdrawn`.
    public var stateCode: String {
        switch decision {
        case nil: "open"
        case .granted?: "granted"
        case .refused?: "refused"
        case .withdrawn?: "withdrawn"
        }
    }
}

/// Why recording an application or its outcome was refused.
public enum ApplicationError: Error, Equatable, Sendable {
    case alreadyOpen(number: Int)
    case noSuchApplication(rule: String)
    case alreadyDecided(number: Int, state: String)
    case beforeApplied(Day)
    case reasonRequired
    case noSuchMember(Int, count: Int)
}

extension Household {
    public var rightApplications: [RightApplication] { applications ?? [] }

    /// The open application for a rule (and person), if any.
    public func openApplication(rule: String, person: Int?) -> RightApplication? {
        rightApplications.last { $0.rule == rule && $0.person == person && $0.isOpen }
    }

    /// Records a new application; one open application per rule and person.
    @discardableResult
    public mutating func apply(rule: String, person: Int?, on day: Day, place: String?, by user: String) throws -> RightApplication {
        if let person, !members.indices.contains(person - 1) { throw ApplicationError.noSuchMember(person, count: members.count) }
        if let open = openApplication(rule: rule, person: person) { throw ApplicationError.alreadyOpen(number: open.number) }
        let text = place?.trimmingCharacters(in: .whitespacesAndNewlines)
        let application = RightApplication(number: (rightApplications.map(\.number).max() ?? 0) + 1, rule: rule, person: person,
                                           appliedOn: day, place: (text?.isEmpty ?? true) ? nil : text, by: user)
        applications = rightApplications + [application]
        return application
    }

    /// Records the outcome of the open application for a rule (and person). Returns it as decided.
    @discardableResult
    public mutating func decide(rule: String, person: Int?, _ decision: RightApplication.Decision, by user: String) throws -> RightApplication {
        guard var list = applications, let i = list.lastIndex(where: { $0.rule == rule && $0.person == person }) else {
            throw ApplicationError.noSuchApplication(rule: rule)
        }
        if list[i].decision != nil { throw ApplicationError.alreadyDecided(number: list[i].number, state: list[i].stateCode) }
        let day: Day
        switch decision {
        case .granted(let from, _): day = from
        case .refused(let on, let reason):
            day = on
            if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ApplicationError.reasonRequired }
        case .withdrawn(let on): day = on
        }
        // A right may be granted from a date before the application (retroactively); a refusal or withdrawal not.
        if case .granted = decision {} else if day < list[i].appliedOn { throw ApplicationError.beforeApplied(list[i].appliedOn) }
        list[i].decision = decision
        list[i].decidedBy = user
        applications = list
        return list[i]
    }
}
