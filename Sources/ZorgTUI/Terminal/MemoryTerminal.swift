/// A terminal that is only memory: a grid of cells and a queue of input events. For tests of the app loop.
final class MemoryTerminal: Terminal {
    private(set) var screen: ScreenBuffer
    private var events: [InputEvent]
    private(set) var refreshCount = 0

    init(size: TerminalSize, events: [InputEvent] = []) {
        screen = ScreenBuffer(size: size)
        self.events = events
    }

    var size: TerminalSize { screen.size }

    func clear() { screen = ScreenBuffer(size: screen.size) }

    func draw(_ text: String, row: Int, column: Int, style: Style) {
        screen.write(text, row: row, column: column, style: style)
    }

    func refresh() { refreshCount += 1 }

    /// Returns the next queued event; a resize event also resizes the grid, as a real terminal would.
    /// An empty queue reports `terminate`, so a scripted test can never hang.
    func readEvent(timeoutMilliseconds: Int) -> InputEvent? {
        guard !events.isEmpty else { return .terminate }
        let event = events.removeFirst()
        if case .resize(let newSize) = event { screen = ScreenBuffer(size: newSize) }
        return event
    }

    func queue(_ more: [InputEvent]) { events += more }
}
