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
            switch key {
            case .up, .character("k"): menuCursor = 0
            case .down, .character("j"): menuCursor = 1
            case .enter: return open(menuCursor == 0 ? .importer : .rules)
            case .character("i"): return open(.importer)
            case .character("r"): return open(.rules)
            case .escape, .character("q"), .left: return .back
            case .character("?"): return .help
            default: break
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

    func keyHelp(_ s: Strings) -> [KeyHelp] {
        switch section {
        case .menu:
            return [
                KeyHelp(keys: "↑ ↓  j k", action: s.admin(.keyMove)),
                KeyHelp(keys: "Enter", action: s.admin(.keyChoose)),
                KeyHelp(keys: "i", action: s.admin(.menuImport)),
                KeyHelp(keys: "r", action: s.admin(.menuRules)),
                KeyHelp(keys: "Esc  q  ←", action: s.admin(.keyBackCaseload)),
                KeyHelp(keys: "?", action: s(.keyHelp)),
                KeyHelp(keys: "Ctrl-C", action: s(.keyQuit)),
            ]
        case .importer: return importer.keyHelp(s)
        case .rules: return rules.keyHelp(s)
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
            Chrome.drawStatusLine(&screen, hints: [
                KeyHint(key: "Enter", word: s.admin(.hintChoose)), KeyHint(key: "Esc", word: s(.hintBack)),
                KeyHint(key: "?", word: s(.hintHelp)),
            ], count: nil)
        case .importer: importer.draw(&screen, strings: s, plain: plain)
        case .rules: rules.draw(&screen, strings: s, plain: plain)
        }
    }
}
