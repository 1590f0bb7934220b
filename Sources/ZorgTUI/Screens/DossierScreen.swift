import CaseModel

/// A dossier: tabs with the household's facts (unknown shown as `onbekend`), editing through forms, notes and
/// follow-ups, the flows, and the history with earlier revisions. An earlier revision opens as a read-only copy.
struct DossierScreen: Sendable {
    /// The dossier as last loaded or saved.
    private(set) var household: Household
    /// Set for an earlier revision: nothing can be changed.
    let readOnlyRevision: Int?
    private(set) var tab: DossierTab = .household
    /// The selected item of the tab: the n-th of its selectable entries; reset when the tab changes.
    private(set) var selection = 0
    private(set) var mode: Mode = .view
    private(set) var history: Loadable<DossierHistory> = .notLoaded
    private(set) var flows: Loadable<[String]> = .notLoaded

    enum Mode: Hashable, Sendable {
        case view
        case editing(EditSession)
        /// Esc with unsaved changes: asks before discarding.
        case confirmDiscard(EditSession)
        /// Waiting for the store.
        case saving(EditSession)
        /// The store refused the save: someone else saved first.
        case stale(StaleReport, EditSession)
    }

    /// Why the caseworker opened it (recorded in the access log; an earlier revision is opened for the same).
    let accessReason: AccessReason

    init(household: Household, readOnlyRevision: Int? = nil, accessReason: AccessReason = .opvolging) {
        self.household = household
        self.readOnlyRevision = readOnlyRevision
        self.accessReason = accessReason
    }

    var id: DossierID { household.id }

    /// Opens the edit form that holds one fact, with the cursor in it: `energie_jaar` (a household fact) or
    /// `inkomen_jaar@85.07.30-033.28` / `inkomen_jaar@2` (a member's, by national number or 1-based position),
    /// as the checks screen's "wat nog te vragen" names them. False when the dossier has no such field.
    mutating func startEditing(column: String, strings s: Strings) -> Bool {
        guard readOnlyRevision == nil else { return false }
        let parts = column.split(separator: "@", maxSplits: 1).map(String.init)
        let name = parts[0]
        var target: (DossierTab, DossierItem)?
        if parts.count == 2 {
            let who = parts[1]
            let index = household.members.firstIndex { $0.nationalNumber?.formatted == who }
                ?? Int(who).map { $0 - 1 }.flatMap { household.members.indices.contains($0) ? $0 : nil }
            if let index, let tab = DossierTab.allCases.first(where: { $0.personColumns.contains(name) }) {
                target = (tab, .member(index))
            }
        } else if let tab = DossierTab.allCases.first(where: { $0.sections.contains { $0.columns.contains(name) } }),
                  let section = tab.sections.first(where: { $0.columns.contains(name) }) {
            target = (tab, .section(section))
        }
        guard let (tab, item) = target, var session = EditSession.editing(item, on: tab, of: household, strings: s) else {
            return false
        }
        session.form.focus(on: name)
        self.tab = tab
        mode = .editing(session)
        return true
    }
    var isEditing: Bool { if case .view = mode { return false }; return true }

    /// What the session being edited is (for the tests and the loop).
    var session: EditSession? {
        switch mode {
        case .view: nil
        case .editing(let s), .confirmDiscard(let s), .saving(let s), .stale(_, let s): s
        }
    }

    // MARK: Layout

    /// Title bar, tab bar, heading, body, message line, status line.
    static let firstBodyRow = 3
    static func bodyHeight(_ size: TerminalSize) -> Int { max(1, size.rows - 5) }

    // MARK: Update

    enum Outcome: Equatable {
        case stay, back, help
        /// Save this dossier through the store.
        case save(Household)
        case loadHistory, loadFlows
        case openRevision(Int)
        case flash(String)
    }

    mutating func handle(_ key: Key, context: DossierContext) -> Outcome {
        switch mode {
        case .view: return handleView(key, context)
        case .editing(var session): return handleForm(key, &session, context)
        case .confirmDiscard(let session):
            switch key {
            case .character("j"), .character("y"), .character("J"), .character("Y"):
                mode = .view
                return .flash(context.strings.discardedEdits(session.form.changedFields.count))
            case .character("n"), .character("N"), .escape:
                mode = .editing(session)
            default: break
            }
            return .stay
        case .saving:
            return .stay  // the store answers with a message; keys wait
        case .stale(let report, let session):
            switch key {
            case .character("r"), .character("R"):
                let dropped = report.yours.count
                household = report.current
                mode = .view
                invalidateStoredViews()
                return .flash(context.strings.reloaded(revision: report.current.revision, dropped: dropped))
            case .escape, .character("c"):
                mode = .editing(session)
            case .character("?"): return .help
            default: break
            }
            return .stay
        }
    }

    private mutating func handleView(_ key: Key, _ context: DossierContext) -> Outcome {
        let all = items(context.strings, today: context.today).filter(\.selectable)
        switch key {
        case .escape, .character("q"): return .back
        case .character("?"): return .help
        case .tab, .right, .character("l"): return select(tab: DossierTab(rawValue: (tab.rawValue + 1) % DossierTab.allCases.count)!)
        case .backTab, .left, .character("h"):
            let count = DossierTab.allCases.count
            return select(tab: DossierTab(rawValue: (tab.rawValue + count - 1) % count)!)
        case .character(let ch) where ch.isNumber:
            if let n = ch.wholeNumberValue, let t = DossierTab(rawValue: (n + 9) % 10) { return select(tab: t) }
        case .up, .character("k"): moveSelection(by: -1, in: all)
        case .down, .character("j"): moveSelection(by: 1, in: all)
        case .pageUp: moveSelection(by: -Self.bodyHeight(context.size) / 2, in: all)
        case .pageDown: moveSelection(by: Self.bodyHeight(context.size) / 2, in: all)
        case .home: moveSelection(by: -all.count, in: all)
        case .end: moveSelection(by: all.count, in: all)
        case .character("e"), .enter:
            guard all.indices.contains(selection) else { break }
            let item = all[selection].item
            if case .revision(let r) = item { return .openRevision(r) }
            guard readOnlyRevision == nil else { break }
            if let session = EditSession.editing(item, on: tab, of: household, strings: context.strings) {
                mode = .editing(session)
            }
        case .character("n") where readOnlyRevision == nil:
            if tab != .notes { _ = select(tab: .notes) }
            mode = .editing(.newNote(on: household, today: context.today, author: context.user, strings: context.strings))
        case .character("f") where readOnlyRevision == nil:
            if tab != .notes { _ = select(tab: .notes) }
            mode = .editing(.newFollowUp(on: household, author: context.user, strings: context.strings))
        case .character("g") where readOnlyRevision == nil:
            if tab != .consents { _ = select(tab: .consents) }
            mode = .editing(.newConsent(on: household, today: context.today, user: context.user, strings: context.strings))
        case .character("w") where readOnlyRevision == nil && tab == .consents:
            guard all.indices.contains(selection), case .consent(let number) = all[selection].item else { break }
            guard household.consentRecords.first(where: { $0.number == number })?.withdrawal == nil else {
                return .flash(context.strings.consentAlreadyWithdrawn(number))
            }
            mode = .editing(.withdrawConsent(number, on: household, today: context.today, user: context.user,
                                             strings: context.strings))
        case .character("x") where readOnlyRevision == nil:
            guard all.indices.contains(selection), case .followUp(let i) = all[selection].item,
                  !household.followUps[i].done else { break }
            let session = EditSession.markDone(i, on: household)
            guard let edited = session.edited else { break }
            mode = .saving(session)
            return .save(edited)
        default: break
        }
        return .stay
    }

    private mutating func handleForm(_ key: Key, _ session: inout EditSession, _ context: DossierContext) -> Outcome {
        switch session.form.handle(key) {
        case .stay:
            mode = .editing(session)
        case .help:
            return .help
        case .cancel:
            mode = session.form.hasChanges ? .confirmDiscard(session) : .view
        case .save:
            guard session.form.isValid, let edited = session.edited else {
                session.form.focusFirstProblem()
                mode = .editing(session)
                return .flash(context.strings.formHasErrors)
            }
            guard session.hasChanges else {
                mode = .view
                return .flash(context.strings.formNothingChanged)
            }
            mode = .saving(session)
            return .save(edited)
        }
        return .stay
    }

    private mutating func select(tab newTab: DossierTab) -> Outcome {
        tab = newTab
        selection = 0
        if case .view = mode {} else { return .stay }
        // Put the selection on the first item that can be selected.
        switch newTab {
        case .history where history == .notLoaded:
            history = .loading
            return .loadHistory
        case .flows where flows == .notLoaded && readOnlyRevision == nil:
            flows = .loading
            return .loadFlows
        default:
            return .stay
        }
    }

    private mutating func moveSelection(by delta: Int, in all: [DossierEntry]) {
        guard !all.isEmpty else { return }
        selection = max(0, min(all.count - 1, selection + delta))
    }

    /// The history and flows describe the stored dossier; after a change they are fetched again when shown.
    private mutating func invalidateStoredViews() {
        history = .notLoaded
        flows = .notLoaded
        if tab == .history || tab == .flows { selection = 0 }
    }

    // MARK: Answers from the store

    /// The save went through: show the dossier as stored.
    mutating func saved(_ stored: Household) {
        household = stored
        mode = .view
        invalidateStoredViews()
    }

    /// The save was refused as stale: explain, keeping the edits until the caseworker chooses.
    mutating func refused(_ stale: StaleInfo, current: Household) {
        guard let session else { return }
        mode = .stale(StaleReport(stale: stale, session: session, current: current), session)
    }

    /// The save failed for another reason (disk, lock): back to the form, edits kept.
    mutating func saveFailed() {
        if let session { mode = .editing(session) }
    }

    mutating func historyLoaded(_ result: Loadable<DossierHistory>) {
        history = result
    }

    mutating func flowsLoaded(_ result: Loadable<[String]>) {
        flows = result
    }

    /// Reloads needed after a later revision reached the tabs (e.g. the history after a save).
    var needsHistory: Bool { tab == .history && history == .notLoaded }
    var needsFlows: Bool { tab == .flows && flows == .notLoaded && readOnlyRevision == nil }

    mutating func markLoading() {
        if needsHistory { history = .loading }
        if needsFlows { flows = .loading }
    }

    // MARK: Texts

    func title(_ s: Strings) -> String {
        let base = s.dossierHeading(household.id.rawValue, name: household.displayName)
        return readOnlyRevision.map { base + " (" + s.readOnlyRevision($0) + ")" } ?? base
    }

    func keyHelp(_ s: Strings) -> [KeyHelp] {
        if case .stale = mode {
            return [
                KeyHelp(keys: "r", action: s.staleKeyReload),
                KeyHelp(keys: "Esc  c", action: s.staleKeyCancel),
                KeyHelp(keys: "?", action: s(.keyHelp)),
                KeyHelp(keys: "Ctrl-C", action: s(.keyQuit)),
            ]
        }
        if isEditing {
            return [
                KeyHelp(keys: "Tab  Shift-Tab  ↑ ↓", action: s.formKeyNextField),
                KeyHelp(keys: "Enter", action: s.formKeyEnter),
                KeyHelp(keys: "a–z 0–9", action: s.formKeyTypeReplaces),
                KeyHelp(keys: "Ctrl-S", action: s.formKeySave),
                KeyHelp(keys: "Backspace", action: s.formKeyErase),
                KeyHelp(keys: "Ctrl-U", action: s.formKeyClear),
                KeyHelp(keys: "Esc", action: s.formKeyCancel),
                KeyHelp(keys: "F1", action: s(.keyHelp)),
                KeyHelp(keys: "Ctrl-C", action: s(.keyQuit)),
            ]
        }
        var keys = [
            KeyHelp(keys: "Tab  Shift-Tab  ← →", action: s.dossierKeyTabs),
            KeyHelp(keys: "1 … 9  0", action: s.dossierKeyTabNumber),
            KeyHelp(keys: "↑ ↓  j k", action: s.dossierKeySelect),
            KeyHelp(keys: "PgUp PgDn", action: s(.keyPage)),
            KeyHelp(keys: "Home End", action: s(.keyFirstLast)),
        ]
        if readOnlyRevision == nil {
            keys += [
                KeyHelp(keys: "e  Enter", action: s.dossierKeyEdit),
                KeyHelp(keys: "n", action: s.dossierKeyNote),
                KeyHelp(keys: "f", action: s.dossierKeyFollowUp),
                KeyHelp(keys: "x", action: s.dossierKeyDone),
                KeyHelp(keys: "g", action: s.dossierKeyGiveConsent),
                KeyHelp(keys: "w (" + s.dossierTab(.consents) + ")", action: s.dossierKeyWithdrawConsent),
            ]
        }
        keys += [
            KeyHelp(keys: "Enter (" + s.dossierTab(.history) + ")", action: s.dossierKeyOpenRevision),
            KeyHelp(keys: "Esc  q", action: s(.keyBack)),
            KeyHelp(keys: "?", action: s(.keyHelp)),
            KeyHelp(keys: "Ctrl-C", action: s(.keyQuit)),
        ]
        return keys
    }

    func hints(_ s: Strings) -> [KeyHint] {
        switch mode {
        case .editing, .saving:
            return [KeyHint(key: "Tab", word: s.hintNextField), KeyHint(key: "Ctrl-S", word: s.hintSave),
                    KeyHint(key: "Esc", word: s.hintCancel), KeyHint(key: "F1", word: s(.hintHelp))]
        case .confirmDiscard:
            return [KeyHint(key: "j", word: s.hintDiscard), KeyHint(key: "n", word: s.hintKeepEditing)]
        case .stale:
            return [KeyHint(key: "r", word: s.hintReload), KeyHint(key: "Esc", word: s.hintCancel),
                    KeyHint(key: "?", word: s(.hintHelp))]
        case .view:
            var hints = [KeyHint(key: "Tab", word: s.hintTabs), KeyHint(key: "↑↓", word: s(.hintMove))]
            if readOnlyRevision == nil {
                switch tab {
                case .notes:
                    hints += [KeyHint(key: "n", word: s.hintNote), KeyHint(key: "f", word: s.hintFollowUp),
                              KeyHint(key: "x", word: s.hintDoneWord)]
                case .history: hints.append(KeyHint(key: "Enter", word: s.hintView))
                case .consents: hints += [KeyHint(key: "g", word: s.hintGiveConsent), KeyHint(key: "w", word: s.hintWithdrawConsent)]
                case .flows: break
                default: hints.append(KeyHint(key: "e", word: s.hintEdit))
                }
            } else if tab == .history {
                hints.append(KeyHint(key: "Enter", word: s.hintView))
            }
            hints += [KeyHint(key: "Esc", word: s(.hintBack)), KeyHint(key: "?", word: s(.hintHelp))]
            return hints
        }
    }

    // MARK: Content

    /// The tab's lines, each tied to what it stands for; a selection covers an item's lines.
    func items(_ s: Strings, today: Day) -> [DossierEntry] {
        DossierContent(household: household, strings: s, today: today, history: history, flows: flows,
                       readOnly: readOnlyRevision != nil).entries(for: tab)
    }

    func draw(_ screen: inout ScreenBuffer, strings s: Strings, today: Day, plain: Bool) {
        let width = screen.size.columns
        drawTabBar(&screen, strings: s, plain: plain)
        let heading = " " + title(s) + " · " + s.dossierTab(tab)
        screen.write(DisplayWidth.truncate(heading, to: width), row: 2, column: 0, style: .header)
        let height = Self.bodyHeight(screen.size)

        let body: [DossierLine]
        var keepVisible = 0..<0
        switch mode {
        case .editing(let session), .confirmDiscard(let session), .saving(let session):
            let lines = session.form.lines(width: width, strings: s, plain: plain)
            body = lines.map { DossierLine($0.text, $0.style) }
            if let focused = lines.firstIndex(where: \.focused) {
                // Keep the focused field and its check line on screen.
                keepVisible = focused..<min(lines.count, focused + 2)
            }
        case .stale(let report, _):
            body = report.lines(width: width, strings: s)
        case .view:
            var lines: [DossierLine] = []
            var selectableIndex = 0
            for entry in items(s, today: today) {
                let selected = entry.selectable && selectableIndex == selection
                if entry.selectable { selectableIndex += 1 }
                if selected { keepVisible = lines.count..<(lines.count + entry.lines.count) }
                for (j, line) in entry.lines.enumerated() {
                    var text = line.text
                    if selected && j == 0 { text = (plain ? ">" : "▸") + String(text.dropFirst()) }
                    lines.append(DossierLine(DisplayWidth.truncate(text, to: width),
                                             selected && j == 0 ? .selected : line.style))
                }
            }
            body = lines
        }
        var top = 0
        if keepVisible.upperBound > height { top = keepVisible.upperBound - height }
        if keepVisible.lowerBound < top { top = keepVisible.lowerBound }
        for (i, line) in body.dropFirst(top).prefix(height).enumerated() {
            let row = Self.firstBodyRow + i
            if line.style == .selected { screen.fill(row: row, column: 0, width: width, style: .selected) }
            screen.write(line.text, row: row, column: 0, style: line.style)
        }
        if case .confirmDiscard = mode {
            Chrome.drawMessageLine(&screen, prompt: nil, text: s.discardQuestion, style: .warning, cursor: false)
        } else if case .saving = mode {
            Chrome.drawMessageLine(&screen, prompt: nil, text: s.saving, style: .dim, cursor: false)
        }
        let last = min(body.count, top + height)
        Chrome.drawStatusLine(&screen, hints: hints(s), count: body.isEmpty ? nil : s.lines(from: top + 1, to: last, of: body.count))
    }

    /// "1 Gezin  2 Inkomen …" with the current tab highlighted; when that does not fit, only the current tab's
    /// name with the others as numbers.
    private func drawTabBar(_ screen: inout ScreenBuffer, strings s: Strings, plain: Bool) {
        let width = screen.size.columns
        let full = DossierTab.allCases.map { "\($0.key) \(s.dossierTab($0))" }
        let fits = DisplayWidth.of(full.joined(separator: "  ")) + 2 <= width
        var col = 1
        for t in DossierTab.allCases {
            let label = fits || t == tab ? full[t.rawValue] : t.key
            let text = t == tab && plain ? "[" + label + "]" : label
            guard col + DisplayWidth.of(text) <= width else { break }
            col = screen.write(text, row: 1, column: col, style: t == tab ? .selected : .dim)
            col += fits ? 2 : 1
        }
    }
}

/// What a dossier screen needs from around it to handle a key: the screen size, the language, today and the
/// user (the author of a note).
struct DossierContext: Sendable {
    var size: TerminalSize
    var strings: Strings
    var today: Day
    var user: String
}
