/// Writes CSV records: a field is quoted when it holds the delimiter, a quote, a line break or surrounding
/// spaces, with quotes doubled (RFC 4180).
struct CSVWriter {
    var delimiter: CSVDelimiter
    var lineEnd: String = "\r\n"

    func field(_ s: String) -> String {
        let needsQuotes = s.contains(where: { $0 == "\"" || $0 == "\n" || $0 == "\r" || String($0) == delimiter.rawValue })
            || s.first == " " || s.last == " "
        guard needsQuotes else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: delimiter.rawValue) + lineEnd
    }
}
