import CaseModel

/// The proactive scan of the whole caseload (`S` or `:scan` on the caseload): the same findings as `zorg scan`,
/// one section at a time, with bar charts on the overview. Enter on a household opens its dossier.
struct ScanScreen: Sendable {
    enum Section: Int, CaseIterable, Sendable {
        case overview, underProtection, possible, energy, multiProblem, waitingList, overdue
    }

    /// One line of a section: a household's line carries its dossier (Enter opens it).
    struct Line: Hashable, Sendable {
        var text: String
        var style: Style = .normal
        var dossier: DossierID?
    }

    let scan: CaseloadScan
    /// Each dossier's district (from the caseload), for the findings that do not carry one.
    let districts: [DossierID: String]
    private(set) var section: Section = .overview
    /// The selected household among the section's lines that have one.
    private(set) var selected = 0
    /// The first line shown.
    private(set) var top = 0

    init(scan: CaseloadScan, districts: [DossierID: String] = [:]) {
        self.scan = scan
        self.districts = districts
    }

    enum Outcome: Equatable { case stay, back, help, open(DossierID) }

    // MARK: Layout

    /// Row 1 the sections, row 2 the column header, the lines, the message line, the status line.
    static let firstLineRow = 3
    static func bodyHeight(_ size: TerminalSize) -> Int { max(1, size.rows - 5) }

    // MARK: Keys

    mutating func handle(_ key: Key, screenSize: TerminalSize) -> Outcome {
        let height = Self.bodyHeight(screenSize)
        // Line counts do not depend on the width or the language: one line per household, chart bar or heading.
        let all = lines(Strings(language: .nl), width: screenSize.columns, plain: true)
        let count = all.filter { $0.dossier != nil }.count
        switch key {
        case .escape, .character("q"): return .back
        case .character("?"): return .help
        case .tab, .right, .character("l"): show(Section(rawValue: (section.rawValue + 1) % Section.allCases.count)!)
        case .backTab, .left, .character("h"):
            show(Section(rawValue: (section.rawValue + Section.allCases.count - 1) % Section.allCases.count)!)
        case .character(let ch) where ch.isNumber:
            if let n = ch.wholeNumberValue, let s = Section(rawValue: n - 1) { show(s) }
        case .up, .character("k"): move(by: -1, count: count, lines: all, height: height)
        case .down, .character("j"): move(by: 1, count: count, lines: all, height: height)
        case .pageUp: move(by: -height, count: count, lines: all, height: height)
        case .pageDown: move(by: height, count: count, lines: all, height: height)
        case .home: move(by: -all.count, count: count, lines: all, height: height)
        case .end: move(by: all.count, count: count, lines: all, height: height)
        case .enter: if let id = selectedDossier(all) { return .open(id) }
        default: break
        }
        return .stay
    }

    private mutating func show(_ next: Section) {
        section = next
        selected = 0
        top = 0
    }

    /// Moves the selection among the households, or scrolls a section without households (the overview).
    private mutating func move(by delta: Int, count: Int, lines: [Line], height: Int) {
        let maxTop = max(0, lines.count - height)
        guard count > 0 else {
            top = max(0, min(top + delta, maxTop))
            return
        }
        selected = max(0, min(selected + delta, count - 1))
        let index = Self.lineIndex(ofHousehold: selected, in: lines)
        // The first household shows the section's heading lines above it.
        if selected == 0 { top = 0 }
        if index < top { top = index }
        if index >= top + height { top = index - height + 1 }
        // At the last household, show what follows it too (the total).
        if selected == count - 1 { top = max(top, min(index, maxTop)) }
        top = max(0, min(top, maxTop))
    }

    static func lineIndex(ofHousehold n: Int, in lines: [Line]) -> Int {
        var seen = -1
        for (i, line) in lines.enumerated() where line.dossier != nil {
            seen += 1
            if seen == n { return i }
        }
        return 0
    }

    func selectedDossier(_ lines: [Line]) -> DossierID? {
        let households = lines.compactMap(\.dossier)
        return households.indices.contains(selected) ? households[selected] : nil
    }

    mutating func resized(to size: TerminalSize) {
        let all = lines(Strings(language: .nl), width: size.columns, plain: true)
        move(by: 0, count: all.filter { $0.dossier != nil }.count, lines: all, height: Self.bodyHeight(size))
    }

    // MARK: Help

    func title(_ s: Strings) -> String { s.scan(.title) }

    func keyHelp(_ s: Strings) -> [KeyHelp] {
        [
            KeyHelp(keys: "Tab ← →  h l", action: s.scan(.keySection)),
            KeyHelp(keys: "1 … 7", action: s.scan(.keySectionNumber)),
            KeyHelp(keys: "↑ ↓  j k", action: s(.keyScroll)),
            KeyHelp(keys: "PgUp PgDn", action: s(.keyPage)),
            KeyHelp(keys: "Home End", action: s(.keyFirstLast)),
            KeyHelp(keys: "Enter", action: s.scan(.keyOpenDossier)),
            KeyHelp(keys: "Esc  q", action: s.scan(.keyBackCaseload)),
            KeyHelp(keys: "?", action: s(.keyHelp)),
            KeyHelp(keys: "Ctrl-C", action: s(.keyQuit)),
        ]
    }

    func hints(_ s: Strings) -> [KeyHint] {
        [KeyHint(key: "Tab", word: s.scan(.hintSection)), KeyHint(key: "↑↓", word: s(.hintMove)),
         KeyHint(key: "Enter", word: s(.hintOpen)), KeyHint(key: "Esc", word: s(.hintBack)),
         KeyHint(key: "?", word: s(.hintHelp))]
    }
}
