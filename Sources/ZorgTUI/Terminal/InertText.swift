/// Text on its way to a terminal, made inert: a control character (ESC and the rest below U+0020 but tab and
/// line feed, DEL, the C1 controls U+0080–U+009F) becomes `?`, so nothing read from a file or typed into one can
/// steer the terminal (move the cursor, retitle the window, hide text) — on the screen or in an error message.
enum InertText {
    static func of(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(isControl(s) ? "?" : s) }
        return String(out)
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A: false
        case 0x00..<0x20, 0x7F...0x9F: true
        default: false
        }
    }
}
