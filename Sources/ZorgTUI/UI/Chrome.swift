/// The bars every screen has: the title bar on top, the message line and the status line at the bottom.
enum Chrome {
    /// " Zorg · store" on the left, the screen's name on the right.
    static func drawTitleBar(_ screen: inout ScreenBuffer, app: String, store: String, screenTitle: String) {
        let width = screen.size.columns
        screen.fill(row: 0, column: 0, width: width, style: .title)
        let right = screenTitle + " "
        let rightWidth = DisplayWidth.of(right)
        let left = DisplayWidth.truncate(" \(app) · \(store)", to: max(0, width - rightWidth - 1))
        screen.write(left, row: 0, column: 0, style: .title)
        if DisplayWidth.of(left) + rightWidth + 1 <= width {
            screen.write(right, row: 0, column: width - rightWidth, style: .title)
        }
    }

    /// Key hints on the left ("Enter openen"), a count on the right ("12 van 40 dossiers"), always on the last row.
    static func drawStatusLine(_ screen: inout ScreenBuffer, hints: [KeyHint], count: String?) {
        let row = screen.size.rows - 1
        let width = screen.size.columns
        guard row >= 0 else { return }
        screen.fill(row: row, column: 0, width: width, style: .statusBar)
        let right = count.map { " \($0) " } ?? ""
        let rightWidth = DisplayWidth.of(right)
        let room = width - rightWidth
        // The help hint is kept whatever else must give way: `?` lists every key of the screen.
        let help = hints.first { $0.key == "?" }
        let helpWidth = help.map { DisplayWidth.of($0.key) + 1 + DisplayWidth.of($0.word) + 2 } ?? 0
        var col = 1
        for hint in hints where hint.key != "?" {
            let needed = DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.word)
            guard col + needed + helpWidth <= room else { break }  // a hint is shown whole or not at all
            col = screen.write(hint.key, row: row, column: col, style: .statusKey)
            col = screen.write(" " + hint.word, row: row, column: col, style: .statusBar)
            col += 2
        }
        if let help, col + helpWidth - 2 <= room {
            col = screen.write(help.key, row: row, column: col, style: .statusKey)
            screen.write(" " + help.word, row: row, column: col, style: .statusBar)
        }
        if rightWidth <= width { screen.write(right, row: row, column: width - rightWidth, style: .statusBar) }
    }

    /// The line above the status line: a prompt with what was typed, or a message.
    static func drawMessageLine(_ screen: inout ScreenBuffer, prompt: String?, text: String, style: Style, cursor: Bool) {
        let row = screen.size.rows - 2
        guard row >= 1 else { return }
        var col = 0
        if let prompt { col = screen.write(prompt, row: row, column: 0, style: .prompt) }
        let room = screen.size.columns - col - (cursor ? 1 : 0)
        // Show the end of a long query: that is where the typing happens.
        var shown = text
        while DisplayWidth.of(shown) > room, !shown.isEmpty { shown.removeFirst() }
        col = screen.write(shown, row: row, column: col, style: style)
        if cursor { screen.write("_", row: row, column: col, style: .prompt) }
    }

    /// A message or question that may not fit one line (a confirmation naming a family and a volunteer): the
    /// line above the message line takes its start, so its end — the question — stays visible.
    static func drawLongMessage(_ screen: inout ScreenBuffer, _ text: String, style: Style) {
        let width = screen.size.columns
        let (first, rest) = split(text, width: width)
        if rest != nil, screen.size.rows >= 4 {
            screen.fill(row: screen.size.rows - 3, column: 0, width: width, style: .normal)
            screen.write(first, row: screen.size.rows - 3, column: 0, style: style)
        }
        drawMessageLine(&screen, prompt: nil, text: rest ?? first, style: style, cursor: false)
    }

    /// The text cut at the last space that fits `width`, and the rest (nil when it all fits).
    static func split(_ text: String, width: Int) -> (String, String?) {
        guard DisplayWidth.of(text) > width else { return (text, nil) }
        var cut = text.startIndex
        var i = text.startIndex
        while i < text.endIndex, DisplayWidth.of(String(text[..<i])) <= width {
            if text[i] == " " { cut = i }
            i = text.index(after: i)
        }
        guard cut > text.startIndex else { return (DisplayWidth.truncate(text, to: width), nil) }
        return (String(text[..<cut]), String(text[text.index(after: cut)...]))
    }
}
