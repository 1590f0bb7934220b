import Foundation
@testable import ZorgTUI

/// A terminal that plays a script for the real loop: keys, waits (reporting no input) until the screen shows a
/// text, and a key pressed until the selected row shows a text. At the end of the script it reports terminate.
/// Each wait is bounded, so a broken loop fails the test instead of hanging it.
final class ScriptedTerminal: Terminal {
    enum Step {
        case key(Key)
        case waitFor(String)
        /// Presses the key until the row drawn as selected contains the text (at most `limit` times).
        case pressUntilSelected(Key, String, limit: Int = 200)
    }

    private(set) var screen: ScreenBuffer
    private var steps: [Step]
    private var idlePolls = 0
    private var presses = 0

    init(size: TerminalSize, steps: [Step]) {
        screen = ScreenBuffer(size: size)
        self.steps = steps
    }

    var size: TerminalSize { screen.size }
    func clear() { screen = ScreenBuffer(size: screen.size) }
    func draw(_ text: String, row: Int, column: Int, style: Style) { screen.write(text, row: row, column: column, style: style) }
    func refresh() {}

    /// The text of the row drawn in the selected style (the list's cursor), if any.
    var selectedRow: String? {
        (0..<screen.size.rows).first { row in screen.runs(inRow: row).contains { $0.style == .selected } }
            .map { screen.text(ofRow: $0) }
    }

    func readEvent(timeoutMilliseconds: Int) -> InputEvent? {
        while let step = steps.first {
            switch step {
            case .key(let key):
                steps.removeFirst()
                return .key(key)
            case .waitFor(let text):
                if screen.text.contains(text) || idlePolls > 20_000 {
                    steps.removeFirst()
                    idlePolls = 0
                    continue
                }
                idlePolls += 1
                usleep(1_000)
                return nil
            case .pressUntilSelected(let key, let text, let limit):
                if selectedRow?.contains(text) == true || presses >= limit {
                    steps.removeFirst()
                    presses = 0
                    continue
                }
                presses += 1
                return .key(key)
            }
        }
        return .terminate
    }
}
