/// The values in a catalog text: `{name}`, filled in by the Swift code that shows the text. A name is letters,
/// digits and `_`; braces stand for nothing else.
enum Placeholders {
    /// The names in `text`, in order (a name used twice is listed twice).
    static func names(in text: String) -> [String] {
        var names: [String] = []
        scan(text, literal: { _ in }, placeholder: { names.append(String($0)) })
        return names
    }

    /// What is wrong with the braces of `text`, or nil: an unclosed `{`, a `}` without one, or a name that is
    /// not letters, digits and `_`.
    static func problem(in text: String) -> String? {
        var rest = Substring(text)
        while let open = rest.firstIndex(where: { $0 == "{" || $0 == "}" }) {
            guard rest[open] == "{" else { return "a } without a { before it" }
            guard let close = rest[open...].firstIndex(of: "}") else { return "a { that is not closed" }
            let name = rest[rest.index(after: open)..<close]
            guard !name.isEmpty, name.allSatisfy({ $0 == "_" || $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
                return "'{\(name)}' is no placeholder (a name of letters, digits and _ between braces)"
            }
            rest = rest[rest.index(after: close)...]
        }
        return nil
    }

    /// `text` with each placeholder replaced by its value; one without a value stays as it is written.
    static func fill(_ text: String, _ value: (Substring) -> String?) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        scan(text, literal: { out += $0 }, placeholder: { name in out += value(name) ?? "{\(name)}" })
        return out
    }

    /// Walks `text`: the runs between placeholders to `literal`, each placeholder's name to `placeholder`.
    private static func scan(_ text: String, literal: (Substring) -> Void, placeholder: (Substring) -> Void) {
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            literal(rest[..<open])
            placeholder(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
        }
        literal(rest)
    }
}
