/// The field separator of a client list.
public enum CSVDelimiter: String, Sendable, Hashable, Codable {
    case semicolon = ";"
    case comma = ","

    var byte: UInt8 { self == .semicolon ? UInt8(ascii: ";") : UInt8(ascii: ",") }
}

/// One CSV record with the physical line it starts on (1-based, counting every line of the file).
public struct CSVRecord: Sendable, Hashable {
    public var line: Int
    public var fields: [String]
}

/// A CSV file read into records: the header and the data records, with what the reader detected.
public struct CSVTable: Sendable {
    public var encoding: SourceEncoding
    public var delimiter: CSVDelimiter
    /// The file began with an Excel `sep=` line.
    public var hadSeparatorLine: Bool
    /// The file's lines end in CR LF (else LF).
    public var usesCRLF: Bool
    public var header: CSVRecord
    public var records: [CSVRecord]
}

/// Why a file cannot be read at all.
public enum CSVStructuralError: Error, Sendable, Hashable {
    case empty
    case unterminatedQuote(openedOnLine: Int)
    case undetectableDelimiter
    case unsupportedSeparatorLine(String)
}

/// An RFC 4180 reader working on UTF-8 bytes in one pass, so 100,000 rows read in linear time. Quoted fields may
/// hold the delimiter, doubled quotes and line breaks; CR LF, LF and lone CR all end a line; blank lines and
/// lines of only delimiters are skipped. Fields are trimmed of surrounding spaces.
public enum CSVReader {
    public static func read(_ bytes: [UInt8]) throws(CSVStructuralError) -> CSVTable {
        let (encoding, text) = SourceEncoding.decode(bytes)
        if text.allSatisfy({ $0 == 0x0A || $0 == 0x0D || $0 == 0x20 || $0 == 0x09 }) { throw .empty }
        var start = 0
        var line = 1
        var delimiter: CSVDelimiter
        var hadSeparatorLine = false

        // Excel's `sep=;` line names the delimiter and is not part of the table.
        let firstLineEnd = text.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) ?? text.count
        let firstLine = String(decoding: text[0..<firstLineEnd], as: UTF8.self)
            .trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\"", with: "")
        if firstLine.lowercased().hasPrefix("sep=") {
            let sep = String(firstLine.dropFirst(4))
            guard let d = CSVDelimiter(rawValue: sep) else { throw .unsupportedSeparatorLine(sep) }
            delimiter = d
            hadSeparatorLine = true
            start = firstLineEnd
            if start < text.count, text[start] == 0x0D { start += 1 }
            if start < text.count, text[start] == 0x0A { start += 1 }
            line = 2
        } else {
            delimiter = try detectDelimiter(text, from: start)
        }
        let usesCRLF: Bool = {
            guard let lf = text.firstIndex(of: 0x0A) else { return false }
            return lf > 0 && text[lf - 1] == 0x0D
        }()

        var records = try parse(text, from: start, firstLine: line, delimiter: delimiter.byte)
        guard !records.isEmpty else { throw .empty }
        let header = records.removeFirst()
        return CSVTable(encoding: encoding, delimiter: delimiter, hadSeparatorLine: hadSeparatorLine,
                        usesCRLF: usesCRLF, header: header, records: records)
    }

    /// Counts `;` and `,` outside quotes on the header line; the more frequent one is the delimiter.
    static func detectDelimiter(_ text: [UInt8], from start: Int) throws(CSVStructuralError) -> CSVDelimiter {
        var semicolons = 0, commas = 0, inQuotes = false
        var i = start
        // Skip blank lines before the header.
        while i < text.count, text[i] == 0x0A || text[i] == 0x0D { i += 1 }
        while i < text.count {
            let b = text[i]
            if b == UInt8(ascii: "\"") { inQuotes.toggle() }
            else if !inQuotes {
                if b == 0x0A || b == 0x0D { break }
                if b == UInt8(ascii: ";") { semicolons += 1 }
                if b == UInt8(ascii: ",") { commas += 1 }
            }
            i += 1
        }
        if semicolons > commas { return .semicolon }
        if commas > semicolons { return .comma }
        throw .undetectableDelimiter
    }

    static func parse(_ text: [UInt8], from start: Int, firstLine: Int, delimiter: UInt8) throws(CSVStructuralError) -> [CSVRecord] {
        let quote = UInt8(ascii: "\""), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = firstLine
        var recordLine = firstLine
        var fieldQuoted = false
        var i = start
        let n = text.count

        func endField() {
            fields.append(field.isEmpty ? "" : trim(field))
            field.removeAll(keepingCapacity: true)
            fieldQuoted = false
        }
        func endRecord() {
            endField()
            if fields.contains(where: { !$0.isEmpty }) { records.append(CSVRecord(line: recordLine, fields: fields)) }
            fields = []
        }

        var atFieldStart = true
        while i < n {
            let b = text[i]
            if atFieldStart && isSpace(b) {
                // Spaces before an opening quote are not part of the field.
                var j = i
                while j < n && isSpace(text[j]) { j += 1 }
                if j < n && text[j] == quote { i = j; continue }
            }
            if atFieldStart && b == quote {
                // A quoted field: read to the closing quote; a doubled quote is a literal quote.
                let openedOn = line
                fieldQuoted = true
                i += 1
                var closed = false
                while i < n {
                    let c = text[i]
                    if c == quote {
                        if i + 1 < n && text[i + 1] == quote { field.append(quote); i += 2; continue }
                        closed = true
                        i += 1
                        break
                    }
                    if c == lf { line += 1 } else if c == cr && !(i + 1 < n && text[i + 1] == lf) { line += 1 }
                    field.append(c)
                    i += 1
                }
                if !closed { throw .unterminatedQuote(openedOnLine: openedOn) }
                atFieldStart = false
                continue
            }
            atFieldStart = false
            if b == delimiter {
                endField()
                atFieldStart = true
                i += 1
            } else if b == lf || b == cr {
                endRecord()
                i += (b == cr && i + 1 < n && text[i + 1] == lf) ? 2 : 1
                line += 1
                recordLine = line
                atFieldStart = true
            } else {
                // Text after a closing quote, or a quote inside an unquoted field, is kept as written.
                field.append(b)
                i += 1
            }
        }
        if !fields.isEmpty || !field.isEmpty || fieldQuoted { endRecord() }
        return records
    }

    /// Trims spaces, tabs and no-break spaces around a field (quoted or not: a value never means them).
    private static func trim(_ bytes: [UInt8]) -> String {
        let s = String(decoding: bytes, as: UTF8.self)
        // Only fields that start or end with a space (or the first byte of U+00A0) pay for trimming.
        guard let f = bytes.first, let l = bytes.last, isSpace(f) || isSpace(l) || f == 0xC2 || l == 0xA0 else { return s }
        return s.trimmedSpaces
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
}
