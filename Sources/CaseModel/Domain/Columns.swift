/// The catalogue of recorded facts, named as the import format names its columns. One table drives the
/// CSV import, the CSV export, the dossier form, the facts the rule modules read (their `missing` lists use these
/// names) and the dossier diff: each entry names its column, its English alias, its kind and the field of the record
/// that holds it, and `value(of:)` / `set(_:to:)` of `Person`, `Household` and `Volunteer` follow from it.
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

    /// How the fact is read from and written to its record.
    enum Access: Sendable {
        case person(read: @Sendable (Person) -> FactValue, write: @Sendable (inout Person, FactValue) -> Void)
        case household(read: @Sendable (Household) -> FactValue, write: @Sendable (inout Household, FactValue) -> Void)
        case volunteer(read: @Sendable (Volunteer) -> FactValue, write: @Sendable (inout Volunteer, FactValue) -> Void)
    }

    /// Canonical Dutch name, e.g. `inkomen_jaar`.
    public let name: String
    /// English alias, e.g. `income_year`.
    public let alias: String
    public let level: Level
    public let kind: Kind
    public let required: Bool
    let access: Access

    init(_ name: String, _ alias: String, _ kind: Kind, required: Bool = false, _ access: Access) {
        self.name = name
        self.alias = alias
        switch access {
        case .person: level = .person
        case .household: level = .household
        case .volunteer: level = .volunteer
        }
        self.kind = kind
        self.required = required
        self.access = access
    }

    public static func == (a: Column, b: Column) -> Bool {
        a.name == b.name && a.alias == b.alias && a.level == b.level && a.kind == b.kind && a.required == b.required
    }

    public func hash(into h: inout Hasher) {
        h.combine(name)
        h.combine(level)
    }
}

/// The accessors a `Columns` entry is made with: a field by key path (an unknown fact is `nil`; a value of another
/// type is not set), or reading and writing written out where the fact is derived.
extension Column.Access {
    static func person<T: FactField>(_ field: WritableKeyPath<Person, T?> & Sendable) -> Self {
        .person(read: { $0[keyPath: field]?.factValue ?? .unknown }, write: { $0[keyPath: field] = T(factValue: $1) })
    }
    static func person<T: FactField>(_ field: WritableKeyPath<Person, T> & Sendable) -> Self {
        .person(read: { $0[keyPath: field].factValue }, write: { if let v = T(factValue: $1) { $0[keyPath: field] = v } })
    }
    static func household<T: FactField>(_ field: WritableKeyPath<Household, T?> & Sendable) -> Self {
        .household(read: { $0[keyPath: field]?.factValue ?? .unknown }, write: { $0[keyPath: field] = T(factValue: $1) })
    }
    static func volunteer<T: FactField>(_ field: WritableKeyPath<Volunteer, T?> & Sendable) -> Self {
        .volunteer(read: { $0[keyPath: field]?.factValue ?? .unknown }, write: { $0[keyPath: field] = T(factValue: $1) })
    }
    static func volunteer<T: FactField>(_ field: WritableKeyPath<Volunteer, T> & Sendable) -> Self {
        .volunteer(read: { $0[keyPath: field].factValue }, write: { if let v = T(factValue: $1) { $0[keyPath: field] = v } })
    }
}

public enum Columns {
    public static let person: [Column] = [
        // The dossier number is the household's; on a person it reads as unknown and is never set.
        Column("dossier", "case_id", .dossier, required: true, .person(read: { _ in .unknown }, write: { _, _ in })),
        Column("rijksregisternummer", "national_number", .nationalNumber, .person(\.nationalNumber)),
        Column("voornaam", "first_name", .text, required: true, .person(\.firstName)),
        Column("naam", "last_name", .text, required: true, .person(\.lastName)),
        Column("geboortedatum", "birth_date", .date, .person(\.birthDate)),
        Column("geslacht", "sex", .code(Sex.codes), .person(\.sex)),
        Column("rol", "role", .code(HouseholdRole.codes), .person(\.role)),
        Column("burgerlijke_staat", "civil_status", .code(CivilStatus.codes), .person(\.civilStatus)),
        Column("ten_laste", "dependant", .boolean, .person(\.dependant)),
        Column("talen", "languages", .languages, .person(\.languages)),
        Column("inkomen_jaar", "income_year", .amount, .person(\.incomeYear)),
        Column("inkomen_maand", "income_month", .amount, .person(\.incomeMonth)),
        Column("statuten", "statuses", .codeList(Status.codes), .person(\.statuses)),
        Column("invaliditeit_pct", "disability_pct", .integer(0...100), .person(\.disabilityPct)),
        Column("zelfredzaamheid", "self_reliance_points", .integer(0...18), .person(\.selfReliancePoints)),
        Column("bel_profiel", "bel_score", .integer(0...1000), .person(\.belScore)),
        Column("thuisverpleging_forfait", "home_nursing_package", .code(HomeNursingPackage.codes), .person(\.homeNursingPackage)),
        Column("dementie", "dementia", .boolean, .person(\.dementia)),
        Column("zorgt_voor", "cares_for", .nationalNumber, .person(\.caresFor)),
        Column("zorgt_sinds", "caring_since", .date, .person(\.caringSince)),
        Column("woonplaats_mantelzorger", "caregiver_postcode", .postcode, .person(\.caregiverPostcode)),
        Column("onderwijsniveau", "school_level", .code(SchoolLevel.codes), .person(\.schoolLevel)),
    ]

    public static let household: [Column] = [
        Column("straat", "street", .text, .household(\.address.street)),
        Column("huisnummer", "house_number", .text, .household(\.address.houseNumber)),
        Column("postcode", "postcode", .postcode, .household(\.address.postcode)),
        Column("gemeente", "municipality", .text, .household(\.address.municipality)),
        Column("wijk", "district", .text, .household(\.address.district)),
        Column("in_genk_sinds", "resident_since", .date, .household(\.residentSince)),
        Column("woonsituatie", "tenure", .code(Tenure.codes), .household(\.housing.tenure)),
        Column("huur_maand", "rent_month", .amount, .household(\.housing.rentMonth)),
        Column("woningtype", "dwelling_type", .code(DwellingType.codes), .household(\.housing.dwellingType)),
        Column("wachtlijst_sinds", "waiting_list_since", .date, .household(\.housing.waitingListSince)),
        Column("ethos", "ethos", .integer(1...13), .household(\.homelessness.ethos)),
        Column("dakloos_sinds", "homeless_since", .date, .household(\.homelessness.homelessSince)),
        Column("maanden_dakloos_24m", "months_homeless_24m", .integer(0...24), .household(\.homelessness.monthsHomeless24m)),
        Column("psychische_problemen", "mental_health", .boolean, .household(\.homelessness.mentalHealth)),
        Column("verslaving", "addiction", .boolean, .household(\.homelessness.addiction)),
        Column("fysieke_problemen", "physical_health", .boolean, .household(\.homelessness.physicalHealth)),
        Column("aangemeld_op", "referred_on", .date, .household(\.homelessness.referredOn)),
        // Read: the recorded date, else the day the Housing First intake reached `gehuisvest`. Written: the
        // intake's own date is not copied (an export of it re-imports unchanged); any other date is recorded.
        Column("gehuisvest_sinds", "housed_since", .date, .household(read: { $0.housedSince.fact }, write: { h, v in
            let d = v.dateValue
            h.homelessness.housedSince = (d != nil && d == h.housingFirstHousedOn) ? nil : d
        })),
        Column("toestemming", "consent_on", .date, .household(\.consentOn)),
        Column("verwarming", "heating", .code(HeatingFuel.codes), .household(\.energy.heating)),
        Column("stookolie_liter", "fuel_litres", .integer(0...100_000), .household(\.energy.fuelLitres)),
        Column("budgetmeter", "prepayment_meter", .boolean, .household(\.energy.prepaymentMeter)),
        Column("leverancier", "energy_supplier", .text, .household(\.energy.supplier)),
        Column("energie_jaar", "energy_cost_year", .amount, .household(\.energy.costYear)),
        Column("verbruik_kwh", "consumption_kwh", .integer(0...10_000_000), .household(\.energy.consumptionKwh)),
        Column("energie_achterstal", "energy_arrears", .amount, .household(\.energy.arrears)),
        Column("schuld_netbeheerder", "grid_debt", .amount, .household(\.energy.gridDebt)),
        Column("herinnering_op", "reminder_on", .date, .household(\.energy.reminderOn)),
        Column("ingebrekestelling_op", "formal_notice_on", .date, .household(\.energy.formalNoticeOn)),
        Column("opzeg_op", "termination_on", .date, .household(\.energy.terminationOn)),
        Column("lac", "lac", .boolean, .household(\.energy.lac)),
        Column("kan_niet_verwarmen", "cannot_heat", .boolean, .household(\.energy.cannotHeat)),
        Column("dak_geisoleerd", "roof_insulated", .boolean, .household(\.energy.roofInsulated)),
        Column("enkel_glas", "single_glazing", .boolean, .household(\.energy.singleGlazing)),
        Column("epc_score", "epc_score", .integer(0...9_999), .household(\.energy.epcScore)),
        Column("problemen", "problems", .problems, .household(\.problems)),
        // Reads the latest note; never set: notes are added (with a date and an author), not overwritten.
        Column("opmerking", "note", .text, .household(read: { $0.notes.last.map { .text($0.text) } ?? .unknown }, write: { _, _ in })),
    ]

    /// All client-list columns in export order: person columns, then household columns.
    public static let clientList: [Column] = person + household

    public static let volunteer: [Column] = [
        Column("vrijwilliger", "volunteer_id", .dossier, required: true,
               .volunteer(read: { .text($0.id.rawValue) }, write: { _, _ in })),
        Column("voornaam", "first_name", .text, required: true, .volunteer(\.firstName)),
        Column("naam", "last_name", .text, required: true, .volunteer(\.lastName)),
        Column("geboortedatum", "birth_date", .date, .volunteer(\.birthDate)),
        Column("geslacht", "sex", .code(Sex.codes), .volunteer(\.sex)),
        Column("postcode", "postcode", .postcode, .volunteer(\.postcode)),
        Column("wijk", "district", .text, .volunteer(\.district)),
        Column("talen", "languages", .languages, .volunteer(\.languages)),
        Column("domeinen", "domains", .codeList(ProblemDomain.codes), .volunteer(\.domains)),
        Column("capaciteit", "capacity", .integer(1...3), .volunteer(\.capacity)),
        Column("beschikbaarheid", "availability", .slots, .volunteer(\.availability)),
        Column("opleiding_op", "trained_on", .date, .volunteer(\.trainedOn)),
        Column("uittreksel_tot", "background_check_until", .date, .volunteer(\.backgroundCheckUntil)),
        Column("voorkeur_geslacht", "gender_preference", .code(["m", "v"]), .volunteer(\.genderPreference)),
        Column("opmerking", "note", .text, .volunteer(\.note)),
    ]

    private static let byName: [String: Column] = {
        var d: [String: Column] = [:]
        for c in clientList { d[c.name] = c }
        return d
    }()

    /// A client-list column by its canonical name.
    public static func named(_ name: String) -> Column? { byName[name] }

    // The accessors by name, for `value(of:)` and `set(_:to:)`.
    typealias Accessor<R> = (read: @Sendable (R) -> FactValue, write: @Sendable (inout R, FactValue) -> Void)

    static let personAccess: [String: Accessor<Person>] = Dictionary(person.compactMap { c in
        if case .person(let r, let w) = c.access { return (c.name, (r, w)) }
        return nil
    }, uniquingKeysWith: { a, _ in a })
    static let householdAccess: [String: Accessor<Household>] = Dictionary(household.compactMap { c in
        if case .household(let r, let w) = c.access { return (c.name, (r, w)) }
        return nil
    }, uniquingKeysWith: { a, _ in a })
    static let volunteerAccess: [String: Accessor<Volunteer>] = Dictionary(volunteer.compactMap { c in
        if case .volunteer(let r, let w) = c.access { return (c.name, (r, w)) }
        return nil
    }, uniquingKeysWith: { a, _ in a })
}
