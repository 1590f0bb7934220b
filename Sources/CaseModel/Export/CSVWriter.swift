/// Writes CSV records: a field is quoted when it holds the delimiter, a quote, a line break or surrounding
/// spaces, with quotes doubled (RFC 4180). With `guardsFormulas`, a field that a spreadsheet would run as a
/// formula gets a `'` first (`CellText.withFormulaGuard`), which the import takes away again.
///
/// Whether a field needs quotes is decided on its UTF-8 bytes: every character that calls for quotes is ASCII,
/// so a byte comparison finds them (a `\r\n` too, which is one `Character`), without making a string per
/// character — `zorg check --all --format csv` writes millions of fields.
struct CSVWriter {
    var delimiter: CSVDelimiter
    var lineEnd: String = "\r\n"
    var guardsFormulas = false

    func field(_ raw: String) -> String {
        var out = ""
        append(raw, to: &out)
        return out
    }

    /// `field(raw)` added to the end of `out`.
    func append(_ raw: String, to out: inout String) {
        let s = guardsFormulas ? CellText.withFormulaGuard(raw) : raw
        guard needsQuotes(s) else {
            out += s
            return
        }
        out += "\""
        out += s.replacingOccurrences(of: "\"", with: "\"\"")
        out += "\""
    }

    private func needsQuotes(_ s: String) -> Bool {
        let d = delimiter.byte, space = UInt8(ascii: " ")
        var utf8 = s.utf8.makeIterator()
        guard let first = utf8.next() else { return false }
        if first == space { return true }
        var last = first
        var byte: UInt8? = first
        while let b = byte {
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") || b == d { return true }
            last = b
            byte = utf8.next()
        }
        return last == space
    }

    func line(_ fields: [String]) -> String { record(fields) + lineEnd }

    /// The fields of one record, without the line end.
    func record(_ fields: [String]) -> String {
        var out = ""
        append(record: fields, to: &out)
        return out
    }

    /// `record(fields)` added to the end of `out`.
    func append(record fields: [String], to out: inout String) {
        for (i, f) in fields.enumerated() {
            if i > 0 { out += delimiter.rawValue }
            append(f, to: &out)
        }
    }
}
