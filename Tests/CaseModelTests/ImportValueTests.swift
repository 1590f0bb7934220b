import Testing
@testable import CaseModel

@Suite("Import: header and values")
struct ImportValueTests {
    private let header = "dossier;voornaam;naam"

    @Test("header names are trimmed and case-insensitive; English aliases are accepted")
    func headerAliases() throws {
        let plan = ImportFixture.plan([" Case_ID ;FIRST_NAME; Naam ;Income_Month", "A1;An;Peeters;12,50"])
        #expect(plan.structuralErrors.isEmpty)
        let h = try #require(plan.household("A1"))
        #expect(h.members.first?.incomeMonth == Money(cents: 1250))
    }

    @Test("a column given by name and alias is a structural error; nothing is planned")
    func duplicateColumn() {
        let plan = ImportFixture.plan(["dossier;voornaam;naam;first_name", "A1;An;Peeters;An"])
        #expect(plan.structuralErrors.map(\.reason) == [.duplicateColumn("voornaam", first: "voornaam", second: "first_name")])
        #expect(plan.householdsToWrite.isEmpty && plan.rows.isEmpty)
        #expect(plan.hasProblems)
    }

    @Test("a missing required column is a structural error", arguments: ["dossier", "voornaam", "naam"])
    func missingRequired(column: String) {
        let cols = ["dossier", "voornaam", "naam"].filter { $0 != column }
        let plan = ImportFixture.plan([cols.joined(separator: ";") + ";geslacht", "x;y;m"])
        #expect(plan.structuralErrors.map(\.reason) == [.missingRequiredColumn(column)])
        #expect(plan.summary().contains("verplichte kolom \(column) ontbreekt"))
    }

    @Test("an unterminated quote is reported as structural with its opening line")
    func unterminatedInPlan() {
        let plan = ImportFixture.plan([header, "A1;An;Peeters", "A2;\"Jan;Janssens", "A3;X;Y"])
        #expect(plan.structuralErrors.map(\.reason) == [.unterminatedQuote(openedOnLine: 3)])
        #expect(plan.structuralErrors.first?.line == 3)
    }

    @Test("unknown columns are reported once and ignored")
    func unknownColumns() {
        let plan = ImportFixture.plan([header + ";kleur;Kleur;schoenmaat", "A1;An;Peeters;rood;blauw;38", "A2;Jan;Janssens;;;"])
        let unknown = plan.warnings.filter { $0.reason == .unknownColumn }
        #expect(unknown.map(\.column) == ["kleur", "schoenmaat"])
        #expect(plan.count(of: "new") == 2)
    }

    @Test("each kind of value error names line, column and reason", arguments: [
        ("geboortedatum", "31-02-1990", ImportReason.notADate),
        ("inkomen_maand", "veel", .notAnAmount),
        ("inkomen_maand", "12,345", .tooManyDecimals),
        ("inkomen_maand", "-5", .negativeAmount),
        ("invaliditeit_pct", "veertig", .notAWholeNumber),
        ("invaliditeit_pct", "120", .outOfRange(0...100)),
        ("ten_laste", "misschien", .notABoolean),
        ("rol", "baas", .unknownCode("aaaa", allowed: HouseholdRole.codes)),
        ("statuten", "leefloon|geen", .noneNotAlone),
        ("statuten", "leefloon|tovenaar", .unknownCode("aaaaaaaa", allowed: Status.codes)),
        ("statuten", "vt|VT", .duplicateListItem("vt")),
        ("talen", "nl|xx", .notALanguage("aa")),
        ("rijksregisternummer", "85.07.30-033.61", .nationalNumberChecksum),
        ("rijksregisternummer", "12345", .nationalNumberLength(5)),
        ("rijksregisternummer", "85.07.30-O33.28", .nationalNumberNotDigits),
        ("zorgt_voor", "85.07.30-033.61", .nationalNumberChecksum),
        ("woonplaats_mantelzorger", "360", .notAPostcode),
        ("thuisverpleging_forfait", "d", .unknownCode("a", allowed: HomeNursingPackage.codes)),
    ])
    func valueErrors(column: String, value: String, reason: ImportReason) throws {
        let plan = ImportFixture.plan(["dossier;voornaam;naam;\(column)", "A1;An;Peeters;", "A1;Jan;Peeters;\(value)"])
        let error = try #require(plan.errors.first)
        #expect(plan.errors.count == 1)
        #expect(error.line == 3)
        #expect(error.column == column)
        #expect(error.file == "klanten.csv")
        #expect(error.reason == reason)
        #expect(plan.row(line: 3)?.outcome.code == "rejected")
        // Person columns reject the row only: the other member is still imported.
        #expect(plan.row(line: 2)?.outcome == .new)
        #expect(plan.household("A1")?.members.map(\.firstName) == ["An"])
    }

    @Test("household value errors reject every row of the dossier", arguments: [
        ("postcode", "36OO", ImportReason.notAPostcode),
        ("problemen", "schulden:5", .notAProblem("aaaaaaaa:9")),
        ("problemen", "wonen|wonen:2", .duplicateListItem("wonen")),
        ("ethos", "14", .outOfRange(1...13)),
        ("woonsituatie", "kasteel", .unknownCode("aaaaaaa", allowed: Tenure.codes)),
        ("huur_maand", "€ 12,3,4", .notAnAmount),
        ("in_genk_sinds", "2024-13-01", .notADate),
    ])
    func householdValueErrors(column: String, value: String, reason: ImportReason) {
        let plan = ImportFixture.plan(["dossier;voornaam;naam;\(column)", "A1;An;Peeters;", "A1;Jan;Peeters;\(value)", "A2;Piet;Smets;"])
        #expect(plan.errors.map(\.reason) == [reason])
        #expect(plan.record("A1")?.outcome.code == "rejected")
        #expect(plan.row(line: 2)?.outcome == .rejected([ImportIssue(file: "klanten.csv", line: 3, dossier: "A1",
                                                                      reason: .dossierRejected(becauseOfLine: 3))]))
        #expect(plan.row(line: 3)?.outcome.code == "rejected")
        #expect(plan.record("A2")?.outcome == .new)
        #expect(plan.householdsToWrite.map(\.id.rawValue) == ["A2"])
    }

    @Test("missing required values and an invalid dossier number reject the row")
    func requiredValues() {
        let plan = ImportFixture.plan([header, "A1;;Peeters", ";Jan;Janssens", "A 1;Piet;Smets", "A2;Els;Claes"])
        #expect(plan.errors.map(\.reason) == [.missingRequiredValue, .missingRequiredValue, .invalidDossierNumber])
        #expect(plan.errors.map(\.column) == ["voornaam", "dossier", "dossier"])
        #expect(plan.rejectedRowCount == 3)
        #expect(plan.householdsToWrite.map(\.id.rawValue) == ["A2"])
    }

    @Test("a row with more fields than the header is rejected")
    func tooManyFields() {
        let plan = ImportFixture.plan([header, "A1;An;Peeters;extra"])
        #expect(plan.errors.map(\.reason) == [.moreFieldsThanHeader(4)])
    }

    @Test("values: booleans in every spelling, case-insensitive codes, geen, lists, problems, amounts, dates")
    func values() throws {
        let plan = ImportFixture.plan([
            "dossier;voornaam;naam;ten_laste;dementie;rol;statuten;talen;inkomen_jaar;zorgt_sinds;problemen;budgetmeter;lac",
            "A1;An;Peeters;JA;onwaar;Aanvrager;VT|Leefloon;NL|tr;12.500;2024-01-31;Schulden:3:18|opvoeding:2|wonen;y;0",
            "A1;Jan;Peeters;waar;N;kind;geen;geen;1234.5;31/01/2024;;;",
        ])
        #expect(plan.errors.isEmpty)
        let h = try #require(plan.household("A1"))
        let an = h.members[0], jan = h.members[1]
        #expect(an.dependant == true && an.dementia == false && an.role == .aanvrager)
        #expect(an.statuses == [.leefloon, .vt].sorted())
        #expect(an.languages == ["nl", "tr"])
        #expect(an.incomeYear == Money(euros: 12_500))
        #expect(an.caringSince == Day(year: 2024, month: 1, day: 31))
        #expect(jan.dependant == true && jan.dementia == false)
        #expect(jan.statuses == [] && jan.languages == [])
        #expect(jan.incomeYear == Money(cents: 123_450))
        #expect(h.problems == [Problem(domain: .schulden, severity: 3, months: 18), Problem(domain: .opvoeding, severity: 2),
                               Problem(domain: .wonen)])
        #expect(h.energy.prepaymentMeter == true && h.energy.lac == false)
    }

    @Test("an empty cell is unknown, never no")
    func emptyIsUnknown() throws {
        let plan = ImportFixture.plan(["dossier;voornaam;naam;ten_laste;statuten;budgetmeter", "A1;An;Peeters;;;"])
        let h = try #require(plan.household("A1"))
        #expect(h.members[0].dependant == nil && h.members[0].statuses == nil && h.energy.prepaymentMeter == nil)
    }

    @Test("a value in a message is shown only when it is a code of the column's vocabulary; else by its shape")
    func masking() {
        let plan = ImportFixture.plan([
            "dossier;rijksregisternummer;voornaam;naam;geboortedatum;rol",
            "A1;85.07.30-033.61;An;Peeters;30-07-1985;aanvrager",
            "A2;\(ImportFixture.jan.formatted);Jan;Janssens;30-02-1983;kind",
            "A3;;An;Peeters;01-01-1990;01-01-1990",  // shifted columns: a birth date under rol
        ])
        let text = plan.summary()
        #expect(!text.contains("85.07.30") && !text.contains("033.61"))
        #expect(!text.contains("30-02-1983") && !text.contains("01-01-1990"))
        #expect(text.contains("klanten.csv:2: kolom rijksregisternummer, waarde \"99.99.99-999.99\": ongeldig controlegetal"))
        #expect(text.contains("klanten.csv:3: kolom geboortedatum, waarde \"99-99-9999\": geen geldige datum"))
        #expect(text.contains("klanten.csv:4: kolom rol, waarde \"99-99-9999\": onbekende code 99-99-9999"))
        #expect(ValueParser.masked("Peeters", column: Columns.named("naam")!) == "Aaaaaaa")
        #expect(ValueParser.masked("Kind|baas", column: Columns.named("statuten")!) == "Aaaa|aaaa")
        #expect(ValueParser.masked("vt|baas", column: Columns.named("statuten")!) == "vt|aaaa", "a code of the vocabulary is shown")
        let english = plan.summary(language: .en)
        #expect(english.contains("klanten.csv:2: column rijksregisternummer, value \"99.99.99-999.99\": invalid check digits"))
    }

    @Test("leading zeros dropped by a spreadsheet are restored with a warning; a birth-date mismatch is a warning")
    func nationalNumberWarnings() throws {
        let young = ImportFixture.lotte
        let dropped = String(young.digits.drop(while: { $0 == "0" }))
        #expect(dropped.count < 11)
        let plan = ImportFixture.plan([
            "dossier;rijksregisternummer;voornaam;naam;geboortedatum",
            "A1;\(dropped);Lotte;Peeters;09-05-2008",
            "A1;\(ImportFixture.an.digits);An;Peeters;30-07-1986",
        ])
        #expect(plan.errors.isEmpty)
        #expect(plan.warnings.map(\.reason) == [.leadingZerosRestored, .birthDateDisagrees])
        #expect(plan.warnings.map(\.line) == [2, 3])
        #expect(plan.warnings.allSatisfy { $0.value == "99.99.99-999.99" }, "no digit of the number is shown")
        let h = try #require(plan.household("A1"))
        #expect(h.members[0].nationalNumber == young)
        #expect(h.members[1].birthDate == Day(year: 1986, month: 7, day: 30))
    }

    @Test("a ? in a name of a Windows-1252 file is kept and warned once per file")
    func questionMark() throws {
        let text = "dossier;voornaam;naam\nA1;Mehmet;Ya?ar\nA2;Ay?e;Kaya\nA3;Andr\u{E9};Claes\n"
        let bytes = SourceEncoding.windows1252.encode(text)
        let plan = ClientListImport.plan(bytes, options: ImportFixture.options(), context: InMemoryImportContext())
        #expect(plan.encoding == .windows1252)
        #expect(plan.warnings.map(\.reason) == [.questionMarkInName])
        #expect(plan.household("A1")?.members.first?.lastName == "Ya?ar")
        #expect(plan.household("A3")?.members.first?.firstName == "André")
        // In UTF-8 a ? is just a character.
        let utf8 = ImportFixture.plan(["dossier;voornaam;naam", "A1;Mehmet;Ya?ar"])
        #expect(utf8.warnings.isEmpty)
    }

    @Test("errors after a multi-line quoted field name the physical line the row starts on")
    func lineNumbersAfterMultilineField() {
        let plan = ImportFixture.plan([
            "dossier;voornaam;naam;opmerking;geboortedatum",
            "A1;An;Peeters;\"eerste regel",
            "tweede; regel",
            "derde\";01-01-1980",
            "A2;Jan;Janssens;;1-13-1980",
        ], lineEnd: "\r\n")
        #expect(plan.errors.map(\.line) == [5])
        #expect(plan.household("A1")?.notes.first?.text == "eerste regel\r\ntweede; regel\r\nderde")
        #expect(plan.row(line: 2)?.outcome == .new)
    }

    @Test("whole numbers follow the number rules: thousands separators accepted, decimals refused", arguments: [
        ("18.000", 18_000), ("18 000", 18_000), ("1.234.567", 1_234_567), ("450", 450), ("12,0", 12),
    ])
    func wholeNumbers(text: String, expected: Int) throws {
        let plan = ImportFixture.plan(["dossier;voornaam;naam;verbruik_kwh", "A1;An;Peeters;\(text)"])
        #expect(plan.errors.isEmpty)
        #expect(plan.household("A1")?.energy.consumptionKwh == expected)
    }

    @Test("a whole-number column refuses decimals and text", arguments: ["3,5", "1.5", "veel", "-"])
    func notWholeNumbers(text: String) {
        let plan = ImportFixture.plan(["dossier;voornaam;naam;verbruik_kwh", "A1;An;Peeters;\(text)"])
        #expect(plan.errors.map(\.reason) == [.notAWholeNumber])
    }
}
