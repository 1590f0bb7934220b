import CaseModel

/// "Wat als" (`W` in a dossier, issue 16.1): scratch copies of the household — scenarios — whose facts the
/// caseworker changes with the dossier's own forms (a member's income or statuses, housing, energy) or from which a
/// member is taken out; per scenario the rights before → after and how much better or worse off the household is per
/// month and per year (`WhatIfComparison`: *zeker* and *mogelijk* apart). Several scenarios are kept side by side
/// for the conversation and dropped on leaving. Nothing is saved to the dossier; opening it is a view in the access
/// log (`Effect.openWhatIf`).
struct WhatIfScreen: Sendable {
    struct Scenario: Sendable {
        var household: Household
        /// The checks of the scenario; nil while they are worked out.
        var results: [RuleResult]?
        /// What was changed, in words.
        var changes: [String] = []
    }

    /// What a selectable line stands for.
    enum Item: Hashable, Sendable {
        case member(Int, DossierTab)
        case section(DossierSection)
    }

    let stored: Household
    let before: [RuleResult]
    let asOf: Day
    private(set) var scenarios: [Scenario]
    private(set) var current = 0
    private(set) var editing: EditSession?
    private(set) var cursor = ListCursor()
    private(set) var problem: String?

    init(household: Household, results: [RuleResult], asOf: Day) {
        stored = household
        before = results
        self.asOf = asOf
        scenarios = [Scenario(household: household, results: results)]
    }

    var scenario: Scenario { scenarios[current] }

    func title(_ s: Strings) -> String { s.whatIfTitle(stored.id.rawValue, name: stored.displayName) }

    /// The facts that can be changed: per member (still living there) income and statuses; housing and energy.
    var items: [Item] {
        let h = scenario.household
        var out: [Item] = []
        for (i, p) in h.members.enumerated() where p.departure == nil {
            out += [.member(i, .income), .member(i, .statuses)]
        }
        return out + [.section(.housing), .section(.energy)]
    }

    func itemText(_ item: Item, _ s: Strings) -> String {
        switch item {
        case .member(let i, let tab):
            let h = scenario.household
            guard h.members.indices.contains(i) else { return "" }
            let p = h.members[i]
            let values = tab.personColumns.map { p.value(of: $0) }.filter { !$0.isUnknown }.map(s.fact)
            return s.memberHeading(p) + " · " + s.dossierTab(tab) + (values.isEmpty ? "" : ": " + values.joined(separator: ", "))
        case .section(let section):
            let values = section.columns.prefix(4).map { scenario.household.value(of: $0) }.filter { !$0.isUnknown }.map(s.fact)
            return s.dossierSection(section) + (values.isEmpty ? "" : ": " + values.joined(separator: ", "))
        }
    }

    // MARK: Update

    enum Outcome: Equatable {
        case stay, back, help
        /// Work out the checks of scenario `index` (its household as changed).
        case compute(Int, Household)
    }

    static func listHeight(_ size: TerminalSize) -> Int { max(1, size.rows - 4) }

    mutating func handle(_ key: Key, screenSize: TerminalSize, strings s: Strings) -> Outcome {
        if var session = editing { return handleForm(key, &session, s) }
        problem = nil
        let list = items
        switch Self.keys.action(for: key) {
        case .back?: return .back
        case .help?: return .help
        case .move(let m)?: cursor.move(by: m.step(page: Self.listHeight(screenSize), all: list.count), count: list.count,
                                        height: Self.listHeight(screenSize))
        case .edit?:
            guard list.indices.contains(cursor.selected) else { break }
            let dossierItem: DossierItem
            let tab: DossierTab
            switch list[cursor.selected] {
            case .member(let i, let t): (dossierItem, tab) = (.member(i), t)
            case .section(let section): (dossierItem, tab) = (.section(section), .housing)
            }
            editing = EditSession.editing(dossierItem, on: tab, of: scenario.household, strings: s)
        case .removeMember?:
            guard list.indices.contains(cursor.selected), case .member(let i, _) = list[cursor.selected] else {
                problem = s.whatIf(.chooseMember)
                break
            }
            var h = scenario.household
            guard h.members.filter({ $0.departure == nil }).count > 1 else {
                problem = s.whatIf(.lastMember)
                break
            }
            let name = s.memberHeading(h.members[i])
            h.members.remove(at: i)
            return changed(h, s.whatIfRemoved(name), list.count)
        case .newScenario?:
            scenarios.append(Scenario(household: stored, results: before))
            current = scenarios.count - 1
        case .nextScenario?:
            current = (current + 1) % scenarios.count
        case .dropScenario?:
            guard scenarios.count > 1 else { problem = s.whatIf(.onlyScenario); break }
            scenarios.remove(at: current)
            current = min(current, scenarios.count - 1)
        case nil: break
        }
        cursor.clamp(count: items.count, height: Self.listHeight(screenSize))
        return .stay
    }

    private mutating func handleForm(_ key: Key, _ session: inout EditSession, _ s: Strings) -> Outcome {
        switch session.form.handle(key, strings: s) {
        case .stay: editing = session
        case .help: return .help
        case .cancel: editing = nil
        case .save:
            guard session.form.isValid, let h = session.applied(to: scenario.household) else {
                session.form.focusFirstProblem()
                editing = session
                return .stay
            }
            editing = nil
            guard h != scenario.household else { return .stay }
            let what = session.form.changedFields.map { f in f.label + " " + (f.value.map(s.fact) ?? f.text) }.joined(separator: ", ")
            let whose: String
            switch session.target {
            case .member(let i, _): whose = h.members.indices.contains(i) ? s.memberHeading(h.members[i]) + ": " : ""
            default: whose = ""
            }
            return changed(h, whose + what, items.count)
        }
        return .stay
    }

    private mutating func changed(_ h: Household, _ what: String, _ count: Int) -> Outcome {
        scenarios[current].household = h
        scenarios[current].results = nil
        scenarios[current].changes.append(what)
        return .compute(current, h)
    }

    /// The checks of scenario `index` worked out (ignored when it was changed again or dropped meanwhile).
    mutating func computed(_ index: Int, household: Household, results: [RuleResult]) {
        guard scenarios.indices.contains(index), scenarios[index].household == household else { return }
        scenarios[index].results = results
    }

    // MARK: Keys

    enum KeyAction: Sendable, Hashable {
        case move(ListMove), edit, removeMember, newScenario, nextScenario, dropScenario, back, help
    }

    static let keys = KeyTable<KeyAction>(
        KeyTable<KeyAction>.listRows(move: { .move($0) }, moveHelp: { $0(.keyMove) }) + [
            .init([.enter, .character("e")], "Enter  e", .edit, help: { $0.whatIf(.keyEdit) }, hint: "Enter", { $0.dossier(.hintEdit) }),
            .init([.character("d")], "d", .removeMember, help: { $0.whatIf(.keyRemove) }, hint: "d", { $0.whatIf(.hintRemove) }),
            .init([.character("n")], "n", .newScenario, help: { $0.whatIf(.keyNew) }, hint: "n", { $0.whatIf(.hintNew) }),
            .init([.tab], "Tab", .nextScenario, help: { $0.whatIf(.keyNext) }, hint: "Tab", { $0.whatIf(.hintNext) }),
            .init([.character("x")], "x", .dropScenario, help: { $0.whatIf(.keyDrop) }),
            .init([.escape, .character("q")], "Esc  q", .back, help: { $0.whatIf(.keyBack) }, hint: "Esc", { $0(.hintBack) }),
            .init([.character("?")], "?", .help, help: { $0(.keyHelp) }, hint: "?", { $0(.hintHelp) }),
        ])

    var currentKeys: KeyTable<KeyAction> { Self.keys }

    func keyHelp(_ s: Strings) -> [KeyHelp] {
        if let editing { return editing.form.currentKeys.keyHelp(s) }
        return Self.keys.keyHelp(s)
    }

    func hints(_ s: Strings) -> [KeyHint] {
        if let editing { return editing.form.currentKeys.hints(s) }
        return Self.keys.hints(s)
    }

    // MARK: Drawing

    struct Line: Hashable, Sendable {
        var text: String
        var style: Style
        var item: Int?
    }

    func lines(width: Int, strings s: Strings) -> [Line] {
        let language = s.ruleLanguage
        var out: [Line] = [Line(text: " " + s.whatIfScenarioHeading(current + 1, of: scenarios.count), style: .header)]
        if !scenario.changes.isEmpty {
            out += FlowText.wrap(s.whatIf(.changed) + " " + scenario.changes.joined(separator: "; "), width: width, lead: "   ")
                .map { Line(text: $0, style: .dim) }
        }
        for (i, item) in items.enumerated() {
            out.append(Line(text: "   " + itemText(item, s), style: .normal, item: i))
        }
        out.append(Line(text: "", style: .normal))
        guard let results = scenario.results else {
            out.append(Line(text: "   " + s.today(.upcomingSearching), style: .dim))
            return out
        }
        let comparison = WhatIfComparison(dossier: stored.id, asOf: asOf, changes: scenario.changes, before: before, after: results)
        out.append(Line(text: " " + s.whatIfBeforeAfter(asOf.belgian), style: .header))
        let changedRows = comparison.rows.filter(\.changed)
        if changedRows.isEmpty { out.append(Line(text: "   " + s.whatIf(.noChange), style: .dim)) }
        for r in changedRows {
            var name = r.title.text(language)
            if let p = r.position { name += s.todayMember(p) }
            out += FlowText.wrap(name + ": " + WhatIfComparison.side(r.before, language) + " → " + WhatIfComparison.side(r.after, language),
                                 width: width, lead: "   ").map { Line(text: $0, style: .normal) }
        }
        out.append(Line(text: "", style: .normal))
        out.append(Line(text: "   " + WhatIfComparison.verdict(comparison.certain, s.whatIf(.certain), language), style: .header))
        out.append(Line(text: "   " + WhatIfComparison.verdict(comparison.possible, s.whatIf(.possible), language), style: .normal))
        if scenarios.count > 1 {
            out.append(Line(text: "", style: .normal))
            out.append(Line(text: " " + s.whatIf(.sideBySide), style: .header))
            for (i, sc) in scenarios.enumerated() {
                let mark = i == current ? "*" : " "
                guard let r = sc.results else {
                    out.append(Line(text: "  \(mark)\(i + 1)  " + s.today(.upcomingSearching), style: .dim))
                    continue
                }
                let c = WhatIfComparison(dossier: stored.id, asOf: asOf, changes: sc.changes, before: before, after: r)
                out.append(Line(text: "  \(mark)\(i + 1)  " + WhatIfComparison.verdict(c.certain, s.whatIf(.certain), language)
                                + " · " + WhatIfComparison.verdict(c.possible, s.whatIf(.possible), language), style: .normal))
            }
        }
        return out
    }

    func draw(_ screen: inout ScreenBuffer, strings s: Strings, plain: Bool) {
        let width = screen.size.columns
        let height = Self.listHeight(screen.size)
        if let editing {
            let lines = editing.form.lines(width: width, strings: s, plain: plain)
            let focused = lines.firstIndex(where: \.focused) ?? 0
            let top = max(0, min(focused - height / 2, lines.count - height))
            for (row, line) in lines.dropFirst(max(0, top)).prefix(height).enumerated() {
                screen.write(DisplayWidth.truncate(line.text, to: width), row: 1 + row, column: 0, style: line.style)
            }
        } else {
            let all = lines(width: width, strings: s)
            let selectedLine = all.firstIndex { $0.item == cursor.selected } ?? 0
            let top = max(0, min(selectedLine - height + 3, all.count - height))
            let selected = all.firstIndex { $0.item != nil && $0.item == cursor.selected }
            FlowCursor.draw(all.map { ($0.text, $0.style) }, top: top, selected: selected, on: &screen, firstRow: 1, height: height,
                            plain: plain)
            if let problem { Chrome.drawMessageLine(&screen, prompt: nil, text: problem, style: .warning, cursor: false) }
        }
        Chrome.drawStatusLine(&screen, hints: hints(s), count: s.whatIf(.nothingSaved))
    }
}
