import CaseModel

/// The import's report, as `zorg import --dry-run` prints it (`ImportPlan.summary`, the same text, so the screen
/// and the command line cannot drift apart): counts, each rejected row with line, column and value, the
/// warnings, and what happens to each case. Wrapped to the screen and scrolled.
extension AdminImportView {
    /// Rows 2 up to the message line (the row above it may hold the start of a long message).
    static func reportHeight(_ size: TerminalSize) -> Int { max(1, size.rows - 5) }

    /// Before the commit the report is the dry run's; after it, the report of what was imported.
    private var isDryRun: Bool {
        switch phase {
        case .done, .failed, .stopped: false
        default: true
        }
    }

    /// The report's lines at this width: a line that does not fit goes on under its own indent; the section
    /// headings ("Fouten (6):") stand out and the errors are marked.
    func reportLines(width: Int, strings s: Strings) -> [FlowLine<Int>] {
        guard let plan else { return [] }
        let language = s.importLanguage
        let errors = Set((plan.structuralErrors + plan.errors).map { "  " + $0.message(language: language) })
        return plan.summary(language: language, dryRun: isDryRun).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast()  // the text ends with a newline
            .flatMap { raw -> [FlowLine<Int>] in
                let line = String(raw)
                let style: Style = errors.contains(line) ? .warning : (line.hasSuffix(":") ? .header : .normal)
                let indent = String(line.prefix { $0 == " " })
                return FlowText.wrap(String(line.dropFirst(indent.count)), width: width - 1, lead: " " + indent)
                    .map { FlowLine($0, style) }
            }
    }

    /// The lines a key's action scrolls the report by (a page is the report's height); nil for one that does not scroll.
    static func reportScroll(_ action: KeyAction, height page: Int) -> Int? {
        guard case .move(let m) = action else { return nil }
        return m.step(page: page, all: Int.max / 2)
    }

    func drawReport(_ screen: inout ScreenBuffer, strings s: Strings) {
        let lines = reportLines(width: screen.size.columns, strings: s)
        let height = Self.reportHeight(screen.size)
        var position = scroll
        position.clamp(lineCount: lines.count, height: height)
        for (i, line) in lines.dropFirst(position.top).prefix(height).enumerated() {
            screen.write(DisplayWidth.truncate(line.text, to: screen.size.columns), row: 2 + i, column: 0, style: line.style)
        }
    }
}
