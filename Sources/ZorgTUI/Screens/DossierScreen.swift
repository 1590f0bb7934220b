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
    /// A note opened with Enter, read in full over the tab (Esc closes it).
    private(set) var reading: TextOverlay?
    /// `p`: the path the letter for the client is saved at, being typed (LetterPrompt.swift).
    private(set) var letter: LetterPrompt?

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
        /// The checks or the Housing First intake of this dossier, opened from inside it.
        case openChecks, openHousingFirst, openWhatIf
        /// Desk work on this dossier through the office (a member joins, leaves or moves; closing, reopening).
        case desk(DeskRequest)
        /// Write the letter for the client to a file (`p`).
        case writeLetter(path: String, format: LetterFormat, language: LetterLanguage, overwrite: Bool)
    }

    mutating func handle(_ key: Key, context: DossierContext) -> Outcome {
        if var overlay = reading {
            switch overlay.handle(key, screenSize: context.size) {
            case .stay: reading = overlay
            case .close: reading = nil
            case .help: return .help
            }
            return .stay
        }
        if var prompt = letter { return handleLetter(key, &prompt, context.strings) }
        switch mode {
        case .view: return handleView(key, context)
        case .editing(var session): return handleForm(key, &session, context)
        case .confirmDiscard(let session):
            switch Self.discardKeys.action(for: key) {
            case .discard?:
                mode = .view
                return .flash(context.strings.discardedEdits(session.form.changedFields.count))
            case .keepEditing?: mode = .editing(session)
            default: break
            }
            return .stay
        case .saving:
            return .stay  // the store answers with a message; keys wait
        case .stale(let report, let session):
            switch Self.staleKeys.action(for: key) {
            case .reload?:
                let dropped = report.yours.count
                household = report.current
                mode = .view
                invalidateStoredViews()
                return .flash(context.strings.reloaded(revision: report.current.revision, dropped: dropped))
            case .keepEditing?: mode = .editing(session)
            case .help?: return .help
            default: break
            }
            return .stay
        }
    }

    private mutating func handleView(_ key: Key, _ context: DossierContext) -> Outcome {
        let all = items(context.strings, today: context.today, width: context.size.columns).filter(\.selectable)
        switch viewKeys.action(for: key) {
        case .back?: return .back
        case .help?: return .help
        case .checks?: return .openChecks
        case .housingFirst?: return .openHousingFirst
        case .whatIf?: return .openWhatIf
        case .letter?:
            letter = LetterPrompt(dossier: id, today: context.today, language: context.strings.language == .en ? .en : .nl)
        case .nextTab?: return select(tab: DossierTab(rawValue: (tab.rawValue + 1) % DossierTab.allCases.count)!)
        case .previousTab?:
            let count = DossierTab.allCases.count
            return select(tab: DossierTab(rawValue: (tab.rawValue + count - 1) % count)!)
        case .tabNumber?:
            if case .character(let ch) = key, let n = ch.wholeNumberValue, let t = DossierTab(rawValue: (n + 9) % 10) {
                return select(tab: t)
            }
        case .move(let m)?: moveSelection(by: m.step(page: Self.bodyHeight(context.size) / 2, all: all.count), in: all)
        case .edit?, .enter?:
            guard all.indices.contains(selection) else { break }
            let item = all[selection].item
            if case .revision(let r) = item { return .openRevision(r) }
            if case .note(let i) = item, key == .enter, household.notes.indices.contains(i) {
                let note = household.notes[i]
                reading = TextOverlay(title: context.strings.noteTitle(note.date.belgian, author: context.strings.authorName(note.author)),
                                      text: note.text, size: context.size)
                break
            }
            guard readOnlyRevision == nil else { break }
            if let session = EditSession.editing(item, on: tab, of: household, strings: context.strings) {
                mode = .editing(session)
            }
        case .note?:
            if tab != .notes { _ = select(tab: .notes) }
            mode = .editing(.newNote(on: household, today: context.today, author: context.user, strings: context.strings))
        case .followUp?:
            if tab != .notes { _ = select(tab: .notes) }
            mode = .editing(.newFollowUp(on: household, author: context.user, strings: context.strings))
        case .giveConsent?:
            if tab != .consents { _ = select(tab: .consents) }
            mode = .editing(.newConsent(on: household, today: context.today, user: context.user, strings: context.strings))
        case .withdrawConsent?:
            guard tab == .consents, all.indices.contains(selection), case .consent(let number) = all[selection].item else { break }
            guard household.consentRecords.first(where: { $0.number == number })?.withdrawal == nil else {
                return .flash(context.strings.consentAlreadyWithdrawn(number))
            }
            mode = .editing(.withdrawConsent(number, on: household, today: context.today, user: context.user,
                                             strings: context.strings))
        case .addMember?, .endStay?, .moveMember?, .closeDossier?, .reopenDossier?:
            return startDeskWork(viewKeys.action(for: key)!, selected: all.indices.contains(selection) ? all[selection].item : nil,
                                 context)
        case .done?:
            guard all.indices.contains(selection), case .followUp(let i) = all[selection].item,
                  !household.followUps[i].done else { break }
            let session = EditSession.markDone(i, on: household)
            guard let edited = session.edited else { break }
            mode = .saving(session)
            return .save(edited)
        case .discard?, .keepEditing?, .reload?, nil: break
        }
        return .stay
    }

    /// `+ - m S O`: the desk's forms. The member forms show on the household tab, the selected member's position
    /// filled in; a closed dossier takes no member change, and is closed or reopened only once.
    private mutating func startDeskWork(_ action: KeyAction, selected: DossierItem?, _ context: DossierContext) -> Outcome {
        let s = context.strings
        var member: Int?
        if case .member(let i)? = selected { member = i }
        switch action {
        case .closeDossier:
            if let closure = household.closure { return .flash(s.closureRefused(.alreadyClosed(on: closure.on))) }
            mode = .editing(.closeDossier(household, today: context.today, user: context.user, strings: s))
        case .reopenDossier:
            guard household.isClosed else { return .flash(s.closureRefused(.notClosed)) }
            mode = .editing(.reopenDossier(household, strings: s))
        default:
            if household.isClosed { return .flash(s.memberChangeRefused(.dossierClosed(household.id))) }
            if tab != .household { _ = select(tab: .household) }
            switch action {
            case .addMember: mode = .editing(.addMember(to: household, strings: s))
            case .endStay:
                mode = .editing(.endStay(on: household, selected: member, today: context.today, user: context.user, strings: s))
            default:
                mode = .editing(.moveMember(on: household, selected: member, today: context.today, user: context.user, strings: s))
            }
        }
        return .stay
    }

    private mutating func handleForm(_ key: Key, _ session: inout EditSession, _ context: DossierContext) -> Outcome {
        switch session.form.handle(key, strings: context.strings) {
        case .stay:
            mode = .editing(session)
        case .help:
            return .help
        case .cancel:
            mode = session.form.hasChanges ? .confirmDiscard(session) : .view
        case .save:
            if let request = session.deskRequest(strings: context.strings) {
                switch request {
                case .success(let work):
                    mode = .saving(session)
                    return .desk(work)
                case .failure(let refusal):
                    session.form.focusFirstProblem()
                    mode = .editing(session)
                    return .flash(refusal.text)
                }
            }
            guard session.form.isValid, let edited = session.edited else {
                session.form.focusFirstProblem()
                mode = .editing(session)
                return .flash(context.strings.form(.hasErrors))
            }
            guard session.hasChanges else {
                mode = .view
                return .flash(context.strings.form(.nothingChanged))
            }
            mode = .saving(session)
            return .save(edited)
        }
        return .stay
    }

    private mutating func handleLetter(_ key: Key, _ prompt: inout LetterPrompt, _ s: Strings) -> Outcome {
        let outcome = prompt.handle(key, strings: s)
        letter = prompt
        switch outcome {
        case .stay: return .stay
        case .close(let text):
            letter = nil
            return text.map(Outcome.flash) ?? .stay
        case .write(let path, let format, let language, let overwrite):
            return .writeLetter(path: path, format: format, language: language, overwrite: overwrite)
        }
    }

    /// What came of writing the letter: the message to show (nil while asking whether to overwrite).
    mutating func letterWritten(_ outcome: LetterFileOutcome, strings s: Strings) -> String? {
        guard var prompt = letter else { return nil }
        let message = prompt.written(outcome, strings: s)
        letter = message == nil ? prompt : nil
        return message
    }

    /// Writing the letter failed: the path can be changed and tried again.
    mutating func letterFailed(_ reason: String) { letter?.failed(reason) }

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
        var base = s.dossierHeading(household.id.rawValue, name: household.displayName)
        if let closure = household.closure { base += " (" + s.closedSince(closure.on.belgian) + ")" }
        return readOnlyRevision.map { base + " (" + s.readOnlyRevision($0) + ")" } ?? base
    }

    // MARK: Keys

    enum KeyAction: Sendable, Hashable {
        case back, help, nextTab, previousTab, tabNumber, move(ListMove)
        /// `e` edits the selected item; Enter too, and opens an earlier revision on the history tab.
        case edit, enter
        case note, followUp, done, giveConsent, withdrawConsent
        /// Answers to the question about unsaved edits, and to a refused save.
        case discard, keepEditing, reload
        /// `c` the checks, `H` the Housing First intake of this dossier (`h` is the previous tab), `W` what if,
        /// `p` the letter for the client.
        case checks, housingFirst, whatIf, letter
        /// The desk (issue 15): `+` a member joins, `-` a member's stay ends, `m` a member moves to another dossier,
        /// `S` closes the dossier, `O` reopens it.
        case addMember, endStay, moveMember, closeDossier, reopenDossier

        /// The keys that change the dossier, which an earlier revision does not have.
        var changes: Bool {
            [.edit, .note, .followUp, .done, .giveConsent, .withdrawConsent, .addMember, .endStay, .moveMember, .closeDossier,
             .reopenDossier].contains(self)
        }
    }

    /// The keys of a dossier being read.
    static let keys = KeyTable<KeyAction>([
        .init([.tab, .right, .character("l")], "Tab  Shift-Tab  ← →  h l", .nextTab, help: { $0.dossier(.keyTabs) },
              hint: "Tab", { $0.dossier(.hintTabs) }),
        .init([.backTab, .left, .character("h")], "", .previousTab, help: { $0.dossier(.keyTabs) }),
        .init((0...9).map { .character(Character(String($0))) }, "1 … 9  0", .tabNumber, help: { $0.dossier(.keyTabNumber) }),
    ] + KeyTable<KeyAction>.listRows(move: { .move($0) },
                                     moveHelp: { $0.dossier(.keySelect) }) + [
        .init([.character("e")], "e  Enter", .edit, help: { $0.dossier(.keyEdit) }, hint: "e", { $0.dossier(.hintEdit) }),
        .init([.character("n")], "n", .note, help: { $0.dossier(.keyNote) }, hint: "n", { $0.dossier(.hintNote) }),
        .init([.character("f")], "f", .followUp, help: { $0.dossier(.keyFollowUp) }, hint: "f", { $0.dossier(.hintFollowUp) }),
        .init([.character("x")], "x", .done, help: { $0.dossier(.keyDone) }, hint: "x", { $0.dossier(.hintDoneWord) }),
        .init([.character("g")], "g", .giveConsent, help: { $0.consent(.keyGive) }, hint: "g", { $0.consent(.hintGive) }),
        .init([.character("w")], localized: { "w (" + $0.dossierTab(.consents) + ")" }, .withdrawConsent,
              help: { $0.consent(.keyWithdraw) }, hint: "w", { $0.consent(.hintWithdraw) }),
        .init([.enter], localized: { "Enter (" + $0.dossierTab(.history) + ", " + $0.dossierTab(.notes) + ")" }, .enter,
              help: { $0.picker(.keyEnterDossier) }, hint: "Enter", { $0.dossier(.hintView) }),
        .init([.character("c")], "c", .checks, help: { $0.dossier(.keyChecks) }),
        .init([.character("H")], "H", .housingFirst, help: { $0.dossier(.keyHousingFirst) }),
        .init([.character("W")], "W", .whatIf, help: { $0.whatIf(.keyDossier) }),
        .init([.character("p")], "p", .letter, help: { $0.dossierKeyLetter }),
        .init([.escape, .character("q")], "Esc  q", .back, help: { $0(.keyBack) }, hint: "Esc", { $0(.hintBack) }),
        .init([.character("?")], "?", .help, help: { $0(.keyHelp) }, hint: "?", { $0(.hintHelp) }),
        // The desk (issue 15): members and closing.
        .init([.character("+")], "+", .addMember, help: { $0.members(.keyAdd) }, hint: "+", { $0.members(.hintAdd) }),
        .init([.character("-")], "-", .endStay, help: { $0.members(.keyEndStay) }),
        .init([.character("m")], "m", .moveMember, help: { $0.members(.keyMove) }),
        .init([.character("S")], "S", .closeDossier, help: { $0.members(.keyClose) }),
        .init([.character("O")], "O", .reopenDossier, help: { $0.members(.keyReopen) }),
    ])

    /// The keys of an earlier revision: reading only (a letter is written from the dossier as it is now).
    static let readOnlyKeys = keys.removing { $0.changes || $0 == .letter }

    /// Esc on a form with changes: discard them or keep editing.
    static let discardKeys = KeyTable<KeyAction>([
        .init([.character("j"), .character("y"), .character("J"), .character("Y")], "j  y", .discard,
              help: { $0.form(.hintDiscard) }, hint: "j", { $0.form(.hintDiscard) }),
        .init([.character("n"), .character("N"), .escape], "n  Esc", .keepEditing, help: { $0.form(.hintKeepEditing) },
              hint: "n", { $0.form(.hintKeepEditing) }),
    ])

    /// Someone else saved first: reload the dossier, or back to the form.
    static let staleKeys = KeyTable<KeyAction>([
        .init([.character("r"), .character("R")], "r", .reload, help: { $0.form(.staleKeyReload) }, hint: "r", { $0.form(.hintReload) }),
        .init([.escape, .character("c")], "Esc  c", .keepEditing, help: { $0.form(.staleKeyCancel) }, hint: "Esc", { $0.form(.hintCancel) }),
        .init([.character("?")], "?", .help, help: { $0(.keyHelp) }, hint: "?", { $0(.hintHelp) }),
    ])

    private var viewKeys: KeyTable<KeyAction> { readOnlyRevision == nil ? Self.keys : Self.readOnlyKeys }

    func keyHelp(_ s: Strings) -> [KeyHelp] {
        if reading != nil { return TextOverlay.keys.keyHelp(s) }
        if let letter { return letter.keys.keyHelp(s) }
        return switch mode {
        case .view: viewKeys.keyHelp(s)
        case .editing(let session): session.form.currentKeys.keyHelp(s)
        case .confirmDiscard: Self.discardKeys.keyHelp(s)
        case .stale: Self.staleKeys.keyHelp(s)
        case .saving: []
        }
    }

    func hints(_ s: Strings) -> [KeyHint] {
        if let reading { return reading.hints(s) }
        if let letter { return letter.keys.hints(s) }
        return switch mode {
        case .editing(let session): session.form.currentKeys.hints(s)
        case .saving: []  // keys wait for the store
        case .confirmDiscard: Self.discardKeys.hints(s)
        case .stale: Self.staleKeys.hints(s)
        case .view: viewKeys.hints(s) { [.nextTab, .move(.up), .back, .help].contains($0) || tabActions.contains($0) }
        }
    }

    /// The keys the current tab is about, which the hints name.
    private var tabActions: [KeyAction] {
        switch tab {
        case .notes: [.note, .followUp, .done, .enter]
        case .history: [.enter]
        case .consents: [.giveConsent, .withdrawConsent]
        case .flows: []
        case .household: [.edit, .addMember]
        default: [.edit]
        }
    }

    // MARK: Content

    /// The tab's lines, each tied to what it stands for; a selection covers an item's lines.
    func items(_ s: Strings, today: Day, width: Int = 80) -> [DossierEntry] {
        DossierContent(household: household, strings: s, today: today, history: history, flows: flows,
                       readOnly: readOnlyRevision != nil, width: width).entries(for: tab)
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
            for entry in items(s, today: today, width: width) {
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
            Chrome.drawMessageLine(&screen, prompt: nil, text: s.form(.discardQuestion), style: .warning, cursor: false)
        } else if case .saving = mode {
            Chrome.drawMessageLine(&screen, prompt: nil, text: s.form(.saving), style: .dim, cursor: false)
        }
        letter?.draw(&screen, strings: s)
        let last = min(body.count, top + height)
        Chrome.drawStatusLine(&screen, hints: hints(s), count: body.isEmpty ? nil : s.lines(from: top + 1, to: last, of: body.count))
        reading?.draw(&screen, strings: s, plain: plain)
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
