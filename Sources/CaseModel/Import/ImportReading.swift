import Crypto

/// A row read against the catalogue: its typed values (only the known ones), its problems and warnings.
struct ParsedRow: Sendable {
    var record: CSVRecord
    /// The id column's value as written (`dossier` or `vrijwilliger`), when valid.
    var id: String?
    /// Known values by catalogue index; sparse, so 100,000 wide rows stay small.
    var cells: [(column: Int, value: FactValue)] = []
    /// The `rijksregisternummer` cell, parsed once.
    var nationalNumber: NationalNumber?
    /// Errors in row-level columns (person, volunteer, or the row's shape).
    var rowErrors: [ImportIssue] = []
    /// Errors in household columns: they reject the whole dossier.
    var householdErrors: [ImportIssue] = []
    var warnings: [ImportIssue] = []

    func value(_ column: Int) -> FactValue {
        cells.first(where: { $0.column == column })?.value ?? .unknown
    }
}

/// The steps every import shares: checksum, reading the table, mapping the header, parsing each row.
struct ImportReading {
    let catalogue: [Column]
    let options: ImportOptions
    var table: CSVTable
    var header: HeaderMap
    /// For each header position, the column's index in the catalogue.
    var catalogueIndex: [Int?]
    /// Looked up once per file rather than by name on every row.
    let birthDateIndex: Int?
    let nameIndices: [(String, Int)]
    let firstNameIndex: Int?
    let lastNameIndex: Int?
    let nationalNumberIndex: Int?
    /// Per catalogue index: whether the column is a household column.
    let isHousehold: [Bool]

    init(catalogue: [Column], options: ImportOptions, table: CSVTable, header: HeaderMap, catalogueIndex: [Int?]) {
        self.catalogue = catalogue
        self.options = options
        self.table = table
        self.header = header
        self.catalogueIndex = catalogueIndex
        func index(_ name: String) -> Int? { catalogue.firstIndex(where: { $0.name == name }) }
        birthDateIndex = index("geboortedatum")
        nameIndices = ["voornaam", "naam"].compactMap { n in index(n).map { (n, $0) } }
        firstNameIndex = index("voornaam")
        lastNameIndex = index("naam")
        nationalNumberIndex = index("rijksregisternummer")
        isHousehold = catalogue.map { $0.level == .household }
    }

    static func checksum(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { b in
            let h = String(b, radix: 16)
            return h.count == 1 ? "0" + h : h
        }.joined()
    }

    /// A new plan of this kind for the file, and the file's table read with its header; nil (with the structural
    /// error in the plan) when it cannot be read.
    static func begin(_ kind: ImportPlan.Kind, _ bytes: [UInt8], catalogue: [Column], options: ImportOptions) -> (ImportPlan, ImportReading?) {
        var plan = ImportPlan(kind: kind, fileName: options.fileName, checksum: checksum(bytes), allOrNothing: options.allOrNothing)
        let reading = open(bytes, catalogue: catalogue, options: options, plan: &plan)
        return (plan, reading)
    }

    /// Reads the table and its header, or records the structural error in the plan and returns nil.
    private static func open(_ bytes: [UInt8], catalogue: [Column], options: ImportOptions, plan: inout ImportPlan) -> ImportReading? {
        let file = options.fileName
        let table: CSVTable
        do {
            table = try CSVReader.read(bytes)
        } catch {
            let reason: ImportReason
            var line: Int? = nil
            switch error {
            case .empty: reason = .emptyFile
            case .undetectableDelimiter: reason = .undetectableDelimiter; line = 1
            case .unsupportedSeparatorLine(let s): reason = .unsupportedSeparatorLine(s); line = 1
            case .unterminatedQuote(let l): reason = .unterminatedQuote(openedOnLine: l); line = l
            }
            plan.structuralErrors.append(ImportIssue(file: file, line: line, reason: reason))
            return nil
        }
        plan.encoding = table.encoding
        plan.delimiter = table.delimiter
        switch HeaderMap.build(header: table.header.fields, catalogue: catalogue) {
        case .failure(.duplicate(let c, let a, let b)):
            plan.structuralErrors.append(ImportIssue(file: file, line: table.header.line, column: c,
                                                     reason: .duplicateColumn(c, first: a, second: b)))
            return nil
        case .failure(.missingRequired(let c)):
            plan.structuralErrors.append(ImportIssue(file: file, line: table.header.line, column: c,
                                                     reason: .missingRequiredColumn(c)))
            return nil
        case .success(let header):
            for name in header.unknown {
                plan.warnings.append(ImportIssue(file: file, line: table.header.line, column: name, reason: .unknownColumn))
            }
            let index = Dictionary(uniqueKeysWithValues: catalogue.enumerated().map { ($1.name, $0) })
            return ImportReading(catalogue: catalogue, options: options, table: table, header: header,
                                 catalogueIndex: header.columns.map { $0.flatMap { index[$0.name] } })
        }
    }

    func index(of name: String) -> Int? { catalogue.firstIndex(where: { $0.name == name }) }

    func parse(_ record: CSVRecord, idColumn: String) -> ParsedRow {
        let file = options.fileName
        var row = ParsedRow(record: record)
        let fields = record.fields
        if fields.count > catalogueIndex.count, fields[catalogueIndex.count...].contains(where: { !$0.isEmpty }) {
            row.rowErrors.append(ImportIssue(file: file, line: record.line, reason: .moreFieldsThanHeader(fields.count)))
        }
        let idIndex = index(of: idColumn)
        for (pos, ci) in catalogueIndex.enumerated() {
            guard let ci else { continue }
            let raw = pos < fields.count ? fields[pos] : ""
            // An empty cell is unknown whatever the column (ValueParser's first test), so it costs nothing more.
            if raw.isEmpty {
                if catalogue[ci].required {
                    row.rowErrors.append(ImportIssue(file: file, line: record.line, column: catalogue[ci].name,
                                                     reason: .missingRequiredValue))
                }
                continue
            }
            let column = catalogue[ci]
            switch ValueParser.parse(raw, as: column.kind, allowsLineBreaks: column.name == "opmerking") {
            case .failure(let reason):
                let issue = ImportIssue(file: file, line: record.line, column: column.name,
                                        value: ValueParser.masked(raw, column: column), reason: reason.masked(for: column))
                if column.level == .household { row.householdErrors.append(issue) } else { row.rowErrors.append(issue) }
            case .success(let parsed):
                if parsed.value.isUnknown {
                    if column.required {
                        row.rowErrors.append(ImportIssue(file: file, line: record.line, column: column.name,
                                                         reason: .missingRequiredValue))
                    }
                    continue
                }
                if ci == idIndex { row.id = parsed.value.textValue }
                if ci == nationalNumberIndex { row.nationalNumber = parsed.number }
                row.cells.append((ci, parsed.value))
                if let w = parsed.warning {
                    let shown = parsed.number.map { CellText.shape($0.formatted) } ?? ValueParser.masked(raw, column: column)
                    row.warnings.append(ImportIssue(file: file, line: record.line, column: column.name,
                                                    value: shown, reason: w))
                }
            }
        }
        return row
    }

    /// Checks shared by person and volunteer rows: the birth date in a national number, and `?` in names of
    /// a Windows-1252 file (warned once per file).
    func crossChecks(_ row: inout ParsedRow, questionMarkWarned: inout Bool) {
        if let bd = birthDateIndex, let number = row.nationalNumber, let encoded = number.birthDate,
           let given = row.value(bd).dateValue, encoded != given {
            row.warnings.append(ImportIssue(file: options.fileName, line: row.record.line, column: "rijksregisternummer",
                                            value: CellText.shape(number.formatted), reason: .birthDateDisagrees))
        }
        if table.encoding == .windows1252, !questionMarkWarned {
            for (name, index) in nameIndices {
                if let t = row.value(index).textValue, t.contains("?") {
                    questionMarkWarned = true
                    row.warnings.append(ImportIssue(file: options.fileName, line: row.record.line, column: name,
                                                    reason: .questionMarkInName))
                    break
                }
            }
        }
    }

    func rejectsSource(_ rejected: [(record: CSVRecord, issues: [ImportIssue])]) -> RejectsSource {
        RejectsSource(encoding: table.encoding, delimiter: table.delimiter, hadSeparatorLine: table.hadSeparatorLine,
                      usesCRLF: table.usesCRLF, header: table.header.fields, rejected: rejected)
    }
}
