import Foundation

/// A line on standard error that tells how far long work is, rewritten in place — only when standard error is
/// a terminal (never in a pipe, a file or a log). At most ten updates a second; `clear` takes it away again.
final class ProgressLine {
    private let words: (Int, Int) -> String
    private var shownAt = Date.distantPast
    private var shown = false

    /// Nil when standard error is not a terminal.
    init?(words: @escaping (_ done: Int, _ total: Int) -> String) {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        self.words = words
    }

    func show(done: Int, total: Int) {
        let now = Date()
        guard now.timeIntervalSince(shownAt) >= 0.1 || done == total else { return }
        shownAt = now
        shown = true
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + words(done, total)).utf8))
    }

    func clear() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
    }
}
