import CaseModel

/// The rule modules for an administrator: each with its parameters, how many values in force are unconfirmed
/// or not verified for a year, and the result of its tests (`t` runs them). Enter shows a module's parameters
/// with dated values and sources.
struct AdminRulesView: Sendable {
    private(set) var modules: [RuleModule] = []
    private(set) var problems: [RuleProblem] = []
    private(set) var today: Day?
    /// Per module id, after `t`.
    private(set) var tests: [String: RuleTestReport]?
    private(set) var loading = false
    private(set) var testing = false
    private(set) var cursor = ListCursor()
    /// The module shown in detail, with its scroll position.
    private(set) var detail: Int?
    private(set) var detailScroll = ScrollPosition()

    enum Outcome: Equatable {
        case stay, back, help
        case work(AdminEffect)
    }

    static func listHeight(_ size: TerminalSize) -> Int { max(1, size.rows - 4) }

    mutating func startLoading() { loading = true }

    mutating func loaded(_ load: RuleSetLoad, today: Day) {
        modules = load.ruleSet.modules
        problems = load.problems
        self.today = today
        loading = false
        tests = nil
    }

    mutating func tested(_ reports: [String: RuleTestReport]) {
        tests = reports
        testing = false
    }

    /// Values in force today that are marked unconfirmed, and that were not verified within a year.
    static func marks(_ module: RuleModule, today: Day) -> (unconfirmed: Int, stale: Int) {
        var unconfirmed = 0, stale = 0
        for p in module.parameters where !p.values.isEmpty {
            let v = p.value(on: today).value
            if v.unconfirmed { unconfirmed += 1 }
            if v.verified.days(until: today) > 365 { stale += 1 }
        }
        return (unconfirmed, stale)
    }

    // MARK: Keys

    mutating func handle(_ key: Key, screenSize: TerminalSize, strings s: Strings) -> Outcome {
        if loading || testing { return .stay }
        let action = currentKeys.action(for: key)
        if action == .tests {
            testing = true
            return .work(.runRuleTests)
        }
        if let index = detail {
            let height = Self.listHeight(screenSize) + 1
            let count = detailLines(index, width: screenSize.columns, strings: s).count
            switch action {
            case .move(let m)?: detailScroll.scroll(by: m.step(page: height, all: count), lineCount: count, height: height)
            case .back?: detail = nil
            case .help?: return .help
            default: break
            }
            return .stay
        }
        let height = Self.listHeight(screenSize)
        switch action {
        case .move(let m)?: cursor.move(by: m.step(page: height, all: modules.count), count: modules.count, height: height)
        case .open?:
            if !modules.isEmpty {
                detail = cursor.selected
                detailScroll = ScrollPosition()
            }
        case .back?: return .back
        case .help?: return .help
        default: break
        }
        return .stay
    }

    enum KeyAction: Sendable, Hashable { case move(ListMove), open, tests, back, help }

    /// The keys of the list of modules.
    static let listKeys = KeyTable<KeyAction>(
        KeyTable<KeyAction>.listRows(move: { .move($0) },
                                     moveHelp: { $0.admin(.keyMove) }) + [
        .init([.enter, .right], "Enter  →", .open, help: { $0.admin(.keyDetail) }, hint: "Enter", { $0.admin(.hintDetail) }),
        .init([.character("t")], "t", .tests, help: { $0.admin(.keyRunTests) }, hint: "t", { $0.admin(.hintTests) }),
        .init([.escape, .character("q"), .left], "Esc  q  ←", .back, help: { $0.admin(.keyBackMenu) }, hint: "Esc", { $0(.hintBack) }),
        .init([.character("?")], "?", .help, help: { $0(.keyHelp) }, hint: "?", { $0(.hintHelp) }),
    ])

    /// The keys of a module's parameters.
    static let detailKeys = KeyTable<KeyAction>([
        .init([.up, .character("k")], "↑ ↓  j k", .move(.up), help: { $0(.keyScroll) }, hint: "↑↓", { $0(.keyScroll) }),
        .init([.down, .character("j")], "", .move(.down), help: { $0(.keyScroll) }),
        .init([.pageUp], "PgUp PgDn", .move(.pageUp), help: { $0(.keyPage) }),
        .init([.pageDown], "", .move(.pageDown), help: { $0(.keyPage) }),
        .init([.home], "Home End", .move(.first), help: { $0(.keyFirstLast) }),
        .init([.end], "", .move(.last), help: { $0(.keyFirstLast) }),
        .init([.character("t")], "t", .tests, help: { $0.admin(.keyRunTests) }, hint: "t", { $0.admin(.hintTests) }),
        .init([.escape, .character("q"), .left], "Esc  q  ←", .back, help: { $0.admin(.keyBackList) }, hint: "Esc", { $0(.hintBack) }),
        .init([.character("?")], "?", .help, help: { $0(.keyHelp) }, hint: "?", { $0(.hintHelp) }),
    ])

    /// No keys while the modules load or their tests run.
    static let waitingKeys = KeyTable<KeyAction>([])

    var currentKeys: KeyTable<KeyAction> {
        if loading || testing { return Self.waitingKeys }
        return detail == nil ? Self.listKeys : Self.detailKeys
    }

    /// The help (the list's or the detail's keys, also while waiting).
    func keyHelp(_ s: Strings) -> [KeyHelp] { (detail == nil ? Self.listKeys : Self.detailKeys).keyHelp(s) }

    func hints(_ s: Strings) -> [KeyHint] { currentKeys.hints(s) }

    // MARK: Content

    func testCell(_ id: String, _ s: Strings) -> String {
        guard let report = tests?[id] else { return s.admin(.notTested) }
        let failed = report.failures.count + report.problems.count
        if report.passed == 0 && failed == 0 { return s.language == .nl ? "geen tests" : "no tests" }
        return failed == 0 ? (s.language == .nl ? "OK \(report.passed)" : "OK \(report.passed)")
                           : (s.language == .nl ? "MISLUKT \(failed)/\(report.passed + failed)" : "FAILED \(failed)/\(report.passed + failed)")
    }

    func markCell(_ module: RuleModule, _ s: Strings) -> String {
        guard let today else { return "" }
        let m = Self.marks(module, today: today)
        var parts: [String] = []
        if module.replacesBuiltIn { parts.append(s.admin(.replacesBuiltIn)) }
        if m.unconfirmed > 0 { parts.append("\(m.unconfirmed) \(s.admin(.unconfirmed))") }
        if m.stale > 0 { parts.append("\(m.stale) \(s.admin(.stale))") }
        return parts.isEmpty ? "OK" : parts.joined(separator: ", ")
    }

    /// The module's description wrapped to the width, continuation lines indented under their line.
    func detailLines(_ index: Int, width: Int, strings s: Strings) -> [String] {
        detailText(index, strings: s).flatMap { line -> [String] in
            let indent = line.prefix { $0 == " " }.count
            let body = String(line.dropFirst(indent))
            let wrapped = FlowText.wrap(body, width: max(10, width - indent - 3))
            return wrapped.enumerated().map { i, part in String(repeating: " ", count: indent + (i == 0 ? 0 : 2)) + part }
        }
    }

    func detailText(_ index: Int, strings s: Strings) -> [String] {
        guard modules.indices.contains(index), let today else { return [] }
        let module = modules[index]
        var lines = module.showText(language: s.ruleLanguage, asOf: today).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let report = tests?[module.id] {
            lines.append("")
            lines.append("  " + s.admin(.columnTests) + ": " + s.testsSummary(passed: report.passed, failed: report.failures.count + report.problems.count))
            lines += report.failures.map { "    " + ($0.description) }
            lines += report.problems.map { "    " + String(describing: $0) }
        }
        return lines
    }

    // MARK: Drawing

    func draw(_ screen: inout ScreenBuffer, strings s: Strings, plain: Bool) {
        let width = screen.size.columns
        if loading || testing {
            screen.write(DisplayWidth.truncate(" " + s.admin(loading ? .rulesLoading : .rulesTesting), to: width), row: 2, column: 0, style: .dim)
            Chrome.drawStatusLine(&screen, hints: [], count: nil)
            return
        }
        if let index = detail {
            let lines = detailLines(index, width: width, strings: s)
            let height = Self.listHeight(screen.size) + 1
            let top = min(detailScroll.top, max(0, lines.count - height))
            for (i, text) in lines.dropFirst(top).prefix(height).enumerated() {
                screen.write(DisplayWidth.truncate(text, to: width), row: 1 + i, column: 0, style: i + top == 0 ? .header : .normal)
            }
            Chrome.drawStatusLine(&screen, hints: hints(s), count: s.lines(from: min(lines.count, top + 1), to: min(lines.count, top + height), of: lines.count))
            return
        }
        let idWidth = min(32, max(12, modules.map { $0.id.count }.max() ?? 12))
        // The title only where there is room for it next to the verification marks.
        let testWidth = 12, paramWidth = 6
        let fixed = 1 + idWidth + paramWidth + testWidth + 6
        let titleWidth = width >= 110 ? min(40, width - fixed - 30 - 2) : 0
        let markWidth = max(10, width - fixed - (titleWidth > 0 ? titleWidth + 2 : 0))
        func row(_ marker: String, _ a: String, _ b: String, _ c: String, _ d: String, _ e: String) -> String {
            DisplayWidth.fit(marker, to: 1) + DisplayWidth.fit(a, to: idWidth) + "  "
                + (titleWidth > 0 ? DisplayWidth.fit(b, to: titleWidth) + "  " : "")
                + DisplayWidth.fitRight(c, to: paramWidth) + "  " + DisplayWidth.fit(d, to: markWidth) + "  " + DisplayWidth.truncate(e, to: testWidth)
        }
        screen.fill(row: 1, column: 0, width: width, style: .header)
        screen.write(row("", s.admin(.columnModule), "", s.admin(.columnParameters), s.admin(.columnMarks), s.admin(.columnTests)),
                     row: 1, column: 0, style: .header)
        let height = Self.listHeight(screen.size)
        var c = cursor
        c.clamp(count: modules.count, height: height)
        for (i, module) in modules.dropFirst(c.top).prefix(height).enumerated() {
            let selected = c.top + i == c.selected
            let r = 2 + i
            if selected { screen.fill(row: r, column: 0, width: width, style: .selected) }
            let failed = tests?[module.id].map { !$0.succeeded } ?? false
            screen.write(row(plain && selected ? ">" : "", module.id, module.title.text(s.ruleLanguage), String(module.parameters.count),
                             markCell(module, s), testCell(module.id, s)),
                         row: r, column: 0, style: selected ? .selected : (failed ? .warning : .normal))
        }
        if !problems.isEmpty {
            Chrome.drawMessageLine(&screen, prompt: nil, text: s.admin(.refusedModules) + ": " + problems.map { String(describing: $0) }.joined(separator: "; "),
                                   style: .warning, cursor: false)
        }
        var count = s.moduleCount(modules.count)
        if let tests {
            let passed = tests.values.map(\.passed).reduce(0, +)
            let failed = tests.values.map { $0.failures.count + $0.problems.count }.reduce(0, +)
            count = s.testsSummary(passed: passed, failed: failed)
        }
        Chrome.drawStatusLine(&screen, hints: hints(s), count: count)
    }
}
