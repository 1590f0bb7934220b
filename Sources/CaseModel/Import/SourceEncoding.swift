/// The character encoding a client list was written in. Excel on a Belgian PC writes Windows-1252 unless told
/// to write UTF-8, and then it adds a byte-order mark.
public enum SourceEncoding: String, Sendable, Hashable, Codable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 (BOM)"
    case windows1252 = "Windows-1252"

    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Detects the encoding and returns the text as UTF-8 bytes (without BOM), so the CSV reader works on one
    /// form. Valid UTF-8 is taken as UTF-8; anything else is Windows-1252, which can decode every byte.
    static func decode(_ bytes: [UInt8]) -> (encoding: SourceEncoding, utf8: [UInt8]) {
        if bytes.starts(with: bom) {
            let rest = Array(bytes.dropFirst(3))
            if isValidUTF8(rest) { return (.utf8WithBOM, rest) }
            // A BOM followed by invalid UTF-8 is a damaged file; decoding as Windows-1252 keeps every byte visible.
            return (.windows1252, windows1252ToUTF8(rest))
        }
        if isValidUTF8(bytes) { return (.utf8, bytes) }
        return (.windows1252, windows1252ToUTF8(bytes))
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        // Pure ASCII is the common case and needs no decoder.
        if !bytes.contains(where: { $0 >= 0x80 }) { return true }
        return String(validating: bytes, as: UTF8.self) != nil
    }

    /// Code points of bytes 0x80–0x9F in Windows-1252, per the WHATWG encoding standard: the five bytes that
    /// Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the code point of the same value.
    static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func scalar(forWindows1252 byte: UInt8) -> Unicode.Scalar {
        if (0x80...0x9F).contains(byte) { return Unicode.Scalar(high[Int(byte) - 0x80])! }
        return Unicode.Scalar(byte)
    }

    /// Decodes Windows-1252 to UTF-8. A well-formed multi-byte UTF-8 sequence is kept as it is: a file that is
    /// UTF-8 but for a stray byte (two exports pasted together) then keeps its accents instead of turning `é`
    /// into `Ã©`; real Windows-1252 text practically never forms such sequences (`Ã` followed by `©`).
    static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { out.append(b); i += 1; continue }
            let length = utf8SequenceLength(bytes, at: i)
            if length > 0 {
                out.append(contentsOf: bytes[i..<i + length])
                i += length
            } else {
                UTF8.encode(scalar(forWindows1252: b)) { out.append($0) }
                i += 1
            }
        }
        return out
    }

    /// The length of the well-formed UTF-8 sequence starting at `i`, or 0 (per the Unicode table of
    /// well-formed byte sequences: no overlong forms, no surrogates, nothing above U+10FFFF).
    private static func utf8SequenceLength(_ b: [UInt8], at i: Int) -> Int {
        let lead = b[i]
        let length: Int
        var second: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; second = 0xA0...0xBF
        case 0xED: length = 3; second = 0x80...0x9F
        case 0xE1...0xEF: length = 3
        case 0xF0: length = 4; second = 0x90...0xBF
        case 0xF4: length = 4; second = 0x80...0x8F
        case 0xF1...0xF3: length = 4
        default: return 0
        }
        guard i + length <= b.count, second.contains(b[i + 1]) else { return 0 }
        for k in 2..<length where !(0x80...0xBF).contains(b[i + k]) { return 0 }
        return length
    }

    private static let reverse1252: [UInt32: UInt8] = {
        var d: [UInt32: UInt8] = [:]
        for (i, cp) in high.enumerated() { d[cp] = UInt8(0x80 + i) }
        return d
    }()

    /// Encodes text back into this encoding (for the rejects file). A character Windows-1252 cannot hold
    /// becomes `?`, as Excel does.
    func encode(_ text: String) -> [UInt8] {
        switch self {
        case .utf8, .utf8WithBOM:
            return Array(text.utf8)
        case .windows1252:
            var out: [UInt8] = []
            out.reserveCapacity(text.utf8.count)
            for s in text.unicodeScalars {
                let v = s.value
                if v < 0x80 || (0xA0...0xFF).contains(v) { out.append(UInt8(v)) }
                else if let b = SourceEncoding.reverse1252[v] { out.append(b) }
                else { out.append(UInt8(ascii: "?")) }
            }
            return out
        }
    }

    /// The bytes a file in this encoding starts with.
    var preamble: [UInt8] { self == .utf8WithBOM ? SourceEncoding.bom : [] }
}
