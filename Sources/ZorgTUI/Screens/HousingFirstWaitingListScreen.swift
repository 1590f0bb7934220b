import CaseModel

/// The Housing First waiting list (`HousingFirstWaitingList`: the intakes in state `wachtlijst`, in its order).
struct HousingFirstWaitingListScreen: Sendable {
    let entries: [HousingFirstWaitingList.Entry]
    let today: Day
    private(set) var cursor = ListCursor()

    init(entries: [HousingFirstWaitingList.Entry], today: Day) {
        self.entries = entries
        self.today = today
    }

    static func listHeight(_ size: TerminalSize) -> Int { max(1, size.rows - 5) }
    static let firstListRow = 3

    var selected: HousingFirstWaitingList.Entry? { entries.isEmpty ? nil : entries[cursor.selected] }

    enum Outcome: Equatable { case stay, back, help, open(DossierID) }

    mutating func handle(_ key: Key, screenSize: TerminalSize) -> Outcome {
        let height = Self.listHeight(screenSize)
        switch Self.keys.action(for: key) {
        case .back?: return .back
        case .help?: return .help
        case .move(let m)?: cursor.move(by: m.step(page: height, all: entries.count), count: entries.count, height: height)
        case .open?: if let e = selected { return .open(e.dossier) }
        case nil: break
        }
        return .stay
    }

    mutating func resized(to size: TerminalSize) { cursor.clamp(count: entries.count, height: Self.listHeight(size)) }

    func title(_ s: Strings) -> String { s.waitingList(.title) }

    enum KeyAction: Sendable, Hashable { case back, help, move(ListMove), open }

    /// The waiting list's keys: handling, the `?` overlay and the hints line.
    static let keys = KeyTable<KeyAction>(
        KeyTable<KeyAction>.listRows(move: { .move($0) },
                                     moveHelp: { $0(.keyMove) }) + [
        .init([.enter], "Enter", .open, help: { $0.waitingList(.keyOpenIntake) }, hint: "Enter", { $0.waitingList(.hintIntake) }),
        .init([.escape, .character("q"), .left], "Esc  q  ←", .back, help: { $0(.keyBack) }, hint: "Esc", { $0(.hintBack) }),
        .init([.character("?")], "?", .help, help: { $0(.keyHelp) }, hint: "?", { $0(.hintHelp) }),
    ])

    func keyHelp(_ s: Strings) -> [KeyHelp] { Self.keys.keyHelp(s) }

    func hints(_ s: Strings) -> [KeyHint] { Self.keys.hints(s) }

    /// One row; the waiting days are left out below 100 columns (the referral date says the same).
    private func row(_ rank: String, _ id: String, _ name: String, _ priority: String, _ referred: String,
                     _ waiting: String, _ state: String, width: Int) -> String {
        let showWaiting = width >= 100
        let fixed = 4 + 12 + 10 + 11 + 11 + 6 * 2 + (showWaiting ? 8 + 2 : 0)
        let nameWidth = max(8, width - fixed - 1)
        var line = " " + DisplayWidth.fitRight(rank, to: 4) + "  " + DisplayWidth.fit(id, to: 12) + "  "
            + DisplayWidth.fit(name, to: nameWidth) + "  " + DisplayWidth.fitRight(priority, to: 10) + "  "
            + DisplayWidth.fit(referred, to: 11) + "  "
        if showWaiting { line += DisplayWidth.fitRight(waiting, to: 8) + "  " }
        return line + DisplayWidth.fit(state, to: 11)
    }

    func draw(_ screen: inout ScreenBuffer, strings s: Strings, plain: Bool) {
        let width = screen.size.columns
        screen.write(DisplayWidth.truncate(" " + s.waitingListHeading(today.belgian), to: width), row: 1, column: 0, style: .dim)
        screen.fill(row: 2, column: 0, width: width, style: .header)
        screen.write(row(s.waitingList(.columnRank), s(.columnDossier), s(.columnName), s.waitingList(.columnPriority), s.waitingList(.columnReferred),
                         s.waitingList(.columnWaiting), s.waitingList(.columnState), width: width), row: 2, column: 0, style: .header)
        if entries.isEmpty {
            screen.write(" " + s.waitingList(.empty), row: Self.firstListRow, column: 1, style: .dim)
        }
        let height = Self.listHeight(screen.size)
        for (i, e) in entries.enumerated().dropFirst(cursor.top).prefix(height) {
            let r = Self.firstListRow + i - cursor.top
            let selected = i == cursor.selected
            let priority = e.override.map { "\($0)*" } ?? e.advisory.map(String.init) ?? "—"
            let waiting = e.waitingFrom.map { s.days($0.days(until: today)) } ?? "—"
            var text = row(String(i + 1), e.dossier.rawValue, e.name, priority, e.referredOn?.belgian ?? "—", waiting,
                           s.stateName(.wachtlijst), width: width)
            if plain && selected { text = ">" + text.dropFirst() }
            if selected { screen.fill(row: r, column: 0, width: width, style: .selected) }
            screen.write(text, row: r, column: 0, style: selected ? .selected : .normal)
        }
        Chrome.drawStatusLine(&screen, hints: hints(s), count: s.waitingCount(entries.count))
    }
}
