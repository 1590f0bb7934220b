import Foundation
/// Reads a fact written as text (in a module test, or typed by a caseworker) into a `FactValue`, by the kind
/// of its column. Returns nil with a reason when the text does not fit the column.
enum RuleFactText {
    struct Invalid: Error { var reason: String; init(_ r: String) { reason = r } }

    static func parse(_ text: String, column: Column) -> Result<FactValue, RuleFactText.Invalid> {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.isEmpty || t.lowercased() == "onbekend" { return .success(.unknown) }
        switch column.kind {
        case .dossier, .text: return .success(.text(t))
        case .postcode:
            guard t.count == 4, t.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(Invalid("'\(t)' is not a Belgian postcode")) }
            return .success(.text(t))
        case .date:
            guard let d = Day(parsing: t) else { return .failure(Invalid("'\(t)' is not a date")) }
            return .success(.date(d))
        case .amount:
            guard case .success(let m) = Money.parse(t) else { return .failure(Invalid("'\(t)' is not an amount")) }
            return .success(.money(m))
        case .integer(let range):
            guard let i = Int(t), range.contains(i) else { return .failure(Invalid("'\(t)' is not a whole number in \(range.lowerBound)–\(range.upperBound)")) }
            return .success(.integer(i))
        case .boolean:
            switch t.lowercased() {
            case "ja", "true", "yes", "j", "1": return .success(.bool(true))
            case "nee", "false", "no", "n", "0": return .success(.bool(false))
            default: return .failure(Invalid("'\(t)' is not ja or nee"))
            }
        case .code(let codes):
            guard codes.contains(t.lowercased()) else { return .failure(Invalid("'\(t)' is not one of \(codes.joined(separator: ", "))")) }
            return .success(.code(t.lowercased()))
        case .codeList(let codes):
            let items = splitList(t)
            if let bad = items.first(where: { !codes.contains($0) }) { return .failure(Invalid("'\(bad)' is not one of \(codes.joined(separator: ", "))")) }
            return .success(.list(items))
        case .nationalNumber:
            guard case .success(let p) = NationalNumber.parse(t) else { return .failure(Invalid("'\(t)' is not a valid national number")) }
            return .success(.text(p.number.formatted))
        case .problems:
            let items = splitList(t)
            if let bad = items.first(where: { Problem(code: $0) == nil }) { return .failure(Invalid("'\(bad)' is not a problem code (domein:ernst:maanden)")) }
            return .success(.list(items))
        case .languages, .slots:
            return .success(.list(splitList(t)))
        }
    }

    /// `a|b|c`; `geen` is the empty list.
    static func splitList(_ t: String) -> [String] {
        if t.lowercased() == "geen" { return [] }
        return t.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
    }
}
