/// Below this size a screen cannot be drawn sensibly, so it says so instead of drawing garbage.
enum TooSmall {
    static let minimum = TerminalSize(rows: 15, columns: 60)

    static func applies(to size: TerminalSize) -> Bool {
        size.rows < minimum.rows || size.columns < minimum.columns
    }

    /// The message centred; in a very narrow terminal it wraps over lines rather than losing its end.
    static func draw(_ screen: inout ScreenBuffer, strings: Strings) {
        let width = screen.size.columns
        guard width > 0, screen.size.rows > 0 else { return }
        let message = strings.terminalTooSmall(minimum: minimum)
        let lines = DisplayWidth.of(message) <= width ? [message]
            : FlowText.wrap(message, width: width).map { DisplayWidth.truncate($0, to: width) }
        let shown = Array(lines.prefix(screen.size.rows))
        let top = max(0, (screen.size.rows - shown.count + 1) / 2)
        for (i, line) in shown.enumerated() {
            let col = max(0, (width - DisplayWidth.of(line)) / 2)
            screen.write(line, row: top + i, column: col, style: .warning)
        }
    }
}
