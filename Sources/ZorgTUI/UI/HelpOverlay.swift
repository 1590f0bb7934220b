/// The `?` overlay: exactly the keys of the screen it was opened on, narrowed as you type (by key or by words).
struct HelpOverlay: Hashable, Sendable {
    let screenTitle: String
    let entries: [KeyHelp]
    private(set) var query = ""
    private(set) var scroll = ScrollPosition()

    init(screenTitle: String, entries: [KeyHelp]) {
        self.screenTitle = screenTitle
        self.entries = entries
    }

    enum Outcome { case stay, close }

    var visibleEntries: [KeyHelp] {
        let words = SearchFolding.words(of: query).map { String(decoding: $0, as: UTF8.self) }
        guard !words.isEmpty else { return entries }
        return entries.filter { entry in
            let text = SearchFolding.fold(entry.keys + " " + entry.action)
            return words.allSatisfy { text.contains($0) }
        }
    }

    mutating func handle(_ key: Key, screenSize: TerminalSize, plain: Bool) -> Outcome {
        let height = Layout(size: screenSize, entries: entries, plain: plain).listHeight
        switch key {
        case .escape, .enter: return .close
        case .backspace, .delete:
            if !query.isEmpty { query.removeLast() }
            scroll = ScrollPosition()
        case .up: scroll.scroll(by: -1, lineCount: visibleEntries.count, height: height)
        case .down: scroll.scroll(by: 1, lineCount: visibleEntries.count, height: height)
        case .pageUp: scroll.scroll(by: -height, lineCount: visibleEntries.count, height: height)
        case .pageDown: scroll.scroll(by: height, lineCount: visibleEntries.count, height: height)
        case .character(let ch):
            query.append(ch)
            scroll = ScrollPosition()
        default: break
        }
        return .stay
    }

    static func hints(_ s: Strings) -> [KeyHint] {
        [KeyHint(key: "Esc", word: s(.hintClose)), KeyHint(key: "↑↓", word: s(.keyScroll))]
    }

    /// Where the overlay sits: a centred box, or in plain mode the whole area between the bars.
    struct Layout {
        var row: Int, column: Int, width: Int, height: Int
        var contentColumn: Int, contentWidth: Int, firstListRow: Int, listHeight: Int

        /// The key column: as wide as the longest keys, within bounds.
        static func keyWidth(_ entries: [KeyHelp]) -> Int {
            min(24, max(6, entries.map { DisplayWidth.of($0.keys) }.max() ?? 6))
        }

        init(size: TerminalSize, entries: [KeyHelp], plain: Bool) {
            let entryCount = entries.count
            if plain {
                row = 1; column = 0; width = size.columns; height = max(0, size.rows - 2)
                contentColumn = 1; contentWidth = max(0, width - 2)
                firstListRow = row + 3
                listHeight = max(1, height - 3)
            } else {
                // Wide enough for the longest line where the terminal allows, never narrower than 72.
                let longest = entries.map { DisplayWidth.of($0.action) }.max() ?? 0
                let wanted = max(72, Self.keyWidth(entries) + 2 + longest + 4)
                width = min(size.columns - 4, wanted, 120)
                height = min(size.rows - 2, entryCount + 6)
                row = 1 + max(0, (size.rows - 2 - height) / 2)
                column = (size.columns - width) / 2
                contentColumn = column + 2; contentWidth = max(0, width - 4)
                firstListRow = row + 4
                listHeight = max(1, height - 5)
            }
        }
    }

    func draw(_ screen: inout ScreenBuffer, strings: Strings, plain: Bool) {
        let layout = Layout(size: screen.size, entries: entries, plain: plain)
        Frame.draw(&screen, row: layout.row, column: layout.column, width: layout.width, height: layout.height,
                   plain: plain, style: .overlay)
        let titleRow = plain ? layout.row : layout.row + 1
        let title = DisplayWidth.fit("\(strings(.helpTitle)) — \(screenTitle)", to: layout.contentWidth)
        screen.write(title, row: titleRow, column: layout.contentColumn, style: .overlayTitle)
        var col = screen.write(strings(.helpFilterPrompt), row: titleRow + 1, column: layout.contentColumn, style: .prompt)
        col = screen.write(DisplayWidth.truncate(query, to: layout.contentWidth - 10), row: titleRow + 1, column: col, style: .overlay)
        screen.write("_", row: titleRow + 1, column: col, style: .prompt)

        let shown = visibleEntries
        if shown.isEmpty {
            screen.write(strings(.noKeysMatch), row: layout.firstListRow, column: layout.contentColumn, style: .dim)
            return
        }
        let keyWidth = min(Layout.keyWidth(entries), layout.contentWidth / 3)
        let actionWidth = max(0, layout.contentWidth - keyWidth - 2)
        for (i, entry) in shown.dropFirst(scroll.top).prefix(layout.listHeight).enumerated() {
            let row = layout.firstListRow + i
            screen.write(DisplayWidth.fit(entry.keys, to: keyWidth), row: row, column: layout.contentColumn, style: .header)
            screen.write(DisplayWidth.truncate(entry.action, to: actionWidth), row: row,
                         column: layout.contentColumn + keyWidth + 2, style: .overlay)
        }
    }
}
