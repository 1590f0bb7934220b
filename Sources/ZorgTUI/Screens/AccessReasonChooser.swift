import CaseModel

/// The small box that asks why a dossier is opened, before it is: the reason goes into the access log (MAGDA's
/// "hoedanigheid"). The last reason is pre-selected, so Enter alone keeps the usual flow fast; a digit picks
/// directly; Esc opens nothing.
struct AccessReasonChooser: Hashable, Sendable {
    let dossier: DossierID
    let name: String
    private(set) var selected: Int

    init(dossier: DossierID, name: String, preselected: AccessReason) {
        self.dossier = dossier
        self.name = name
        selected = AccessReason.allCases.firstIndex(of: preselected) ?? 0
    }

    var reason: AccessReason { AccessReason.allCases[selected] }

    enum Outcome: Equatable { case stay, cancel, chosen(AccessReason) }

    mutating func handle(_ key: Key) -> Outcome {
        let count = AccessReason.allCases.count
        switch Self.keys.action(for: key) {
        case .cancel?: return .cancel
        case .up?: selected = (selected + count - 1) % count
        case .down?: selected = (selected + 1) % count
        case .open?: return .chosen(reason)
        case .number?:
            guard case .character(let ch) = key, let n = ch.wholeNumberValue, (1...count).contains(n) else { break }
            selected = n - 1
            return .chosen(reason)
        case nil: break
        }
        return .stay
    }

    enum KeyAction: Sendable { case up, down, open, number, cancel }

    /// The box's keys; its hints line is its only help.
    static let keys = KeyTable<KeyAction>([
        .init([.up, .character("k")], "↑ ↓  j k  Tab", .up, help: { $0(.keyMove) }, hint: "↑↓", { $0(.hintMove) }),
        .init([.down, .character("j"), .tab], "", .down, help: { $0(.keyMove) }),
        .init([.enter], "Enter", .open, help: { $0(.keyOpen) }, hint: "Enter", { $0(.hintOpen) }),
        .init((1...AccessReason.allCases.count).map { .character(Character(String($0))) }, "1 … \(AccessReason.allCases.count)",
              .number, help: { $0.housingFirst(.hintChoose) }, hint: "1-\(AccessReason.allCases.count)", { $0.housingFirst(.hintChoose) }),
        .init([.escape, .character("q")], "Esc  q", .cancel, help: { $0(.keyCancelText) }, hint: "Esc", { $0.form(.hintCancel) }),
    ])

    static func hints(_ s: Strings) -> [KeyHint] { keys.hints(s) }

    func draw(_ screen: inout ScreenBuffer, strings s: Strings, plain: Bool) {
        let reasons = AccessReason.allCases
        let width = min(screen.size.columns - 4, 56)
        let height = min(screen.size.rows - 3, reasons.count + 3)
        let row = 1 + max(0, (screen.size.rows - 3 - height) / 2)
        let column = max(0, (screen.size.columns - width) / 2)
        Frame.draw(&screen, row: row, column: column, width: width, height: height, plain: plain, style: .overlay)
        let inner = width - 4
        screen.write(DisplayWidth.fit(s.accessReasonTitle(dossier.rawValue, name: name), to: inner),
                     row: row + 1, column: column + 2, style: .overlayTitle)
        for (i, r) in reasons.enumerated() where 2 + i < height - 1 {
            let mark = i == selected ? (plain ? ">" : "▸") : " "
            let text = DisplayWidth.fit("\(mark) \(i + 1)  \(s.accessReasonName(r))", to: inner)
            screen.write(text, row: row + 2 + i, column: column + 2, style: i == selected ? .selected : .overlay)
        }
        Chrome.drawStatusLine(&screen, hints: Self.hints(s), count: nil)
    }
}

/// Enter on the caseload: ask why, with the last reason pre-selected.
func askAccessReason(for id: DossierID, _ state: AppState) -> (AppState, [Effect]) {
    var state = state
    let selected = state.caseload.selectedEntry.flatMap { $0.id == id ? $0 : nil }
    let name = (selected ?? state.caseload.entries.first { $0.id == id })?.name ?? id.rawValue
    state.reasonChooser = AccessReasonChooser(dossier: id, name: name, preselected: state.lastAccessReason)
    return (state, [])
}

/// A key while the reason is asked: the chosen reason opens the dossier and is remembered for next time.
func handleReasonChooserKey(_ key: Key, _ state: AppState) -> (AppState, [Effect]) {
    var state = state
    guard var chooser = state.reasonChooser else { return (state, []) }
    switch chooser.handle(key) {
    case .stay:
        state.reasonChooser = chooser
        return (state, [])
    case .cancel:
        state.reasonChooser = nil
        return (state, [])
    case .chosen(let reason):
        state.reasonChooser = nil
        state.lastAccessReason = reason
        return (state, [.openDossier(chooser.dossier, reason: reason)])
    }
}
