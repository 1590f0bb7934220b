/// The values in a catalog text: `{name}`, filled in by the Swift code that shows the text. A name is ASCII
/// letters, digits and `_`; braces stand for nothing else. The text is scanned as UTF-8 bytes (the braces are
/// ASCII), which keeps reading the catalog and filling a text in cheap.
enum Placeholders {
    private static let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")

    /// The names in `text`, in order (a name used twice is listed twice).
    static func names(in text: String) -> [String] {
        var names: [String] = []
        scan(text, literal: { _ in }, placeholder: { names.append(String($0)) })
        return names
    }

    /// What is wrong with the braces of `text`, or nil: an unclosed `{`, a `}` without one, or a name that is
    /// not letters, digits and `_`.
    static func problem(in text: String) -> String? {
        var inside: String.Index?
        for i in text.utf8.indices {
            switch text.utf8[i] {
            case open where inside == nil: inside = i
            case close where inside != nil:
                let name = text[text.utf8.index(after: inside!)..<i]
                guard !name.isEmpty, name.utf8.allSatisfy(isNameByte) else {
                    return "'{\(name)}' is no placeholder (a name of letters, digits and _ between braces)"
                }
                inside = nil
            case close: return "a } without a { before it"
            default: break
            }
        }
        return inside == nil ? nil : "a { that is not closed"
    }

    /// `text` with each placeholder replaced by its value; one without a value stays as it is written.
    static func fill(_ text: String, _ value: (Substring) -> String?) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        scan(text, literal: { out += $0 }, placeholder: { name in out += value(name) ?? "{\(name)}" })
        return out
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "_") || (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
    }

    /// Walks `text`: the runs between placeholders to `literal`, each placeholder's name to `placeholder`.
    private static func scan(_ text: String, literal: (Substring) -> Void, placeholder: (Substring) -> Void) {
        let bytes = text.utf8
        var start = bytes.startIndex
        while let o = bytes[start...].firstIndex(of: open), let c = bytes[o...].firstIndex(of: close) {
            literal(text[start..<o])
            placeholder(text[bytes.index(after: o)..<c])
            start = bytes.index(after: c)
        }
        literal(text[start...])
    }
}
