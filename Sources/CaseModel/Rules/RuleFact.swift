/// A client-list column as a rule reads it, resolved from its name once when the module is loaded. Reading a
/// fact is then a switch on a small number straight to the field, instead of comparing the column name with
/// every name in `Person.value(of:)` / `Household.value(of:)` and building a `FactValue` on every read — which
/// was most of the cost of a caseload scan. `read` gives exactly `RuleValue(value(of: column), column: column)` (tested for
/// every column).
enum RuleFact: UInt8, CaseIterable, Sendable {
    // Person columns.
    case nationalNumber, firstName, lastName, birthDate, sex, role, civilStatus, dependant, languages
    case incomeYear, incomeMonth, statuses, disabilityPct, selfReliancePoints, belScore, homeNursingPackage
    case dementia, caresFor, caringSince, caregiverPostcode, schoolLevel
    // Household columns.
    case street, houseNumber, postcode, municipality, district, residentSince, tenure, rentMonth, dwellingType
    case waitingListSince, ethos, homelessSince, monthsHomeless24m, mentalHealth, addiction, physicalHealth
    case referredOn, housedSince, consentOn, heating, fuelLitres, prepaymentMeter, supplier, costYear, consumptionKwh
    case arrears, gridDebt, reminderOn, formalNoticeOn, terminationOn, lac, cannotHeat, roofInsulated
    case singleGlazing, epcScore, problems, note

    /// The canonical column name (the name in `missing` lists): the cases follow `Columns.person` (after
    /// `dossier`) and then `Columns.household`, in their order, so the names are taken from there, not spelled
    /// again (a test checks the two lists line up).
    var column: String { RuleFact.columns[Int(rawValue)] }

    static let columns: [String] = (Columns.person.dropFirst() + Columns.household).map(\.name)

    var isPersonFact: Bool { rawValue <= RuleFact.schoolLevel.rawValue }

    private static let byColumn: [String: RuleFact] =
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.column, $0) })

    /// The fact for a canonical column name; nil for a column this table does not know (the engine then reads
    /// it by name, the slow way).
    init?(column: String) {
        guard let f = RuleFact.byColumn[column] else { return nil }
        self = f
    }

    /// A person fact. Household facts read as unknown here (the parser never asks for them). Through a pointer,
    /// so that only the field read is loaded, not the whole person copied.
    func read(_ p: UnsafePointer<Person>) -> RuleValue {
        switch self {
        case .nationalNumber: return p.pointee.nationalNumber.map { .text($0.formatted) } ?? .unknown
        case .firstName: return .text(p.pointee.firstName)
        case .lastName: return .text(p.pointee.lastName)
        case .birthDate: return RuleFact.date(p.pointee.birthDate)
        case .sex: return RuleFact.code(p.pointee.sex)
        case .role: return RuleFact.code(p.pointee.role)
        case .civilStatus: return RuleFact.code(p.pointee.civilStatus)
        case .dependant: return RuleFact.bool(p.pointee.dependant)
        case .languages: return p.pointee.languages.map { .list($0) } ?? .unknown
        case .incomeYear: return money(p.pointee.incomeYear)
        case .incomeMonth: return money(p.pointee.incomeMonth)
        case .statuses: return p.pointee.statuses.map { .list($0.map(\.rawValue)) } ?? .unknown
        case .disabilityPct: return integer(p.pointee.disabilityPct)
        case .selfReliancePoints: return integer(p.pointee.selfReliancePoints)
        case .belScore: return integer(p.pointee.belScore)
        case .homeNursingPackage: return RuleFact.code(p.pointee.homeNursingPackage)
        case .dementia: return RuleFact.bool(p.pointee.dementia)
        case .caresFor: return p.pointee.caresFor.map { .text($0.formatted) } ?? .unknown
        case .caringSince: return RuleFact.date(p.pointee.caringSince)
        case .caregiverPostcode: return RuleFact.text(p.pointee.caregiverPostcode)
        case .schoolLevel: return RuleFact.code(p.pointee.schoolLevel)
        default: return .unknown
        }
    }

    /// A household fact. Person facts read as unknown here.
    func read(_ h: UnsafePointer<Household>) -> RuleValue {
        switch self {
        case .street: return RuleFact.text(h.pointee.address.street)
        case .houseNumber: return RuleFact.text(h.pointee.address.houseNumber)
        case .postcode: return RuleFact.text(h.pointee.address.postcode)
        case .municipality: return RuleFact.text(h.pointee.address.municipality)
        case .district: return RuleFact.text(h.pointee.address.district)
        case .residentSince: return RuleFact.date(h.pointee.residentSince)
        case .tenure: return RuleFact.code(h.pointee.housing.tenure)
        case .rentMonth: return money(h.pointee.housing.rentMonth)
        case .dwellingType: return RuleFact.code(h.pointee.housing.dwellingType)
        case .waitingListSince: return RuleFact.date(h.pointee.housing.waitingListSince)
        case .ethos: return integer(h.pointee.homelessness.ethos)
        case .homelessSince: return RuleFact.date(h.pointee.homelessness.homelessSince)
        case .monthsHomeless24m: return integer(h.pointee.homelessness.monthsHomeless24m)
        case .mentalHealth: return RuleFact.bool(h.pointee.homelessness.mentalHealth)
        case .addiction: return RuleFact.bool(h.pointee.homelessness.addiction)
        case .physicalHealth: return RuleFact.bool(h.pointee.homelessness.physicalHealth)
        case .referredOn: return RuleFact.date(h.pointee.homelessness.referredOn)
        case .housedSince: return RuleFact.date(h.pointee.housedSince)
        case .consentOn: return RuleFact.date(h.pointee.consentOn)
        case .heating: return RuleFact.code(h.pointee.energy.heating)
        case .fuelLitres: return integer(h.pointee.energy.fuelLitres)
        case .prepaymentMeter: return RuleFact.bool(h.pointee.energy.prepaymentMeter)
        case .supplier: return RuleFact.text(h.pointee.energy.supplier)
        case .costYear: return money(h.pointee.energy.costYear)
        case .consumptionKwh: return integer(h.pointee.energy.consumptionKwh)
        case .arrears: return money(h.pointee.energy.arrears)
        case .gridDebt: return money(h.pointee.energy.gridDebt)
        case .reminderOn: return RuleFact.date(h.pointee.energy.reminderOn)
        case .formalNoticeOn: return RuleFact.date(h.pointee.energy.formalNoticeOn)
        case .terminationOn: return RuleFact.date(h.pointee.energy.terminationOn)
        case .lac: return RuleFact.bool(h.pointee.energy.lac)
        case .cannotHeat: return RuleFact.bool(h.pointee.energy.cannotHeat)
        case .roofInsulated: return RuleFact.bool(h.pointee.energy.roofInsulated)
        case .singleGlazing: return RuleFact.bool(h.pointee.energy.singleGlazing)
        case .epcScore: return integer(h.pointee.energy.epcScore)
        case .problems: return h.pointee.problems.map { .list($0.map(\.code)) } ?? .unknown
        case .note: return h.pointee.notes.last.map { .text($0.text) } ?? .unknown
        default: return .unknown
        }
    }

    // The conversions of `RuleValue(FactValue)`, without the `FactValue` in between.
    private static func text(_ v: String?) -> RuleValue { v.map { .text($0) } ?? .unknown }
    private static func date(_ v: Day?) -> RuleValue { v.map { .date($0) } ?? .unknown }
    private static func bool(_ v: Bool?) -> RuleValue { v.map { .bool($0) } ?? .unknown }
    /// A number beyond ±10^12 (a hand-edited dossier file can hold one) is an error naming the column.
    private func integer(_ v: Int?) -> RuleValue { v.map { .count($0, column) } ?? .unknown }
    private func money(_ v: Money?) -> RuleValue { v.map { .money($0, column) } ?? .unknown }
    private static func code<V: Vocabulary>(_ v: V?) -> RuleValue { v.map { .text($0.rawValue) } ?? .unknown }
}
