import CaseModel

/// Why a field's text is not a value of its kind; worded by `Strings.fieldProblem`.
enum FieldProblem: Error, Hashable, Sendable {
    case required
    case nationalNumberLength(Int), nationalNumberNotDigits, nationalNumberChecksum, nationalNumberDate
    case notAnAmount, negativeAmount, tooManyDecimals, amountTooLarge
    case notADate
    case notAWholeNumber, outOfRange(ClosedRange<Int>)
    case notABoolean
    case unknownCode(String, allowed: [String])
    case notAPostcode
    case notAProblem(String), notALanguage(String)
    case duplicate(String), noneNotAlone
}

/// Reads a form field's text as a fact of its column's kind, with the parsers the import uses
/// (`NationalNumber.parse`, `Money.parse`, `Day(parsing:)`, the vocabularies). Empty text is unknown.
enum FormFieldParser {
    static func parse(_ raw: String, as kind: Column.Kind, required: Bool = false) -> Result<FactValue, FieldProblem> {
        let t = raw.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { return required ? .failure(.required) : .success(.unknown) }
        switch kind {
        case .dossier, .text:
            return .success(.text(t))
        case .date:
            return Day(parsing: t).map { .success(.date($0)) } ?? .failure(.notADate)
        case .amount:
            switch Money.parse(t) {
            case .success(let m): return .success(.money(m))
            case .failure(.negative): return .failure(.negativeAmount)
            case .failure(.tooManyDecimals): return .failure(.tooManyDecimals)
            case .failure(.tooLarge): return .failure(.amountTooLarge)
            case .failure(.notANumber): return .failure(.notAnAmount)
            }
        case .integer(let range):
            // Thousands may be grouped as in amounts (`18.000`), without decimals.
            var value = Int(t)
            if value == nil, case .success(let m) = Money.parse(t), m.cents % 100 == 0,
               !t.contains(",") || t.hasSuffix(",00") {
                value = Int(m.cents / 100)
            }
            guard let i = value else { return .failure(.notAWholeNumber) }
            return range.contains(i) ? .success(.integer(i)) : .failure(.outOfRange(range))
        case .boolean:
            switch t.lowercased() {
            case "ja", "j", "yes", "y", "waar", "1", "true": return .success(.bool(true))
            case "nee", "n", "no", "onwaar", "0", "false": return .success(.bool(false))
            default: return .failure(.notABoolean)
            }
        case .code(let codes):
            let c = t.lowercased().replacingOccurrences(of: " ", with: "_")
            return codes.contains(c) ? .success(.code(c)) : .failure(.unknownCode(t, allowed: codes))
        case .codeList(let codes):
            return list(t) { item in
                let c = item.lowercased().replacingOccurrences(of: " ", with: "_")
                return codes.contains(c) ? .success(c) : .failure(.unknownCode(item, allowed: codes))
            }
        case .languages:
            return list(t) { item in
                let c = item.lowercased()
                let isCode = c.count == 2 && c.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
                return isCode ? .success(c) : .failure(.notALanguage(item))
            }
        case .slots:
            return list(t) { item in Slot(code: item).map { .success($0.code) } ?? .failure(.notAProblem(item)) }
        case .problems:
            return list(t) { item in
                Problem(code: item).map { .success($0.code) } ?? .failure(.notAProblem(item))
            }
        case .nationalNumber:
            switch NationalNumber.parse(t) {
            case .success(let p): return .success(.text(p.number.formatted))
            case .failure(.wrongLength(let n)): return .failure(.nationalNumberLength(n))
            case .failure(.notDigits): return .failure(.nationalNumberNotDigits)
            case .failure(.badChecksum): return .failure(.nationalNumberChecksum)
            case .failure(.impossibleDate): return .failure(.nationalNumberDate)
            }
        case .postcode:
            let ok = t.count == 4 && t.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
            return ok ? .success(.text(t)) : .failure(.notAPostcode)
        }
    }

    /// A `|`-separated list as the import reads it: `geen` alone is the empty list, an item twice is an error.
    private static func list(_ t: String, item parse: (String) -> Result<String, FieldProblem>) -> Result<FactValue, FieldProblem> {
        let items = t.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if items.contains(where: { $0.lowercased() == "geen" }) {
            return items.count == 1 ? .success(.list([])) : .failure(.noneNotAlone)
        }
        var out: [String] = []
        for item in items {
            switch parse(item) {
            case .failure(let problem): return .failure(problem)
            case .success(let v):
                if out.contains(v) { return .failure(.duplicate(v)) }
                out.append(v)
            }
        }
        return .success(.list(out))
    }

    /// The text a field starts with for a recorded value: what the caseworker would type to record it.
    static func editText(_ value: FactValue) -> String {
        switch value {
        case .unknown: ""
        case .bool(let b): b ? "ja" : "nee"
        case .integer(let i): String(i)
        case .money(let m): m.belgian.replacingOccurrences(of: "€ ", with: "")
        case .date(let d): d.belgian
        case .text(let s), .code(let s): s
        case .list(let l): l.isEmpty ? "geen" : l.joined(separator: " | ")
        }
    }
}
