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
        switch Self.keys.action(for: key) {
        case .back?: return .back
        case .help?: return .help
        case .nextSection?: show(Section(rawValue: (section.rawValue + 1) % Section.allCases.count)!)
        case .previousSection?: show(Section(rawValue: (section.rawValue + Section.allCases.count - 1) % Section.allCases.count)!)
        case .sectionNumber?:
            if case .character(let ch) = key, let n = ch.wholeNumberValue, let s = Section(rawValue: n - 1) { show(s) }
        case .move(let m)?: move(by: m.step(page: height, all: all.count), count: count, lines: all, height: height)
        case .open?: if let id = selectedDossier(all) { return .open(id) }
        case nil: break
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

    enum KeyAction: Sendable, Hashable { case back, help, nextSection, previousSection, sectionNumber, move(ListMove), open }

    /// The scan screen's keys: handling, the `?` overlay and the hints line.
    static let keys = KeyTable<KeyAction>([
        .init([.tab, .right, .character("l")], "Tab ← →  h l", .nextSection, help: { $0.scan(.keySection) },
              hint: "Tab", { $0.scan(.hintSection) }),
        .init([.backTab, .left, .character("h")], "", .previousSection, help: { $0.scan(.keySection) }),
        .init((1...Section.allCases.count).map { .character(Character(String($0))) }, "1 … \(Section.allCases.count)",
              .sectionNumber, help: { $0.scan(.keySectionNumber) }),
    ] + KeyTable<KeyAction>.listRows(move: { .move($0) },
                                     moveHelp: { $0(.keyScroll) }) + [
        .init([.enter], "Enter", .open, help: { $0.scan(.keyOpenDossier) }, hint: "Enter", { $0(.hintOpen) }),
        .init([.escape, .character("q")], "Esc  q", .back, help: { $0.scan(.keyBackCaseload) }, hint: "Esc", { $0(.hintBack) }),
        .init([.character("?")], "?", .help, help: { $0(.keyHelp) }, hint: "?", { $0(.hintHelp) }),
    ])

    func keyHelp(_ s: Strings) -> [KeyHelp] { Self.keys.keyHelp(s) }

    func hints(_ s: Strings) -> [KeyHint] { Self.keys.hints(s) }
}
