import Foundation

/// A Belgian national register number (rijksregisternummer) or BIS number: 11 digits,
/// `JJ.MM.DD-VVV.CC`, with check digits `97 - (first nine digits mod 97)`, computed with a leading `2`
/// for people born from 2000.
public struct NationalNumber: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The eleven digits, without separators.
    public let digits: String

    public enum ParseError: Error, Equatable, Sendable {
        case wrongLength(Int)
        case notDigits
        case badChecksum
        case impossibleDate
    }

    /// What parsing had to do to accept a number.
    public struct Parsed: Sendable {
        public var number: NationalNumber
        /// The number had 8–10 digits (a spreadsheet dropped leading zeros) and was padded.
        public var restoredLeadingZeros: Bool
    }

    public static func < (a: NationalNumber, b: NationalNumber) -> Bool { a.digits < b.digits }

    /// Parses a number written with or without `.`, `-` and spaces. A number of 8–10 digits that is valid
    /// once padded with zeros on the left is restored to 11 digits.
    public static func parse(_ text: String) -> Result<Parsed, ParseError> {
        let stripped = text.filter { !($0 == "." || $0 == "-" || $0 == " " || $0 == "\u{00A0}") }
        guard stripped.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(.notDigits) }
        if stripped.count == 11 {
            return validate(stripped).map { Parsed(number: $0, restoredLeadingZeros: false) }
        }
        if (8...10).contains(stripped.count) {
            let padded = String(repeating: "0", count: 11 - stripped.count) + stripped
            if case .success(let n) = validate(padded) {
                return .success(Parsed(number: n, restoredLeadingZeros: true))
            }
        }
        return .failure(.wrongLength(stripped.count))
    }

    /// Parses a number that must be exactly right (used for stored files).
    public init?(_ text: String) {
        guard case .success(let p) = NationalNumber.parse(text), !p.restoredLeadingZeros else { return nil }
        self = p.number
    }

    /// Digits already checked (the caseload index stores only numbers that were valid when written).
    init(validDigits: String) { self.digits = validDigits }

    private static func validate(_ d: String) -> Result<NationalNumber, ParseError> {
        let base = Int(d.prefix(9))!
        let check = Int(d.suffix(2))!
        let before2000 = 97 - base % 97 == check
        let from2000 = 97 - (2_000_000_000 + base) % 97 == check
        guard before2000 || from2000 else { return .failure(.badChecksum) }
        let n = NationalNumber(validDigits: d)
        // The month may be 0 (birth date unknown) or raised by 20/40 for BIS numbers.
        let month = n.rawMonth % 20
        let dayOfMonth = Int(d.dropFirst(4).prefix(2))!
        if month > 12 || dayOfMonth > 31 { return .failure(.impossibleDate) }
        if month != 0 && dayOfMonth != 0 && n.birthDate == nil { return .failure(.impossibleDate) }
        return .success(n)
    }

    private var rawMonth: Int { Int(digits.dropFirst(2).prefix(2))! }

    /// Whether the check digits were computed with the leading `2` (born from 2000).
    public var bornFrom2000: Bool {
        let base = Int(digits.prefix(9))!
        return 97 - base % 97 != Int(digits.suffix(2))!
    }

    /// A BIS number (for people not in the national register): month raised by 20 or 40.
    public var isBIS: Bool { rawMonth > 12 }

    /// The birth date the number encodes, when it encodes a full one.
    public var birthDate: Day? {
        let yy = Int(digits.prefix(2))!
        let month = rawMonth % 20
        let d = Int(digits.dropFirst(4).prefix(2))!
        return Day(year: (bornFrom2000 ? 2000 : 1900) + yy, month: month, day: d)
    }

    /// Odd sequence numbers are men, even are women (for national register numbers).
    public var sequence: Int { Int(digits.dropFirst(6).prefix(3))! }

    /// `85.07.30-033.61`
    public var formatted: String {
        // From the bytes: this runs for every person result of a caseload scan.
        var out: [UInt8] = []
        out.reserveCapacity(15)
        for (i, b) in digits.utf8.enumerated() {
            if i == 2 || i == 4 || i == 9 { out.append(UInt8(ascii: ".")) }
            if i == 6 { out.append(UInt8(ascii: "-")) }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `85.07.30-***.**`: the birth date stays visible, the rest is hidden (for terminal output).
    public var masked: String {
        let c = Array(digits)
        return "\(String(c[0..<2])).\(String(c[2..<4])).\(String(c[4..<6]))-***.**"
    }

    public var description: String { formatted }

    /// Builds a valid number from a birth date and a sequence number (for generated test data).
    public static func make(birthDate: Day, sequence: Int) -> NationalNumber {
        let yy = birthDate.year % 100
        let base = yy * 10_000_000 + birthDate.month * 100_000 + birthDate.day * 1000 + sequence % 1000
        let check = birthDate.year >= 2000 ? 97 - (2_000_000_000 + base) % 97 : 97 - base % 97
        // Digits written by hand: String(format:) made generating 100,000 demo households too slow.
        var ascii = [UInt8](repeating: 0x30, count: 11)
        var rest = base
        for i in stride(from: 8, through: 0, by: -1) {
            ascii[i] = 0x30 + UInt8(rest % 10)
            rest /= 10
        }
        ascii[9] = 0x30 + UInt8(check / 10)
        ascii[10] = 0x30 + UInt8(check % 10)
        return NationalNumber(validDigits: String(decoding: ascii, as: UTF8.self))
    }
}

extension NationalNumber: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let n = NationalNumber(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a valid national register number")
        }
        self = n
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(formatted)
    }
}
