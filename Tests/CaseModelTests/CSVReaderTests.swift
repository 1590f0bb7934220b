import Testing
@testable import CaseModel

@Suite("CSV reader")
struct CSVReaderTests {
    private func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test("encodings: UTF-8, UTF-8 with BOM, Windows-1252 decoded without mojibake", arguments: [
        ([0x64, 0x3B, 0x6E, 0x0A, 0x31, 0x3B, 0xC3, 0xA9, 0xC3, 0xAB, 0xE2, 0x82, 0xAC] as [UInt8], SourceEncoding.utf8),
        ([0xEF, 0xBB, 0xBF, 0x64, 0x3B, 0x6E, 0x0A, 0x31, 0x3B, 0xC3, 0xA9, 0xC3, 0xAB, 0xE2, 0x82, 0xAC], .utf8WithBOM),
        ([0x64, 0x3B, 0x6E, 0x0A, 0x31, 0x3B, 0xE9, 0xEB, 0x80], .windows1252),
    ])
    func encodings(input: [UInt8], expected: SourceEncoding) throws {
        let table = try CSVReader.read(input)
        #expect(table.encoding == expected)
        #expect(table.header.fields == ["d", "n"])
        #expect(table.records.first?.fields == ["1", "éë€"])
        #expect(!(table.records.first?.fields[1].contains("Ã") ?? true))
    }

    @Test("Windows-1252: the five undefined bytes map to the code points of the same value")
    func undefinedBytes() throws {
        let input: [UInt8] = Array("a;b\nx;".utf8) + [0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xE9]
        let table = try CSVReader.read(input)
        #expect(table.encoding == .windows1252)
        let scalars = table.records[0].fields[1].unicodeScalars.map(\.value)
        #expect(scalars == [0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xE9])
    }

    @Test("delimiter detected from the header line", arguments: [
        ("dossier;voornaam;naam\n1;An;Peeters", CSVDelimiter.semicolon),
        ("dossier,voornaam,naam\n1,An,Peeters", .comma),
        // A comma inside a quoted header cell does not count.
        ("\"a,b\";voornaam;naam\n1;An;Peeters", .semicolon),
    ])
    func delimiter(text: String, expected: CSVDelimiter) throws {
        let table = try CSVReader.read(bytes(text))
        #expect(table.delimiter == expected)
        #expect(table.records[0].fields == ["1", "An", "Peeters"])
    }

    @Test("a header without ; or , has no detectable delimiter")
    func undetectable() {
        #expect(throws: CSVStructuralError.undetectableDelimiter) { try CSVReader.read(bytes("dossier\n1")) }
    }

    @Test("Excel sep= line names the delimiter and counts as line 1")
    func separatorLine() throws {
        let table = try CSVReader.read(bytes("sep=,\r\na;b,c\r\n1;2,3\r\n"))
        #expect(table.hadSeparatorLine)
        #expect(table.delimiter == .comma)
        #expect(table.usesCRLF)
        #expect(table.header == CSVRecord(line: 2, fields: ["a;b", "c"]))
        #expect(table.records == [CSVRecord(line: 3, fields: ["1;2", "3"])])
        #expect(throws: CSVStructuralError.unsupportedSeparatorLine("|")) { try CSVReader.read(bytes("sep=|\na|b")) }
    }

    @Test("quoted fields hold the delimiter, doubled quotes and line breaks; line numbers follow physical lines")
    func quotedFields() throws {
        let text = "a;b;c\r\n\"x;y\";\"zeg \"\"ja\"\"\";\"een\r\ntwee\ndrie\"\r\n4;5;6\n\n7;8;9"
        let table = try CSVReader.read(bytes(text))
        #expect(table.records.map(\.line) == [2, 5, 7])
        #expect(table.records[0].fields == ["x;y", "zeg \"ja\"", "een\r\ntwee\ndrie"])
        #expect(table.records[1].fields == ["4", "5", "6"])
        #expect(table.records[2].fields == ["7", "8", "9"])
    }

    @Test("LF and CRLF files read the same; blank and delimiter-only lines are skipped; cells are trimmed")
    func lineEnds() throws {
        let lf = try CSVReader.read(bytes("a;b\n 1 ; x \n;;\n2;y\n"))
        let crlf = try CSVReader.read(bytes("a;b\r\n 1 ; x \r\n;;\r\n2;y\r\n"))
        #expect(lf.records == crlf.records)
        #expect(lf.records == [CSVRecord(line: 2, fields: ["1", "x"]), CSVRecord(line: 4, fields: ["2", "y"])])
        #expect(!lf.usesCRLF && crlf.usesCRLF)
    }

    @Test("an unterminated quoted field is a structural error naming the line where it opened")
    func unterminated() {
        let text = "a;b\n1;2\n3;\"open\nstill open\nend"
        #expect(throws: CSVStructuralError.unterminatedQuote(openedOnLine: 3)) { try CSVReader.read(bytes(text)) }
    }

    @Test("an empty file is a structural error")
    func empty() {
        #expect(throws: CSVStructuralError.empty) { try CSVReader.read([]) }
        #expect(throws: CSVStructuralError.empty) { try CSVReader.read(SourceEncoding.bom) }
    }

    @Test("Windows-1252 encoding round-trips through encode, unencodable characters become ?")
    func encodeBack() {
        let text = "é€ë\u{81}ń"
        #expect(SourceEncoding.windows1252.encode(text) == [0xE9, 0x80, 0xEB, 0x81, 0x3F])
        #expect(SourceEncoding.windows1252ToUTF8([0xE9, 0x80, 0xEB, 0x81]) == Array("é€ë\u{81}".utf8))
    }

    @Test("a UTF-8 file with a stray Windows-1252 byte keeps its UTF-8 accents and decodes the stray byte")
    func mixedBytes() throws {
        let input: [UInt8] = Array("a;b\nRené;".utf8) + [0xE9] + Array("\nZoë;x".utf8)
        let table = try CSVReader.read(input)
        #expect(table.encoding == .windows1252)
        #expect(table.records.map(\.fields) == [["René", "é"], ["Zoë", "x"]])
    }
}
