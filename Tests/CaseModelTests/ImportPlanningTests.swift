import Foundation
import Testing
@testable import CaseModel

@Suite("Import: planning against the store")
struct ImportPlanningTests {
    typealias F = ImportFixture

    @Test("a new file creates dossiers with their members, household values and a note by the importing user")
    func newDossiers() throws {
        let plan = F.plan(F.basic)
        #expect(plan.errors.isEmpty && plan.structuralErrors.isEmpty)
        #expect(plan.records.map(\.outcome) == [.new, .new])
        #expect(plan.rows.map(\.outcome) == [.new, .new, .new])
        let h = try #require(plan.household("2024-001"))
        #expect(h.revision == 0)
        #expect(h.members.map(\.nationalNumber) == [F.an, F.lotte])
        #expect(h.address.postcode == "3600" && h.housing.tenure == .socialeHuur)
        #expect(h.notes == [Note(date: F.today, author: "admin1", text: "Eerste gesprek")])
        #expect(h.members[0].incomeMonth == Money(cents: 123_456))
        #expect(plan.encoding == .utf8 && plan.delimiter == .semicolon)
        #expect(plan.checksum == ImportReading.checksum(F.bytes(F.basic)) && plan.checksum.count == 64)
        #expect(!plan.hasProblems)
    }

    @Test("planning writes nothing by itself: the context is unchanged until the plan is applied (dry run)")
    func dryRun() {
        let context = InMemoryImportContext()
        let plan = F.plan(F.basic, context: context)
        #expect(context.households.isEmpty)
        #expect(plan.householdsToWrite.count == 2)
        let dry = plan.summary(dryRun: true)
        #expect(dry.contains("Proefdraai (--dry-run): er is niets geschreven."))
        #expect(dry.contains("  2024-001: nieuw") && dry.contains("  2024-002: nieuw"))
        #expect(dry.contains("Dossiers: 2 nieuw, 0 gewijzigd, 0 ongewijzigd, 0 afgewezen"))
        // A real run counts new dossiers without listing each one.
        #expect(!plan.summary().contains("2024-001: nieuw"))
        #expect(plan.summary(language: .en).contains("Cases: 2 new, 0 changed, 0 unchanged, 0 rejected"))
    }

    @Test("importing the same file twice changes nothing the second time")
    func idempotent() {
        var context = InMemoryImportContext()
        let first = F.plan(F.basic, context: context)
        context.apply(first)
        let second = F.plan(F.basic, context: context)
        #expect(second.records.map(\.outcome) == [.unchanged, .unchanged])
        #expect(second.rows.map(\.outcome) == [.unchanged, .unchanged, .unchanged])
        #expect(second.householdsToWrite.isEmpty)
        #expect(second.warnings.isEmpty)
    }

    @Test("an update keeps stored values on empty cells, changes filled ones, and keeps the stored revision")
    func updateKeepsStoredValues() throws {
        var context = InMemoryImportContext()
        context.apply(F.plan(F.basic, context: context))
        let storedRevision = try #require(context.household(DossierID(rawValue: "2024-001")!)).revision
        #expect(storedRevision == 1)
        let plan = F.plan([
            "dossier;rijksregisternummer;voornaam;naam;geboortedatum;statuten;inkomen_maand;postcode;woonsituatie",
            "2024-001;\(F.an.formatted);An;Peeters;;;1.300;;",
        ], context: context)
        #expect(plan.record("2024-001")?.outcome == .changed(["inkomen_maand"]))
        #expect(plan.row(line: 2)?.outcome == .changed(["inkomen_maand"]))
        let h = try #require(plan.household("2024-001"))
        #expect(h.revision == storedRevision)
        #expect(h.members[0].incomeMonth == Money(euros: 1300))
        #expect(h.members[0].statuses == [.leefloon, .vt].sorted())
        #expect(h.members[0].birthDate == Day(year: 1985, month: 7, day: 30))
        #expect(h.address.postcode == "3600" && h.housing.tenure == .socialeHuur)
        // Lotte is not in this file: kept and reported.
        #expect(h.members.count == 2)
        #expect(plan.warnings.map(\.reason) == [.storedMemberAbsent(position: 2)])
        #expect(plan.warnings.first?.dossier == "2024-001")
    }

    @Test("people are matched on national number, else name and birth date, else name (case- and accent-insensitive)")
    func matching() throws {
        var stored = Household(id: DossierID(rawValue: "D1")!)
        stored.members = [
            Person(firstName: "Zoë", lastName: "Van Dijk", birthDate: Day(year: 1990, month: 1, day: 1)),
            Person(firstName: "Ali", lastName: "Öztürk"),
            Person(firstName: "Jan", lastName: "Claes", nationalNumber: F.jan),
        ]
        let context = InMemoryImportContext(households: [stored])
        let plan = F.plan([
            "dossier;rijksregisternummer;voornaam;naam;geboortedatum;geslacht",
            "D1;;ZOE;van dijk;01-01-1990;v",
            "D1;;ali;ozturk;;m",
            "D1;\(F.jan.formatted);Johannes;Claes;;m",
            "D1;;Zoë;Van Dijk;02-02-2000;v",
        ], context: context)
        let h = try #require(plan.household("D1"))
        #expect(h.members.map(\.sex) == [.v, .m, .m, .v])
        #expect(h.members[0].firstName == "ZOE")
        #expect(h.members[2].firstName == "Johannes")
        #expect(plan.rows.map(\.outcome.code) == ["changed", "changed", "changed", "new"])
        #expect(plan.record("D1")?.outcome == .changed(["voornaam", "naam", "geslacht", "leden"]))
    }

    @Test("a household column with two different values rejects every row of the dossier; an empty cell never disagrees")
    func householdConflict() {
        let plan = F.plan([
            "dossier;voornaam;naam;postcode;woonsituatie",
            "A1;An;Peeters;3600;sociale_huur",
            "A1;Jan;Peeters;;SOCIALE_HUUR",
            "A1;Els;Peeters;3500;",
            "A2;Piet;Smets;;",
            "A2;Mia;Smets;3600;",
        ])
        let conflict = ImportReason.householdConflict(column: "postcode", lines: [2, 4])
        #expect(plan.record("A1")?.outcome.code == "rejected")
        #expect(plan.rows.prefix(3).allSatisfy { r in
            if case .rejected(let issues) = r.outcome { return issues.map(\.reason) == [conflict] }
            return false
        })
        #expect(plan.errors.map(\.reason) == [conflict])
        #expect(plan.errors.first?.dossier == "A1")
        #expect(plan.record("A2")?.outcome == .new)
        #expect(plan.household("A2")?.address.postcode == "3600")
        #expect(plan.summary().contains("gezinskolom postcode heeft verschillende waarden op de regels 2, 4"))
    }

    @Test("all or nothing: any rejected row leaves nothing to write, and the plan says so")
    func allOrNothing() {
        let lines = ["dossier;voornaam;naam;geboortedatum", "A1;An;Peeters;01-01-1980", "A2;Jan;Janssens;99-99-1999"]
        let relaxed = F.plan(lines)
        #expect(relaxed.householdsToWrite.map(\.id.rawValue) == ["A1"])
        #expect(!relaxed.blockedByAllOrNothing)
        let strict = F.plan(lines, allOrNothing: true)
        #expect(strict.householdsToWrite.isEmpty)
        #expect(strict.blockedByAllOrNothing)
        #expect(strict.record("A1")?.outcome == .new)
        #expect(strict.summary().contains("--all-or-nothing"))
        #expect(strict.hasProblems)
        let clean = F.plan(Array(lines.prefix(2)), allOrNothing: true)
        #expect(!clean.blockedByAllOrNothing && clean.householdsToWrite.count == 1)
    }

    @Test("a note is added once: not when the dossier already has a note with the same text")
    func noteNotDuplicated() throws {
        var context = InMemoryImportContext()
        context.apply(F.plan(F.basic, context: context))
        var lines = F.basic
        lines[2] = lines[2].replacingOccurrences(of: ";kind;geen;;;;", with: ";kind;geen;;;;Tweede gesprek")
        lines[1] = lines[1].replacingOccurrences(of: "Eerste gesprek", with: "")
        let plan = F.plan(lines, context: context)
        let h = try #require(plan.household("2024-001"))
        #expect(h.notes.map(\.text) == ["Eerste gesprek", "Tweede gesprek"])
        #expect(plan.record("2024-001")?.outcome == .changed(["opmerking"]))
        context.apply(plan)
        // The first note again: already there, so nothing changes.
        let again = F.plan(F.basic, context: context)
        #expect(again.record("2024-001")?.outcome == .unchanged)
    }

    @Test("a person in two dossiers is reported, in the file and against the store")
    func personInTwoDossiers() {
        var context = InMemoryImportContext()
        context.apply(F.plan(F.basic, context: context))
        let plan = F.plan([
            "dossier;rijksregisternummer;voornaam;naam",
            "B1;\(F.jan.formatted);Jan;Janssens",
            "B2;\(F.lotte.formatted);Lotte;Peeters",
            "B3;\(F.lotte.formatted);Lotte;Peeters",
        ], context: context)
        let several = plan.warnings.filter { if case .personInSeveralDossiers = $0.reason { return true }; return false }
        #expect(several.map(\.reason) == [.personInSeveralDossiers(["2024-002", "B1"]),
                                          .personInSeveralDossiers(["2024-001", "B2", "B3"])])
        #expect(several.map(\.value) == [F.jan.masked, F.lotte.masked])
    }

    @Test("the same person twice in one dossier of the file rejects the second row")
    func samePersonTwice() {
        let plan = F.plan([
            "dossier;rijksregisternummer;voornaam;naam",
            "A1;\(F.an.formatted);An;Peeters",
            "A1;\(F.an.formatted);An;Peeters",
        ])
        #expect(plan.errors.map(\.reason) == [.samePersonTwiceInDossier(firstLine: 2)])
        #expect(plan.household("A1")?.members.count == 1)
    }

    @Test("the rejects file: input header plus reden, rejected rows in full, same delimiter, encoding and line ends")
    func rejectsFile() throws {
        let text = "sep=,\r\ndossier,rijksregisternummer,voornaam,naam,opmerking\r\nA1,85.07.30-033.61,Andr\u{E9},Peeters,\"a, b\"\r\nA2,,Jan,Janssens,\r\n"
        let bytes = SourceEncoding.windows1252.encode(text)
        let plan = ClientListImport.plan(bytes, options: F.options(), context: InMemoryImportContext())
        let rejects = try #require(plan.rejectsFile())
        let expected = "sep=,\r\ndossier,rijksregisternummer,voornaam,naam,opmerking,reden\r\n" +
            "A1,85.07.30-033.61,Andr\u{E9},Peeters,\"a, b\",kolom rijksregisternummer: ongeldig controlegetal\r\n"
        #expect(rejects == SourceEncoding.windows1252.encode(expected))
        #expect(rejects.contains(0xE9))
        // The rejects file reads back with the same rows.
        let reread = try CSVReader.read(rejects)
        #expect(reread.encoding == .windows1252 && reread.delimiter == .comma)
        #expect(reread.records.first?.fields.prefix(5) == ["A1", "85.07.30-033.61", "André", "Peeters", "a, b"])
        // A UTF-8 file with BOM gives a rejects file with BOM; none rejected gives none.
        let utf = ClientListImport.plan(SourceEncoding.bom + F.bytes(["dossier;voornaam;naam", "A1;;x"]), options: F.options(),
                                        context: InMemoryImportContext())
        #expect(utf.rejectsFile()?.starts(with: SourceEncoding.bom + Array("dossier;voornaam;naam;reden\n".utf8)) == true)
        #expect(F.plan(F.basic).rejectsFile() == nil)
    }

    @Test("the JSON report carries counts, rows, dossiers and masked issues")
    func jsonReport() throws {
        let plan = F.plan(F.basic + ["2024-003;85.07.30-033.61;X;Y;;;;;;;"])
        let object = try #require(try JSONSerialization.jsonObject(with: plan.json()) as? [String: Any])
        let counts = try #require(object["counts"] as? [String: Int])
        #expect(counts["new"] == 2 && counts["rejected"] == 1 && counts["rows_rejected"] == 1)
        #expect(object["sha256"] as? String == plan.checksum)
        #expect(object["encoding"] as? String == "UTF-8" && object["delimiter"] as? String == ";")
        let errors = try #require(object["errors"] as? [[String: Any]])
        #expect(errors.first?["value"] as? String == "99.99.99-999.99")
        #expect(errors.first?["line"] as? Int == 5)
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.map { $0["outcome"] as? String } == ["new", "new", "new", "rejected"])
        #expect(!String(decoding: plan.json(), as: UTF8.self).contains("033.61"))
    }
}

@Suite("Import: rejected rows contribute nothing")
struct ImportRejectedRowTests {
    @Test("household values on a row rejected for a person value are not imported and cause no conflict")
    func rejectedRowHouseholdValues() throws {
        let plan = ImportFixture.plan([
            "dossier;voornaam;naam;geboortedatum;postcode",
            "A1;An;Peeters;31-02-1985;3500",
            "A1;Jan;Peeters;;3600",
        ])
        #expect(plan.errors.map(\.reason) == [.notADate])
        let h = try #require(plan.household("A1"))
        #expect(h.members.map(\.firstName) == ["Jan"])
        #expect(h.address.postcode == "3600")
    }
}
