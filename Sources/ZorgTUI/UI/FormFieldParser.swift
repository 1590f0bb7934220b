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
    case notAProblem(String), notALanguage(String), notASlot(String)
    case duplicate(String), noneNotAlone
    case controlCharacter, notADossierNumber
    /// A reason the import gives that no form field meets (a row's shape, a file's encoding): said as the import says it.
    case other(ImportReason)

    /// The import's reason, for the person typing (who sees what she typed).
    init(_ reason: ImportReason) {
        switch reason {
        case .missingRequiredValue: self = .required
        case .nationalNumberLength(let n): self = .nationalNumberLength(n)
        case .nationalNumberNotDigits: self = .nationalNumberNotDigits
        case .nationalNumberChecksum: self = .nationalNumberChecksum
        case .nationalNumberDate: self = .nationalNumberDate
        case .notAnAmount: self = .notAnAmount
        case .negativeAmount: self = .negativeAmount
        case .tooManyDecimals: self = .tooManyDecimals
        case .amountTooLarge: self = .amountTooLarge
        case .notADate: self = .notADate
        case .notAWholeNumber: self = .notAWholeNumber
        case .outOfRange(let r): self = .outOfRange(r)
        case .notABoolean: self = .notABoolean
        case .unknownCode(let code, let allowed): self = .unknownCode(code, allowed: allowed)
        case .notAPostcode: self = .notAPostcode
        case .notAProblem(let p): self = .notAProblem(p)
        case .notALanguage(let l): self = .notALanguage(l)
        case .notASlot(let s): self = .notASlot(s)
        case .duplicateListItem(let v): self = .duplicate(v)
        case .noneNotAlone: self = .noneNotAlone
        case .controlCharacter: self = .controlCharacter
        case .invalidDossierNumber: self = .notADossierNumber
        default: self = .other(reason)
        }
    }
}

/// Reads a form field's text as a fact of its column's kind with the import's own parser (`FactParser`), so the
/// form accepts exactly what `zorg import` accepts; the reason is worded for the person typing (`FieldProblem`).
/// Empty text is unknown. A field of running text (a note, as the import's `opmerking`) may hold line breaks;
/// the blank lines around it are left out.
enum FormFieldParser {
    static func parse(_ raw: String, as kind: Column.Kind, required: Bool = false,
                      allowsLineBreaks: Bool = false) -> Result<FactValue, FieldProblem> {
        let text = allowsLineBreaks ? raw.trimmingCharacters(in: .whitespacesAndNewlines) : raw
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return required ? .failure(.required) : .success(.unknown) }
        return FactParser.parse(text, as: kind, allowsLineBreaks: allowsLineBreaks).mapError(FieldProblem.init)
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
