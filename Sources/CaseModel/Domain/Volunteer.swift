/// A trained volunteer (buddy) who can support multi-problem families.
public struct Volunteer: Codable, Hashable, Sendable, Identifiable {
    public var id: DossierID
    public var revision: Int
    public var firstName: String
    public var lastName: String
    public var birthDate: Day?
    public var sex: Sex?
    public var postcode: String?
    public var district: String?
    public var languages: [String]?
    public var domains: [ProblemDomain]?
    /// Families at once, 1–3.
    public var capacity: Int?
    public var availability: [Slot]?
    public var trainedOn: Day?
    /// The criminal-record extract (model 596.2) is valid until this day.
    public var backgroundCheckUntil: Day?
    public var genderPreference: Sex?
    public var note: String?
    /// Dossiers this volunteer is buddy of now (confirmed matches).
    public var families: [DossierID]

    public init(id: DossierID, firstName: String, lastName: String, revision: Int = 0) {
        self.id = id
        self.firstName = firstName
        self.lastName = lastName
        self.revision = revision
        self.families = []
    }

    public var fullName: String { "\(firstName) \(lastName)" }
}

/// A weekly time slot: a weekday and a part of the day (`ma-vm`, `wo-av`).
public struct Slot: Hashable, Codable, Sendable, CustomStringConvertible {
    public enum Weekday: String, Vocabulary { case ma, di, wo, `do`, vr, za, zo }
    public enum Part: String, Vocabulary {
        case vm  // voormiddag
        case nm  // namiddag
        case av  // avond
    }

    public var day: Weekday
    public var part: Part

    public init(day: Weekday, part: Part) {
        self.day = day
        self.part = part
    }

    public init?(code: String) {
        let pieces = code.trimmedSpaces.lowercased().split(separator: "-")
        guard pieces.count == 2, let d = Weekday(code: String(pieces[0])), let p = Part(code: String(pieces[1])) else { return nil }
        self.init(day: d, part: p)
    }

    public var code: String { "\(day.rawValue)-\(part.rawValue)" }
    public var description: String { code }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let slot = Slot(code: s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a time slot: \(s)")
        }
        self = slot
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(code)
    }
}
