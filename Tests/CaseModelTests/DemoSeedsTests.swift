import Foundation
import Testing
@testable import CaseModel

/// Basic well-formedness of the hand-written demo caseload in `seeds/`. The real importer has its own tests;
/// these only make sure the seed files are in the import format at all.
@Suite("Demo seeds")
struct DemoSeedsTests {
    /// Splits `;`/`,` separated text into records, honouring RFC 4180 quotes (enough for the seed files).
    static func records(_ text: String, delimiter: Character) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = text.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? chars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = chars.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else { field.append(c) }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == delimiter {
                row.append(field); field = ""
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    static func seed(_ name: String) -> Data { Embedded.seedFiles[name] ?? Data() }

    static func table(_ name: String, delimiter: Character = ";") -> (header: [String], rows: [[String: String]]) {
        let text = String(decoding: seed(name), as: UTF8.self)
        let recs = records(text, delimiter: delimiter)
        let header = recs.first ?? []
        let rows = recs.dropFirst().map { r in
            Dictionary(uniqueKeysWithValues: zip(header, r + Array(repeating: "", count: max(0, header.count - r.count))))
        }
        return (header, rows)
    }

    @Test("households.csv is UTF-8 with every client-list column under its canonical name, one field per column")
    func householdsHeader() {
        let data = Self.seed("households.csv")
        #expect(!data.isEmpty)
        #expect(String(data: data, encoding: .utf8) != nil)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("Gülşen") && text.contains("Łukasz") && text.contains("Renée"))
        let recs = Self.records(text, delimiter: ";")
        #expect(recs.first == Columns.clientList.map(\.name))
        for (i, r) in recs.enumerated() {
            #expect(r.count == Columns.clientList.count, "line \(i + 1) has \(r.count) fields")
        }
        #expect((80...130).contains(recs.count - 1))
    }

    @Test("every national number in households.csv validates and matches the birth date")
    func householdNumbers() {
        let (_, rows) = Self.table("households.csv")
        var numbers = Set<String>()
        for row in rows {
            let text = row["rijksregisternummer"] ?? ""
            guard !text.isEmpty else { continue }
            guard case .success(let parsed) = NationalNumber.parse(text) else {
                Issue.record("dossier \(row["dossier"] ?? "?"): invalid national number")
                continue
            }
            #expect(!parsed.restoredLeadingZeros)
            #expect(parsed.number.birthDate == Day(parsing: row["geboortedatum"] ?? ""), "dossier \(row["dossier"] ?? "?")")
            numbers.insert(parsed.number.digits)
        }
        #expect(numbers.count >= 90)
        // Caregivers point at someone in the file.
        for row in rows where !(row["zorgt_voor"] ?? "").isEmpty {
            guard case .success(let target) = NationalNumber.parse(row["zorgt_voor"]!) else {
                Issue.record("dossier \(row["dossier"] ?? "?"): invalid zorgt_voor")
                continue
            }
            let known = numbers.contains(target.number.digits)
            #expect(known, "dossier \(row["dossier"] ?? "?"): zorgt_voor points at nobody in the file")
        }
    }

    @Test("every dossier in households.csv has a valid number and exactly one applicant; codes are known")
    func householdDossiers() {
        let (_, rows) = Self.table("households.csv")
        let dossiers = Dictionary(grouping: rows, by: { $0["dossier"] ?? "" })
        #expect((35...60).contains(dossiers.count))
        for (id, members) in dossiers {
            #expect(DossierID(rawValue: id) != nil, "dossier \(id)")
            #expect(members.filter { $0["rol"] == "aanvrager" }.count == 1, "dossier \(id)")
        }
        for row in rows {
            #expect(!(row["voornaam"] ?? "").isEmpty && !(row["naam"] ?? "").isEmpty)
            #expect(HouseholdRole(code: row["rol"] ?? "") != nil)
            let statuses = (row["statuten"] ?? "").split(separator: "|").map(String.init)
            #expect(statuses.allSatisfy { Status(code: $0) != nil } || statuses == ["geen"], "\(statuses)")
            for column in ["inkomen_jaar", "inkomen_maand", "huur_maand", "energie_jaar"] {
                if let v = row[column], !v.isEmpty {
                    guard case .success = Money.parse(v) else { Issue.record("\(column) \(v)"); continue }
                }
            }
        }
    }

    @Test("volunteers.csv has the volunteer columns and valid ids, capacities and slots")
    func volunteers() {
        let (header, rows) = Self.table("volunteers.csv")
        #expect(header == Columns.volunteer.map(\.name))
        #expect((10...20).contains(rows.count))
        for row in rows {
            #expect(DossierID(rawValue: row["vrijwilliger"] ?? "") != nil)
            #expect(["1", "2", "3"].contains(row["capaciteit"] ?? ""))
            #expect((row["beschikbaarheid"] ?? "").split(separator: "|").allSatisfy { Slot(code: String($0)) != nil })
        }
    }

    @Test("the sample files use known column names, and the Windows-1252 sample is not UTF-8")
    func samples() {
        let known = Set(Columns.clientList.flatMap { [$0.name, $0.alias] })
        let cp1252 = Self.seed("samples/clients-windows1252.csv")
        #expect(String(data: cp1252, encoding: .utf8) == nil)
        #expect(String(data: cp1252, encoding: .windowsCP1252)?.contains("Françoise") == true)
        let aliases = Set(Columns.clientList.map(\.alias))
        #expect(Self.table("samples/clients-english-comma.csv", delimiter: ",").header.allSatisfy { aliases.contains($0) })
        let errors = Self.table("samples/clients-with-errors.csv").header
        #expect(errors.filter { !known.contains($0) } == ["telefoon"])
    }
}
