/// A recorded fact as the import, the export and the rules see it: typed, or unknown.
public enum FactValue: Hashable, Sendable, CustomStringConvertible {
    case unknown
    case bool(Bool)
    case integer(Int)
    case money(Money)
    case date(Day)
    case text(String)
    /// A code of a fixed vocabulary (`sociale_huur`).
    case code(String)
    /// A list; `[]` is "explicitly none" (`geen`).
    case list([String])

    public var isUnknown: Bool { self == .unknown }

    /// Plain form for rule traces and JSON: numbers with a point, dates `jjjj-mm-dd`, lists with `|`.
    public var description: String {
        switch self {
        case .unknown: return "onbekend"
        case .bool(let b): return b ? "ja" : "nee"
        case .integer(let i): return String(i)
        case .money(let m): return m.plain
        case .date(let d): return d.iso
        case .text(let t): return t
        case .code(let c): return c
        case .list(let l): return l.isEmpty ? "geen" : l.joined(separator: "|")
        }
    }
}

extension Optional where Wrapped == Bool {
    public var fact: FactValue { map { .bool($0) } ?? .unknown }
}
extension Optional where Wrapped == Int {
    public var fact: FactValue { map { .integer($0) } ?? .unknown }
}
extension Optional where Wrapped == Money {
    public var fact: FactValue { map { .money($0) } ?? .unknown }
}
extension Optional where Wrapped == Day {
    public var fact: FactValue { map { .date($0) } ?? .unknown }
}
extension Optional where Wrapped == String {
    public var fact: FactValue { map { .text($0) } ?? .unknown }
}
extension Optional where Wrapped: Vocabulary {
    public var fact: FactValue { map { .code($0.rawValue) } ?? .unknown }
}
extension Optional where Wrapped == NationalNumber {
    public var fact: FactValue { map { .text($0.formatted) } ?? .unknown }
}

extension FactValue {
    public var boolValue: Bool? { if case .bool(let b) = self { return b }; return nil }
    public var intValue: Int? { if case .integer(let i) = self { return i }; return nil }
    public var moneyValue: Money? { if case .money(let m) = self { return m }; return nil }
    public var dateValue: Day? { if case .date(let d) = self { return d }; return nil }
    public var textValue: String? {
        switch self {
        case .text(let t), .code(let t): return t
        default: return nil
        }
    }
    public var listValue: [String]? { if case .list(let l) = self { return l }; return nil }
    public func codeValue<V: Vocabulary>(_: V.Type) -> V? { textValue.flatMap { V(code: $0) } }
}
