import CaseModel

/// Importing a client list: the path, then the dry run as a table (per dossier new / changed / unchanged /
/// rejected with reasons) and, on Tab, its report as `zorg import --dry-run` prints it (each rejected row with
/// line, column and value, the warnings); then — after confirming — the commit, then the report again: what to
/// fix in the file. Nothing is written before the confirmation.
struct AdminImportView: Sendable {
    enum Phase: Equatable, Sendable {
        case path(String)
        case planning(String)
        case table
        case confirming
        case committing
        case done(written: Int)
        case failed(String)
        /// The commit stopped part-way (cancelled or failed); the text says how far it got.
        case stopped(String)
    }

    /// The table of cases, or the command line's report (`ImportPlan.summary`).
    enum View: Equatable, Sendable { case records, report }

    private(set) var phase: Phase = .path("")
    private(set) var plan: ImportPlan?
    private(set) var view: View = .records
    private(set) var cursor = ListCursor()
    /// Where the report is scrolled to.
    private(set) var scroll = ScrollPosition()

    enum Outcome: Equatable {
        case stay, back, help
        case work(AdminEffect)
    }

    /// A row of the table.
    struct Row: Hashable, Sendable {
        var cells: [String]
        var rejected: Bool
    }

    static func listHeight(_ size: TerminalSize) -> Int { max(1, size.rows - 6) }

    /// The table of cases (the records view).
    func rows(_ s: Strings) -> [Row] {
        guard let plan else { return [] }
        let language = s.importLanguage
        return plan.records.map { r in
                let detail: String
                switch r.outcome {
                case .new, .unchanged: detail = (language == .nl ? "regel " : "line ") + r.lines.map(String.init).joined(separator: ", ")
                case .changed(let columns): detail = columns.joined(separator: ", ")
                case .rejected(let issues): detail = issues.map { i in
                    (i.line.map { (language == .nl ? "regel " : "line ") + "\($0): " } ?? "") + i.shortMessage(language: language)
                }.joined(separator: "; ")
                }
                return Row(cells: [r.id, Self.outcomeWord(r.outcome, s), detail], rejected: r.outcome.code == "rejected")
        }
    }

    static func outcomeWord(_ outcome: ImportPlan.Outcome, _ s: Strings) -> String {
        let nl = s.language == .nl
        switch outcome {
        case .new: return nl ? "nieuw" : "new"
        case .changed: return nl ? "gewijzigd" : "changed"
        case .unchanged: return nl ? "ongewijzigd" : "unchanged"
        case .rejected: return nl ? "afgewezen" : "rejected"
        }
    }

    // MARK: Keys

    mutating func handle(_ key: Key, screenSize: TerminalSize, strings s: Strings) -> Outcome {
        let height = Self.listHeight(screenSize)
        let count = plan?.records.count ?? 0
        let action = currentKeys.action(for: key)
        switch phase {
        case .path(let text):
            switch action {
            case .back?: return .back
            case .choose?:
                let path = text.trimmingCharacters(in: .whitespaces)
                guard !path.isEmpty else { return .stay }
                phase = .planning(path)
                return .work(.planImport(path: path))
            case .erase?: phase = .path(String(text.dropLast()))
            case .type?: if case .character(let ch) = key { phase = .path(text + String(ch)) }
            default: break
            }
            return .stay
        case .planning, .committing:
            return .stay
        case .confirming:
            switch action {
            case .yes?:
                guard let plan else { return .stay }
                phase = .committing
                return .work(.commitImport(PlannedImport(plan)))
            case .no?: phase = .table
            default: break
            }
            return .stay
        case .table, .done, .failed, .stopped:
            if view == .report, let action, let lines = Self.reportScroll(action, height: Self.reportHeight(screenSize)) {
                scroll.scroll(by: lines, lineCount: reportLines(width: screenSize.columns, strings: s).count,
                              height: Self.reportHeight(screenSize))
                return .stay
            }
            switch action {
            case .move(let m)?: cursor.move(by: m.step(page: height, all: count), count: count, height: height)
            case .toggleView?:
                view = view == .records ? .report : .records
                cursor = ListCursor()
                scroll = ScrollPosition()
            case .commit?:
                if phase == .table, let plan, !plan.householdsToWrite.isEmpty { phase = .confirming }
            case .back?: return .back
            case .help?: return .help
            default: break
            }
            return .stay
        }
    }

    mutating func planned(_ plan: ImportPlan) {
        self.plan = plan
        phase = .table
        view = plan.structuralErrors.isEmpty ? .records : .report
        cursor = ListCursor()
        scroll = ScrollPosition()
    }

    /// After the commit the report is shown: the rejected rows and warnings, what to fix in the file.
    mutating func committed(written: Int) {
        phase = .done(written: written)
        view = .report
        scroll = ScrollPosition()
    }

    /// A commit stopped part-way: the report is still worth reading; the message says what was saved.
    mutating func stopped(_ text: String) {
        phase = .stopped(text)
        view = .report
        scroll = ScrollPosition()
    }

    /// A stopped dry run: the path again, as typed, to change or run again.
    mutating func planCancelled() {
        if case .planning(let path) = phase { phase = .path(path) }
    }

    mutating func failed(_ reason: String) {
        phase = plan == nil ? .path("") : .failed(reason)
    }

    // MARK: Help

    enum KeyAction: Sendable, Hashable {
        case move(ListMove), toggleView, commit, back, help
        /// While typing the path, or answering "write these?".
        case choose, type, erase, yes, no
    }

    /// The keys while typing the list's path.
    static let pathKeys = KeyTable<KeyAction>([
        .init([.enter], "Enter", .choose, help: { $0.admin(.keyImportPath) }, hint: "Enter", { $0.admin(.hintChoose) }),
        .init([.escape], "Esc", .back, help: { $0.admin(.keyBackMenu) }, hint: "Esc", { $0(.hintBack) }),
        .typing("a–z 0–9", .type, help: { $0(.keyTypeText) }),
        .init([.backspace, .delete], "Backspace  Del", .erase, help: { $0(.keyEraseCharacter) }),
    ])

    /// The keys of the dry run's table or report, and after the commit; Tab's hint names the other view.
    static func keys(view: View) -> KeyTable<KeyAction> {
        KeyTable<KeyAction>(KeyTable<KeyAction>.listRows(move: { .move($0) }, moveHelp: { $0(.keyScroll) }) + [
            .init([.character("c")], "c", .commit, help: { $0.admin(.keyCommit) }, hint: "c", { $0.admin(.hintCommit) }),
            .init([.tab, .character("r")], "Tab  r", .toggleView, help: { $0.admin(.keyToggleView) }, hint: "Tab",
                  { view == .records ? $0.admin(.viewReport) : $0.admin(.viewRecords) }),
            .init([.escape, .character("q"), .left], "Esc  q  ←", .back, help: { $0.admin(.keyBackMenu) }, hint: "Esc",
                  { $0(.hintBack) }),
            .init([.character("?")], "?", .help, help: { $0(.keyHelp) }, hint: "?", { $0(.hintHelp) }),
        ])
    }

    /// The keys of "write these records?".
    static let confirmKeys = KeyTable<KeyAction>([
        .init([.character("j"), .character("J"), .character("y"), .character("Y")], "j  y", .yes, help: { $0(.keyYes) },
              hintKey: { $0(.yesHintKey) }, { $0.admin(.hintYes) }),
        .init([.character("n"), .character("N"), .escape], "n  Esc", .no, help: { $0(.keyNo) }, hint: "n", { $0.admin(.hintNo) }),
    ])

    /// No keys while the dry run or the commit runs (the job's Esc is the loop's).
    static let waitingKeys = KeyTable<KeyAction>([])

    var currentKeys: KeyTable<KeyAction> {
        switch phase {
        case .path: Self.pathKeys
        case .planning, .committing: Self.waitingKeys
        case .confirming: Self.confirmKeys
        case .table, .done, .failed, .stopped: Self.keys(view: view)
        }
    }

    func keyHelp(_ s: Strings) -> [KeyHelp] {
        if case .path = phase { return Self.pathKeys.keyHelp(s) }
        return Self.keys(view: view).keyHelp(s)
    }

    /// The hints; `c` only while the dry run has records to write.
    func hints(_ s: Strings) -> [KeyHint] {
        let canCommit = phase == .table && plan.map { !$0.householdsToWrite.isEmpty } == true
        return currentKeys.hints(s) { $0 != .commit || canCommit }
    }

    // MARK: Drawing

    func draw(_ screen: inout ScreenBuffer, strings s: Strings, plain: Bool) {
        let width = screen.size.columns
        switch phase {
        case .path(let text):
            screen.write(DisplayWidth.truncate(" " + s.admin(.menuImport), to: width), row: 1, column: 0, style: .header)
            Chrome.drawMessageLine(&screen, prompt: s.admin(.importPathPrompt), text: text, style: .normal, cursor: true)
            Chrome.drawStatusLine(&screen, hints: hints(s), count: nil)
            return
        case .planning(let path):
            screen.write(DisplayWidth.truncate(" " + path, to: width), row: 1, column: 0, style: .header)
            screen.write(DisplayWidth.truncate(" " + s.admin(.importPlanning), to: width), row: 3, column: 0, style: .dim)
            Chrome.drawStatusLine(&screen, hints: [], count: nil)
            return
        default: break
        }
        guard let plan else { return }
        // Row 1: the file and what the view shows; row 2: the column header.
        let heading = " \(plan.fileName) — " + s.importCounts(plan)
        screen.write(DisplayWidth.truncate(heading, to: width), row: 1, column: 0, style: .header)
        switch view {
        case .records: drawRecords(&screen, plan: plan, strings: s, plain: plain)
        case .report: drawReport(&screen, strings: s)
        }
        // Message line: what happens next or what happened.
        let message: String?
        switch phase {
        case .confirming:
            Chrome.drawMessageLine(&screen, prompt: s.importConfirm(plan.householdsToWrite.count), text: "", style: .normal, cursor: true)
            message = nil
        case .committing: message = s.admin(.importCommitting) + " (\(plan.householdsToWrite.count))"
        case .done(let written): message = s.importSaved(written)
        case .failed(let reason): message = s.importFailed(reason)
        case .stopped(let text): message = text
        case .table:
            message = plan.blockedByAllOrNothing ? s.admin(.importBlocked)
                : (plan.householdsToWrite.isEmpty && plan.structuralErrors.isEmpty ? s.admin(.importNothingToWrite) : nil)
        default: message = nil
        }
        // A long message (how far a stopped commit got) takes the row above the message line too.
        if let message { Chrome.drawLongMessage(&screen, message, style: .warning) }
        Chrome.drawStatusLine(&screen, hints: hints(s), count: view == .records ? s.admin(.viewRecords) : s.admin(.viewReport))
    }

    /// The table of cases: per dossier its outcome and what changes or why it is refused.
    private func drawRecords(_ screen: inout ScreenBuffer, plan: ImportPlan, strings s: Strings, plain: Bool) {
        let width = screen.size.columns
        let widths = columnWidths(width: width, plain: plain)
        let header = [s(.columnDossier), s.admin(.columnOutcome), s.admin(.columnDetail)]
        screen.fill(row: 2, column: 0, width: width, style: .header)
        screen.write(line(header, widths, marker: ""), row: 2, column: 0, style: .header)
        let all = rows(s)
        let height = Self.listHeight(screen.size)
        var c = cursor
        c.clamp(count: all.count, height: height)
        if all.isEmpty {
            let text = plan.structuralErrors.isEmpty ? s.admin(.noRecords) : s.admin(.unreadableFile)
            screen.write(DisplayWidth.truncate("  " + text, to: width), row: 3, column: 0, style: .dim)
        }
        for (i, row) in all.dropFirst(c.top).prefix(height).enumerated() {
            let r = 3 + i
            let selected = c.top + i == c.selected
            if selected { screen.fill(row: r, column: 0, width: width, style: .selected) }
            screen.write(line(row.cells, widths, marker: plain && selected ? ">" : ""), row: r, column: 0,
                         style: selected ? .selected : (row.rejected ? .warning : .normal))
        }
    }

    private func columnWidths(width: Int, plain: Bool) -> [Int] {
        let first = 14
        let second = 12
        return [plain ? 2 : 1, first, second, max(10, width - (plain ? 2 : 1) - first - second - 4)]
    }

    private func line(_ cells: [String], _ w: [Int], marker: String) -> String {
        DisplayWidth.fit(marker, to: w[0]) + DisplayWidth.fit(cells[0], to: w[1]) + "  " + DisplayWidth.fit(cells[1], to: w[2]) + "  "
            + DisplayWidth.truncate(cells[2], to: w[3])
    }
}
