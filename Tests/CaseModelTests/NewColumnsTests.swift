import Foundation
import Testing
@testable import CaseModel

/// The two columns added for issue 13's new rights: `onderwijsniveau` and `gehuisvest_sinds`, through the import, the
/// export and the rules; `gehuisvest_sinds` falls back on the Housing First intake's `gehuisvest` step.
@Suite("New columns: onderwijsniveau and gehuisvest_sinds")
struct NewColumnsTests {
    typealias F = ImportFixture
    static let housedOn = Day(year: 2026, month: 10, day: 15)!

    /// A dossier housed through Housing First: the intake reached `gehuisvest`, no date recorded by hand.
    static func housedThroughTheIntake() -> Household {
        var h = Household(id: DossierID(rawValue: "2026-00900")!, revision: 3)
        var p = Person(firstName: "Sven", lastName: "Claessens", birthDate: Day(year: 1984, month: 3, day: 12), role: .aanvrager)
        p.incomeMonth = Money(cents: 131_420)
        p.statuses = [.housingFirst, .leefloon].sorted()
        h.members = [p]
        h.address = Address(postcode: "3600", municipality: "Genk")
        h.housing = Housing(tenure: .svk)
        h.homelessness.homelessSince = Day(year: 2023, month: 3, day: 1)
        var intake = HousingFirstIntake()
        let steps: [(HousingFirstState, Day)] = [(.aangemeld, Day(year: 2026, month: 1, day: 12)!), (.gescreend, Day(year: 2026, month: 2, day: 1)!),
                                                 (.wachtlijst, Day(year: 2026, month: 3, day: 1)!), (.toegewezen, Day(year: 2026, month: 9, day: 20)!),
                                                 (.gehuisvest, housedOn)]
        for (state, day) in steps { try! intake.change(to: state, on: day, by: "lotte", reason: nil) }
        h.housingFirst = intake
        return h
    }

    @Test("both columns are in the catalogue with their English aliases and kinds")
    func catalogue() throws {
        let level = try #require(Columns.named("onderwijsniveau"))
        #expect(level.alias == "school_level" && level.level == .person && level.kind == .code(SchoolLevel.codes))
        let housed = try #require(Columns.named("gehuisvest_sinds"))
        #expect(housed.alias == "housed_since" && housed.level == .household && housed.kind == .date)
    }

    @Test("gehuisvest_sinds reads the intake's gehuisvest step; a recorded date comes first")
    func housedSinceFallsBackOnTheIntake() {
        var h = Self.housedThroughTheIntake()
        #expect(h.value(of: "gehuisvest_sinds") == .date(Self.housedOn))
        let other = Day(year: 2026, month: 10, day: 1)!
        h.set("gehuisvest_sinds", to: .date(other))
        #expect(h.homelessness.housedSince == other)
        #expect(h.value(of: "gehuisvest_sinds") == .date(other))
        // Setting the intake's own date records nothing new: the intake stays the source.
        h.set("gehuisvest_sinds", to: .date(Self.housedOn))
        #expect(h.homelessness.housedSince == nil)
        #expect(h.value(of: "gehuisvest_sinds") == .date(Self.housedOn))
    }

    @Test("the installatiepremie of a Housing First tenant is decided by the intake's step, without a date recorded by hand")
    func installatiepremieFromTheIntake() throws {
        let rules = RuleSet.load().ruleSet
        let h = Self.housedThroughTheIntake()
        let r = try #require(rules.evaluate(household: h, asOf: Day(year: 2026, month: 11, day: 23)!, ruleIDs: ["installatiepremie"]).first)
        #expect(r.outcome == .eligible)
        #expect(r.amount == RuleAmount(value: Money(cents: 177_607), per: .once))
        var noIntake = h
        noIntake.housingFirst = nil
        let p = try #require(rules.evaluate(household: noIntake, asOf: Day(year: 2026, month: 11, day: 23)!, ruleIDs: ["installatiepremie"]).first)
        #expect(p.outcome == .possible)
        #expect(p.missing == ["gehuisvest_sinds"])
    }

    @Test("export → import into the same store is unchanged with the intake's date and a school level")
    func roundTrip() throws {
        var h = Self.housedThroughTheIntake()
        var child = Person(firstName: "Mats", lastName: "Claessens", birthDate: Day(year: 2018, month: 1, day: 30), role: .kind)
        child.schoolLevel = .lager
        h.members.append(child)
        let bytes = ClientListExport.csv([h]).bytes
        let table = try CSVReader.read(bytes)
        let col = { (name: String) in Columns.clientList.firstIndex { $0.name == name }! }
        #expect(table.records[0].fields[col("gehuisvest_sinds")] == "15-10-2026")
        #expect(table.records[1].fields[col("onderwijsniveau")] == "lager")
        let same = ClientListImport.plan(bytes, options: F.options("export.csv"), context: InMemoryImportContext(households: [h]))
        #expect(same.records.map(\.outcome) == [.unchanged])
        // Into an empty store the date is recorded as a fact (there is no intake there).
        let fresh = ClientListImport.plan(bytes, options: F.options("export.csv"), context: InMemoryImportContext())
        let created = try #require(fresh.household("2026-00900"))
        #expect(created.homelessness.housedSince == Self.housedOn)
        #expect(created.members[1].schoolLevel == .lager)
    }

    @Test("an unknown school level is refused with the allowed codes")
    func unknownSchoolLevel() {
        let csv = "dossier;voornaam;naam;onderwijsniveau\nT-1;Mats;Claes;universiteit\n"
        let plan = ClientListImport.plan(Data(csv.utf8), options: F.options("k.csv"), context: InMemoryImportContext())
        #expect(plan.records.map(\.outcome.code) == ["rejected"])
        #expect(plan.errors.contains { $0.column == "onderwijsniveau" })
    }
}
