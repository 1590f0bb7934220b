import Foundation
import Testing
@testable import CaseModel

/// Issue 12 on the import side: every number bounded where it is read, inert cells, no control characters, no
/// household of thousands.
@Suite("Hardening: what an imported cell may hold")
struct HardeningImportTests {
    typealias F = ImportFixture

    @Test("an amount near Int64.max in cents, or of 19 digits, is refused with line, column and its shape, never a crash",
          arguments: ["9.223.372.036.855", "92233720368547758,07", "1234567890123456789", "12345678901234567890123",
                      "10.000.000,00", "€ 10000000"])
    func hugeAmounts(_ cell: String) throws {
        let plan = F.plan(["dossier;voornaam;naam;inkomen_jaar", "A1;An;Peeters;\(cell)"])
        let error = try #require(plan.errors.first, "\(cell) must be refused")
        #expect(error.line == 2 && error.column == "inkomen_jaar")
        #expect(error.reason == .amountTooLarge || error.reason == .notAnAmount)
        #expect(!error.message().contains(cell), "the value is shown by its shape only")
        #expect(plan.householdsToWrite.isEmpty)
    }

    @Test func theLargestAmountIsAccepted() throws {
        let plan = F.plan(["dossier;voornaam;naam;inkomen_jaar;huur_maand", "A1;An;Peeters;9.999.999,99;0"])
        #expect(plan.errors.isEmpty)
        #expect(plan.household("A1")?.members[0].incomeYear == Money.maximum)
        #expect(Money.parse("9999999,99") == .success(Money.maximum))
        #expect(Money.parse("10000000") == .failure(.tooLarge))
    }

    @Test("integer columns keep their documented bounds", arguments: [
        ("epc_score", "10000", ImportReason.outOfRange(0...9_999)), ("stookolie_liter", "100001", .outOfRange(0...100_000)),
        ("verbruik_kwh", "10000001", .outOfRange(0...10_000_000)), ("epc_score", "9223372036854775807", .notAWholeNumber),
    ])
    func integerBounds(column: String, cell: String, reason: ImportReason) throws {
        let plan = F.plan(["dossier;voornaam;naam;\(column)", "A1;An;Peeters;\(cell)"])
        #expect(plan.errors.map(\.reason) == [reason] || (reason == .notAWholeNumber && plan.errors.map(\.reason) == [.outOfRange(0...9_999)]))
    }

    @Test("an ESC (or another control character) in a name is refused and never shown raw")
    func controlCharacters() throws {
        for bad in ["Pee\u{1B}[2Jters", "An\u{0007}", "X\u{9B}31m", "Del\u{7F}"] {
            let plan = F.plan(["dossier;voornaam;naam", "A1;An;\(bad)"])
            let error = try #require(plan.errors.first)
            #expect(error.reason == .controlCharacter)
            let text = plan.summary() + error.message()
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) },
                    "no control character reaches the report")
        }
        // A line break is allowed where the column holds running text.
        let note = F.plan(["dossier;voornaam;naam;opmerking", "A1;An;Peeters;\"Eerste gesprek\nTweede regel\""])
        #expect(note.errors.isEmpty)
        #expect(note.household("A1")?.notes.first?.text == "Eerste gesprek\nTweede regel")
        let name = F.plan(["dossier;voornaam;naam", "A1;An;\"Pee\nters\""])
        #expect(name.errors.first?.reason == .controlCharacter)
    }

    @Test("a formula cell is exported behind a ' and imported back to the same value")
    func formulaCellsRoundTrip() throws {
        var h = Household(id: DossierID(rawValue: "A1")!, members: [
            Person(firstName: "=HYPERLINK(\"http://x\";\"klik\")", lastName: "+32 89 12", role: .aanvrager),
            Person(firstName: "@SUM(1)", lastName: "-", role: .kind),
        ])
        h.address.street = "\tTab"
        let exported = ClientListExport.csv([h])
        let text = String(decoding: exported.bytes.dropFirst(3), as: UTF8.self)
        #expect(text.contains(";\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\";"))
        #expect(text.contains(";'+32 89 12;") && text.contains(";'@SUM(1);'-;"))
        #expect(!text.contains(";=") && !text.contains(";+") && !text.contains(";@"))
        let raw = String(decoding: ClientListExport.csv([h], raw: true).bytes.dropFirst(3), as: UTF8.self)
        #expect(raw.contains(";@SUM(1);-;"))
        let back = ClientListImport.plan(exported.bytes, options: F.options("export.csv"), context: InMemoryImportContext())
        #expect(back.errors.isEmpty, "\(back.summary())")
        let again = try #require(back.household("A1"))
        #expect(again.members.map(\.firstName) == ["=HYPERLINK(\"http://x\";\"klik\")", "@SUM(1)"])
        #expect(again.members.map(\.lastName) == ["+32 89 12", "-"])
        #expect(again.address.street == "\tTab")
    }

    @Test("a dossier of more than 40 members is refused at once, naming the filled-down column")
    func tooManyMembers() throws {
        var lines = ["dossier;voornaam;naam"]
        for n in 1...2_000 { lines.append("A1;P\(n);Peeters") }
        lines.append("A2;Jan;Janssens")
        let plan = F.plan(lines)
        #expect(plan.record("A1")?.outcome.code == "rejected")
        #expect(plan.errors.map(\.reason) == [.tooManyMembers(2_000)])
        #expect(plan.summary().contains("doorgetrokken"))
        #expect(plan.householdsToWrite.map(\.id.rawValue) == ["A2"])
        // 40 is still a household; with the stored members counted, 41 is not.
        let forty = F.plan(["dossier;voornaam;naam"] + (1...40).map { "B1;P\($0);Peeters" })
        #expect(forty.errors.isEmpty)
        var stored = Household(id: DossierID(rawValue: "B1")!, members: (1...30).map { Person(firstName: "S\($0)", lastName: "Oud") })
        stored.revision = 1
        let more = F.plan(["dossier;voornaam;naam"] + (1...11).map { "B1;N\($0);Nieuw" }, context: InMemoryImportContext(households: [stored]))
        #expect(more.errors.map(\.reason) == [.tooManyMembers(41)])
    }

    @Test func aMergeAboveFortyMembersIsRefused() throws {
        let keep = Household(id: DossierID(rawValue: "K1")!, members: (1...30).map { Person(firstName: "K\($0)", lastName: "A") })
        let other = Household(id: DossierID(rawValue: "O1")!, members: (1...15).map { Person(firstName: "O\($0)", lastName: "B") })
        #expect(throws: DossierMergeError.tooManyMembers(keep.id, count: 45)) {
            _ = try DossierMerge.plan(keep: keep, other: other, on: F.today, by: "alice")
        }
    }
}
