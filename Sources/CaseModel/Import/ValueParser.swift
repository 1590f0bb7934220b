/// Turns one cell into a typed fact according to its column's kind. An empty cell is unknown.
enum ValueParser {
    struct Parsed: Sendable {
        var value: FactValue
        var warning: ImportReason? = nil
        /// The parsed number for national-number columns, so it is not parsed again from its text.
        var number: NationalNumber? = nil
    }

    /// `allowsLineBreaks`: the column holds running text (`opmerking`), where a line break is part of the value.
    /// The one parser of a value: the import reads a cell with it, a form a field (`FactParser`).
    static func parse(_ raw: String, as kind: Column.Kind, allowsLineBreaks: Bool = false) -> Result<Parsed, ImportReason> {
        let t = CellText.withoutFormulaGuard(raw.trimmedSpaces)
        if t.isEmpty { return .success(Parsed(value: .unknown)) }
        if CellText.hasControlCharacter(t, allowingLineBreaks: allowsLineBreaks) { return .failure(.controlCharacter) }
        func ok(_ v: FactValue) -> Result<Parsed, ImportReason> { .success(Parsed(value: v)) }
        switch kind {
        case .dossier:
            return DossierID.isValid(t) ? ok(.text(t)) : .failure(.invalidDossierNumber)
        case .text:
            return ok(.text(t))
        case .date:
            return (fastDay(t) ?? Day(parsing: t)).map { ok(.date($0)) } ?? .failure(.notADate)
        case .amount:
            if let m = fastAmount(t) { return ok(.money(m)) }
            switch Money.parse(t) {
            case .success(let m): return ok(.money(m))
            case .failure(.negative): return .failure(.negativeAmount)
            case .failure(.tooManyDecimals): return .failure(.tooManyDecimals)
            case .failure(.notANumber): return .failure(.notAnAmount)
            case .failure(.tooLarge): return .failure(.amountTooLarge)
            }
        case .integer(let range):
            // Numbers follow the amount rules (`18.000` is eighteen thousand), without decimals.
            var value = Int(t)
            if value == nil, case .success(let d) = DecimalText.parse(t, allowEuroSign: false), d.fraction == 0 {
                value = Int(d.integer) * (d.negative ? -1 : 1)
            }
            guard let i = value else { return .failure(.notAWholeNumber) }
            return range.contains(i) ? ok(.integer(i)) : .failure(.outOfRange(range))
        case .boolean:
            switch t.lowercased() {
            case "ja", "j", "yes", "y", "waar", "1", "true": return ok(.bool(true))
            case "nee", "n", "no", "onwaar", "0", "false": return ok(.bool(false))
            default: return .failure(.notABoolean)
            }
        // Codes are read case-insensitively, with spaces for underscores (`Sociale huur`). A reason carries the
        // item as typed; a message about a file masks it (`ImportReason.masked`), a form shows it to its typist.
        case .code(let codes):
            let c = code(t)
            return codes.contains(c) ? ok(.code(c)) : .failure(.unknownCode(t, allowed: codes))
        case .codeList(let codes):
            return list(t) { item in
                let c = code(item)
                return codes.contains(c) ? .success(c) : .failure(.unknownCode(item, allowed: codes))
            }.map { Parsed(value: .list($0)) }
        case .languages:
            return list(t) { item in
                let c = item.lowercased()
                return ISO639.codes.contains(c) ? .success(c) : .failure(.notALanguage(item))
            }.map { Parsed(value: .list($0)) }
        case .slots:
            return list(t) { item in
                Slot(code: item).map { .success($0.code) } ?? .failure(.notASlot(item))
            }.map { Parsed(value: .list($0)) }
        case .problems:
            var domains: Set<ProblemDomain> = []
            return list(t) { item in
                guard let p = Problem(code: item) else { return .failure(.notAProblem(item)) }
                guard domains.insert(p.domain).inserted else { return .failure(.duplicateListItem(p.domain.rawValue)) }
                return .success(p.code)
            }.map { Parsed(value: .list($0)) }
        case .nationalNumber:
            switch NationalNumber.parse(t) {
            case .success(let p):
                return .success(Parsed(value: .text(p.number.formatted),
                                       warning: p.restoredLeadingZeros ? .leadingZerosRestored : nil, number: p.number))
            case .failure(.wrongLength(let n)): return .failure(.nationalNumberLength(n))
            case .failure(.notDigits): return .failure(.nationalNumberNotDigits)
            case .failure(.badChecksum): return .failure(.nationalNumberChecksum)
            case .failure(.impossibleDate): return .failure(.nationalNumberDate)
            }
        case .postcode:
            let isPostcode = t.utf8.count == 4 && t.utf8.allSatisfy { (0x30...0x39).contains($0) }
            return isPostcode ? ok(.text(t)) : .failure(.notAPostcode)
        }
    }

    /// `dd-mm-jjjj`, the form nearly every cell has, read straight from its bytes; anything else goes to
    /// `Day(parsing:)`, which knows every accepted form.
    private static func fastDay(_ t: String) -> Day? {
        t.utf8.withContiguousStorageIfAvailable { b -> Day? in
            guard b.count == 10, b[2] == UInt8(ascii: "-"), b[5] == UInt8(ascii: "-") else { return nil }
            func digits(_ r: Range<Int>) -> Int? {
                var v = 0
                for i in r {
                    guard (0x30...0x39).contains(b[i]) else { return nil }
                    v = v * 10 + Int(b[i] - 0x30)
                }
                return v
            }
            guard let d = digits(0..<2), let m = digits(3..<5), let y = digits(6..<10) else { return nil }
            return Day(year: y, month: m, day: d)
        } ?? nil
    }

    /// `1234`, `1234,5`, `1234,56` or `1234.56` (up to 7 digits, no grouping, no sign), the forms the export writes
    /// and most cells have, read straight from the bytes; anything else goes to `Money.parse`, which gives the
    /// same amount for these forms.
    static func fastAmount(_ t: String) -> Money? {
        t.utf8.withContiguousStorageIfAvailable { b -> Money? in
            var i = 0
            var integer: Int64 = 0
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                // Never more digits than fit under the maximum: larger amounts take the general path, which
                // says they are too large (a 19-digit cell used to overflow here).
                guard i < 7 else { return nil }
                integer = integer * 10 + Int64(b[i] - 0x30)
                i += 1
            }
            guard i >= 1 else { return nil }
            if i == b.count { return Money(cents: integer * 100) }
            guard b[i] == UInt8(ascii: ",") || b[i] == UInt8(ascii: ".") else { return nil }
            let digits = b.count - i - 1
            guard digits == 1 || digits == 2 else { return nil }
            var fraction: Int64 = 0
            for j in (i + 1)..<b.count {
                guard b[j] >= 0x30, b[j] <= 0x39 else { return nil }
                fraction = fraction * 10 + Int64(b[j] - 0x30)
            }
            return Money(cents: integer * 100 + (digits == 1 ? fraction * 10 : fraction))
        } ?? nil
    }

    /// A code as typed, as the vocabulary writes it: lower case, spaces as underscores.
    static func code(_ text: String) -> String {
        text.lowercased().split(separator: " ", omittingEmptySubsequences: true).joined(separator: "_")
    }

    /// A `|`-separated list: `geen` alone is the empty list; empty items are ignored; an item twice is an error.
    private static func list(_ t: String, item parse: (String) -> Result<String, ImportReason>) -> Result<[String], ImportReason> {
        let items = t.split(separator: "|").map { $0.trimmedSpaces }.filter { !$0.isEmpty }
        if items.contains(where: { $0.lowercased() == "geen" }) {
            return items.count == 1 ? .success([]) : .failure(.noneNotAlone)
        }
        var out: [String] = []
        var seen: Set<String> = []
        for item in items {
            switch parse(item) {
            case .failure(let r): return .failure(r)
            case .success(let v):
                guard seen.insert(v).inserted else { return .failure(.duplicateListItem(v)) }
                out.append(v)
            }
        }
        return .success(out)
    }

    /// A cell's value as an error message may show it: a code of the column's fixed vocabulary as it is, every
    /// other value by its shape only (`CellText.shape`) — when a row's columns are shifted, a birth date or a
    /// national number can sit under any column.
    static func masked(_ raw: String, column: Column) -> String {
        let t = CellText.withoutFormulaGuard(raw.trimmedSpaces)
        switch column.kind {
        case .code(let codes), .codeList(let codes):
            let items = t.split(separator: "|").map { $0.trimmedSpaces }
            return items.map { codes.contains($0.lowercased()) || $0.lowercased() == "geen" ? $0 : CellText.shape($0) }
                .joined(separator: "|")
        default:
            return CellText.shape(t)
        }
    }
}
