/// `--plain` is for screen readers and terminals without good fonts: after a screen is drawn, the few
/// pictographic marks the screens use become ASCII of the same width, which a reader says as a plain
/// character instead of "black right-pointing small triangle". Box drawing is already left out in plain mode.
/// A collapsed item is `+` and an open one `-`, so that neither reads like the selected line's `>`.
enum PlainSymbols {
    static let replacements: [Character: Character] = [
        "▸": "+", "▾": "-", "►": ">", "▼": "v", "▲": "^",
        "✓": "+", "✗": "x", "●": "*", "·": "-", "…": ".",
        "→": ">", "←": "<", "↑": "^", "↓": "v",
        "█": "#", "▉": "#", "▊": "#", "▋": "#", "▌": "#", "▍": "#", "▎": "#", "▏": "#", "░": ".",
        "─": "-", "│": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+",
    ]
}

extension ScreenBuffer {
    /// Replaces the pictographic marks with ASCII (see `PlainSymbols`).
    mutating func usePlainSymbols() {
        for i in cells.indices {
            if let plain = PlainSymbols.replacements[cells[i].character] { cells[i].character = plain }
        }
    }
}
