@testable import CaseModel

/// Builders shared by the import and export tests.
enum ImportFixture {
    static let today = Day(year: 2026, month: 11, day: 23)!
    static let an = NationalNumber.make(birthDate: Day(year: 1985, month: 7, day: 30)!, sequence: 34)
    static let jan = NationalNumber.make(birthDate: Day(year: 1983, month: 2, day: 1)!, sequence: 13)
    static let lotte = NationalNumber.make(birthDate: Day(year: 2008, month: 5, day: 9)!, sequence: 40)

    static func options(_ file: String = "klanten.csv", allOrNothing: Bool = false) -> ImportOptions {
        ImportOptions(fileName: file, allOrNothing: allOrNothing, today: today, user: "admin1")
    }

    static func bytes(_ lines: [String], lineEnd: String = "\n") -> [UInt8] {
        Array(lines.joined(separator: lineEnd).utf8)
    }

    static func plan(_ lines: [String], context: InMemoryImportContext = InMemoryImportContext(),
                     allOrNothing: Bool = false, lineEnd: String = "\n") -> ImportPlan {
        ClientListImport.plan(bytes(lines, lineEnd: lineEnd), options: options(allOrNothing: allOrNothing), context: context)
    }

    /// A small valid client list: two dossiers, three people.
    static let basic = [
        "dossier;rijksregisternummer;voornaam;naam;geboortedatum;rol;statuten;inkomen_maand;postcode;woonsituatie;opmerking",
        "2024-001;\(an.formatted);An;Peeters;30-07-1985;aanvrager;leefloon|vt;1.234,56;3600;sociale_huur;Eerste gesprek",
        "2024-001;\(lotte.formatted);Lotte;Peeters;09-05-2008;kind;geen;;;;",
        "2024-002;\(jan.formatted);Jan;Janssens;01-02-1983;aanvrager;pensioen;€ 980;3600;private_huur;",
    ]
}

extension ImportPlan {
    func record(_ id: String) -> RecordResult? { records.first { $0.id == id } }
    func row(line: Int) -> RowResult? { rows.first { $0.line == line } }
    func household(_ id: String) -> Household? { householdsToWrite.first { $0.id.rawValue == id } }
}
