import Foundation
/// An exact decimal number for rule arithmetic, held in millionths, so amounts stay exact in cents and
/// rates such as 6,2 % or 1/55 keep enough precision; the final amount is rounded half-up to the cent once.
struct RuleNumber: Hashable, Comparable, Sendable {
    var micros: Int64

    static let scale: Int64 = 1_000_000
    /// Bounds beyond this count as infinite; keeps saturating arithmetic away from overflow.
    static let limit: Int64 = Int64.max / 4

    init(micros: Int64) { self.micros = micros }
    init(_ integer: Int) { self.micros = Int64(integer) * RuleNumber.scale }
    init(_ money: Money) { self.micros = money.cents * 10_000 }

    static func < (a: RuleNumber, b: RuleNumber) -> Bool { a.micros < b.micros }

    /// Parses `1234.56`, `-3`, `0.062` (a point as decimal separator, at most six decimals).
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
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 12,
              parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), let whole = Int64(parts[0]) else { return nil }
        var fraction: Int64 = 0
        if parts.count == 2 {
            let f = parts[1]
            guard !f.isEmpty, f.count <= 6, f.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int64(f) else { return nil }
            fraction = v
            for _ in f.count..<6 { fraction *= 10 }
        }
        let m = whole * RuleNumber.scale + fraction
        self.micros = negative ? -m : m
    }

    /// The same grammar as `init?(text:)` for ASCII text without surrounding spaces; nil when it does not
    /// parse (the caller then decides, as the general path would).
    private static func parseASCII(_ text: String) -> RuleNumber? {
        var text = text
        return text.withUTF8 { b -> RuleNumber? in
            var i = 0
            var negative = false
            if i < b.count && b[i] == UInt8(ascii: "-") { negative = true; i += 1 }
            var whole: Int64 = 0
            var wholeDigits = 0
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                whole = whole * 10 + Int64(b[i] - 0x30)
                wholeDigits += 1
                i += 1
            }
            guard wholeDigits >= 1, wholeDigits <= 12 else { return nil }
            var fraction: Int64 = 0
            if i < b.count {
                guard b[i] == UInt8(ascii: ".") else { return nil }
                i += 1
                var digits = 0
                while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                    fraction = fraction * 10 + Int64(b[i] - 0x30)
                    digits += 1
                    i += 1
                }
                guard i == b.count, digits >= 1, digits <= 6 else { return nil }
                for _ in digits..<6 { fraction *= 10 }
            }
            let m = whole * RuleNumber.scale + fraction
            return RuleNumber(micros: negative ? -m : m)
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

/// Saturating helpers: a bound of nil is infinite (lower: −∞, upper: +∞).
enum Bound {
    static func clamp(_ v: Int64) -> Int64? { (v > RuleNumber.limit || v < -RuleNumber.limit) ? nil : v }

    static func add(_ a: Int64?, _ b: Int64?) -> Int64? {
        guard let a, let b else { return nil }
        let (s, o) = a.addingReportingOverflow(b)
        return o ? nil : clamp(s)
    }

    static func mul(_ a: Int64, _ b: Int64) -> Int64? {
        // Estimate first so the exact full-width division can never trap.
        guard abs(Double(a) * Double(b) / Double(RuleNumber.scale)) < Double(RuleNumber.limit) else { return nil }
        let (q, _) = RuleNumber.scale.dividingFullWidth(a.multipliedFullWidth(by: b))
        return q
    }

    static func div(_ a: Int64, _ b: Int64) -> Int64? {
        guard b != 0, abs(Double(a) * Double(RuleNumber.scale) / Double(b)) < Double(RuleNumber.limit) else { return nil }
        let (q, _) = b.dividingFullWidth(a.multipliedFullWidth(by: RuleNumber.scale))
        return q
    }
}
