/// A screen as a grid of cells: what `render` draws into, what tests read, what a terminal presents.
/// A wide character (CJK, most emoji) takes its cell plus a continuation cell to its right.
struct ScreenBuffer: Sendable {
    struct Cell: Hashable, Sendable {
        var character: Character
        var style: Style
        /// The right half of a wide character: holds nothing of its own.
        var isContinuation: Bool

        static let blank = Cell(character: " ", style: .normal, isContinuation: false)
    }

    struct Run: Hashable, Sendable {
        var column: Int
        var text: String
        var style: Style
    }

    let size: TerminalSize
    var cells: [Cell]

    init(size: TerminalSize) {
        self.size = TerminalSize(rows: max(0, size.rows), columns: max(0, size.columns))
        cells = Array(repeating: .blank, count: self.size.rows * self.size.columns)
    }

    subscript(row: Int, column: Int) -> Cell {
        cells[row * size.columns + column]
    }

    /// Writes text from (row, column), clipped at the right edge; returns the column after the last cell written.
    /// A wide character that would straddle the edge is replaced by a space.
    @discardableResult
    mutating func write(_ text: String, row: Int, column: Int, style: Style = .normal) -> Int {
        guard row >= 0, row < size.rows else { return column }
        var col = column
        for ch in text {
            let w = DisplayWidth.of(ch)
            if w == 0 {
                continue  // a lone combining mark or control: nothing to place
            }
            guard col + w <= size.columns else {
                if col < size.columns { put(" ", row: row, column: col, style: style) }
                return size.columns
            }
            if col >= 0 {
                put(ch, row: row, column: col, style: style)
                if w == 2 { cells[row * size.columns + col + 1] = Cell(character: " ", style: style, isContinuation: true) }
            }
            col += w
        }
        return col
    }

    /// Paints a rectangle in a style (blank cells), e.g. a bar or an overlay background.
    mutating func fill(row: Int, column: Int, width: Int, height: Int = 1, style: Style) {
        for r in max(0, row)..<min(size.rows, row + height) {
            for c in max(0, column)..<min(size.columns, column + width) {
                cells[r * size.columns + c] = Cell(character: " ", style: style, isContinuation: false)
            }
        }
    }

    private mutating func put(_ ch: Character, row: Int, column: Int, style: Style) {
        // Overwriting half of a wide character blanks the other half so no orphan half remains.
        let index = row * size.columns + column
        if cells[index].isContinuation, column > 0 {
            cells[index - 1] = Cell(character: " ", style: cells[index - 1].style, isContinuation: false)
        }
        if column + 1 < size.columns, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(character: " ", style: cells[index + 1].style, isContinuation: false)
        }
        cells[index] = Cell(character: ch, style: style, isContinuation: false)
    }

    /// The text of one row, continuation cells left out, trailing spaces kept.
    func text(ofRow row: Int) -> String {
        var s = ""
        for c in 0..<size.columns where !self[row, c].isContinuation { s.append(self[row, c].character) }
        return s
    }

    /// The whole screen as lines with trailing spaces removed (what a test or a person reads).
    var lines: [String] {
        (0..<size.rows).map { row in
            var line = text(ofRow: row)
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    var text: String { lines.joined(separator: "\n") }

    /// Consecutive cells of one style in a row, for presenting on a terminal.
    func runs(inRow row: Int) -> [Run] {
        var result: [Run] = []
        var current: Run?
        for c in 0..<size.columns {
            let cell = self[row, c]
            if cell.isContinuation { continue }
            if var run = current, run.style == cell.style {
                run.text.append(cell.character)
                current = run
            } else {
                if let run = current { result.append(run) }
                current = Run(column: c, text: String(cell.character), style: cell.style)
            }
        }
        if let run = current { result.append(run) }
        return result
    }
}
