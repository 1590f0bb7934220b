import Foundation

/// The Housing First part of a dossier that is not a rule fact: the person's choices, earlier exits from shelters
/// or programmes, the path through the intake (each step with date, user and reason) and the team's override of
/// the advisory priority. The facts the rule module reads (consent, ETHOS, months homeless, needs, referral date)
/// stay on `Household` (`consentOn`, `homelessness`), so the checks and the import see the same values.
public struct HousingFirstIntake: Codable, Hashable, Sendable {
    /// Earlier exits from or exclusions by shelters or programmes (flows.md A-R5): raises no gate, informs the team.
    public var earlierExits: String?
    /// Choice and control (A-R9): where, what kind of home, which support, in the person's words.
    public var preferredArea: String?
    public var preferredHousing: String?
    public var supportWanted: String?
    /// Every state change, oldest first; the last one is the current state.
    public var history: [HousingFirstStateChange]
    /// The team's own priority, replacing the advisory one, with its mandatory reason (A-R12).
    public var priorityOverride: HousingFirstPriorityOverride?
    /// The next step the team plans and the day it is due: Vandaag lists it from that day until a state change.
    public var plannedStep: HousingFirstPlannedStep?

    public init(earlierExits: String? = nil, preferredArea: String? = nil, preferredHousing: String? = nil,
                supportWanted: String? = nil, history: [HousingFirstStateChange] = [],
                priorityOverride: HousingFirstPriorityOverride? = nil) {
        self.earlierExits = earlierExits
        self.preferredArea = preferredArea
        self.preferredHousing = preferredHousing
        self.supportWanted = supportWanted
        self.history = history
        self.priorityOverride = priorityOverride
    }

    /// The current state; `nil` before the first change.
    public var state: HousingFirstState? { history.last?.state }

    /// The states the intake may change to now: a new intake starts with the referral.
    public var allowedNext: [HousingFirstState] { state?.next ?? [.aangemeld] }

    /// Appends a state change. A reason is required to close the intake; every change records who and when.
    public mutating func change(to state: HousingFirstState, on date: Day, by user: String, reason: String?) throws {
        let trimmed = reason?.trimmingCharacters(in: .whitespaces) ?? ""
        if state == .afgesloten && trimmed.isEmpty { throw HousingFirstIntakeError.reasonRequired }
        guard allowedNext.contains(state) else {
            throw HousingFirstIntakeError.notAllowed(from: self.state, to: state)
        }
        history.append(HousingFirstStateChange(state: state, date: date, user: user,
                                                reason: trimmed.isEmpty ? nil : trimmed))
        plannedStep = nil  // taken, or overtaken by another step: planned again when needed
    }

    /// Plans the next step on a day: one of the states the intake may change to now.
    public mutating func plan(_ state: HousingFirstState, on day: Day, by user: String) throws {
        guard allowedNext.contains(state) else { throw HousingFirstIntakeError.notAllowed(from: self.state, to: state) }
        plannedStep = HousingFirstPlannedStep(state: state, on: day, by: user)
    }

    /// Sets the team's priority; the reason is mandatory (an override without a written reason is refused).
    public mutating func overridePriority(_ priority: Int, reason: String, on date: Day, by user: String) throws {
        let trimmed = reason.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw HousingFirstIntakeError.reasonRequired }
        priorityOverride = HousingFirstPriorityOverride(priority: priority, reason: trimmed, date: date, user: user)
    }
}

/// The path of a Housing First candidate: referred, screened, on the waiting list, a home allocated, housed; or
/// closed (with a reason) at any point.
public enum HousingFirstState: String, Codable, Sendable, CaseIterable, Hashable {
    case aangemeld, gescreend, wachtlijst, toegewezen, gehuisvest, afgesloten

    /// The states that may follow this one: the next step, or closing. A closed intake may be reopened as a new
    /// referral.
    public var next: [HousingFirstState] {
        switch self {
        case .aangemeld: [.gescreend, .afgesloten]
        case .gescreend: [.wachtlijst, .afgesloten]
        case .wachtlijst: [.toegewezen, .afgesloten]
        case .toegewezen: [.gehuisvest, .wachtlijst, .afgesloten]
        case .gehuisvest: [.afgesloten]
        case .afgesloten: [.aangemeld]
        }
    }
}

public struct HousingFirstStateChange: Codable, Hashable, Sendable {
    public var state: HousingFirstState
    public var date: Day
    public var user: String
    public var reason: String?

    public init(state: HousingFirstState, date: Day, user: String, reason: String? = nil) {
        self.state = state
        self.date = date
        self.user = user
        self.reason = reason
    }
}

/// A step of the intake planned on a day, by whom.
public struct HousingFirstPlannedStep: Codable, Hashable, Sendable {
    public var state: HousingFirstState
    public var on: Day
    public var by: String
}

public struct HousingFirstPriorityOverride: Codable, Hashable, Sendable {
    public var priority: Int
    public var reason: String
    public var date: Day
    public var user: String
}

public enum HousingFirstIntakeError: Error, Equatable, Sendable, CustomStringConvertible {
    case reasonRequired
    case notAllowed(from: HousingFirstState?, to: HousingFirstState)

    public var description: String {
        switch self {
        case .reasonRequired: "a reason is required"
        case .notAllowed(let from, let to): "\(from?.rawValue ?? "no state") cannot change to \(to.rawValue)"
        }
    }
}
