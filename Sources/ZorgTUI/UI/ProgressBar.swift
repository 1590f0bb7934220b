/// A progress bar of a fixed width: filled cells for the part done. Plain mode uses `#` and `-`, which a
/// screen reader reads and every terminal shows.
enum ProgressBar {
    static func line(fraction: Double, width: Int, plain: Bool) -> String {
        guard width > 0 else { return "" }
        let f = max(0, min(1, fraction))
        let filled = Int((f * Double(width)).rounded(.down))
        return String(repeating: plain ? "#" : "█", count: filled)
            + String(repeating: plain ? "-" : "░", count: width - filled)
    }

    /// "45 %"
    static func percent(_ fraction: Double) -> String {
        "\(Int((max(0, min(1, fraction)) * 100).rounded(.down))) %"
    }
}

/// The panel over the screen while long work runs: what it is, its phase, the bar with the fraction, the count
/// ("12.345 / 100.000"), the time it has taken, and how to cancel.
enum ProgressPanel {
    static func lines(_ status: JobStatus, strings s: Strings, barWidth: Int, plain: Bool) -> [String] {
        let p = status.progress
        var lines = [s.phase(p.phase)]
        if let fraction = p.fraction {
            lines.append(ProgressBar.line(fraction: fraction, width: barWidth, plain: plain) + " " + ProgressBar.percent(fraction))
        } else {
            lines.append("")
        }
        let count = p.total > 0 || p.done > 0 ? s.progressCount(done: p.done, total: p.total) + "   " : ""
        lines.append(count + s.elapsed(seconds: status.elapsedSeconds))
        lines.append(status.cancelRequested ? s.scan(.cancelRequested) : s.scan(.cancelHint))
        return lines
    }

    static func draw(_ status: JobStatus, on screen: inout ScreenBuffer, strings s: Strings, plain: Bool) {
        let size = screen.size
        let width = min(size.columns - 2, 66)
        let height = 7
        guard width >= 20, size.rows >= height + 2 else { return }
        let column = (size.columns - width) / 2
        let row = max(1, (size.rows - height) / 2)
        Frame.draw(&screen, row: row, column: column, width: width, height: height, plain: plain, style: .overlay)
        let title: String
        switch status.kind {
        case .scan: title = s.scan(.jobScan)
        case .importPlan: title = s.scan(.jobPlan)
        case .importCommit: title = s.scan(.jobImport)
        case .caseloadFlags: title = s.caseload(.evaluating)
        }
        screen.write(DisplayWidth.truncate(" " + title + " ", to: width - 4), row: row, column: column + 2, style: .overlayTitle)
        let inner = width - 4
        let body = lines(status, strings: s, barWidth: max(1, inner - 6), plain: plain)
        for (i, text) in body.enumerated() {
            screen.write(DisplayWidth.truncate(text, to: inner), row: row + 1 + i, column: column + 2,
                         style: i == body.count - 1 ? .overlayTitle : .overlay)
        }
    }
}
