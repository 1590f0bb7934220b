/// A dossier: one household (case) with its members and everything recorded about it.
/// Every optional fact is `nil` when unknown; an empty list that was recorded as `geen` is `[]`.
public struct Household: Codable, Hashable, Sendable, Identifiable {
    public var id: DossierID
    /// Incremented by the store on every save; a save over a newer revision is refused.
    public var revision: Int
    public var members: [Person]
    public var address: Address
    public var residentSince: Day?
    public var housing: Housing
    public var homelessness: Homelessness
    public var consentOn: Day?
    public var energy: Energy
    /// Problem domains; `nil` unknown, `[]` explicitly none.
    public var problems: [Problem]?
    public var notes: [Note]
    public var followUps: [FollowUp]
    /// The buddy (volunteer) confirmed for this family, when there is one.
    public var buddy: BuddyLink?
    /// The Housing First intake beyond the rule facts (choices, state history, priority override); `nil` when
    /// none was started. Optional so that dossiers written before it existed still read.
    public var housingFirst: HousingFirstIntake?
    /// The client's consent records, oldest first (Household+Consent.swift); `nil` until the first is recorded,
    /// so dossiers written before consent records existed read unchanged.
    public var consents: [ConsentRecord]?
    /// The responsible caseworker (an OS user): set when the dossier is made at the desk, changeable.
    public var consulent: String?
    /// Set when the dossier is closed (DossierClosure.swift); `nil` while it is open.
    public var closure: DossierClosure?
    /// Applications for rights recorded from check results (RightApplication.swift); `nil` until the first.
    public var applications: [RightApplication]?

    public init(id: DossierID, revision: Int = 0, members: [Person] = [], address: Address = Address(),
                residentSince: Day? = nil, housing: Housing = Housing(), homelessness: Homelessness = Homelessness(),
                consentOn: Day? = nil, energy: Energy = Energy(), problems: [Problem]? = nil,
                notes: [Note] = [], followUps: [FollowUp] = [], buddy: BuddyLink? = nil,
                housingFirst: HousingFirstIntake? = nil) {
        self.id = id
        self.revision = revision
        self.members = members
        self.address = address
        self.residentSince = residentSince
        self.housing = housing
        self.homelessness = homelessness
        self.consentOn = consentOn
        self.energy = energy
        self.problems = problems
        self.notes = notes
        self.followUps = followUps
        self.buddy = buddy
        self.housingFirst = housingFirst
    }

    /// The applicant, else the first member: the name a caseload list shows.
    public var headOfHousehold: Person? {
        members.first(where: { $0.role == .aanvrager }) ?? members.first
    }

    /// "Peeters, An" or the dossier number when the household has no members.
    public var displayName: String {
        guard let head = headOfHousehold else { return id.rawValue }
        return "\(head.lastName), \(head.firstName)"
    }
}

/// A dossier number: 1–32 characters of letters, digits, `.`, `_`, `/`, `-`, starting with a letter or digit.
public struct DossierID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init?(rawValue: String) {
        guard DossierID.isValid(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    public static func isValid(_ s: String) -> Bool {
        guard (1...32).contains(s.count), let first = s.unicodeScalars.first,
              first.properties.isAlphabetic || ("0"..."9").contains(first) else { return false }
        return s.unicodeScalars.allSatisfy { c in
            (c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c))) || c == "." || c == "_" || c == "/" || c == "-"
        } && first.isASCII
    }

    public static func < (a: DossierID, b: DossierID) -> Bool { a.rawValue < b.rawValue }
    public var description: String { rawValue }

    /// A file-name-safe form (`/` is not allowed in a file name): `/` becomes `~`.
    public var fileStem: String { rawValue.replacingOccurrences(of: "/", with: "~") }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let id = DossierID(rawValue: s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a valid dossier number: \(s)")
        }
        self = id
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}

public struct Address: Codable, Hashable, Sendable {
    public var street: String?
    public var houseNumber: String?
    public var postcode: String?
    public var municipality: String?
    public var district: String?

    public init(street: String? = nil, houseNumber: String? = nil, postcode: String? = nil,
                municipality: String? = nil, district: String? = nil) {
        self.street = street
        self.houseNumber = houseNumber
        self.postcode = postcode
        self.municipality = municipality
        self.district = district
    }

    /// "Stalenstraat 12, 3600 Genk"
    public var oneLine: String {
        let streetPart = [street, houseNumber].compactMap { $0 }.joined(separator: " ")
        let townPart = [postcode, municipality].compactMap { $0 }.joined(separator: " ")
        return [streetPart, townPart].filter { !$0.isEmpty }.joined(separator: ", ")
    }
}

public struct Housing: Codable, Hashable, Sendable {
    public var tenure: Tenure?
    public var rentMonth: Money?
    public var dwellingType: DwellingType?
    public var waitingListSince: Day?

    public init(tenure: Tenure? = nil, rentMonth: Money? = nil, dwellingType: DwellingType? = nil, waitingListSince: Day? = nil) {
        self.tenure = tenure
        self.rentMonth = rentMonth
        self.dwellingType = dwellingType
        self.waitingListSince = waitingListSince
    }
}

/// Homelessness and the needs Housing First looks at.
public struct Homelessness: Codable, Hashable, Sendable {
    /// ETHOS operational category 1–13.
    public var ethos: Int?
    public var homelessSince: Day?
    /// Months on the street or in emergency shelter in the last 24 months (0–24).
    public var monthsHomeless24m: Int?
    public var mentalHealth: Bool?
    public var addiction: Bool?
    public var physicalHealth: Bool?
    public var referredOn: Day?
    /// The day the household moved into a home of its own after homelessness (`gehuisvest_sinds`), as recorded;
    /// `Household.housedSince` falls back on the Housing First intake's `gehuisvest` step.
    public var housedSince: Day?

    public init(ethos: Int? = nil, homelessSince: Day? = nil, monthsHomeless24m: Int? = nil, mentalHealth: Bool? = nil,
                addiction: Bool? = nil, physicalHealth: Bool? = nil, referredOn: Day? = nil, housedSince: Day? = nil) {
        self.ethos = ethos
        self.homelessSince = homelessSince
        self.monthsHomeless24m = monthsHomeless24m
        self.mentalHealth = mentalHealth
        self.addiction = addiction
        self.physicalHealth = physicalHealth
        self.referredOn = referredOn
        self.housedSince = housedSince
    }
}

/// Energy situation, supplier letters and dwelling signals.
public struct Energy: Codable, Hashable, Sendable {
    public var heating: HeatingFuel?
    public var fuelLitres: Int?
    public var prepaymentMeter: Bool?
    public var supplier: String?
    public var costYear: Money?
    public var consumptionKwh: Int?
    public var arrears: Money?
    public var gridDebt: Money?
    public var reminderOn: Day?
    public var formalNoticeOn: Day?
    public var terminationOn: Day?
    public var lac: Bool?
    public var cannotHeat: Bool?
    public var roofInsulated: Bool?
    public var singleGlazing: Bool?
    /// EPC energy score in kWh/m².
    public var epcScore: Int?

    public init() {}
}

/// A problem on a life domain, with severity 1–3 and duration in months where recorded.
public struct Problem: Codable, Hashable, Sendable {
    public var domain: ProblemDomain
    public var severity: Int?
    public var months: Int?

    public init(domain: ProblemDomain, severity: Int? = nil, months: Int? = nil) {
        self.domain = domain
        self.severity = severity
        self.months = months
    }

    /// `schulden:3:18`
    public var code: String {
        var s = domain.rawValue
        if let severity { s += ":\(severity)" }
        if let months { s += (severity == nil ? ":" : "") + ":\(months)" }
        return s
    }
}

/// A dated note with its author (the OS user who wrote it).
public struct Note: Codable, Hashable, Sendable {
    public var date: Day
    public var author: String
    public var text: String

    public init(date: Day, author: String, text: String) {
        self.date = date
        self.author = author
        self.text = text
    }
}

/// Something to do for the household by a due date.
public struct FollowUp: Codable, Hashable, Sendable {
    public var due: Day
    public var text: String
    public var author: String
    public var done: Bool
    /// Who is to do it, when handed to a colleague; nil: the author.
    public var assignee: String?

    public init(due: Day, text: String, author: String, done: Bool = false, assignee: String? = nil) {
        self.due = due
        self.text = text
        self.author = author
        self.done = done
        self.assignee = assignee
    }

    /// Who is to do it: the colleague it was handed to, else its author.
    public var owner: String { assignee ?? author }
}

/// A confirmed buddy match: which volunteer, since when, and who confirmed it (with the reason when the
/// caseworker chose another pair than the proposal).
public struct BuddyLink: Codable, Hashable, Sendable {
    public var volunteer: DossierID
    public var since: Day
    public var confirmedBy: String
    public var reason: String?

    public init(volunteer: DossierID, since: Day, confirmedBy: String, reason: String? = nil) {
        self.volunteer = volunteer
        self.since = since
        self.confirmedBy = confirmedBy
        self.reason = reason
    }
}
