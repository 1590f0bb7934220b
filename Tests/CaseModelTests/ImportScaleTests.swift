import Testing
@testable import CaseModel

@Suite("Import: scale")
struct ImportScaleTests {
    /// 100,000 person rows in 40,000 dossiers, every dossier with household columns. No timing assertion: the
    /// test shows the reader and planner finish on a file of the size the performance target names, which a
    /// quadratic implementation would not do in CI time.
    @Test("100,000 generated rows are read and planned")
    func hundredThousandRows() {
        var text = "dossier;rijksregisternummer;voornaam;naam;geboortedatum;rol;statuten;inkomen_maand;talen;postcode;woonsituatie;problemen;opmerking\n"
        text.reserveCapacity(12_000_000)
        var rows = 0
        var dossier = 0
        while rows < 100_000 {
            dossier += 1
            let size = dossier % 3 + 1
            for m in 0..<size where rows < 100_000 {
                let birth = Day(year: 1950 + (rows % 60), month: rows % 12 + 1, day: rows % 28 + 1)!
                let number = NationalNumber.make(birthDate: birth, sequence: rows % 997 + 1)
                let household = m == 0 ? "3600;sociale_huur;schulden:2:12|wonen;\"notitie; \"\"regel\"\" \(dossier)\"" : ";;;"
                text += "D\(dossier);\(number.formatted);Voornaam\(rows);Naam\(dossier);\(birth.belgian);\(m == 0 ? "aanvrager" : "kind");leefloon|vt;1.234,56;nl|tr;\(household)\n"
                rows += 1
            }
        }
        let plan = ClientListImport.plan(Array(text.utf8), options: ImportFixture.options("groot.csv"),
                                         context: InMemoryImportContext())
        #expect(plan.structuralErrors.isEmpty)
        #expect(plan.rows.count == 100_000)
        #expect(plan.errors.isEmpty)
        #expect(plan.householdsToWrite.count == dossier)
        #expect(plan.householdsToWrite.last?.members.isEmpty == false)
    }
}
