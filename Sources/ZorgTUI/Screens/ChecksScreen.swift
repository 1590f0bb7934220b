import CaseModel

/// The checks of one dossier as of a date: every rule module's result, grouped receives / eligible / possible /
/// not eligible, each expandable to its reasons, sources, documents, where to apply and the next step. For a
/// `possible` result the missing facts are listed in words; Enter on one asks to edit that field.
struct ChecksScreen: Sendable {
    let household: Household
    let results: [RuleResult]
    let asOf: Day
    /// Indices into `results` of the results shown with their details.
    private(set) var expanded: Set<Int> = []
    private(set) var cursor = FlowCursor()
    /// The date being typed after `d` (nil when not typing one) and why the last one was refused.
    private(set) var dateInput: String?
    private(set) var dateError: String?
    /// Set when the dossier changed after these results were computed (a field filled in from "wat nog te
    /// vragen"): the old outcomes are not shown, only that new ones are being computed or could not be.
    private(set) var outdated: Outdated?
    /// The form after `a`: an application, or its outcome.
    private(set) var application: ApplicationForm?

    enum Outdated: Hashable, Sendable {
        case recomputing
        case failed(String)
    }

    /// What Enter does on a line: open or close a result, or fill in a missing fact.
    enum Target: Hashable, Sendable {
        case result(Int)
        case missing(result: Int, column: String)
    }

    /// The order of the groups on screen.
    static let groups: [RuleOutcome] = [.receives, .eligible, .possible, .notEligible]

    init(household: Household, results: [RuleResult], asOf: Day, size: TerminalSize = TerminalSize(rows: 24, columns: 80),
         strings: Strings = Strings(language: .nl)) {
        self.household = household
        self.results = results
        self.asOf = asOf
        cursor.clamp(in: lines(width: size.columns, strings: strings), height: Self.bodyHeight(size))
    }

    static func bodyHeight(_ size: TerminalSize) -> Int { max(1, size.rows - 4) }

    /// How far ahead "Binnenkort" looks.
    static let upcomingMonths = 12
    /// The rights that open or end in the coming months because of a date; nil until found (after the checks).
    private(set) var upcoming: [UpcomingChange]?

    mutating func upcomingFound(_ changes: [UpcomingChange], size: TerminalSize, strings s: Strings) {
        upcoming = changes
        cursor.clamp(in: lines(width: size.columns, strings: s), height: Self.bodyHeight(size))
    }
    static let firstBodyRow = 1

    func title(_ s: Strings) -> String { s.checksTitle(household.id.rawValue, name: household.displayName) }

    // MARK: Update

    enum Outcome: Equatable {
        case stay, back, help
        /// Run the checks again as of this date.
        case rerun(Day)
        /// Fill in this fact (an import column name, `col@member` for a person fact).
        case editField(column: String)
        /// Record an application for a right, or its outcome.
        case apply(rule: String, person: Int?, on: Day, place: String?)
        case decide(rule: String, person: Int?, RightApplication.Decision)
        case flash(String)
    }

    mutating func handle(_ key: Key, screenSize: TerminalSize, strings s: Strings) -> Outcome {
        if dateInput != nil { return handleDateKey(key, strings: s) }
        if var form = application {
            switch form.form.handle(key, strings: s) {
            case .stay: application = form
            case .help: return .help
            case .cancel: application = nil
            case .save:
                switch form.request(strings: s) {
                case .success(let outcome):
                    application = nil
                    return outcome
                case .failure(let message):
                    form.form.focusFirstProblem()
                    application = form
                    return .flash(message.text)
                }
            }
            return .stay
        }
        let height = Self.bodyHeight(screenSize)
        let all = lines(width: screenSize.columns, strings: s)
        switch Self.keys.action(for: key) {
        case .back?: return .back
        case .help?: return .help
        case .up?: cursor.move(by: -1, in: all, height: height)
        case .down?: cursor.move(by: 1, in: all, height: height)
        case .pageUp?: cursor.page(by: -1, in: all, height: height)
        case .pageDown?: cursor.page(by: 1, in: all, height: height)
        case .date?:
            dateInput = ""
            dateError = nil
        case .rerun?: return .rerun(asOf)
        case .apply?:
            guard outdated == nil else { break }
            let target = cursor.target(in: all)
            let index: Int? = switch target {
            case .result(let i)?, .missing(let i, _)?: i
            case nil: nil
            }
            guard let index else { break }
            switch applicationForm(for: index, strings: s) {
            case .success(let form): application = form
            case .failure(let message): return .flash(message.text)
            }
        case .close?:
            switch cursor.target(in: all) {
            case .result(let i) where expanded.contains(i):
                expanded.remove(i)
            case .missing(let i, _):
                expanded.remove(i)
                relayout(select: .result(i), size: screenSize, strings: s)
            default: return .back
            }
        case .open?:
            switch cursor.target(in: all) {
            case .result(let i):
                if expanded.contains(i) {
                    if key == .enter { expanded.remove(i) }
                } else {
                    expanded.insert(i)
                }
                relayout(select: .result(i), size: screenSize, strings: s)
            case .missing(_, let column):
                if key == .enter { return .editField(column: column) }
            case nil: break
            }
        case .openAll?:
            expanded = Set(results.indices)
            relayout(select: cursor.target(in: all), size: screenSize, strings: s)
        case .closeAll?:
            let keep = cursor.target(in: all).map { target -> Target in
                if case .missing(let i, _) = target { return .result(i) }
                return target
            }
            expanded = []
            relayout(select: keep, size: screenSize, strings: s)
        case .run?, .cancel?, .type?, .erase?, nil: break
        }
        return .stay
    }

    private mutating func handleDateKey(_ key: Key, strings s: Strings) -> Outcome {
        switch Self.dateKeys.action(for: key) {
        case .cancel?:
            dateInput = nil
            dateError = nil
        case .erase?:
            dateError = nil
            if dateInput?.isEmpty == false { dateInput?.removeLast() }
        case .run?:
            let text = dateInput ?? ""
            guard let day = Day(parsing: text) else {
                dateError = s.invalidDate(text)
                return .stay
            }
            dateInput = nil
            dateError = nil
            return .rerun(day)
        case .type?:
            guard case .character(let ch) = key, ch.isNumber || ch == "-" || ch == "/" else { break }
            dateError = nil
            if (dateInput?.count ?? 0) < 10 { dateInput?.append(ch) }
        default: break
        }
        return .stay
    }

    private mutating func relayout(select target: Target?, size: TerminalSize, strings s: Strings) {
        let all = lines(width: size.columns, strings: s)
        let height = Self.bodyHeight(size)
        if let target { cursor.select(target, in: all, height: height) }
        // Show as much of an opened result as fits, its summary line staying on screen.
        if case .result(let i)? = target, expanded.contains(i), let start = all.firstIndex(where: { $0.target == target }) {
            let end = all[(start + 1)...].firstIndex { if case .result = $0.target { true } else { false } } ?? all.count
            cursor.reveal(start..<end, in: all, height: height)
        }
    }

    /// The dossier changed since these results: they are computed again (the loop answers with new results).
    mutating func markRecomputing(size: TerminalSize, strings s: Strings) {
        outdated = .recomputing
        cursor.clamp(in: lines(width: size.columns, strings: s), height: Self.bodyHeight(size))
    }

    /// Computing them again failed: the screen says so, and still shows no outcome of the old dossier.
    mutating func recomputeFailed(_ reason: String, size: TerminalSize, strings s: Strings) {
        outdated = .failed(reason)
        cursor.clamp(in: lines(width: size.columns, strings: s), height: Self.bodyHeight(size))
    }

    /// After running the checks again (another date): the same rules stay open, the same one selected.
    mutating func keepOpen(like old: ChecksScreen, size: TerminalSize, strings s: Strings) {
        func key(_ r: RuleResult) -> String { r.rule + "@" + String(r.personIndex ?? -1) }
        var old = old
        old.outdated = nil  // where the cursor was before the results went out of date
        let open = Set(old.expanded.map { key(old.results[$0]) })
        expanded = Set(results.indices.filter { open.contains(key(results[$0])) })
        var selected: Target?
        switch old.cursor.target(in: old.lines(width: size.columns, strings: s)) {
        case .result(let i)?, .missing(let i, _)?:
            selected = results.firstIndex { key($0) == key(old.results[i]) }.map { .result($0) }
        case nil: selected = nil
        }
        let all = lines(width: size.columns, strings: s)
        if let selected { cursor.select(selected, in: all, height: Self.bodyHeight(size)) }
        cursor.clamp(in: all, height: Self.bodyHeight(size))
    }

    mutating func resized(to size: TerminalSize, strings s: Strings) {
        cursor.clamp(in: lines(width: size.columns, strings: s), height: Self.bodyHeight(size))
    }

    // MARK: Keys

    enum KeyAction: Sendable {
        case back, help, up, down, pageUp, pageDown, open, close, openAll, closeAll, date, rerun, apply
        /// While typing a date after `d`.
        case run, cancel, type, erase
    }

    /// The keys of the results.
    static let keys = KeyTable<KeyAction>([
        .init([.up, .character("k")], "↑ ↓  j k  Tab", .up, help: { $0.checks(.keyMove) }, hint: "↑↓", { $0(.hintMove) }),
        .init([.down, .character("j"), .tab], "", .down, help: { $0.checks(.keyMove) }),
        .init([.pageUp], "PgUp PgDn", .pageUp, help: { $0(.keyPage) }),
        .init([.pageDown], "", .pageDown, help: { $0(.keyPage) }),
        .init([.enter, .right, .character("l")], "Enter  →  l", .open, help: { $0.checks(.keyOpen) }, hint: "Enter", { $0.checks(.hintDetails) }),
        .init([.left], "←", .close, help: { $0.checks(.keyClose) }),
        .init([.character("+")], "+  -", .openAll, help: { $0.checks(.keyAll) }),
        .init([.character("-")], "", .closeAll, help: { $0.checks(.keyAll) }),
        .init([.character("d")], "d", .date, help: { $0.checks(.keyDate) }, hint: "d", { $0.checks(.hintDate) }),
        .init([.character("r")], "r", .rerun, help: { $0.checks(.keyRerun) }, hint: "r", { $0.checks(.hintRerun) }),
        .init([.character("a")], "a", .apply, help: { $0.application(.keyApply) }, hint: "a", { $0.application(.hintApply) }),
        .init([.escape, .character("q")], "Esc  q", .back, help: { $0(.keyBack) }, hint: "Esc", { $0(.hintBack) }),
        .init([.character("?")], "?", .help, help: { $0(.keyHelp) }, hint: "?", { $0(.hintHelp) }),
    ])

    /// The keys while typing a date after `d`: digits, `-` and `/` go to the date.
    static let dateKeys = KeyTable<KeyAction>([
        .init([.enter], "Enter", .run, help: { $0.checks(.keyDate) }, hint: "Enter", { $0.checks(.hintRun) }),
        .init([.escape], "Esc", .cancel, help: { $0(.keyCancelText) }, hint: "Esc", { $0.form(.hintCancel) }),
        .typing("0–9  -  /", .type, help: { $0(.keyTypeText) }),
        .init([.backspace, .delete], "Backspace  Del", .erase, help: { $0(.keyEraseCharacter) }),
    ])

    private var currentKeys: KeyTable<KeyAction> { dateInput != nil ? Self.dateKeys : Self.keys }

    func keyHelp(_ s: Strings) -> [KeyHelp] { application.map { $0.form.currentKeys.keyHelp(s) } ?? currentKeys.keyHelp(s) }

    /// The hints; once computing the results again failed, only what can be done about it.
    func hints(_ s: Strings) -> [KeyHint] {
        if let application { return application.form.currentKeys.hints(s) }
        if dateInput == nil, case .failed = outdated {
            return Self.keys.hints(s) { [.rerun, .back, .help].contains($0) }
        }
        return currentKeys.hints(s) { $0 != .rerun }
    }

    // MARK: Content

    /// The result indices of the rights with one outcome, in module order.
    func indices(of outcome: RuleOutcome) -> [Int] {
        results.indices.filter { results[$0].kind == .right && results[$0].outcome == outcome }
    }

    /// The signals (energy poverty, a multi-problem family) and programmes (Housing First): not rights, so not
    /// "rechthebbend" — a group of their own, each with its level or "gesignaleerd".
    var signalIndices: [Int] { results.indices.filter { results[$0].kind != .right } }

    func lines(width: Int, strings s: Strings) -> [FlowLine<Target>] {
        var out: [FlowLine<Target>] = [
            FlowLine(" " + DisplayWidth.truncate(s.checksHeading(household.id.rawValue, name: household.displayName,
                                                                asOf: asOf.belgian), to: width - 1), .header),
        ]
        switch outdated {
        case .recomputing:
            return out + FlowText.wrap(s.checks(.recomputing), width: width, lead: "   ").map { FlowLine($0, .warning) }
        case .failed(let reason):
            return out + FlowText.wrap(s.checksRecomputeFailed(reason), width: width, lead: "   ").map { FlowLine($0, .warning) }
        case nil: break
        }
        if results.isEmpty { out.append(FlowLine("   " + s.checks(.none), .dim)) }
        for outcome in Self.groups {
            let group = indices(of: outcome)
            guard !group.isEmpty else { continue }
            out.append(FlowLine("", .normal))
            out.append(FlowLine(" " + s.outcomeGroup(outcome, count: group.count), .header))
            for i in group {
                let r = results[i]
                out.append(FlowLine(summaryLine(i, width: width, strings: s), r.unconfirmed || r.stale || r.error != nil ? .warning : .normal,
                                    target: .result(i)))
                if expanded.contains(i) { out += detailLines(i, width: width, strings: s) }
            }
        }
        let signals = signalIndices
        if !signals.isEmpty {
            out.append(FlowLine("", .normal))
            out.append(FlowLine(" " + s.signalsGroup(count: signals.count), .header))
            for i in signals {
                let r = results[i]
                out.append(FlowLine(summaryLine(i, width: width, strings: s), r.unconfirmed || r.stale || r.error != nil ? .warning : .normal,
                                    target: .result(i)))
                if expanded.contains(i) { out += detailLines(i, width: width, strings: s) }
            }
        }
        out.append(FlowLine("", .normal))
        out.append(FlowLine(" " + s.upcomingHeading(Self.upcomingMonths, count: upcoming?.count), .header))
        if let upcoming {
            if upcoming.isEmpty { out.append(FlowLine("   " + s.today(.nothing), .dim)) }
            for c in upcoming {
                out += FlowText.wrap(c.line(language: s.ruleLanguage, withDossier: false), width: width, lead: "   ")
                    .map { FlowLine($0, c.ends ? .warning : .normal) }
            }
        } else {
            out.append(FlowLine("   " + s.today(.upcomingSearching), .dim))
        }
        // "onbevestigd" said once, where it is shown, so it tells the caseworker something.
        if results.contains(where: \.unconfirmed) {
            out.append(FlowLine("", .normal))
            out += FlowText.wrap("! " + s.unconfirmedMeaning, width: width, lead: " ").map { FlowLine($0, .dim) }
        }
        return out
    }

    /// "  ▸ Mantelzorgpremie (Ayşe Yılmaz)      € 40,00 per maand   ! onbevestigd"
    private func summaryLine(_ i: Int, width: Int, strings s: Strings) -> String {
        let r = results[i]
        let arrow = expanded.contains(i) ? "▾" : "▸"
        var name = r.title.text(s.ruleLanguage)
        if let who = memberName(r) { name += " (\(who))" }
        var value = r.kind == .right ? "" : r.outcomeLabel(s.ruleLanguage)
        if let amount = r.amount { value = "\(amount.value.belgian) \(s.period(amount.per))" }
        if let level = r.level, r.outcome != .notEligible { value = s.energyLevel(level) }
        if let priority = r.priority { value = s.priorityShort(priority) + teamPriority(r, strings: s) }
        var marks: [String] = []
        if r.error != nil { marks.append(s.checks(.markError)) }
        if r.unconfirmed { marks.append(s.checks(.markUnconfirmed)) }
        if r.stale { marks.append(s.checks(.markStale)) }
        if r.kind == .right, let open = openApplication(r) { marks.append(s.applicationRunning(days: open.age(on: asOf))) }
        let right = ([value] + marks.map { "! " + $0 }).filter { !$0.isEmpty }.joined(separator: "  ")
        let nameWidth = max(10, width - 6 - DisplayWidth.of(right) - 2)
        return "   \(arrow) " + DisplayWidth.fit(name, to: nameWidth) + "  " + right
    }

    /// " (team 12)" when the Housing First team overrode the advisory priority.
    private func teamPriority(_ r: RuleResult, strings s: Strings) -> String {
        guard r.rule == "housing-first", let o = household.housingFirst?.priorityOverride else { return "" }
        return " (" + s.teamPriority(o.priority) + ")"
    }

    private func memberName(_ r: RuleResult) -> String? {
        guard let i = r.personIndex, household.members.indices.contains(i) else { return nil }
        return household.members[i].fullName
    }

    private func detailLines(_ i: Int, width: Int, strings s: Strings) -> [FlowLine<Target>] {
        let r = results[i]
        let lang = s.ruleLanguage
        var out: [FlowLine<Target>] = []
        func add(_ text: String, _ style: Style = .normal, lead: String = "       ") {
            out += FlowText.wrap(text, width: width, lead: lead).map { FlowLine($0, style) }
        }
        add(s.outcomeLine(r))
        if let error = r.error { add(s.errorLine(error.message(lang)), .warning) }
        if let amount = r.amount { add(s.amountLine("\(amount.value.belgian) \(s.period(amount.per))")) }
        if let level = r.level {
            add(s.levelLine(s.energyLevel(level), indicators: r.indicators ?? []))
        }
        if let priority = r.priority { add(s.priorityLine(priority) + teamPriority(r, strings: s)) }
        add(r.automatic ? s.checks(.grantedAutomatically) : s.applyAtLine(r.applyAt?.text(lang)))
        if !r.documents.isEmpty { add(s.documentsLine(r.documents.joined(separator: ", "))) }
        for action in r.actions { add("→ " + action.text(lang)) }
        add(s.nextStep(for: r), .header)
        if !r.missing.isEmpty {
            add(s.checks(.stillToAsk), .header)
            for column in r.missing {
                for (n, text) in FlowText.wrap(factLabel(column, strings: s), width: width, lead: "         → ").enumerated() {
                    out.append(FlowLine(text, .normal, target: n == 0 ? .missing(result: i, column: column) : nil))
                }
            }
        }
        if !r.reasons.isEmpty { add(s.checks(.reasonsHeading), .header) }
        for reason in r.reasons {
            let mark = reason.informative ? "·" : (reason.holds == true ? "✓" : (reason.holds == false ? "✗" : "?"))
            var text = reason.condition.text(lang)
            if let value = reason.shownValue {
                text += " [" + s.valueUsed(value) + (reason.shownThreshold.map { "; " + s.threshold($0) } ?? "") + "]"
            } else if let threshold = reason.shownThreshold {
                text += " [" + s.threshold(threshold) + "]"
            }
            var flags: [String] = []
            if reason.unconfirmed { flags.append(s.checks(.markUnconfirmed)) }
            if reason.stale { flags.append(s.notVerifiedSince(reason.verified.belgian)) }
            if !flags.isEmpty { text += "  ! " + flags.joined(separator: ", ") }
            add(text, flags.isEmpty ? .normal : .warning, lead: "       \(mark) ")
            add(s.sourceLine(reason.sourceTitle, url: reason.sourceURL), .dim, lead: "           ")
        }
        return out
    }

    /// "Inkomen per jaar — Ayşe Yılmaz" for `inkomen_jaar@85.07.30-033.61`.
    func factLabel(_ missing: String, strings s: Strings) -> String {
        let parts = missing.split(separator: "@", maxSplits: 1).map(String.init)
        let label = s.factLabel(parts[0])
        guard parts.count == 2 else { return label }
        let who = household.members.first { $0.nationalNumber?.formatted == parts[1] }
            ?? Int(parts[1]).flatMap { household.members.indices.contains($0 - 1) ? household.members[$0 - 1] : nil }
        return label + " — " + (who?.fullName ?? parts[1])
    }

    func draw(_ screen: inout ScreenBuffer, strings s: Strings, plain: Bool) {
        if let application {
            let lines = application.form.lines(width: screen.size.columns, strings: s, plain: plain)
            for (i, line) in lines.prefix(Self.bodyHeight(screen.size)).enumerated() {
                if line.style == .selected { screen.fill(row: Self.firstBodyRow + i, column: 0, width: screen.size.columns, style: .selected) }
                screen.write(line.text, row: Self.firstBodyRow + i, column: 0, style: line.style)
            }
            Chrome.drawStatusLine(&screen, hints: hints(s), count: nil)
            return
        }
        let all = lines(width: screen.size.columns, strings: s)
        let height = Self.bodyHeight(screen.size)
        cursor.draw(all, on: &screen, firstRow: Self.firstBodyRow, height: height, plain: plain)
        if let dateInput {
            Chrome.drawMessageLine(&screen, prompt: s.checks(.datePrompt), text: dateInput + (dateError.map { "  ← " + $0 } ?? ""),
                                   style: dateError == nil ? .normal : .warning, cursor: true)
        } else if let dateError {
            Chrome.drawMessageLine(&screen, prompt: nil, text: dateError, style: .warning, cursor: false)
        }
        // Out of date: no count either, it would tell the old outcome.
        let counts = Self.groups.map { indices(of: $0).count }
        let signalled = signalIndices.filter { results[$0].outcome == .eligible }.count
        Chrome.drawStatusLine(&screen, hints: hints(s), count: outdated == nil ? s.checksCount(counts, signalled: signalled) : nil)
    }
}
