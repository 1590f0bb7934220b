import Foundation

/// Turns text into the form searches compare: lower case, accents removed ("Ayşe Yılmaz" → "ayse yilmaz",
/// "één" → "een"), so a caseworker finds a name however it is typed.
enum SearchFolding {
    static func fold(_ text: String) -> String {
        // Most names and numbers are ASCII: lower-case them without Foundation, which matters for 100,000 rows.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiLowercased(text) }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let v = Int(scalar.value)
            if v < 0x80 {
                result.unicodeScalars.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : scalar)
            } else if v < latinTableEnd {
                result += latinTable[v - 0x80]
            } else {
                return foldWithFoundation(text)  // another script or a combining mark: rare, done whole
            }
        }
        return result
    }

    /// Folds of U+0080…U+024F (Latin-1 Supplement, Latin Extended-A and -B: the accented letters of the names we
    /// meet), computed once.
    private static let latinTableEnd = 0x250
    private static let latinTable: [String] = (0x80..<latinTableEnd).map { v in
        Unicode.Scalar(v).map { foldWithFoundation(String(Character($0))) } ?? ""
    }

    private static func foldWithFoundation(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        var result = ""
        result.reserveCapacity(folded.utf8.count)
        for scalar in folded.unicodeScalars {
            // Letters that are not a base letter plus an accent, so diacritic folding leaves them alone.
            switch scalar {
            case "ı": result += "i"
            case "ø": result += "o"
            case "ł": result += "l"
            case "đ": result += "d"
            case "ß": result += "ss"
            case "æ": result += "ae"
            case "œ": result += "oe"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func asciiLowercased(_ text: String) -> String {
        String(decoding: text.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// The words of a query, folded; a row matches when it contains every word.
    static func words(of query: String) -> [[UInt8]] {
        fold(query).split(whereSeparator: { $0 == " " || $0 == "\t" }).map { Array($0.utf8) }
    }
}
