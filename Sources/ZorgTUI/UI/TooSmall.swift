/// Below this size a screen cannot be drawn sensibly, so it says so instead of drawing garbage.
enum TooSmall {
    static let minimum = TerminalSize(rows: 15, columns: 60)

    static func applies(to size: TerminalSize) -> Bool {
        size.rows < minimum.rows || size.columns < minimum.columns
    }

    static func draw(_ screen: inout ScreenBuffer, strings: Strings) {
        let message = DisplayWidth.truncate(strings.terminalTooSmall(minimum: minimum), to: screen.size.columns)
        let row = screen.size.rows / 2
        let col = max(0, (screen.size.columns - DisplayWidth.of(message)) / 2)
        screen.write(message, row: row, column: col, style: .warning)
    }
}
