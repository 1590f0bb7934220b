/// Text broken into rows of a width in one pass, however long it is (a note of 10,000 lines, a line of a
/// million characters): every character is looked at once.
enum TextWrap {
    /// Rows of at most `width` columns, cut at the width (no word is kept whole); an empty text is one empty row.
    static func hard(_ text: String, width: Int) -> [String] {
        let room = max(1, width)
        var rows: [String] = []
        var row = ""
        var used = 0
        for ch in text {
            let w = DisplayWidth.of(ch)
            if used + w > room && !row.isEmpty {
                rows.append(row)
                row = ""
                used = 0
            }
            row.append(ch)
            used += w
        }
        rows.append(row)
        return rows
    }

    /// Rows of at most `width` columns broken at spaces where it can (a word longer than a row is cut), each
    /// line of the text starting a new row; an empty line stays an empty row.
    static func words(_ text: String, width: Int) -> [String] {
        let room = max(1, width)
        var rows: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var row = ""
            var used = 0
            for word in line.split(separator: " ", omittingEmptySubsequences: false) {
                let w = DisplayWidth.of(String(word))
                if used > 0 && used + 1 + w <= room {
                    row += " " + word
                    used += 1 + w
                    continue
                }
                if used > 0 || !row.isEmpty {
                    rows.append(row)
                    row = ""
                    used = 0
                }
                if w <= room {
                    row = String(word)
                    used = w
                } else {
                    var pieces = hard(String(word), width: room)
                    row = pieces.removeLast()
                    used = DisplayWidth.of(row)
                    rows += pieces
                }
            }
            rows.append(row)
        }
        return rows
    }
}

extension DisplayWidth {
    /// The end of `text` that fits in `width` columns: where the typing is. Walks from the end, so a very long
    /// text costs what its last columns cost.
    static func tail(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        var used = 0
        var start = text.endIndex
        while start > text.startIndex {
            let before = text.index(before: start)
            let w = of(text[before])
            if used + w > width { break }
            used += w
            start = before
        }
        return String(text[start...])
    }
}
