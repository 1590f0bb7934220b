/// Draws a box around a region, or in plain mode only clears it: screen readers read box-drawing characters
/// aloud, so plain mode uses none.
enum Frame {
    static func draw(_ screen: inout ScreenBuffer, row: Int, column: Int, width: Int, height: Int, plain: Bool, style: Style) {
        screen.fill(row: row, column: column, width: width, height: height, style: style)
        guard !plain, width >= 2, height >= 2 else { return }
        let inner = String(repeating: "─", count: width - 2)
        screen.write("┌" + inner + "┐", row: row, column: column, style: style)
        for r in (row + 1)..<(row + height - 1) {
            screen.write("│", row: r, column: column, style: style)
            screen.write("│", row: r, column: column + width - 1, style: style)
        }
        screen.write("└" + inner + "┘", row: row + height - 1, column: column, style: style)
    }
}
