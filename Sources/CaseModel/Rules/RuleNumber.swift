import Foundation
/// An exact decimal number for rule arithmetic, held in millionths, so amounts stay exact in cents and
/// rates such as 6,2 % or 1/55 keep enough precision; the final amount is rounded half-up to the cent once.
struct RuleNumber: Hashable, Comparable, Sendable {
    var micros: Int64

    static let scale: Int64 = 1_000_000
    /// The largest magnitude a number may have anywhere in the engine: a fact, a module's literal or parameter,
    /// and every result of a calculation. 10^12 in millionths is 10^18, so the sum of two numbers in range is
    /// still an `Int64` (whose limit is about 9.2 · 10^18) and every check happens before anything can trap.
    static let maximum: Int64 = 1_000_000_000_000
    /// `maximum` in millionths.
    static let limit: Int64 = maximum * scale

    init(micros: Int64) { self.micros = micros }

    /// A whole number, or nil when it is beyond ±`maximum`.
    init?(checked integer: Int) {
        guard integer.magnitude <= UInt64(RuleNumber.maximum) else { return nil }
        micros = Int64(integer) * RuleNumber.scale
    }

    /// An amount (`cents * 10_000` millionths), or nil when it is beyond ±`maximum` euro.
    init?(checked money: Money) {
        guard money.cents.magnitude <= UInt64(RuleNumber.maximum) * 100 else { return nil }
        micros = money.cents * 10_000
    }

    static func < (a: RuleNumber, b: RuleNumber) -> Bool { a.micros < b.micros }

    /// Parses `1234.56`, `-3`, `0.062` (a point as decimal separator, at most six decimals, at most
    /// `maximum` in magnitude); nil for anything else, however long.
    init?(text: String) {
        // Most texts met while evaluating are short ASCII (postcodes, list items): parsed from the bytes
        // without Foundation, which dominated a caseload scan. Anything else takes the general path.
        if let fast = RuleNumber.parseASCII(text) {
            self = fast
            return
        }
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x20 && $0 != 0x09 }) { return nil }
        var t = Substring(text.trimmingCharacters(in: .whitespaces))
        var negative = false
        if t.hasPrefix("-") { negative = true; t = t.dropFirst() }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= RuleNumber.wholeDigits,
              parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), let whole = Int64(parts[0]) else { return nil }
        var fraction: Int64 = 0
        if parts.count == 2 {
            let f = parts[1]
            guard !f.isEmpty, f.count <= 6, f.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int64(f) else { return nil }
            fraction = v
            for _ in f.count..<6 { fraction *= 10 }
        }
        guard let n = RuleNumber.checked(whole: whole, fraction: fraction, negative: negative) else { return nil }
        self = n
    }

    /// At most this many digits before the point: `maximum` has 13.
    static let wholeDigits = 13

    private static func checked(whole: Int64, fraction: Int64, negative: Bool) -> RuleNumber? {
        guard whole <= maximum, whole < maximum || fraction == 0 else { return nil }
        let m = whole * scale + fraction
        return RuleNumber(micros: negative ? -m : m)
    }

    /// The same grammar as `init?(text:)` for ASCII text without surrounding spaces; nil when it does not
    /// parse (the caller then decides, as the general path would). Digits are counted before they are added
    /// up, so no text can overflow it.
    private static func parseASCII(_ text: String) -> RuleNumber? {
        var text = text
        return text.withUTF8 { b -> RuleNumber? in
            var i = 0
            var negative = false
            if i < b.count && b[i] == UInt8(ascii: "-") { negative = true; i += 1 }
            var whole: Int64 = 0
            var wholeDigits = 0
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                wholeDigits += 1
                guard wholeDigits <= RuleNumber.wholeDigits else { return nil }
                whole = whole * 10 + Int64(b[i] - 0x30)
                i += 1
            }
            guard wholeDigits >= 1 else { return nil }
            var fraction: Int64 = 0
            if i < b.count {
                guard b[i] == UInt8(ascii: ".") else { return nil }
                i += 1
                var digits = 0
                while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                    digits += 1
                    guard digits <= 6 else { return nil }
                    fraction = fraction * 10 + Int64(b[i] - 0x30)
                    i += 1
                }
                guard i == b.count, digits >= 1 else { return nil }
                for _ in digits..<6 { fraction *= 10 }
            }
            return checked(whole: whole, fraction: fraction, negative: negative)
        }
    }

    /// Whole cents, rounded half-up (away from zero at ½ cent).
    var roundedMoney: Money {
        let q = micros / 10_000, r = micros % 10_000
        if r >= 5_000 { return Money(cents: q + 1) }
        if r <= -5_000 { return Money(cents: q - 1) }
        return Money(cents: q)
    }

    var isWhole: Bool { micros % RuleNumber.scale == 0 }
    var intValue: Int { Int(micros / RuleNumber.scale) }

    /// Plain form: `12`, `0.062`, `-3.5`.
    var plain: String {
        let sign = micros < 0 ? "-" : ""
        let a = micros.magnitude
        let whole = a / UInt64(RuleNumber.scale)
        var frac = a % UInt64(RuleNumber.scale)
        if frac == 0 { return "\(sign)\(whole)" }
        var digits = 6
        while frac % 10 == 0 { frac /= 10; digits -= 1 }
        let f = String(frac)
        return "\(sign)\(whole).\(String(repeating: "0", count: digits - f.count))\(f)"
    }

    /// Money form with two decimals (`1234.56`), after rounding.
    var plainMoney: String {
        // Built by hand: String(format:) is slow on the evaluation path.
        let c = roundedMoney.cents
        let a = c.magnitude
        let cents = a % 100
        return "\(c < 0 ? "-" : "")\(a / 100).\(cents < 10 ? "0" : "")\(cents)"
    }
}

/// A number beyond ±`RuleNumber.maximum` came out of a calculation.
struct OutOfRange: Error {}

/// Checked arithmetic on the bounds of a `NumberRange`: a bound of nil is infinite (lower: −∞, upper: +∞) and
/// stays infinite; a finite result beyond ±`RuleNumber.limit` throws, and nothing here can trap.
enum Bound {
    static func checked(_ v: Int64) throws(OutOfRange) -> Int64 {
        guard v <= RuleNumber.limit, v >= -RuleNumber.limit else { throw OutOfRange() }
        return v
    }

    static func add(_ a: Int64?, _ b: Int64?) throws(OutOfRange) -> Int64? {
        guard let a, let b else { return nil }
        let (s, o) = a.addingReportingOverflow(b)
        guard !o else { throw OutOfRange() }
        return try checked(s)
    }

    static func mul(_ a: Int64, _ b: Int64) throws(OutOfRange) -> Int64 {
        // Estimate first so that the exact full-width division can never trap (its quotient stays far inside
        // an Int64: the limit is a ninth of Int64.max), then check the exact result.
        guard abs(Double(a) * Double(b) / Double(RuleNumber.scale)) < 2 * Double(RuleNumber.limit) else { throw OutOfRange() }
        let (q, _) = RuleNumber.scale.dividingFullWidth(a.multipliedFullWidth(by: b))
        return try checked(q)
    }

    /// `b` is never zero (the caller reports a division by zero itself).
    static func div(_ a: Int64, _ b: Int64) throws(OutOfRange) -> Int64 {
        guard b != 0, abs(Double(a) * Double(RuleNumber.scale) / Double(b)) < 2 * Double(RuleNumber.limit) else { throw OutOfRange() }
        let (q, _) = b.dividingFullWidth(a.multipliedFullWidth(by: RuleNumber.scale))
        return try checked(q)
    }
}
