import CaseModel
import Testing
@testable import ZorgTUI

/// Keys declared once per screen (issue 14): every key a screen handles is in its `?` help, every hint on its
/// status line is a key it handles, and a key outside its table does nothing there.
@Suite struct KeyTableTests {
    /// Every key a person can press that the screens know of.
    static let probes: [Key] = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .backspace,
                                .delete, .tab, .backTab]
        + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789?/:".map { Key.character($0) }

    /// The spelling of a key in the help and hints ("↑", "PgUp", "q").
    static func names(_ key: Key) -> [String] {
        switch key {
        case .character(let c): [String(c)]
        case .up: ["↑"]
        case .down: ["↓"]
        case .left: ["←"]
        case .right: ["→"]
        case .pageUp: ["PgUp"]
        case .pageDown: ["PgDn"]
        case .home: ["Home"]
        case .end: ["End"]
        case .enter: ["Enter"]
        case .escape: ["Esc"]
        case .tab: ["Tab"]
        case .backTab: ["Tab"]
        case .backspace: ["Backspace"]
        case .delete: ["Del"]
        case .interrupt: ["Ctrl-C"]
        case .other: []
        }
    }

    private func check<A>(_ name: String, _ table: KeyTable<A>) {
        let s = Strings(language: .nl)
        let help = table.keyHelp(s)
        // Every handled key is named in a help line ("1 … 7" names the digits in between).
        for key in table.keys {
            let named = help.contains { line in Self.names(key).contains { line.keys.contains($0) } }
                || (key.isDigit && help.contains { $0.keys.contains("…") })
            #expect(named, "\(name): \(key) is handled but not in the help")
        }
        // Every hint is a key the table handles, and has a help line.
        for hint in table.hints(s) {
            let handled = table.keys.contains { key in Self.names(key).contains { hint.key.contains($0) } }
            #expect(handled, "\(name): the hint \(hint.key) is no key of the screen")
        }
        #expect(help.allSatisfy { !$0.action.isEmpty }, "\(name): a help line without text")
        #expect(Set(table.keys).count == table.keys.count, "\(name): a key in two rows")
    }

    @Test func everyTableHandlesWhatItsHelpSaysAndHintsOnlyItsKeys() {
        check("scan", ScanScreen.keys)
        check("waiting list", HousingFirstWaitingListScreen.keys)
    }

    @Test func aKeyOutsideTheTableDoesNothing() throws {
        let size = TerminalSize(rows: 24, columns: 80)
        for key in Self.probes where ScanScreen.keys.action(for: key) == nil {
            var page = ScanScreen(scan: CaseloadScan(households: [], results: [], ruleSet: RuleSet.load().ruleSet, asOf: Day(year: 2026, month: 1, day: 1)!), districts: [:])
            #expect(page.handle(key, screenSize: size) == .stay, "scan: \(key)")
        }
        for key in Self.probes where HousingFirstWaitingListScreen.keys.action(for: key) == nil {
            var page = HousingFirstWaitingListScreen(entries: [], today: Day(year: 2026, month: 1, day: 1)!)
            #expect(page.handle(key, screenSize: size) == .stay, "waiting list: \(key)")
        }
    }
}

private extension Key {
    var isDigit: Bool { if case .character(let c) = self { c.isNumber } else { false } }
}
