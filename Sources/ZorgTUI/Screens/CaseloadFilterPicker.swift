import CaseModel

/// `f` on the caseload: every filter in a small list over the caseload, with how many households each holds
/// (counted in one pass over the caseload; a flow filter's count only once the caseload has been checked, else
/// `…`). ↑ ↓ (j k) move, Enter applies the chosen filter, Esc closes without a change.
struct CaseloadFilterPicker: Hashable, Sendable {
    struct Option: Hashable, Sendable {
        let filter: CaseloadFilter
        /// Households in it; nil when that needs the rule results not worked out yet.
        let count: Int?
    }

    let options: [Option]
    /// The filter in effect when the picker opened.
    let current: CaseloadFilter
    private(set) var cursor = ListCursor()

    init(options: [Option], current: CaseloadFilter, screenSize: TerminalSize) {
        self.options = options
        self.current = current
        let at = options.firstIndex { $0.filter == current } ?? 0
        cursor.select(at, count: options.count, height: Layout(size: screenSize, picker: options).listHeight)
    }

    var selected: CaseloadFilter? { options.indices.contains(cursor.selected) ? options[cursor.selected].filter : nil }

    enum Outcome: Equatable { case stay, close, apply(CaseloadFilter), help }

    enum KeyAction: Sendable, Hashable { case move(ListMove), apply, close, help }

    static let keys = KeyTable<KeyAction>(
        KeyTable<KeyAction>.listRows(move: { .move($0) },
                                     moveHelp: { $0(.keyMove) }) + [
        .init([.enter], "Enter", .apply, help: { $0.picker(.keyApplyFilter) }, hint: "Enter", { $0.picker(.hintApplyFilter) }),
        .init([.escape, .character("q")], "Esc  q", .close, help: { $0.picker(.keyCloseFilter) }, hint: "Esc", { $0(.hintClose) }),
        .init([.character("?")], "?", .help, help: { $0(.keyHelp) }, hint: "?", { $0(.hintHelp) }),
    ])

    mutating func handle(_ key: Key, screenSize: TerminalSize) -> Outcome {
        let height = Layout(size: screenSize, picker: options).listHeight
        let count = options.count
        switch Self.keys.action(for: key) {
        case .move(let m)?: cursor.move(by: m.step(page: height, all: count), count: count, height: height)
        case .apply?: return selected.map { .apply($0) } ?? .close
        case .close?: return .close
        case .help?: return .help
        case nil: break
        }
        return .stay
    }

    mutating func resized(to size: TerminalSize) {
        cursor.clamp(count: options.count, height: Layout(size: size, picker: options).listHeight)
    }

    /// The box: centred over the list, as tall as the filters need and the screen allows; under the list a line
    /// that explains `…` when a count is missing.
    struct Layout: Equatable {
        var row: Int, column: Int, width: Int, height: Int
        var contentColumn: Int, contentWidth: Int, firstListRow: Int, listHeight: Int, footnoteRow: Int?

        init(size: TerminalSize, picker options: [Option]) {
            let footnote = options.contains { $0.count == nil }
            let wanted = options.count + 4 + (footnote ? 1 : 0)
            height = max(1, min(size.rows - 3, wanted))
            width = max(1, min(size.columns - 4, 64))
            row = 1 + max(0, (size.rows - 3 - height) / 2)
            column = max(0, (size.columns - width) / 2)
            contentColumn = column + 2
            contentWidth = max(1, width - 4)
            firstListRow = row + 3
            listHeight = max(1, height - 4 - (footnote ? 1 : 0))
            footnoteRow = footnote ? row + height - 2 : nil
        }
    }

    /// Draws the box; the caseload's status line under it names the picker's keys.
    func draw(_ screen: inout ScreenBuffer, strings s: Strings, plain: Bool) {
        let layout = Layout(size: screen.size, picker: options)
        Frame.draw(&screen, row: layout.row, column: layout.column, width: layout.width, height: layout.height,
                   plain: plain, style: .overlay)
        let inner = layout.contentWidth
        screen.write(DisplayWidth.fit(s.filterPickerTitle(current), to: inner), row: layout.row + 1,
                     column: layout.contentColumn, style: .overlayTitle)
        screen.write(DisplayWidth.fitRight(s.picker(.filterCounts), to: inner), row: layout.row + 2,
                     column: layout.contentColumn, style: .dim)
        let countWidth = 7
        for (i, option) in options.enumerated().dropFirst(cursor.top).prefix(layout.listHeight) {
            let isSelected = i == cursor.selected
            let mark = isSelected ? (plain ? ">" : "▸") : " "
            let inEffect = option.filter == current ? "*" : " "
            let count = option.count.map { s.number($0) } ?? "…"
            let name = DisplayWidth.fit(s.caseloadFilterName(option.filter), to: max(1, inner - 4 - countWidth))
            let text = DisplayWidth.fit(mark + inEffect + " " + name + " " + DisplayWidth.fitRight(count, to: countWidth), to: inner)
            screen.write(text, row: layout.firstListRow + i - cursor.top, column: layout.contentColumn,
                         style: isSelected ? .selected : .overlay)
        }
        if let footnoteRow = layout.footnoteRow, footnoteRow > layout.firstListRow {
            screen.write(DisplayWidth.truncate(s.picker(.filterNotCounted), to: inner), row: footnoteRow,
                         column: layout.contentColumn, style: .dim)
        }
    }
}

extension CaseloadScreen {
    /// The filters with how many households each holds, in one pass over the caseload. A flow filter is
    /// counted only when the caseload's rule results are there.
    func filterOptions() -> [CaseloadFilterPicker.Option] {
        var openFollowUps = 0, energy = 0, possible = 0, waiting = 0, withoutBuddy = 0
        var byDistrict: [String: Int] = [:]
        let checked = flags != nil
        for (i, entry) in entries.enumerated() {
            if entry.firstOpenFollowUp != nil { openFollowUps += 1 }
            if let d = entry.district { byDistrict[d, default: 0] += 1 }
            guard checked, flagsByRow.indices.contains(i), let f = flagsByRow[i] else { continue }
            if f.energyPovertyHigh { energy += 1 }
            if f.possibleRights { possible += 1 }
            if f.housingFirstWaiting { waiting += 1 }
            if f.multiProblemWithoutBuddy { withoutBuddy += 1 }
        }
        return CaseloadFilter.choices(districts: districts).map { filter in
            let count: Int? = switch filter {
            case .all: entries.count
            case .openFollowUps: openFollowUps
            case .district(let d): byDistrict[d] ?? 0
            case .energyPoverty: checked ? energy : nil
            case .possibleRights: checked ? possible : nil
            case .waitingList: checked ? waiting : nil
            case .withoutBuddy: checked ? withoutBuddy : nil
            }
            return CaseloadFilterPicker.Option(filter: filter, count: count)
        }
    }
}
