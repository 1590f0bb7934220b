/// The few things the app needs from a terminal. `NcursesTerminal` talks to a real one; `MemoryTerminal` is a grid
/// of cells for tests. Nothing outside `Terminal/` knows which one it has.
protocol Terminal: AnyObject {
    var size: TerminalSize { get }
    func clear()
    /// Draws text that already fits (the caller measured it with `DisplayWidth`).
    func draw(_ text: String, row: Int, column: Int, style: Style)
    func refresh()
    /// Waits at most `timeoutMilliseconds` for input; `nil` when nothing came.
    func readEvent(timeoutMilliseconds: Int) -> InputEvent?
    /// Input that has already arrived, without waiting (the rest of a paste); `nil` when there is none. The loop
    /// takes it before it draws, so a pasted note is drawn a few times, not once per character.
    func pendingEvent() -> InputEvent?
}

extension Terminal {
    /// A terminal that cannot tell (a test's) says there is none: every event is drawn.
    func pendingEvent() -> InputEvent? { nil }
}

extension Terminal {
    /// Shows a whole rendered screen: one `draw` per run of equal style on each row.
    func present(_ screen: ScreenBuffer) {
        clear()
        for row in 0..<screen.size.rows {
            for run in screen.runs(inRow: row) {
                draw(run.text, row: row, column: run.column, style: run.style)
            }
        }
        refresh()
    }
}
