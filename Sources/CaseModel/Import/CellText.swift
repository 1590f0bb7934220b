/// What a cell's text may hold, and how it may be shown (issue 12, "outputs are inert").
enum CellText {
    /// The characters a spreadsheet reads as the start of a formula (OWASP, CSV injection): `=`, `+`, `-`, `@`, a tab,
    /// a carriage return. The export puts a `'` before a cell that starts with one; the import takes that one `'`
    /// away again, so export → import gives the same value.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    static func withoutFormulaGuard(_ text: String) -> String {
        guard text.first == "'", text.count >= 2 else { return text }
        let second = text[text.index(after: text.startIndex)]
        return formulaStarts.contains(second) ? String(text.dropFirst()) : text
    }

    static func withFormulaGuard(_ text: String) -> String {
        guard let first = text.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    /// A control character that would steer a terminal or a spreadsheet: below U+0020 except tab (and line breaks
    /// where the column allows them), DEL, and the C1 controls U+0080–U+009F (U+009B starts a terminal command).
    static func hasControlCharacter(_ text: String, allowingLineBreaks: Bool) -> Bool {
        text.unicodeScalars.contains { s in
            switch s.value {
            case 0x09: return false
            case 0x0A, 0x0D: return !allowingLineBreaks
            case 0x00..<0x20, 0x7F, 0x80...0x9F: return true
            default: return false
            }
        }
    }

    /// A value by its shape, for a message: letters become `a`/`A`, digits `9`, every other character stays;
    /// at most 24 characters. `85.07.30-033.28` → `99.99.99-999.99`, `Peeters` → `Aaaaaaa`.
    static func shape(_ text: String) -> String {
        var out = ""
        for (n, c) in text.enumerated() {
            if n == 24 { out += "…"; break }
            if c.isNumber { out.append("9") }
            else if c.isLetter { out.append(c.isUppercase ? "A" : "a") }
            else if c.unicodeScalars.allSatisfy({ $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) { out.append("?") }
            else { out.append(c) }
        }
        return out
    }
}
