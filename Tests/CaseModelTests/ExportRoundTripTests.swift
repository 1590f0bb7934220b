import Foundation
import Testing
@testable import CaseModel

@Suite("Export: CSV and JSON, round trip through the import")
struct ExportRoundTripTests {
    typealias F = ImportFixture

    /// A dossier with every kind of fact filled in, including text that needs quoting.
    static func richHousehold() -> Household {
        var h = Household(id: DossierID(rawValue: "2024-00123")!, revision: 4)
        var an = Person(firstName: "Anne-Marie", lastName: "D'Hondt; \"Mia\"", nationalNumber: F.an,
                        birthDate: Day(year: 1985, month: 7, day: 30), sex: .v, role: .aanvrager)
        an.civilStatus = .gehuwd
        an.dependant = false
        an.languages = ["nl", "tr"]
        an.incomeYear = Money(cents: 1_850_075)
        an.incomeMonth = Money(cents: 123_456)
        an.statuses = [.leefloon, .vt].sorted()
        an.disabilityPct = 66
        an.selfReliancePoints = 12
        an.belScore = 40
        an.homeNursingPackage = .b
        an.dementia = true
        an.caresFor = F.jan
        an.caringSince = Day(year: 2023, month: 2, day: 1)
        var kid = Person(firstName: "Lotte", lastName: "Peeters", nationalNumber: F.lotte, role: .kind)
        kid.statuses = []
        kid.languages = []
        kid.caregiverPostcode = "3500"
        kid.schoolLevel = .hbo5Verpleegkunde
        h.members = [an, kid]
        h.address = Address(street: "Stalenstraat", houseNumber: "12 bus 3", postcode: "3600", municipality: "Genk", district: "Winterslag")
        h.residentSince = Day(year: 2001, month: 9, day: 1)
        h.housing = Housing(tenure: .privateHuur, rentMonth: Money(euros: 725), dwellingType: .rij, waitingListSince: Day(year: 2022, month: 3, day: 15))
        h.homelessness = Homelessness(ethos: 11, homelessSince: Day(year: 2020, month: 1, day: 1), monthsHomeless24m: 6,
                                      mentalHealth: true, addiction: false, physicalHealth: nil, referredOn: Day(year: 2024, month: 6, day: 1),
                                      housedSince: Day(year: 2024, month: 9, day: 15))
        h.consentOn = Day(year: 2024, month: 6, day: 2)
        h.energy.heating = .stookolie
        h.energy.fuelLitres = 1500
        h.energy.prepaymentMeter = true
        h.energy.supplier = "Fluvius"
        h.energy.costYear = Money(cents: 240_000)
        h.energy.consumptionKwh = 18_000
        h.energy.arrears = Money(cents: 45_050)
        h.energy.gridDebt = Money(euros: 0)
        h.energy.reminderOn = Day(year: 2024, month: 9, day: 1)
        h.energy.lac = false
        h.energy.cannotHeat = true
        h.energy.roofInsulated = false
        h.energy.singleGlazing = true
        h.energy.epcScore = 450
        h.problems = [Problem(domain: .schulden, severity: 3, months: 18), Problem(domain: .wonen, months: 4)]
        h.notes = [Note(date: Day(year: 2024, month: 1, day: 1)!, author: "cw1", text: "oud"),
                   Note(date: Day(year: 2024, month: 2, day: 1)!, author: "cw1", text: "Laatste notitie,\nmet twee regels")]
        return h
    }

    @Test("export writes UTF-8 with BOM, ; delimiter, canonical header, household columns on every row")
    func exportShape() throws {
        let result = ClientListExport.csv([Self.richHousehold(), Household(id: DossierID(rawValue: "LEEG")!)])
        #expect(result.skipped == [DossierID(rawValue: "LEEG")!])
        #expect(result.bytes.starts(with: SourceEncoding.bom))
        let table = try CSVReader.read(result.bytes)
        #expect(table.delimiter == .semicolon && table.encoding == .utf8WithBOM)
        #expect(table.header.fields == Columns.clientList.map(\.name))
        #expect(table.records.count == 2)
        let col = { (name: String) in Columns.clientList.firstIndex { $0.name == name }! }
        let first = table.records[0].fields, second = table.records[1].fields
        #expect(first[col("inkomen_maand")] == "1234,56")
        #expect(first[col("geboortedatum")] == "30-07-1985")
        #expect(first[col("statuten")] == "leefloon|vt")
        #expect(second[col("statuten")] == "geen")
        #expect(first[col("dementie")] == "ja")
        #expect(first[col("opmerking")] == "Laatste notitie,\nmet twee regels")
        #expect(second[col("postcode")] == "3600" && second[col("opmerking")] == first[col("opmerking")])
        #expect(second[col("geboortedatum")] == "")
    }

    @Test("export into the store it came from imports as unchanged")
    func roundTripSameStore() {
        let h = Self.richHousehold()
        let context = InMemoryImportContext(households: [h])
        let bytes = ClientListExport.csv([h]).bytes
        let plan = ClientListImport.plan(bytes, options: F.options("export.csv"), context: context)
        #expect(plan.errors.isEmpty && plan.structuralErrors.isEmpty)
        #expect(plan.records.map(\.outcome) == [.unchanged])
        #expect(plan.householdsToWrite.isEmpty)
    }

    @Test("export into an empty store re-creates an equal household, apart from the notes history")
    func roundTripEmptyStore() throws {
        let h = Self.richHousehold()
        let plan = ClientListImport.plan(ClientListExport.csv([h]).bytes, options: F.options("export.csv"),
                                         context: InMemoryImportContext())
        var created = try #require(plan.household("2024-00123"))
        #expect(created.notes == [Note(date: F.today, author: "admin1", text: "Laatste notitie,\nmet twee regels")])
        var expected = h
        expected.revision = 0
        expected.notes = []
        created.notes = []
        #expect(created == expected)
    }

    @Test("volunteer export re-imports to the same values")
    func volunteerRoundTrip() throws {
        var v = Volunteer(id: DossierID(rawValue: "V-01")!, firstName: "Ine", lastName: "Claes", revision: 2)
        v.birthDate = Day(year: 1970, month: 3, day: 3)
        v.sex = .v
        v.postcode = "3600"
        v.district = "Zwartberg"
        v.languages = ["nl", "fr"]
        v.domains = [.administratie, .opvoeding]
        v.capacity = 2
        v.availability = [Slot(day: .ma, part: .vm), Slot(day: .wo, part: .av)]
        v.trainedOn = Day(year: 2024, month: 5, day: 1)
        v.backgroundCheckUntil = Day(year: 2027, month: 5, day: 1)
        v.genderPreference = .v
        v.note = "Spreekt ook wat Turks"
        let bytes = VolunteerExport.csv([v])
        let same = VolunteerImport.plan(bytes, options: F.options("vrijwilligers.csv"),
                                        context: InMemoryImportContext(volunteers: [v]))
        #expect(same.records.map(\.outcome) == [.unchanged])
        let fresh = VolunteerImport.plan(bytes, options: F.options("vrijwilligers.csv"), context: InMemoryImportContext())
        var created = try #require(fresh.volunteersToWrite.first)
        created.revision = v.revision
        #expect(created == v)
    }

    @Test("JSON export is the dossier as stored and decodes back to it")
    func jsonExport() throws {
        let h = Self.richHousehold()
        let data = try HouseholdJSONExport.json([h])
        #expect(try JSONDecoder().decode([Household].self, from: data) == [h])
        #expect(String(decoding: data, as: UTF8.self).contains("\"2024-00123\""))
    }
}
