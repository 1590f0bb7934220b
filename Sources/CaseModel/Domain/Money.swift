import Foundation

/// An amount in euro, held as exact cents.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var cents: Int64

    public init(cents: Int64) { self.cents = cents }
    public init(euros: Int64) { self.cents = euros * 100 }

    public static let zero = Money(cents: 0)
    public static func < (a: Money, b: Money) -> Bool { a.cents < b.cents }
    public static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
    public static func - (a: Money, b: Money) -> Money { Money(cents: a.cents - b.cents) }
    public static func * (a: Money, n: Int) -> Money { Money(cents: a.cents * Int64(n)) }

    /// Plain decimal form with a point, `1234.56`: for files, JSON and rule values.
    public var plain: String { decimal(separator: ".") }

    /// Decimal comma without thousands separator, `1234,56`: for CSV export.
    public var csv: String { decimal(separator: ",") }

    private func decimal(separator: String) -> String {
        let a = cents.magnitude
        let c = a % 100
        var text = cents < 0 ? "-" : ""
        text += String(a / 100)
        text += separator
        if c < 10 { text += "0" }
        text += String(c)
        return text
    }

    /// Belgian display form `€ 1.234,56`.
    public var belgian: String {
        let sign = cents < 0 ? "-" : ""
        let a = cents.magnitude
        var whole = String(a / 100)
        var groups: [String] = []
        while whole.count > 3 {
            groups.insert(String(whole.suffix(3)), at: 0)
            whole.removeLast(3)
        }
        groups.insert(whole, at: 0)
        return "\(sign)€ \(groups.joined(separator: ".")),\(String(format: "%02d", Int(a % 100)))"
    }

    public var description: String { belgian }

    /// The amount in euro as an exact decimal, for JSON output (`1234.56`, not a binary fraction).
    public var decimal: Decimal { Decimal(cents) / 100 }

    /// The amount in euro as a Double, for JSON output only (never for arithmetic).
    public var euroValue: Double { Double(cents) / 100 }

    public enum ParseError: Error, Equatable, Sendable {
        case notANumber
        case tooManyDecimals
        case negative
        /// Above `Money.maximum`: no income, rent or cost Zorg records comes near it; a larger number is a
        /// shifted column or a typing error, and would not fit the rules' arithmetic either.
        case tooLarge
    }

    /// The largest amount Zorg reads anywhere (import, forms, dossier files): € 9.999.999,99
    /// (docs/import-format.md, "Bounds").
    public static let maximum = Money(cents: 999_999_999)

    /// Parses Belgian and international amounts: `1.234,56`, `1234,56`, `1234.56`, `€ 1.234,56`, `12.500`.
    /// The last `,` or `.` followed by one or two digits is the decimal separator; other `.`, spaces and
    /// non-breaking spaces group thousands. More than two decimals or a negative amount is an error.
    public static func parse(_ text: String) -> Result<Money, ParseError> { parse(text, maximum: maximum) }

    /// As `parse`, with another upper bound (a rule module's amounts are bounded by the engine, not by a dossier's).
    public static func parse(_ text: String, maximum: Money) -> Result<Money, ParseError> {
        switch DecimalText.parse(text, allowEuroSign: true) {
        case .failure(let e): return .failure(e)
        case .success(let d):
            if d.negative && (d.integer != 0 || d.fraction != 0) { return .failure(.negative) }
            if d.fractionDigits > 2 { return .failure(.tooManyDecimals) }
            var fraction = d.fraction
            if d.fractionDigits == 1 { fraction *= 10 }
            let (product, overflow) = d.integer.multipliedReportingOverflow(by: 100)
            guard !overflow, product + fraction <= maximum.cents else { return .failure(.tooLarge) }
            return .success(Money(cents: product + fraction))
        }
    }

    /// Parses the plain file form (`1234.56`).
    public init?(plain text: String) {
        guard case .success(let m) = Money.parse(text.hasPrefix("-") ? String(text.dropFirst()) : text) else { return nil }
        self = text.hasPrefix("-") ? Money(cents: -m.cents) : m
    }

    /// Rounds a fractional number of cents half-up (away from zero at .5).
    public static func roundingHalfUp(centsTimes1000 value: Int64) -> Money {
        let q = value / 1000, r = value % 1000
        if r >= 500 { return Money(cents: q + 1) }
        if r <= -500 { return Money(cents: q - 1) }
        return Money(cents: q)
    }
}

extension Money: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            if let m = Money(plain: text) {
                self = m
                return
            }
            let unsigned = text.hasPrefix("-") ? String(text.dropFirst()) : text
            if case .failure(.tooLarge) = Money.parse(unsigned) {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "bedrag boven € 9.999.999,99")
            }
        }
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an amount (expected \"1234.56\")")
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(plain)
    }
}

/// The pieces of a decimal number written the Belgian or the international way.
struct DecimalText: Equatable {
    var negative: Bool
    var integer: Int64
    var fraction: Int64
    var fractionDigits: Int

    /// Reads a number: the last `,` or `.` followed by one or two digits (or, for a `,`, any digits) is the
    /// decimal separator; a `.` followed by exactly three digits groups thousands.
    static func parse(_ raw: String, allowEuroSign: Bool) -> Result<DecimalText, Money.ParseError> {
        var t = raw.trimmedSpaces
        if allowEuroSign, t.hasPrefix("€") { t = String(t.dropFirst()).trimmedSpaces }
        if allowEuroSign, t.hasSuffix("€") { t = String(t.dropLast()).trimmedSpaces }
        var negative = false
        if t.hasPrefix("-") { negative = true; t.removeFirst() }
        // Drop grouping spaces (normal, no-break, narrow no-break).
        t.removeAll { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }
        guard !t.isEmpty, t.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," }),
              t.first!.isNumber else { return .failure(.notANumber) }
        // Find the decimal separator.
        var decimalIndex: String.Index? = nil
        if let lastSep = t.lastIndex(where: { $0 == "," || $0 == "." }) {
            let after = t[t.index(after: lastSep)...]
            if t[lastSep] == "," {
                // A comma is always decimal unless more commas precede (1,234,567 international grouping).
                let commas = t.filter { $0 == "," }.count
                if commas == 1 && !after.isEmpty { decimalIndex = lastSep }
                else if commas > 1 && after.count != 3 { return .failure(.notANumber) }
            } else {
                let dots = t.filter { $0 == "." }.count
                if after.count == 3 && !t.contains(",") {
                    decimalIndex = nil // 12.500 = twelve thousand five hundred
                } else if dots == 1 && !after.isEmpty {
                    decimalIndex = lastSep
                } else if after.count != 3 {
                    return .failure(.notANumber)
                }
            }
        }
        var intPart: Substring
        var fracPart: Substring = ""
        if let d = decimalIndex {
            intPart = t[..<d]
            fracPart = t[t.index(after: d)...]
            guard !fracPart.isEmpty, fracPart.allSatisfy(\.isNumber) else { return .failure(.notANumber) }
        } else {
            intPart = Substring(t)
        }
        // Grouping: every group after the first must have exactly three digits.
        let groups = intPart.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
        guard let first = groups.first, !first.isEmpty else { return .failure(.notANumber) }
        for g in groups.dropFirst() where g.count != 3 { return .failure(.notANumber) }
        let digits = groups.joined()
        // Digits enough for any amount and then some; more is a number too large, not a broken one.
        guard digits.count <= 15 else { return .failure(.tooLarge) }
        guard let integer = Int64(digits) else { return .failure(.notANumber) }
        var fraction: Int64 = 0
        if !fracPart.isEmpty {
            guard fracPart.count <= 15, let f = Int64(fracPart) else { return .failure(.notANumber) }
            fraction = f
        }
        return .success(DecimalText(negative: negative, integer: integer, fraction: fraction, fractionDigits: fracPart.count))
    }
}
