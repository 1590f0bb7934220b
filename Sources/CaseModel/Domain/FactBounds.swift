/// The domain bound of every number Zorg reads (docs/import-format.md, "Bounds"): an import cell, a form field or
/// a dossier file beyond it is refused where it is read, with a clear message, so that no later arithmetic meets
/// a number it cannot hold. Amounts are bounded by `Money.maximum`; the integer columns by their ranges in
/// `Columns`; the rest here.
public enum FactBounds {
    /// A dossier's or volunteer's revision: more saves than any dossier will ever see.
    public static let revision = 0...1_000_000_000_000
    /// The duration of a problem, in months (a hundred years).
    public static let problemMonths = 0...1_200
    /// A problem's severity.
    public static let severity = 1...3
    /// A consent record's number within its dossier.
    public static let consentNumber = 1...1_000_000
    /// The Housing First team's priority.
    public static let priority = -1_000...1_000
    /// The members of one dossier: more is a filled-down dossier column, not a household. Refused where members
    /// are added (import, merge); a larger dossier already stored is still read and checked.
    public static let members = 40

    /// A number out of its bound, said without the number itself (it may be a national number or an income in
    /// the wrong place): how many digits it has.
    static func describe(_ value: Int) -> String {
        "een getal van \(String(value.magnitude).count) cijfers\(value < 0 ? ", negatief" : "")"
    }
}

/// A recorded number outside its bound, found when a dossier or volunteer file is read.
struct OutOfBounds: Error, Sendable, CustomStringConvertible {
    /// Where in the record: `revision`, `epc_score`, `lid 2: invaliditeit_pct`, `problems[0].months`.
    let field: String
    let value: Int
    let range: ClosedRange<Int>

    var description: String {
        "\(field): \(FactBounds.describe(value)) ligt buiten \(range.lowerBound)–\(range.upperBound)"
    }

    static func check(_ value: Int?, _ range: ClosedRange<Int>, _ field: @autoclosure () -> String) throws {
        if let value, !range.contains(value) { throw OutOfBounds(field: field(), value: value, range: range) }
    }

    /// Every integer column of `columns` whose value, read through `value`, is outside its range.
    static func checkColumns(_ columns: [Column], prefix: String, _ value: (String) -> FactValue) throws {
        for column in columns {
            guard case .integer(let range) = column.kind, case .integer(let i) = value(column.name) else { continue }
            try check(i, range, prefix + column.name)
        }
    }
}

extension Household {
    /// Throws the first recorded number outside its bound.
    func checkBounds() throws {
        try OutOfBounds.check(revision, FactBounds.revision, "revision")
        try OutOfBounds.checkColumns(Columns.household, prefix: "") { value(of: $0) }
        for (n, member) in members.enumerated() {
            try OutOfBounds.checkColumns(Columns.person, prefix: "lid \(n + 1): ") { member.value(of: $0) }
        }
        for (n, problem) in (problems ?? []).enumerated() {
            try OutOfBounds.check(problem.severity, FactBounds.severity, "problems[\(n)].severity")
            try OutOfBounds.check(problem.months, FactBounds.problemMonths, "problems[\(n)].months")
        }
        for (n, record) in consentRecords.enumerated() {
            try OutOfBounds.check(record.number, FactBounds.consentNumber, "consents[\(n)].number")
        }
        try OutOfBounds.check(housingFirst?.priorityOverride?.priority, FactBounds.priority, "housingFirst.priorityOverride.priority")
    }
}

extension Volunteer {
    func checkBounds() throws {
        try OutOfBounds.check(revision, FactBounds.revision, "revision")
        try OutOfBounds.checkColumns(Columns.volunteer, prefix: "") { value(of: $0) }
    }
}
