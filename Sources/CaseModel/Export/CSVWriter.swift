/// Writes CSV records: a field is quoted when it holds the delimiter, a quote, a line break or surrounding
/// spaces, with quotes doubled (RFC 4180). With `guardsFormulas`, a field that a spreadsheet would run as a
/// formula gets a `'` first (`CellText.withFormulaGuard`), which the import takes away again.
struct CSVWriter {
    var delimiter: CSVDelimiter
    var lineEnd: String = "\r\n"
    var guardsFormulas = false

    func field(_ raw: String) -> String {
        let s = guardsFormulas ? CellText.withFormulaGuard(raw) : raw
        let needsQuotes = s.contains(where: { $0 == "\"" || $0 == "\n" || $0 == "\r" || String($0) == delimiter.rawValue })
            || s.first == " " || s.last == " "
        guard needsQuotes else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    func line(_ fields: [String]) -> String { record(fields) + lineEnd }

    /// The fields of one record, without the line end.
    func record(_ fields: [String]) -> String { fields.map(field).joined(separator: delimiter.rawValue) }
}
