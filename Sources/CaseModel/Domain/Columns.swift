/// The catalogue of recorded facts, named as the import format names its columns. One table drives the
/// CSV import, the CSV export, and the facts the rule modules read (their `missing` lists use these names).
public struct Column: Hashable, Sendable {
    public enum Level: Sendable, Hashable { case person, household, volunteer }

    public enum Kind: Sendable, Hashable {
        case dossier
        case text
        case date
        case amount
        case integer(ClosedRange<Int>)
        case boolean
        case code([String])
        case codeList([String])
        case nationalNumber
        case postcode
        case problems
        case slots
        case languages
    }

    /// Canonical Dutch name, e.g. `inkomen_jaar`.
    public let name: String
    /// English alias, e.g. `income_year`.
    public let alias: String
    public let level: Level
    public let kind: Kind
    public let required: Bool

    init(_ name: String, _ alias: String, _ level: Level, _ kind: Kind, required: Bool = false) {
        self.name = name
        self.alias = alias
        self.level = level
        self.kind = kind
        self.required = required
    }
}

public enum Columns {
    public static let person: [Column] = [
        Column("dossier", "case_id", .person, .dossier, required: true),
        Column("rijksregisternummer", "national_number", .person, .nationalNumber),
        Column("voornaam", "first_name", .person, .text, required: true),
        Column("naam", "last_name", .person, .text, required: true),
        Column("geboortedatum", "birth_date", .person, .date),
        Column("geslacht", "sex", .person, .code(Sex.codes)),
        Column("rol", "role", .person, .code(HouseholdRole.codes)),
        Column("burgerlijke_staat", "civil_status", .person, .code(CivilStatus.codes)),
        Column("ten_laste", "dependant", .person, .boolean),
        Column("talen", "languages", .person, .languages),
        Column("inkomen_jaar", "income_year", .person, .amount),
        Column("inkomen_maand", "income_month", .person, .amount),
        Column("statuten", "statuses", .person, .codeList(Status.codes)),
        Column("invaliditeit_pct", "disability_pct", .person, .integer(0...100)),
        Column("zelfredzaamheid", "self_reliance_points", .person, .integer(0...18)),
        Column("bel_profiel", "bel_score", .person, .integer(0...1000)),
        Column("thuisverpleging_forfait", "home_nursing_package", .person, .code(HomeNursingPackage.codes)),
        Column("dementie", "dementia", .person, .boolean),
        Column("zorgt_voor", "cares_for", .person, .nationalNumber),
        Column("zorgt_sinds", "caring_since", .person, .date),
        Column("woonplaats_mantelzorger", "caregiver_postcode", .person, .postcode),
        Column("onderwijsniveau", "school_level", .person, .code(SchoolLevel.codes)),
    ]

    public static let household: [Column] = [
        Column("straat", "street", .household, .text),
        Column("huisnummer", "house_number", .household, .text),
        Column("postcode", "postcode", .household, .postcode),
        Column("gemeente", "municipality", .household, .text),
        Column("wijk", "district", .household, .text),
        Column("in_genk_sinds", "resident_since", .household, .date),
        Column("woonsituatie", "tenure", .household, .code(Tenure.codes)),
        Column("huur_maand", "rent_month", .household, .amount),
        Column("woningtype", "dwelling_type", .household, .code(DwellingType.codes)),
        Column("wachtlijst_sinds", "waiting_list_since", .household, .date),
        Column("ethos", "ethos", .household, .integer(1...13)),
        Column("dakloos_sinds", "homeless_since", .household, .date),
        Column("maanden_dakloos_24m", "months_homeless_24m", .household, .integer(0...24)),
        Column("psychische_problemen", "mental_health", .household, .boolean),
        Column("verslaving", "addiction", .household, .boolean),
        Column("fysieke_problemen", "physical_health", .household, .boolean),
        Column("aangemeld_op", "referred_on", .household, .date),
        Column("gehuisvest_sinds", "housed_since", .household, .date),
        Column("toestemming", "consent_on", .household, .date),
        Column("verwarming", "heating", .household, .code(HeatingFuel.codes)),
        Column("stookolie_liter", "fuel_litres", .household, .integer(0...100_000)),
        Column("budgetmeter", "prepayment_meter", .household, .boolean),
        Column("leverancier", "energy_supplier", .household, .text),
        Column("energie_jaar", "energy_cost_year", .household, .amount),
        Column("verbruik_kwh", "consumption_kwh", .household, .integer(0...10_000_000)),
        Column("energie_achterstal", "energy_arrears", .household, .amount),
        Column("schuld_netbeheerder", "grid_debt", .household, .amount),
        Column("herinnering_op", "reminder_on", .household, .date),
        Column("ingebrekestelling_op", "formal_notice_on", .household, .date),
        Column("opzeg_op", "termination_on", .household, .date),
        Column("lac", "lac", .household, .boolean),
        Column("kan_niet_verwarmen", "cannot_heat", .household, .boolean),
        Column("dak_geisoleerd", "roof_insulated", .household, .boolean),
        Column("enkel_glas", "single_glazing", .household, .boolean),
        Column("epc_score", "epc_score", .household, .integer(0...9_999)),
        Column("problemen", "problems", .household, .problems),
        Column("opmerking", "note", .household, .text),
    ]

    /// All client-list columns in export order: person columns, then household columns.
    public static let clientList: [Column] = person + household

    public static let volunteer: [Column] = [
        Column("vrijwilliger", "volunteer_id", .volunteer, .dossier, required: true),
        Column("voornaam", "first_name", .volunteer, .text, required: true),
        Column("naam", "last_name", .volunteer, .text, required: true),
        Column("geboortedatum", "birth_date", .volunteer, .date),
        Column("geslacht", "sex", .volunteer, .code(Sex.codes)),
        Column("postcode", "postcode", .volunteer, .postcode),
        Column("wijk", "district", .volunteer, .text),
        Column("talen", "languages", .volunteer, .languages),
        Column("domeinen", "domains", .volunteer, .codeList(ProblemDomain.codes)),
        Column("capaciteit", "capacity", .volunteer, .integer(1...3)),
        Column("beschikbaarheid", "availability", .volunteer, .slots),
        Column("opleiding_op", "trained_on", .volunteer, .date),
        Column("uittreksel_tot", "background_check_until", .volunteer, .date),
        Column("voorkeur_geslacht", "gender_preference", .volunteer, .code(["m", "v"])),
        Column("opmerking", "note", .volunteer, .text),
    ]

    private static let byName: [String: Column] = {
        var d: [String: Column] = [:]
        for c in clientList { d[c.name] = c }
        return d
    }()

    /// A client-list column by its canonical name.
    public static func named(_ name: String) -> Column? { byName[name] }
}
