import CaseModel
import Testing
@testable import ZorgTUI

/// Reading a catalog file and filling in its texts: a mistake in a catalog is reported with the file, the line
/// and what is wrong (the catalog is compiled in, so `TextCatalogTests` catches it before a user could); a text's
/// values, its forms per count, and a key without a text.
@Suite("Text catalog: reading and filling in")
struct TextCatalogReadingTests {
    static func problem(_ yaml: String) -> RuleProblem? {
        do {
            _ = try TextCatalog.read(yaml, file: "xx.yaml")
            return nil
        } catch let problem as RuleProblem {
            return problem
        } catch {
            Issue.record("not a RuleProblem: \(error)")
            return nil
        }
    }

    @Test("a well-formed catalog: sections, names, texts and forms per count")
    func wellFormed() throws {
        let catalog = try TextCatalog.read("""
            # a comment
            common:
              title: Dossiers
              count: "{shown} van {total}"
              members:
                one: 1 lid
                other: "{count} leden"
            """, file: "xx.yaml")
        #expect(catalog.entry("common", "title") == .text("Dossiers"))
        #expect(catalog.entry("common", "count") == .text("{shown} van {total}"))
        #expect(catalog.entry("common", "members") == .plural([.one: "1 lid", .other: "{count} leden"]))
        #expect(catalog.entry("common", "nothing") == nil)
    }

    @Test("a malformed catalog gives a problem naming the file, the line and what is wrong", arguments: [
        ("common:\n  a: \"{shown van\"\n", 2, "not closed"),
        ("common:\n  a: \"van} en\"\n", 2, "without a {"),
        ("common:\n  a: \"{twee woorden}\"\n", 2, "no placeholder"),
        ("common:\n  a: x\n  a: y\n", 3, "appears twice"),
        ("common:\n  a:\n    one: 1 lid\n", 3, "no 'other'"),
        ("common:\n  a:\n    een: 1 lid\n    other: leden\n", 3, "no plural form"),
        ("common:\n  a: [x, y]\n", 2, "must be a text"),
        ("common:\n  a:\n    one: 1 lid\n    other: {count} leden\n", 4, "between quotes"),
        ("common: tekst\n", 1, "must be a mapping"),
        ("common:\n  a: \"niet gesloten\n", 3, "not valid YAML"),
        ("common:\n  a: {n} leden\n", 2, "between quotes"),
        ("common:\n  a: &x tekst\n  b: *x\n", 3, "alias"),
        ("common:\n  a: x\n---\nother:\n  b: y\n", 4, "after its end"),
        ("# alleen commentaar\n", nil, "empty"),
        ("- a\n", 1, "must be a mapping"),
    ])
    func malformed(yaml: String, line: Int?, what: String) throws {
        let problem = try #require(Self.problem(yaml), "\(yaml) was read")
        #expect(problem.file == "xx.yaml")
        #expect(problem.line == line, "\(problem)")
        #expect(problem.reason.contains(what), "\(problem)")
    }

    @Test("a text's values fill its placeholders once: a value that looks like a placeholder stays as it is")
    func placeholders() {
        #expect(Placeholders.names(in: "{a} en {b}, {a}") == ["a", "b", "a"])
        #expect(Placeholders.fill("{a} van {b}") { $0 == "a" ? "{b}" : "3" } == "{b} van 3")
        #expect(Placeholders.fill("{a} blijft") { _ in nil } == "{a} blijft")
        #expect(Placeholders.problem(in: "zonder") == nil && Placeholders.problem(in: "{ok_1}") == nil)
    }

    @Test("a count chooses the form by the language's rule and fills {count}")
    func plurals() {
        let nl = Strings(language: .nl), en = Strings(language: .en)
        #expect(nl.memberCount(1) == "1 lid" && nl.memberCount(0) == "0 leden" && nl.memberCount(12) == "12 leden")
        #expect(en.memberCount(1) == "1 member" && en.memberCount(2) == "2 members")
        #expect(nl.consentNeededLine(1) == "Toestemming nodig (niet gekoppeld): 1 gezin")
        #expect(en.consentNeededLine(3) == "Consent needed (not matched): 3 families")
        #expect(nl.householdRegistered("2026-00001", members: 1) == "Dossier 2026-00001 geregistreerd met 1 lid.")
    }

    /// A key no catalog has.
    enum Missing: String, CatalogText {
        static let catalogSection = "nowhere"
        case thing
    }

    @Test("a key without a text shows its name, not a crash")
    func missingKey() {
        #expect(Strings(language: .nl).text(Missing.thing) == "nowhere.thing")
    }

    @Test("an enum case's name is its key, with and without values")
    func caseNames() {
        #expect(CaseName.of(FieldProblem.notADate) == "notADate")
        #expect(CaseName.of(FieldProblem.nationalNumberLength(9)) == "nationalNumberLength")
        #expect(CaseName.of(TerminalStartProblem.unknownTerminal("vt52")) == "unknownTerminal")
        #expect(CaseName.of(MemberChangeError.lastMember) == "lastMember")
        #expect(CaseName.of(ClosureError.inTheFuture(Day(year: 2026, month: 12, day: 31)!)) == "inTheFuture")
        #expect(CaseName.of(CaseloadFilter.district("Winterslag")) == "district")
        #expect(DossierTab.consents.catalogName == "consents" && CaseloadCommand.quit.catalogName == "quit")
        let s = Strings(language: .en)
        #expect(s.fieldProblem(.notADate) == "not a date: dd-mm-yyyy (e.g. 05-03-2024)")
        #expect(s.closureRefused(.notClosed) == "The dossier is not closed.")
        #expect(s.caseloadFilterName(.district("Winterslag")) == "district Winterslag")
    }
}
