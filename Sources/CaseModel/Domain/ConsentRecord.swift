import Foundation

/// A client's consent for one purpose: what it is for, who gave it and when, which kinds of data it covers, who
/// recorded it, and its withdrawal. Consent is never deleted: a withdrawn record stays, with date and reason, so
/// the dossier shows what was allowed when (PRODUCT.md §4, Primero's consent records).
public struct ConsentRecord: Codable, Hashable, Sendable {
    /// 1, 2, … within the dossier, in the order recorded: how `zorg consent D withdraw N` names a record.
    public var number: Int
    public var purpose: ConsentPurpose
    /// The purpose in words, required for `andere`; an optional remark for the others.
    public var purposeText: String?
    public var givenOn: Day
    /// The member who gave it.
    public var givenBy: ConsentGiver
    /// The kinds of data that may be used or shared for this purpose.
    public var scope: [ConsentCategory]
    /// The OS user who recorded it, and when.
    public var recordedBy: String
    public var recordedOn: Day
    public var withdrawal: ConsentWithdrawal?

    public init(number: Int, purpose: ConsentPurpose, purposeText: String? = nil, givenOn: Day, givenBy: ConsentGiver,
                scope: [ConsentCategory], recordedBy: String, recordedOn: Day, withdrawal: ConsentWithdrawal? = nil) {
        self.number = number
        self.purpose = purpose
        self.purposeText = purposeText
        self.givenOn = givenOn
        self.givenBy = givenBy
        self.scope = scope
        self.recordedBy = recordedBy
        self.recordedOn = recordedOn
        self.withdrawal = withdrawal
    }

    /// Given on or before `day` and not withdrawn by then.
    public func isActive(on day: Day) -> Bool {
        givenOn <= day && (withdrawal.map { $0.on > day } ?? true)
    }

    public func covers(_ category: ConsentCategory) -> Bool { scope.contains(category) }
}

/// What a consent is for. The flows that need one look for their purpose.
public enum ConsentPurpose: String, Codable, CaseIterable, Hashable, Sendable {
    /// The Housing First intake: assessment and sharing with the Housing First team (sets `toestemming`).
    case housingFirst = "housing-first"
    /// Buddy matching: sharing data with a volunteer.
    case buddy
    /// Anything else, described in `purposeText`.
    case other = "andere"

    /// The scope proposed when a caseworker records a new consent for this purpose. Income is never in it by
    /// default: a buddy does not need it, and it is asked for on purpose when it is shared.
    public var defaultScope: [ConsentCategory] {
        switch self {
        case .housingFirst: [.nameAddress, .household, .housing, .health]
        case .buddy: [.nameAddress, .household, .languages, .problems]
        case .other: [.nameAddress]
        }
    }
}

/// The kinds of data a consent covers, by what a partner or volunteer would see.
public enum ConsentCategory: String, Codable, CaseIterable, Hashable, Sendable {
    /// Names of the members and the address.
    case nameAddress = "naam-adres"
    /// Who lives in the household: roles, ages.
    case household = "gezinssamenstelling"
    case languages = "talen"
    /// The problem domains recorded (not their notes).
    case problems = "probleemdomeinen"
    /// Incomes, benefits and statuses.
    case income = "inkomen"
    /// Housing situation and homelessness.
    case housing = "woonsituatie"
    /// Mental and physical health, addiction.
    case health = "gezondheid"

    public init?(code: String) {
        let folded = code.trimmingCharacters(in: .whitespaces).lowercased()
        guard let found = Self.allCases.first(where: { $0.rawValue == folded || $0.english == folded }) else { return nil }
        self = found
    }

    /// The English code accepted on the command line.
    public var english: String {
        switch self {
        case .nameAddress: "name-address"
        case .household: "household"
        case .languages: "languages"
        case .problems: "problems"
        case .income: "income"
        case .housing: "housing"
        case .health: "health"
        }
    }
}

/// Who gave a consent: a member of the household, by national number when the member has one (it survives a
/// change in the order of members), else by position.
public struct ConsentGiver: Codable, Hashable, Sendable {
    public var nationalNumber: NationalNumber?
    /// 1-based position in the household when it was recorded.
    public var position: Int?

    public init(nationalNumber: NationalNumber? = nil, position: Int? = nil) {
        self.nationalNumber = nationalNumber
        self.position = position
    }

    /// The member of the household it stands for, when there is one.
    public func member(in household: Household) -> Person? {
        if let n = nationalNumber { return household.members.first { $0.nationalNumber == n } }
        if let p = position, household.members.indices.contains(p - 1) { return household.members[p - 1] }
        return nil
    }

    /// For screens and reports: the first name with the masked national number, never the full number.
    public func display(in household: Household) -> String {
        let person = member(in: household)
        let masked = nationalNumber?.masked
        switch (person, masked) {
        case (let p?, let m?): return "\(p.firstName) (\(m))"
        case (let p?, nil): return "\(p.firstName) (\(position.map { "lid \($0)" } ?? "lid"))"
        case (nil, let m?): return m
        case (nil, nil): return position.map { "lid \($0)" } ?? "?"
        }
    }
}

/// Something a caseworker ended on a date, with a reason: a consent withdrawn, a dossier closed.
public struct DatedReason: Codable, Hashable, Sendable {
    public var on: Day
    public var reason: String
    public var by: String
}

/// A consent withdrawn: when, why, by whom.
public typealias ConsentWithdrawal = DatedReason

public enum ConsentError: Error, Equatable, Sendable, CustomStringConvertible {
    case purposeTextRequired
    case emptyScope
    case noSuchRecord(Int)
    case alreadyWithdrawn(Int, on: Day)
    case reasonRequired
    case withdrawalBeforeGiven(Int, given: Day)
    case unknownGiver(String)

    public var description: String {
        switch self {
        case .purposeTextRequired: "een toestemming voor 'andere' heeft een omschrijving nodig"
        case .emptyScope: "het bereik is leeg: kies minstens één soort gegevens"
        case .noSuchRecord(let n): "er is geen toestemming nummer \(n) in dit dossier"
        case .alreadyWithdrawn(let n, let on): "toestemming \(n) is al ingetrokken op \(on.belgian)"
        case .reasonRequired: "een intrekking heeft een reden nodig"
        case .withdrawalBeforeGiven(let n, let given): "toestemming \(n) is pas gegeven op \(given.belgian)"
        case .unknownGiver(let who): "geen lid \(who) in dit dossier"
        }
    }
}
