/// A key press, independent of the terminal library that read it.
enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, delete, tab, backTab
    /// Ctrl-C: quits from every screen (the terminal runs raw, so it arrives as a key, not a signal).
    case interrupt
    /// Another control key (Ctrl-A is 1 …) or a function key the app does not use.
    case other(UInt32)
}

/// What the terminal reports to the app loop.
enum InputEvent: Hashable, Sendable {
    case key(Key)
    case resize(TerminalSize)
    /// SIGTERM or SIGHUP arrived: leave now, restoring the terminal.
    case terminate
    /// Bytes that are not UTF-8 were typed (a terminal set to Latin-1); they were dropped.
    case invalidInput
}

struct TerminalSize: Hashable, Sendable {
    var rows: Int
    var columns: Int
}
