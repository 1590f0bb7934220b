import CaseModel

/// The first screen: every household of the caseload, searchable as you type.
struct CaseloadScreen: Sendable {
    private(set) var entries: [CaseloadEntry]
    private var index: SearchIndex
    private var filter = IncrementalFilter()
    private(set) var query = ""
    /// True between `/` and Enter/Esc: typed characters go to the query.
    private(set) var isEditingQuery = false
    /// Indices into `entries` of the rows that match the query, in caseload order.
    private(set) var visible: [Int]
    private(set) var cursor = ListCursor()
    /// Today, for the overdue follow-ups.
    let today: Day
    /// `o`: only households with an overdue follow-up.
    private(set) var onlyOverdue = false
    /// `f` / `:filter`: the active filter (combines with the search and `o`).
    private(set) var activeFilter = CaseloadFilter.all
    /// `s` / `:sort`: the order of the list.
    private(set) var sort = CaseloadSort.dossier
    /// Every row in the current order. Searching walks the rows in this order, so what it finds is already
    /// sorted: a keystroke never sorts (a sort of 100,000 rows would cost more than the 10 ms a keystroke has).
    private var order: [Int]
    /// The rule results of every household, summed up; nil until a flow filter is first used.
    private(set) var flags: [DossierID: CaseloadFlags]?
    /// The same per row of `entries`, so that filtering looks up no dossier numbers.
    private(set) var flagsByRow: [CaseloadFlags?] = []
    /// The longest dossier number, for the column's width: worked out once, not on every keystroke.
    private let longestID: Int
    /// True while the loop evaluates the caseload ("bezig…").
    private(set) var isEvaluating = false
    /// The `:` command line while it is open.
    private(set) var commandLine: CommandLineInput?
    /// After Tab with several commands fitting: those commands, shown on the message line.
    private(set) var completions: [String] = []
    /// `f`: the list of filters to choose from, while it is open.
    private(set) var filterPicker: CaseloadFilterPicker?

    init(entries: [CaseloadEntry], today: Day) {
        self.entries = entries
        self.today = today
        index = SearchIndex(keys: entries.map(Self.searchKey))
        longestID = entries.lazy.map { $0.id.rawValue.count }.max() ?? 7
        order = Self.order(entries, sort)
        visible = order
    }

    /// The rows of `entries` in the order `sort` gives.
    static func order(_ entries: [CaseloadEntry], _ sort: CaseloadSort) -> [Int] {
        entries.indices.sorted { sort.areInOrder(entries[$0], entries[$1]) }
    }

    /// The districts present, sorted.
    var districts: [String] {
        Array(Set(entries.compactMap(\.district).filter { !$0.isEmpty })).sorted {
            SearchFolding.fold($0) < SearchFolding.fold($1)
        }
    }

    /// Name, other members, dossier number, district, address and national numbers (digits and formatted),
    /// one per line so that a search word never spans two fields.
    static func searchKey(_ e: CaseloadEntry) -> String {
        ([e.name, e.id.rawValue, e.district ?? "", e.address] + e.memberNames
            + e.nationalNumbers.flatMap { [$0.digits, $0.formatted] }).joined(separator: "\n")
    }

    var selectedEntry: CaseloadEntry? {
        visible.isEmpty ? nil : entries[visible[cursor.selected]]
    }

    // MARK: Layout

    /// Rows: title, column header, the list, the message line, the status line.
    static func listHeight(_ size: TerminalSize) -> Int { max(1, size.rows - 4) }
    static let firstListRow = 2

    // MARK: Update

    enum Outcome: Equatable {
        case stay, open(DossierID), help, quit
        /// `c`, `h`: a flow of the selected household; `w`, `b`, `S`, `a`: a screen of their own.
        case checks(DossierID), housingFirst(DossierID), waitingList, matching, scan, administration
        /// `v`: Vandaag.
        case today
        /// `n`: a new household at the desk.
        case newHousehold
        /// A flow filter needs the rule results of every household: the loop evaluates the caseload.
        case evaluate
        /// Enter on the `:` command line.
        case command(name: String, argument: String)
    }

    mutating func handle(_ key: Key, screenSize: TerminalSize, administrator: Bool) -> Outcome {
        if var picker = filterPicker {
            switch picker.handle(key, screenSize: screenSize) {
            case .stay: filterPicker = picker
            case .close: filterPicker = nil
            case .help: return .help
            case .apply(let chosen):
                filterPicker = nil
                return setFilter(chosen, screenSize: screenSize)
            }
            return .stay
        }
        let height = Self.listHeight(screenSize)
        switch keys(administrator: administrator).action(for: key) {
        case .move(let m)?: cursor.move(by: m.step(page: height, all: visible.count), count: visible.count, height: height)
        case .open?: if let entry = selectedEntry { return .open(entry.id) }
        case .search?: isEditingQuery = true
        case .overdue?:
            onlyOverdue.toggle()
            setQuery(query, height: height)
        case .filter?:
            filterPicker = CaseloadFilterPicker(options: filterOptions(), current: activeFilter, screenSize: screenSize)
        case .sort?: setSort(sort.next, screenSize: screenSize)
        case .command?: commandLine = CommandLineInput(commands: CaseloadCommand.names)
        case .clear?: setQuery("", height: height)
        case .help?: return .help
        case .quit?: return .quit
        case .checks?: if let entry = selectedEntry { return .checks(entry.id) }
        case .intake?: if let entry = selectedEntry { return .housingFirst(entry.id) }
        case .waitingList?: return .waitingList
        case .matching?: return .matching
        case .scan?: return .scan
        case .administration?: return .administration
        case .today?: return .today
        case .newHousehold?: return .newHousehold
        case .type?: if case .character(let ch) = key { type(ch, height: height) }
        case .erase?: erase(height: height)
        case .done?: return done()
        case .complete?: complete()
        case .cancel?: cancel(height: height)
        case nil: break
        }
        return .stay
    }

    /// A character typed into the search or on the command line.
    private mutating func type(_ ch: Character, height: Int) {
        completions = []
        if commandLine != nil { commandLine?.type(ch) } else { setQuery(query + String(ch), height: height) }
    }

    /// Backspace: the search's last character, or the command line's (closing it when it is empty).
    private mutating func erase(height: Int) {
        completions = []
        if let line = commandLine {
            if line.text.isEmpty { commandLine = nil } else { commandLine?.backspace() }
        } else if !query.isEmpty {
            setQuery(String(query.dropLast()), height: height)
        }
    }

    /// Enter while typing: the search stays as typed; the command line runs its command.
    private mutating func done() -> Outcome {
        completions = []
        guard let line = commandLine else {
            isEditingQuery = false
            return .stay
        }
        commandLine = nil
        let parsed = line.parsed
        return parsed.name.isEmpty ? .stay : .command(name: parsed.name, argument: parsed.argument)
    }

    /// Tab on the command line: completes the command; several fitting are shown on the message line.
    private mutating func complete() {
        completions = []
        let fits = commandLine?.complete() ?? []
        if fits.count > 1 { completions = fits }
    }

    /// Esc while typing: the command line closes, the search is cleared.
    private mutating func cancel(height: Int) {
        completions = []
        if commandLine != nil {
            commandLine = nil
        } else {
            isEditingQuery = false
            setQuery("", height: height)
        }
    }

    /// Sets the filter; `.evaluate` when it needs the rule results and they are not there yet.
    mutating func setFilter(_ newFilter: CaseloadFilter, screenSize: TerminalSize) -> Outcome {
        activeFilter = newFilter
        setQuery(query, height: Self.listHeight(screenSize))
        if newFilter.needsEvaluation, flags == nil, !isEvaluating {
            isEvaluating = true
            return .evaluate
        }
        return .stay
    }

    mutating func setSort(_ newSort: CaseloadSort, screenSize: TerminalSize) {
        sort = newSort
        order = Self.order(entries, sort)
        filter.reset()  // its remembered results are in the old order
        setQuery(query, height: Self.listHeight(screenSize))
    }

    /// The rule results of the caseload arrived.
    mutating func evaluated(_ newFlags: [DossierID: CaseloadFlags], screenSize: TerminalSize) {
        flags = newFlags
        flagsByRow = entries.map { newFlags[$0.id] }
        isEvaluating = false
        setQuery(query, height: Self.listHeight(screenSize))
    }

    /// The evaluation failed: back to all households.
    mutating func evaluationFailed(screenSize: TerminalSize) {
        isEvaluating = false
        if activeFilter.needsEvaluation { activeFilter = .all }
        setQuery(query, height: Self.listHeight(screenSize))
    }

    /// `:goto`: selects the household (clearing search and filters that hide it); false when there is none.
    mutating func select(_ id: DossierID, screenSize: TerminalSize) -> Bool {
        guard let i = entries.firstIndex(where: { $0.id == id }) else { return false }
        let height = Self.listHeight(screenSize)
        if !visible.contains(i) {
            onlyOverdue = false
            activeFilter = .all
            isEditingQuery = false
            setQuery("", height: height)
        }
        if let position = visible.firstIndex(of: i) { cursor.select(position, count: visible.count, height: height) }
        return true
    }

    private mutating func setQuery(_ newQuery: String, height: Int) {
        let keep = visible.isEmpty ? nil : visible[cursor.selected]
        query = newQuery
        visible = filter.rows(for: query, in: index, order: order)
        if onlyOverdue { visible = visible.filter { isOverdue(entries[$0]) } }
        if activeFilter != .all {
            let byRow = flagsByRow
            visible = visible.filter { activeFilter.matches(entries[$0], flags: byRow.isEmpty ? nil : byRow[$0]) }
        }
        // Stay on the same household when it still matches; otherwise start at the top.
        let position = keep.flatMap { visible.firstIndex(of: $0) } ?? 0
        cursor = ListCursor()
        cursor.select(position, count: visible.count, height: height)
    }

    mutating func resized(to size: TerminalSize) {
        cursor.clamp(count: visible.count, height: Self.listHeight(size))
        filterPicker?.resized(to: size)
    }

    // MARK: Keys

    enum KeyAction: Sendable, Hashable {
        case move(ListMove), open, search, overdue, filter, sort, command, clear, help, quit
        case checks, intake, waitingList, matching, scan, administration, today, newHousehold
        /// While typing a search or a command.
        case type, erase, done, complete, cancel
    }

    /// The keys of the list; `a` (the administration) only for an administrator.
    static func listKeys(administrator: Bool) -> KeyTable<KeyAction> {
        administrator ? listKeys : listKeys.removing { $0 == .administration }
    }

    private static let listKeys = KeyTable<KeyAction>(
        KeyTable<KeyAction>.listRows(move: { .move($0) },
                                     moveHelp: { $0(.keyMove) }) + [
        .init([.enter], "Enter", .open, help: { $0(.keyOpen) }, hint: "Enter", { $0(.hintOpen) }),
        .init([.character("/")], "/", .search, help: { $0(.keySearch) }, hint: "/", { $0(.hintSearch) }),
        .init([.escape], "Esc", .clear, help: { $0(.keyClearSearch) }, hint: "Esc", { $0(.hintClear) }),
        .init([.character("?")], "?", .help, help: { $0(.keyHelp) }, hint: "?", { $0(.hintHelp) }),
        .init([.character("q")], "q  Ctrl-C", .quit, help: { $0(.keyQuit) }, hint: "q", { $0(.hintQuit) }),
        .init([.character("o")], "o", .overdue, help: { $0.caseload(.keyOverdue) }, hint: "o", { $0.caseload(.hintOverdue) }),
        .init([.character("f")], "f", .filter, help: { $0.caseload(.keyFilter) }, hint: "f", { $0.caseload(.hintFilter) }),
        .init([.character("s")], "s", .sort, help: { $0.caseload(.keySort) }, hint: "s", { $0.caseload(.hintSort) }),
        .init([.character(":")], ":", .command, help: { $0.caseload(.keyCommand) }, hint: ":", { $0.caseload(.hintCommand) }),
        .init([.character("c")], "c", .checks, help: { $0.caseload(.keyChecks) }),
        .init([.character("h")], "h", .intake, help: { $0.caseload(.keyIntake) }),
        .init([.character("w")], "w", .waitingList, help: { $0.caseload(.keyWaiting) }),
        .init([.character("b")], "b", .matching, help: { $0.caseload(.keyBuddy) }),
        .init([.character("a")], "a", .administration, help: { $0.admin(.keyAdmin) }),
        .init([.character("S")], "S  :scan", .scan, help: { $0.scan(.keyScan) }),
        .init([.character("v")], "v", .today, help: { $0.today(.keyCaseload) }, hint: "v", { $0.today(.title) }),
        .init([.character("n")], "n", .newHousehold, help: { $0.newHousehold(.keyCaseload) }, hint: "n", { $0.newHousehold(.hintNew) }),
    ])

    /// The keys while typing a search: characters go to the query, the arrows and paging keep their list meaning.
    static let searchKeys = KeyTable<KeyAction>([
        .init([.enter], "Enter", .done, help: { $0(.keySearchDone) }, hint: "Enter", { $0(.hintDone) }),
        .init([.escape], "Esc", .cancel, help: { $0(.keyClearSearch) }, hint: "Esc", { $0(.hintClear) }),
        .init([.up], "↑ ↓", .move(.up), help: { $0(.keyMove) }, hint: "↑↓", { $0(.hintMove) }),
        .init([.down], "", .move(.down), help: { $0(.keyMove) }),
        .init([.pageUp], "PgUp PgDn", .move(.pageUp), help: { $0(.keyPage) }),
        .init([.pageDown], "", .move(.pageDown), help: { $0(.keyPage) }),
        .init([.home], "Home End", .move(.first), help: { $0(.keyFirstLast) }),
        .init([.end], "", .move(.last), help: { $0(.keyFirstLast) }),
        .typing("a–z 0–9", .type, help: { $0(.keyTypeSearch) }),
        .init([.backspace, .delete], "Backspace  Del", .erase, help: { $0(.keyEraseCharacter) }),
    ])

    /// The keys of the `:` command line.
    static let commandKeys = KeyTable<KeyAction>([
        .init([.enter], "Enter", .done, help: { $0(.keyRunCommand) }, hint: "Enter", { $0(.hintDone) }),
        .init([.tab], "Tab", .complete, help: { $0(.keyCompleteCommand) }, hint: "Tab", { $0.caseload(.hintComplete) }),
        .init([.escape], "Esc", .cancel, help: { $0(.keyCancelCommand) }, hint: "Esc", { $0.caseload(.hintCommandCancel) }),
        .typing("a–z 0–9", .type, help: { $0(.keyTypeCommand) }),
        .init([.backspace, .delete], "Backspace  Del", .erase, help: { $0(.keyEraseCharacter) }),
    ])

    /// The keys as they are now: the command line's, the search's while typing one, else the list's.
    func keys(administrator: Bool) -> KeyTable<KeyAction> {
        if commandLine != nil { return Self.commandKeys }
        if isEditingQuery { return Self.searchKeys }
        return Self.listKeys(administrator: administrator)
    }

    func keyHelp(_ s: Strings, administrator: Bool) -> [KeyHelp] {
        filterPicker != nil ? CaseloadFilterPicker.keys.keyHelp(s) : keys(administrator: administrator).keyHelp(s)
    }

    /// The hints; Esc (clear the search) only while there is a search to clear.
    func hints(_ s: Strings) -> [KeyHint] {
        if filterPicker != nil { return CaseloadFilterPicker.keys.hints(s) }
        return keys(administrator: false).hints(s) { action in
            action != .clear || !query.isEmpty
        }
    }

    // MARK: Render

    /// Column widths for a screen width: a wider terminal also shows the address.
    struct Columns {
        var marker: Int, dossier: Int, name: Int, district: Int, members: Int, address: Int
        static let gap = 2

        init(width: Int, longestID: Int, plain: Bool) {
            marker = plain ? 2 : 1
            dossier = min(14, max(7, longestID))
            members = 5
            let rest = width - marker - dossier - members - 3 * Self.gap
            if width >= 110 {
                district = 18
                name = min(40, (rest - district - 2 * Self.gap) / 2)
                address = rest - district - name - 2 * Self.gap
            } else {
                district = max(8, min(18, rest / 3))
                address = 0
                name = rest - district - Self.gap
            }
        }
    }

    func draw(_ screen: inout ScreenBuffer, strings s: Strings, plain: Bool) {
        let width = screen.size.columns
        let columns = Columns(width: width, longestID: longestID, plain: plain)
        let header = row(dossier: s(.columnDossier), name: s(.columnName), district: s(.columnDistrict),
                         members: s(.columnMembers), address: s(.columnAddress), marker: "", columns: columns)
        screen.fill(row: 1, column: 0, width: width, style: .header)
        screen.write(header, row: 1, column: 0, style: .header)

        let height = Self.listHeight(screen.size)
        if isEvaluating && activeFilter.needsEvaluation {
            screen.write(DisplayWidth.truncate(s.caseload(.evaluating), to: width - 2), row: Self.firstListRow, column: 2, style: .dim)
        } else if visible.isEmpty {
            let text = entries.isEmpty ? s(.emptyCaseload)
                : activeFilter != .all && query.isEmpty ? s.caseload(.noneInFilter) : s.noMatches(query)
            screen.write(DisplayWidth.truncate(text, to: width - 2), row: Self.firstListRow, column: 2, style: .dim)
        }
        for (i, entryIndex) in visible.dropFirst(cursor.top).prefix(height).enumerated() {
            let entry = entries[entryIndex]
            let isSelected = cursor.top + i == cursor.selected
            let overdueMark = isOverdue(entry) ? "!" : ""
            let text = row(dossier: entry.id.rawValue, name: entry.name, district: entry.district ?? "",
                           members: String(entry.memberCount), address: entry.address,
                           marker: (plain && isSelected ? ">" : "") + overdueMark, columns: columns)
            let r = Self.firstListRow + i
            if isSelected { screen.fill(row: r, column: 0, width: width, style: .selected) }
            screen.write(text, row: r, column: 0, style: isSelected ? .selected : .normal)
        }

        if let line = commandLine {
            Chrome.drawMessageLine(&screen, prompt: ":", text: line.text, style: .normal, cursor: true)
        } else if !completions.isEmpty {
            Chrome.drawMessageLine(&screen, prompt: nil, text: ":" + completions.joined(separator: "  :"), style: .dim, cursor: false)
        } else if isEditingQuery || !query.isEmpty {
            Chrome.drawMessageLine(&screen, prompt: s(.searchPrompt), text: query, style: .normal, cursor: isEditingQuery)
        } else if onlyOverdue {
            Chrome.drawMessageLine(&screen, prompt: nil, text: s.caseload(.overdueFilterOn), style: .warning, cursor: false)
        }
        let overdue = overdueCount
        var count = s.caseloadCount(shown: visible.count, total: entries.count)
        if filterPicker != nil {
            // The list names the filter in effect; the line keeps room for its keys.
        } else if activeFilter != .all {
            count += " · " + s.caseloadFilterLabel(activeFilter) + (isEvaluating ? " " + s.caseload(.busy) : "")
        } else if overdue > 0 {
            count += " · " + s.overdueCount(overdue)
        }
        if sort != .dossier, filterPicker == nil { count += " · " + s.caseloadSortLabel(sort) }
        Chrome.drawStatusLine(&screen, hints: hints(s), count: count)
        filterPicker?.draw(&screen, strings: s, plain: plain)
    }

    private func row(dossier: String, name: String, district: String, members: String, address: String,
                     marker: String, columns c: Columns) -> String {
        let gap = String(repeating: " ", count: Columns.gap)
        var line = DisplayWidth.fit(marker, to: c.marker) + DisplayWidth.fit(dossier, to: c.dossier) + gap
            + DisplayWidth.fit(name, to: c.name) + gap + DisplayWidth.fit(district, to: c.district) + gap
        if c.address > 0 { line += DisplayWidth.fit(address, to: c.address) + gap }
        return line + DisplayWidth.fitRight(members, to: c.members)
    }
}

// MARK: Follow-ups and saved dossiers

extension CaseloadScreen {
    /// A follow-up not done and due before today.
    func isOverdue(_ entry: CaseloadEntry) -> Bool { entry.firstOpenFollowUp.map { $0 < today } ?? false }

    /// Households with an overdue follow-up in the whole caseload.
    var overdueCount: Int { entries.lazy.filter(isOverdue).count }

    /// Shows a saved dossier's new row (name, address, follow-ups), keeping the search and the selection.
    mutating func replace(_ entry: CaseloadEntry, screenSize: TerminalSize) {
        guard let i = entries.firstIndex(where: { $0.id == entry.id }) else { return }
        entries[i] = entry
        index = index.replacing(row: i, with: Self.searchKey(entry))
        filter = IncrementalFilter()
        // The dossier number never changes; name and district may, and then the order may too.
        if sort != .dossier { order = Self.order(entries, sort) }
        if let f = flags { flagsByRow = entries.map { f[$0.id] } }
        setQuery(query, height: Self.listHeight(screenSize))
    }

    /// A dossier made, changed, closed or reopened at the desk: its row added, replaced, or (closed) taken out of
    /// the list, keeping the search, the filter and the order.
    mutating func show(_ household: Household, screenSize: TerminalSize) {
        let entry = CaseloadEntry(household: household)
        if let i = entries.firstIndex(where: { $0.id == household.id }) {
            guard household.isClosed else { return replace(entry, screenSize: screenSize) }
            entries.remove(at: i)
        } else {
            guard !household.isClosed else { return }
            entries.append(entry)
        }
        index = SearchIndex(keys: entries.map(Self.searchKey))
        filter = IncrementalFilter()
        order = Self.order(entries, sort)
        if let f = flags { flagsByRow = entries.map { f[$0.id] } }
        setQuery(query, height: Self.listHeight(screenSize))
    }
}
