/// How many terminal columns text takes. Computed from Unicode properties rather than the C library's `wcwidth`,
/// so the answer does not depend on the process locale (tests run in the C locale) and matches what a UTF-8
/// terminal shows for the names we meet: Latin with accents (1), combining marks (0), CJK and emoji (2).
enum DisplayWidth {
    static func of(_ ch: Character) -> Int {
        guard let first = ch.unicodeScalars.first else { return 0 }
        let v = first.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if v < 0x300 { return 1 }  // the common case, ASCII and Latin-1, without property look-ups
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if isWide(v) { return 2 }
        if first.properties.isEmojiPresentation { return 2 }
        return 1
    }

    static func of(_ text: String) -> Int {
        var w = 0
        for ch in text { w += of(ch) }
        return w
    }

    /// East Asian Wide and Fullwidth blocks (the main ranges of Unicode's EastAsianWidth.txt).
    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Cuts text to at most `width` columns, ending in `…` when something was cut.
    static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        var result = ""
        var used = 0
        for ch in text {
            let w = of(ch)
            if used + w > width - 1 { break }
            result.append(ch)
            used += w
        }
        return result + "…"
    }

    /// Truncates or pads with spaces to exactly `width` columns.
    static func fit(_ text: String, to width: Int) -> String {
        let cut = truncate(text, to: width)
        let w = of(cut)
        return w < width ? cut + String(repeating: " ", count: width - w) : cut
    }

    /// Right-aligned in `width` columns.
    static func fitRight(_ text: String, to width: Int) -> String {
        let cut = truncate(text, to: width)
        let w = of(cut)
        return w < width ? String(repeating: " ", count: width - w) + cut : cut
    }
}
