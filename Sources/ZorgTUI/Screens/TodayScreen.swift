import CaseModel
import Foundation

/// "Vandaag" (`v` on the caseload, or the start screen): the caseworker's follow-ups overdue, due today and this
/// week, her dossiers that someone else changed since she last looked, and rights found since then
/// (`Office.today`). Enter opens the dossier (the access reason is asked, as on the caseload); `s` makes it the
/// screen Zorg opens on (or the caseload again).
///
/// When is it "looked at"? When the screen is left (Esc): what it showed counts as seen from the moment it was
/// loaded, so a change made while she reads it still shows next time. Coming back from a dossier loads it again
/// without marking, so a follow-up marked done leaves the list and the rest stays.
struct TodayScreen: Sendable {
    let view: TodayView
    /// When the view was loaded: the "last looked" time written when the screen is left.
    let loadedAt: Date
    /// Zorg opens on Vandaag for her.
    private(set) var isStartScreen: Bool
    private(set) var cursor = ListCursor()

    /// A line of the screen; those with a dossier can be selected and opened.
    struct Line: Hashable, Sendable {
        var text: String
        var style: Style
        var dossier: DossierID?
        var name: String = ""
    }

    func lines(_ s: Strings) -> [Line] {
        var out: [Line] = []
        func section(_ heading: String, _ items: [Line]) {
            out.append(Line(text: " " + heading, style: .header))
            out += items.isEmpty ? [Line(text: "    " + s.today(.nothing), style: .dim)] : items
            out.append(Line(text: "", style: .normal))
        }
        func due(_ d: TodayView.Due, warn: Bool) -> Line {
            Line(text: "   \(d.followUp.due.belgian)  \(d.dossier.rawValue)  \(d.name) — \(d.followUp.text)",
                 style: warn ? .warning : .normal, dossier: d.dossier, name: d.name)
        }
        section(s.todaySection(.overdue, count: view.overdue.count), view.overdue.map { due($0, warn: true) })
        section(s.todaySection(.dueToday, count: view.dueToday.count), view.dueToday.map { due($0, warn: false) })
        section(s.todaySection(.thisWeek, count: view.dueThisWeek.count), view.dueThisWeek.map { due($0, warn: false) })
        section(s.todaySection(.changed, count: view.changedByOthers.count), view.changedByOthers.map { c in
            Line(text: "   \(c.dossier.rawValue)  \(c.name) — " + s.todayChangedBy(c.user, time: c.time),
                 style: .normal, dossier: c.dossier, name: c.name)
        })
        section(s.todaySection(.newRights, count: view.newRights.count), view.newRights.map { r in
            Line(text: "   \(r.dossier.rawValue)  \(r.name) — \(r.rule)" + (r.person.map { s.todayMember($0) } ?? "")
                 + " · " + s.todayOutcome(r.outcome), style: .normal, dossier: r.dossier, name: r.name)
        })
        section(s.todaySection(.plannedSteps, count: view.plannedSteps.count), view.plannedSteps.map { p in
            Line(text: "   \(p.step.on.belgian)  \(p.dossier.rawValue)  \(p.name) — Housing First: " + s.stateName(p.step.state)
                 + " " + s.todayPlannedBy(p.step.by), style: p.step.on < view.asOf ? .warning : .normal,
                 dossier: p.dossier, name: p.name)
        })
        section(s.upcomingHeading(TodayView.upcomingMonths, count: view.upcoming.count), view.upcoming.map { c in
            Line(text: "   " + c.line(language: s.ruleLanguage, withDossier: true), style: c.ends ? .warning : .normal,
                 dossier: c.dossier, name: c.name)
        })
        return out
    }

    /// The lines that can be selected (a dossier), as indexes into `lines`.
    private func selectable(_ all: [Line]) -> [Int] { all.indices.filter { all[$0].dossier != nil } }

    static func listHeight(_ size: TerminalSize) -> Int { max(1, size.rows - 5) }
    static let firstRow = 3

    enum Outcome: Equatable {
        case stay, back, help
        case open(DossierID, name: String)
        /// `s`: open Zorg on this screen (true) or on the caseload again (false).
        case startScreen(Bool)
    }

    mutating func handle(_ key: Key, screenSize: TerminalSize, strings s: Strings) -> Outcome {
        let all = lines(s)
        let items = selectable(all)
        let height = Self.listHeight(screenSize)
        switch Self.keys.action(for: key) {
        case .back?: return .back
        case .help?: return .help
        case .move(let m)?: cursor.move(by: m.step(page: height, all: items.count), count: items.count, height: height)
        case .open?:
            guard items.indices.contains(cursor.selected) else { break }
            let line = all[items[cursor.selected]]
            if let id = line.dossier { return .open(id, name: line.name) }
        case .startScreen?:
            return .startScreen(!isStartScreen)
        case nil: break
        }
        return .stay
    }

    /// The store recorded the setting.
    mutating func startScreenSet(_ on: Bool) { isStartScreen = on }

    mutating func resized(to size: TerminalSize, strings s: Strings) {
        cursor.clamp(count: selectable(lines(s)).count, height: Self.listHeight(size))
    }

    func title(_ s: Strings) -> String { s.today(.title) }

    enum KeyAction: Sendable, Hashable { case back, help, move(ListMove), open, startScreen }

    static let keys = KeyTable<KeyAction>(
        KeyTable<KeyAction>.listRows(move: { .move($0) },
                                     moveHelp: { $0(.keyMove) }) + [
        .init([.enter], "Enter", .open, help: { $0(.keyOpen) }, hint: "Enter", { $0(.hintOpen) }),
        .init([.character("s")], "s", .startScreen, help: { $0.today(.keyStart) }, hint: "s", { $0.today(.hintStart) }),
        .init([.escape, .character("q")], "Esc  q", .back, help: { $0(.keyBack) }, hint: "Esc", { $0(.hintBack) }),
        .init([.character("?")], "?", .help, help: { $0(.keyHelp) }, hint: "?", { $0(.hintHelp) }),
    ])

    func keyHelp(_ s: Strings) -> [KeyHelp] { Self.keys.keyHelp(s) }

    func draw(_ screen: inout ScreenBuffer, strings s: Strings, plain: Bool) {
        let width = screen.size.columns
        let heading = " " + s.todayHeading(view.asOf.belgian, since: view.since, mine: view.myDossiers)
            + (isStartScreen ? " · " + s.today(.isStart) : "")
        screen.write(DisplayWidth.truncate(heading, to: width), row: 1, column: 0, style: .dim)
        let all = lines(s)
        let items = selectable(all)
        let selectedLine = items.indices.contains(cursor.selected) ? items[cursor.selected] : nil
        let height = Self.listHeight(screen.size)
        // Scroll so the selected line is on screen.
        var top = 0
        if let sel = selectedLine, sel >= height { top = sel - height + 1 }
        for (i, line) in all.enumerated().dropFirst(top).prefix(height) {
            let row = Self.firstRow - 1 + i - top
            let selected = i == selectedLine
            var text = line.text
            if selected { text = (plain ? ">" : "▸") + String(text.dropFirst()) }
            if selected { screen.fill(row: row, column: 0, width: width, style: .selected) }
            screen.write(DisplayWidth.truncate(text, to: width), row: row, column: 0, style: selected ? .selected : line.style)
        }
        Chrome.drawStatusLine(&screen, hints: Self.keys.hints(s), count: s.todayCount(items.count))
    }
}
