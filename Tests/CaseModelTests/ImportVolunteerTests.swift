import Testing
@testable import CaseModel

@Suite("Import: volunteers")
struct ImportVolunteerTests {
    typealias F = ImportFixture
    static let file = [
        "vrijwilliger;voornaam;naam;talen;domeinen;capaciteit;beschikbaarheid;uittreksel_tot;opmerking",
        "V1;Ine;Claes;nl|fr;administratie|Opvoeding;2;MA-vm|wo-av;01-05-2027;",
        "V2;Tom;Smets;nl;schulden;4;;;",
        "V3;Eva;Goossens;nl;;1;zo-middag;;",
        "V1;Ine;Claes;;;;;;",
    ]

    @Test("volunteer rows are parsed with the same conventions; value errors reject the row")
    func parse() throws {
        let plan = VolunteerImport.plan(F.bytes(Self.file), options: F.options("vrijwilligers.csv"), context: InMemoryImportContext())
        #expect(plan.kind == .volunteers)
        #expect(plan.errors.map(\.reason) == [.outOfRange(1...3), .notASlot("aa-aaaaaa"), .sameVolunteerTwice(firstLine: 2)])
        #expect(plan.errors.map(\.line) == [3, 4, 5])
        let v = try #require(plan.volunteersToWrite.first)
        #expect(plan.volunteersToWrite.count == 1)
        #expect(v.id.rawValue == "V1" && v.languages == ["nl", "fr"] && v.domains == [.administratie, .opvoeding])
        #expect(v.availability == [Slot(day: .ma, part: .vm), Slot(day: .wo, part: .av)])
        #expect(v.backgroundCheckUntil == Day(year: 2027, month: 5, day: 1))
        #expect(plan.summary().contains("Vrijwilligers: 1 nieuw"))
    }

    @Test("a stored volunteer is matched on vrijwilliger: empty cells keep values, families and revision are kept")
    func update() throws {
        var stored = Volunteer(id: DossierID(rawValue: "V1")!, firstName: "Ine", lastName: "Claes", revision: 3)
        stored.capacity = 1
        stored.languages = ["nl"]
        stored.families = [DossierID(rawValue: "2024-001")!]
        let context = InMemoryImportContext(volunteers: [stored])
        let plan = VolunteerImport.plan(F.bytes(["vrijwilliger;voornaam;naam;capaciteit;talen", "V1;Ine;Claes;2;"]),
                                        options: F.options(), context: context)
        #expect(plan.records.map(\.outcome) == [.changed(["capaciteit"])])
        let v = try #require(plan.volunteersToWrite.first)
        #expect(v.capacity == 2 && v.languages == ["nl"] && v.families == stored.families && v.revision == 3)
    }

    @Test("the volunteer catalogue requires vrijwilliger")
    func required() {
        let plan = VolunteerImport.plan(F.bytes(["dossier;voornaam;naam", "A1;An;Peeters"]), options: F.options(),
                                        context: InMemoryImportContext())
        #expect(plan.structuralErrors.map(\.reason) == [.missingRequiredColumn("vrijwilliger")])
    }
}
