import Foundation

/// Writes dossiers in the import format, so that the export imports back to the same values: UTF-8 with a BOM
/// (Excel then shows accents right), `;` as delimiter (Excel with Belgian settings), CR LF line ends, every
/// catalogue column under its canonical Dutch name, one row per person with the household columns repeated on
/// every row of the dossier.
public enum ClientListExport {
    public struct Result: Sendable {
        public var bytes: [UInt8]
        /// Dossiers without members: a client list has no row to put them on.
        public var skipped: [DossierID]
    }

    /// `raw`: cells exactly as stored, without the `'` that keeps a spreadsheet from running `=…` as a formula.
    public static func csv(_ households: [Household], raw: Bool = false) -> Result {
        let writer = CSVWriter(delimiter: .semicolon, guardsFormulas: !raw)
        var text = writer.line(Columns.clientList.map(\.name))
        var skipped: [DossierID] = []
        for h in households {
            guard !h.members.isEmpty else { skipped.append(h.id); continue }
            let householdCells = Columns.household.map { cell(h.value(of: $0.name)) }
            for p in h.members {
                let personCells = Columns.person.map { c in
                    c.name == "dossier" ? h.id.rawValue : cell(p.value(of: c.name))
                }
                text += writer.line(personCells + householdCells)
            }
        }
        return Result(bytes: SourceEncoding.bom + Array(text.utf8), skipped: skipped)
    }

    /// A value as the import reads it: decimal comma, `dd-mm-jjjj`, `ja`/`nee`, `|` lists, `geen` for none.
    static func cell(_ v: FactValue) -> String {
        switch v {
        case .unknown: return ""
        case .bool(let b): return b ? "ja" : "nee"
        case .integer(let i): return String(i)
        case .money(let m): return m.csv
        case .date(let d): return d.belgian
        case .text(let t), .code(let t): return t
        case .list(let l): return l.isEmpty ? "geen" : l.joined(separator: "|")
        }
    }
}

/// Writes volunteers in the volunteer import format (same conventions as `ClientListExport`).
public enum VolunteerExport {
    public static func csv(_ volunteers: [Volunteer], raw: Bool = false) -> [UInt8] {
        let writer = CSVWriter(delimiter: .semicolon, guardsFormulas: !raw)
        var text = writer.line(Columns.volunteer.map(\.name))
        for v in volunteers {
            text += writer.line(Columns.volunteer.map { ClientListExport.cell(v.value(of: $0.name)) })
        }
        return SourceEncoding.bom + Array(text.utf8)
    }
}

/// The dossiers as stored, for `zorg export --format json`: an array, keys sorted, dates `jjjj-mm-dd`,
/// amounts `"1234.56"`, national numbers formatted.
public enum HouseholdJSONExport {
    public static func json(_ households: [Household]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(households)
    }

    public static func json(_ volunteers: [Volunteer]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(volunteers)
    }
}
