/// A value a recorded fact can hold, with its form as a `FactValue` both ways: what lets a `Columns` entry name its
/// field once (a key path) and have reading and writing follow from it.
public protocol FactField {
    var factValue: FactValue { get }
    /// The value from a fact; nil for an unknown fact or one of another type (the import validates first).
    init?(factValue: FactValue)
}

extension String: FactField {
    public var factValue: FactValue { .text(self) }
    public init?(factValue: FactValue) { guard let t = factValue.textValue else { return nil }; self = t }
}
extension Day: FactField {
    public var factValue: FactValue { .date(self) }
    public init?(factValue: FactValue) { guard let d = factValue.dateValue else { return nil }; self = d }
}
extension Money: FactField {
    public var factValue: FactValue { .money(self) }
    public init?(factValue: FactValue) { guard let m = factValue.moneyValue else { return nil }; self = m }
}
extension Int: FactField {
    public var factValue: FactValue { .integer(self) }
    public init?(factValue: FactValue) { guard let i = factValue.intValue else { return nil }; self = i }
}
extension Bool: FactField {
    public var factValue: FactValue { .bool(self) }
    public init?(factValue: FactValue) { guard let b = factValue.boolValue else { return nil }; self = b }
}
extension NationalNumber: FactField {
    public var factValue: FactValue { .text(formatted) }
    public init?(factValue: FactValue) { guard let t = factValue.textValue, let n = NationalNumber(t) else { return nil }; self = n }
}
/// A list of codes (`talen`): kept as typed.
extension Array: FactField where Element: ListItemField {
    public var factValue: FactValue { .list(map(\.listItem)) }
    public init?(factValue: FactValue) {
        guard let l = factValue.listValue else { return nil }
        self = Element.ordered(l.compactMap(Element.init(listItem:)))
    }
}

/// An item of a list fact: a language code, a status, a problem (`schulden:3:18`), a domain, a time slot.
public protocol ListItemField {
    var listItem: String { get }
    init?(listItem: String)
    /// The order a list is kept in (as read, unless the kind says otherwise).
    static func ordered(_ items: [Self]) -> [Self]
}
extension ListItemField {
    public static func ordered(_ items: [Self]) -> [Self] { items }
}
extension String: ListItemField {
    public var listItem: String { self }
    public init?(listItem: String) { self = listItem }
}
extension Status: ListItemField {
    public var listItem: String { rawValue }
    public init?(listItem: String) { self.init(code: listItem) }
    /// Statuses are kept sorted, whatever order they were typed in.
    public static func ordered(_ items: [Status]) -> [Status] { items.sorted() }
}
extension ProblemDomain: ListItemField {
    public var listItem: String { rawValue }
    public init?(listItem: String) { self.init(code: listItem) }
}
extension Problem: ListItemField {
    public var listItem: String { code }
    public init?(listItem: String) { self.init(code: listItem) }
}
extension Slot: ListItemField {
    public var listItem: String { code }
    public init?(listItem: String) { self.init(code: listItem) }
}

/// A code of a vocabulary (`woonsituatie`, `geslacht`).
extension FactField where Self: Vocabulary {
    public var factValue: FactValue { .code(rawValue) }
    public init?(factValue: FactValue) { guard let v = factValue.codeValue(Self.self) else { return nil }; self = v }
}
extension Sex: FactField {}
extension HouseholdRole: FactField {}
extension CivilStatus: FactField {}
extension HomeNursingPackage: FactField {}
extension SchoolLevel: FactField {}
extension Tenure: FactField {}
extension DwellingType: FactField {}
extension HeatingFuel: FactField {}
