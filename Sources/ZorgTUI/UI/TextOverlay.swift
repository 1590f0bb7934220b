/// A text read in full over the screen (a note of several lines): a box with a title and the text wrapped at its
/// width, scrolled with ↑ ↓ (j k), PgUp PgDn, Home End; Esc, q or Enter closes it. The text is wrapped once per
/// width, so a note of 10,000 lines scrolls as fast as one of ten.
struct TextOverlay: Hashable, Sendable {
    let title: String
    let text: String
    private(set) var scroll = ScrollPosition()
    /// The text wrapped at `wrappedWidth`, kept between keys.
    private var wrapped: [String] = []
    private var wrappedWidth = -1

    /// Wrapped at once for the screen it opens on.
    init(title: String, text: String, size: TerminalSize) {
        self.title = title
        self.text = text
        wrap(width: Layout(size: size).contentWidth)
    }

    enum Outcome: Equatable { case stay, close, help }

    enum KeyAction: Sendable { case up, down, pageUp, pageDown, first, last, close, help }

    static let keys = KeyTable<KeyAction>([
        .init([.up, .character("k")], "↑ ↓  j k", .up, help: { $0(.keyScroll) }, hint: "↑↓", { $0(.keyScroll) }),
        .init([.down, .character("j")], "", .down, help: { $0(.keyScroll) }),
        .init([.pageUp], "PgUp PgDn", .pageUp, help: { $0(.keyPage) }),
        .init([.pageDown], "", .pageDown, help: { $0(.keyPage) }),
        .init([.home], "Home End", .first, help: { $0(.keyFirstLast) }),
        .init([.end], "", .last, help: { $0(.keyFirstLast) }),
        .init([.escape, .character("q"), .enter], "Esc  q  Enter", .close, help: { $0.picker(.keyCloseNote) },
              hint: "Esc", { $0(.hintClose) }),
        .init([.character("?")], "?", .help, help: { $0(.keyHelp) }, hint: "?", { $0(.hintHelp) }),
    ])

    /// Where the box sits: between the title bar and the status line, as tall as the text needs and the screen
    /// allows, at most 100 columns wide, centred. The same in plain mode (where no frame is drawn), so scrolling
    /// does not depend on it; the width does not depend on the text, so the text is wrapped once.
    struct Layout: Equatable {
        var row: Int, column: Int, width: Int, height: Int
        var contentColumn: Int, contentWidth: Int, titleRow: Int, firstTextRow: Int, textHeight: Int

        /// `rowCount`: the text's rows (default: as many as fill the screen).
        init(size: TerminalSize, rowCount: Int = Int.max / 2) {
            height = max(1, min(size.rows - 2, rowCount + 4))
            row = 1 + max(0, (size.rows - 2 - height) / 2)
            width = max(1, min(size.columns, 100))
            column = max(0, (size.columns - width) / 2)
            contentColumn = column + 2
            contentWidth = max(1, width - 4)
            titleRow = row + 1
            firstTextRow = row + 3
            textHeight = max(1, height - 4)
        }
    }

    /// The text's rows at a width: the kept ones when the width is the same.
    func rows(width: Int) -> [String] {
        width == wrappedWidth ? wrapped : TextWrap.words(text, width: width)
    }

    private mutating func wrap(width: Int) {
        guard width != wrappedWidth else { return }
        wrapped = TextWrap.words(text, width: width)
        wrappedWidth = width
    }

    mutating func handle(_ key: Key, screenSize: TerminalSize) -> Outcome {
        wrap(width: Layout(size: screenSize).contentWidth)
        let count = wrapped.count
        let height = Layout(size: screenSize, rowCount: count).textHeight
        switch Self.keys.action(for: key) {
        case .up?: scroll.scroll(by: -1, lineCount: count, height: height)
        case .down?: scroll.scroll(by: 1, lineCount: count, height: height)
        case .pageUp?: scroll.scroll(by: -height, lineCount: count, height: height)
        case .pageDown?: scroll.scroll(by: height, lineCount: count, height: height)
        case .first?: scroll.scroll(by: -count, lineCount: count, height: height)
        case .last?: scroll.scroll(by: count, lineCount: count, height: height)
        case .close?: return .close
        case .help?: return .help
        case nil: break
        }
        return .stay
    }

    func hints(_ s: Strings) -> [KeyHint] { Self.keys.hints(s) }

    /// "regel 1–18 van 230": which rows of the text show.
    func position(_ s: Strings, size: TerminalSize) -> String {
        let count = rows(width: Layout(size: size).contentWidth).count
        let layout = Layout(size: size, rowCount: count)
        let top = min(scroll.top, max(0, count - layout.textHeight))
        return s.lines(from: top + 1, to: min(count, top + layout.textHeight), of: count)
    }

    func draw(_ screen: inout ScreenBuffer, strings s: Strings, plain: Bool) {
        let all = rows(width: Layout(size: screen.size).contentWidth)
        let layout = Layout(size: screen.size, rowCount: all.count)
        Frame.draw(&screen, row: layout.row, column: layout.column, width: layout.width, height: layout.height,
                   plain: plain, style: .overlay)
        screen.write(DisplayWidth.fit(title, to: layout.contentWidth), row: layout.titleRow, column: layout.contentColumn,
                     style: .overlayTitle)
        let top = min(scroll.top, max(0, all.count - layout.textHeight))
        // Only the rows that show are drawn; the last row of the box stays its frame.
        let last = layout.row + layout.height - 1
        for (i, row) in all.dropFirst(top).prefix(layout.textHeight).enumerated() where layout.firstTextRow + i < last {
            screen.write(DisplayWidth.truncate(row, to: layout.contentWidth), row: layout.firstTextRow + i,
                         column: layout.contentColumn, style: .overlay)
        }
        Chrome.drawStatusLine(&screen, hints: hints(s), count: position(s, size: screen.size))
    }
}
