import CaseModel

/// The administrator's screens (key `a` on the caseload, only for the admin role): a small menu leading to the
/// client-list import and to the rule modules.
struct AdminScreen: Sendable {
    enum Section: Equatable, Sendable { case menu, importer, rules }

    private(set) var section: Section = .menu
    private(set) var menuCursor = 0
    var importer = AdminImportView()
    var rules = AdminRulesView()

    enum Outcome: Equatable {
        case stay, back, help
        case work(AdminEffect)
    }

    static func bodyHeight(_ size: TerminalSize) -> Int { max(1, size.rows - 3) }

    mutating func handle(_ key: Key, screenSize: TerminalSize, strings s: Strings) -> Outcome {
        switch section {
        case .menu:
            switch Self.menuKeys.action(for: key) {
            case .up?: menuCursor = 0
            case .down?: menuCursor = 1
            case .choose?: return open(menuCursor == 0 ? .importer : .rules)
            case .importer?: return open(.importer)
            case .rules?: return open(.rules)
            case .back?: return .back
            case .help?: return .help
            case nil: break
            }
            return .stay
        case .importer:
            switch importer.handle(key, screenSize: screenSize, strings: s) {
            case .stay: return .stay
            case .help: return .help
            case .back:
                importer = AdminImportView()
                section = .menu
                return .stay
            case .work(let effect): return .work(effect)
            }
        case .rules:
            switch rules.handle(key, screenSize: screenSize, strings: s) {
            case .stay: return .stay
            case .help: return .help
            case .back:
                section = .menu
                return .stay
            case .work(let effect): return .work(effect)
            }
        }
    }

    private mutating func open(_ next: Section) -> Outcome {
        section = next
        menuCursor = next == .importer ? 0 : 1
        if next == .rules {
            rules.startLoading()
            return .work(.loadRules)
        }
        return .stay
    }

    func title(_ s: Strings) -> String {
        switch section {
        case .menu: s.admin(.title)
        case .importer: s.admin(.title) + " — " + s.admin(.menuImport)
        case .rules: s.admin(.title) + " — " + s.admin(.menuRules)
        }
    }

    enum KeyAction: Sendable { case up, down, choose, importer, rules, back, help }

    /// The menu's keys.
    static let menuKeys = KeyTable<KeyAction>([
        .init([.up, .character("k")], "↑ ↓  j k", .up, help: { $0.admin(.keyMove) }),
        .init([.down, .character("j")], "", .down, help: { $0.admin(.keyMove) }),
        .init([.enter], "Enter", .choose, help: { $0.admin(.keyChoose) }, hint: "Enter", { $0.admin(.hintChoose) }),
        .init([.character("i")], "i", .importer, help: { $0.admin(.menuImport) }),
        .init([.character("r")], "r", .rules, help: { $0.admin(.menuRules) }),
        .init([.escape, .character("q"), .left], "Esc  q  ←", .back, help: { $0.admin(.keyBackCaseload) },
              hint: "Esc", { $0(.hintBack) }),
        .init([.character("?")], "?", .help, help: { $0(.keyHelp) }, hint: "?", { $0(.hintHelp) }),
    ])

    func keyHelp(_ s: Strings) -> [KeyHelp] {
        switch section {
        case .menu: Self.menuKeys.keyHelp(s)
        case .importer: importer.keyHelp(s)
        case .rules: rules.keyHelp(s)
        }
    }

    func draw(_ screen: inout ScreenBuffer, strings s: Strings, plain: Bool) {
        switch section {
        case .menu:
            let width = screen.size.columns
            screen.write(" " + s.admin(.title), row: 1, column: 0, style: .header)
            for (i, item) in [s.admin(.menuImport), s.admin(.menuRules)].enumerated() {
                let key = i == 0 ? "i" : "r"
                let selected = i == menuCursor
                let marker = plain && selected ? ">" : " "
                let text = DisplayWidth.truncate("\(marker) \(key)  \(item)", to: width)
                if selected { screen.fill(row: 3 + i, column: 0, width: width, style: .selected) }
                screen.write(text, row: 3 + i, column: 0, style: selected ? .selected : .normal)
            }
            screen.write(DisplayWidth.truncate(" " + s.admin(.menuHint), to: width), row: 6, column: 0, style: .dim)
            Chrome.drawStatusLine(&screen, hints: Self.menuKeys.hints(s), count: nil)
        case .importer: importer.draw(&screen, strings: s, plain: plain)
        case .rules: rules.draw(&screen, strings: s, plain: plain)
        }
    }
}
