/// A fixed list of codes (roles, statuses, fuels…), written in files and CSV as its raw value.
/// Parsing is case-insensitive, as the import format requires.
public protocol Vocabulary: RawRepresentable, CaseIterable, Codable, Hashable, Sendable where RawValue == String {}

extension Vocabulary {
    public init?(code: String) {
        let c = code.trimmedSpaces.lowercased()
        guard let match = Self.allCases.first(where: { $0.rawValue == c }) else { return nil }
        self = match
    }

    /// All codes, for error messages ("expected one of …").
    public static var codes: [String] { allCases.map(\.rawValue) }
}

public enum Sex: String, Vocabulary { case m, v, x }

public enum HouseholdRole: String, Vocabulary {
    case aanvrager, partner, kind, ouder, andere
}

public enum CivilStatus: String, Vocabulary {
    case gehuwd
    case wettelijkSamenwonend = "wettelijk_samenwonend"
    case feitelijkSamenwonend = "feitelijk_samenwonend"
    case alleenstaand, weduwe, gescheiden

    /// Married or legally cohabiting: the "married" income limits apply.
    public var isMarriedForIncome: Bool { self == .gehuwd || self == .wettelijkSamenwonend }
}

/// Benefits, rights and statuses a person holds now (`statuten`).
public enum Status: String, Vocabulary, Comparable {
    case leefloon
    case equivalentLeefloon = "equivalent_leefloon"
    case igo, gib, ivt, it, vt
    case zorgbudgetOuderen = "zorgbudget_ouderen"
    case zorgbudgetZwaar = "zorgbudget_zwaar"
    case zorgbudgetHandicap = "zorgbudget_handicap"
    case sociaalTarief = "sociaal_tarief"
    case socialeToeslag = "sociale_toeslag"
    case verwarmingstoelage, huurpremie, huursubsidie
    case premieNutsvoorzieningen = "premie_nutsvoorzieningen"
    case mantelzorgpremie
    case sociaalInternettarief = "sociaal_internettarief"
    case proDeo = "pro_deo"
    case energiescan
    case housingFirst = "housing_first"
    case buddy
    case collectieveSchuldenregeling = "collectieve_schuldenregeling"
    case schuldbemiddeling, budgetbeheer, werkloos, arbeidsongeschikt, invaliditeit, pensioen, student
    // Added 07-12-2026 (issue 13): the statuses of the new rights (`cli.md`). `schooltoeslag` is recorded on the
    // child; `installatiepremie` means received once (it is granted once in a lifetime).
    case schooltoeslag, installatiepremie, huurwaarborg
    case socialeCorrectieWater = "sociale_correctie_water"

    public static func < (a: Status, b: Status) -> Bool { a.rawValue < b.rawValue }
}

public enum HomeNursingPackage: String, Vocabulary { case a, b, c }

/// The school level a child or young person follows now (`onderwijsniveau`), for the Groeipakket schooltoeslag:
/// nursery, primary, full-time secondary, part-time secondary (or apprenticeship), HBO5 nursing, higher education,
/// or not in school.
public enum SchoolLevel: String, Vocabulary {
    case kleuter, lager, secundair
    case deeltijdsSecundair = "deeltijds_secundair"
    case hbo5Verpleegkunde = "hbo5_verpleegkunde"
    case hoger, geen
}

public enum Tenure: String, Vocabulary {
    case eigenaar
    case privateHuur = "private_huur"
    case socialeHuur = "sociale_huur"
    case svk, inwonend, opvang, instelling, dakloos
}

public enum DwellingType: String, Vocabulary { case open, halfopen, rij, appartement, kamer }

public enum HeatingFuel: String, Vocabulary {
    case aardgas, elektriciteit, stookolie, petroleum
    case propaanBulk = "propaan_bulk"
    case propaanFles = "propaan_fles"
    case hout, collectief, andere
}

public enum ProblemDomain: String, Vocabulary, Comparable {
    case schulden, administratie, wonen, opvoeding, onderwijs, psychisch, verslaving, gezondheid
    case relatieGeweld = "relatie_geweld"
    case werk
    case sociaalNetwerk = "sociaal_netwerk"
    case taal, justitie

    public static func < (a: ProblemDomain, b: ProblemDomain) -> Bool { a.rawValue < b.rawValue }
}
