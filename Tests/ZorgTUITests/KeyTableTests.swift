import CaseModel
import Testing
@testable import ZorgTUI

/// Keys declared once per screen (issue 14): every key a screen handles is in its `?` help, every hint on its
/// status line is a key it handles, and a key outside its table does nothing there.
@Suite struct KeyTableTests {
    /// Every key a person can press that the screens know of (Ctrl-C is the loop's, on every screen).
    static let probes: [Key] = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .backspace,
                                .delete, .tab, .backTab, Form.ctrlS, Form.ctrlU, Form.f1, .other(2)]
        + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789?/: +-,.;<>".map { Key.character($0) }

    /// The spellings of a key in the help and the hints ("↑", "PgUp", "q", "Spatie").
    static func names(_ key: Key) -> [String] {
        switch key {
        case .character(" "): ["Spatie", "Space"]
        case .character(let c): [String(c), c.lowercased()]
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
        case .backTab: ["Shift-Tab", "Tab"]
        case .backspace: ["Backspace"]
        case .delete: ["Del", "Delete"]
        case .interrupt: ["Ctrl-C"]
        case Form.ctrlS: ["Ctrl-S"]
        case Form.ctrlU: ["Ctrl-U"]
        case Form.f1: ["F1"]
        case .other: []
        }
    }

    /// Whether a help line's keys name `key`: one of its words is the key's name, or a range "1 … 7" holds it.
    static func helpNames(_ label: String, _ key: Key) -> Bool {
        let words = label.split(separator: " ").map(String.init)
        if words.contains(where: { names(key).contains($0) }) { return true }
        guard case .character(let c) = key, let n = c.wholeNumberValue else { return false }
        for (i, word) in words.enumerated() where word == "…" && i > 0 && i + 1 < words.count {
            if let low = Int(words[i - 1]), let high = Int(words[i + 1]), (low...high).contains(n) { return true }
        }
        return false
    }

    /// Whether a hint's key ("↑↓", "1-7", "Enter") is keys the table handles.
    static func hintNamesHandled<A>(_ hint: String, _ table: KeyTable<A>) -> Bool {
        if table.keys.contains(where: { names($0).contains(hint) }) { return true }
        let range = hint.split(separator: "-").compactMap { Int($0) }
        if range.count == 2 {
            return (range[0]...range[1]).allSatisfy { table.action(for: .character(Character(String($0)))) != nil }
        }
        // Two arrows in one hint: both handled.
        return hint.count == 2 && hint.allSatisfy { ch in table.keys.contains { names($0).contains(String(ch)) } }
    }

    static func check<A>(_ name: String, _ table: KeyTable<A>) {
        for language in [Language.nl, .en] {
            let s = Strings(language: language)
            let help = table.keyHelp(s)
            let typing = table.rows.first(where: \.typing).map { $0.label(s) }
            for key in probes where table.action(for: key) != nil {
                let declared = table.keys.contains(key)
                let named = declared ? help.contains { Self.helpNames($0.keys, key) }
                    : help.contains { $0.keys == typing }
                #expect(named, "\(name) (\(language)): \(key) is handled but not in the help")
            }
            for hint in table.hints(s) {
                #expect(hintNamesHandled(hint.key, table), "\(name) (\(language)): the hint \(hint.key) is no key of the screen")
                #expect(!hint.word.isEmpty, "\(name): the hint \(hint.key) has no word")
            }
            #expect(help.allSatisfy { !$0.action.isEmpty }, "\(name): a help line without text")
            #expect(help.last?.keys.contains("Ctrl-C") == true || help.contains { $0.keys.contains("Ctrl-C") },
                    "\(name): Ctrl-C is not in the help")
        }
        #expect(Set(table.keys).count == table.keys.count, "\(name): a key in two rows")
        #expect(table.rows.filter(\.typing).count <= 1, "\(name): two rows of typed text")
    }

    @Test func everyTableHandlesWhatItsHelpSaysAndHintsOnlyItsKeys() {
        Self.check("scan", ScanScreen.keys)
        Self.check("waiting list", HousingFirstWaitingListScreen.keys)
        Self.check("caseload", CaseloadScreen.listKeys(administrator: false))
        Self.check("caseload (administrator)", CaseloadScreen.listKeys(administrator: true))
        Self.check("caseload search", CaseloadScreen.searchKeys)
        Self.check("caseload command line", CaseloadScreen.commandKeys)
        Self.check("access reason", AccessReasonChooser.keys)
        Self.check("dossier", DossierScreen.keys)
        Self.check("dossier revision", DossierScreen.readOnlyKeys)
        Self.check("dossier discard", DossierScreen.discardKeys)
        Self.check("dossier stale", DossierScreen.staleKeys)
        Self.check("letter path", LetterPrompt.typingKeys)
        Self.check("letter overwrite", LetterPrompt.overwriteKeys)
        Self.check("form", Form.keys)
        Self.check("form choice", Form.choiceKeys)
        Self.check("form note", Form.textKeys)
        Self.check("note", TextOverlay.keys)
        Self.check("caseload filter list", CaseloadFilterPicker.keys)
        Self.check("checks", ChecksScreen.keys)
        Self.check("checks date", ChecksScreen.dateKeys)
        Self.check("intake", HousingFirstIntakeScreen.keys)
        Self.check("intake state", HousingFirstIntakeScreen.stateKeys(count: 3))
        Self.check("intake input", HousingFirstIntakeScreen.inputKeys)
        Self.check("matching", MatchingScreen.keys)
        Self.check("matching choice", MatchingScreen.choosingKeys)
        Self.check("matching reason", MatchingScreen.reasonKeys)
        Self.check("matching question", MatchingScreen.questionKeys)
        Self.check("checker questions", CheckerScreen.questionKeys)
        Self.check("checker results", CheckerScreen.resultKeys)
        Self.check("checker path", CheckerScreen.pathKeys)
        Self.check("checker overwrite", CheckerScreen.overwriteKeys)
        Self.check("administration", AdminScreen.menuKeys)
        Self.check("import path", AdminImportView.pathKeys)
        Self.check("import table", AdminImportView.keys(view: .records))
        Self.check("import report", AdminImportView.keys(view: .report))
        Self.check("import question", AdminImportView.confirmKeys)
        Self.check("rule modules", AdminRulesView.listKeys)
        Self.check("rule module", AdminRulesView.detailKeys)
        Self.check("vandaag", TodayScreen.keys)
        Self.check("what if", WhatIfScreen.keys)
        Self.check("new household", NewHouseholdScreen.overviewKeys)
        Self.check("possible duplicate", NewHouseholdScreen.duplicateKeys)
    }

    @Test func theCheckCatchesAKeyMissingFromTheHelpAndAHintOfNoKey() {
        enum A: Sendable { case x }
        let table = KeyTable<A>([
            .init([.character("x")], "y", .x, help: { _ in "iets" }, hint: "z", { _ in "woord" }),
        ])
        let s = Strings(language: .nl)
        #expect(!table.keyHelp(s).contains { Self.helpNames($0.keys, .character("x")) })
        #expect(!Self.hintNamesHandled("z", table))
        #expect(Self.helpNames("1 … 7", .character("5")) && !Self.helpNames("1 … 7", .character("8")))
        #expect(!Self.helpNames("Enter (Geschiedenis)", .character("e")))
    }

    /// Presses every key outside `table` on the screen `d` shows: the screen stays as it was, nothing is asked
    /// of the office.
    static func pressingUndeclaredKeysDoesNothing<A>(_ name: String, _ d: Driver, _ table: KeyTable<A>) {
        let before = d.lines
        for key in probes where table.action(for: key) == nil {
            var after = d
            after.press(key)
            #expect(after.lines == before, "\(name): \(key) changed the screen")
            #expect(after.effects.count == d.effects.count, "\(name): \(key) asked for work")
        }
    }

    @Test func aKeyOutsideTheTableDoesNothing() throws {
        let size = TerminalSize(rows: 24, columns: 80)
        for key in Self.probes where ScanScreen.keys.action(for: key) == nil {
            var page = ScanScreen(scan: CaseloadScan(households: [], results: [], ruleSet: RuleSet.load().ruleSet, asOf: Day(year: 2026, month: 1, day: 1)!), districts: [:])
            #expect(page.handle(key, screenSize: size) == .stay, "scan: \(key)")
        }
        for key in Self.probes where WhatIfScreen.keys.action(for: key) == nil {
            let h = Fixture.households[0]
            var page = WhatIfScreen(household: h, results: [], asOf: Day(year: 2026, month: 1, day: 1)!)
            let before = page.lines(width: 80, strings: Strings(language: .nl))
            #expect(page.handle(key, screenSize: size, strings: Strings(language: .nl)) == .stay, "what if: \(key)")
            #expect(page.lines(width: 80, strings: Strings(language: .nl)) == before, "what if: \(key)")
        }
        for key in Self.probes where HousingFirstWaitingListScreen.keys.action(for: key) == nil {
            var page = HousingFirstWaitingListScreen(entries: [], today: Day(year: 2026, month: 1, day: 1)!)
            #expect(page.handle(key, screenSize: size) == .stay, "waiting list: \(key)")
        }

        var caseload = Driver(Fixture.state())
        Self.pressingUndeclaredKeysDoesNothing("caseload", caseload, CaseloadScreen.listKeys(administrator: false))
        var search = caseload
        search.press(.character("/"))
        Self.pressingUndeclaredKeysDoesNothing("caseload search", search, CaseloadScreen.searchKeys)
        var command = caseload
        command.press(.character(":"))
        Self.pressingUndeclaredKeysDoesNothing("caseload command line", command, CaseloadScreen.commandKeys)
        var filters = caseload
        filters.press(.character("f"))
        Self.pressingUndeclaredKeysDoesNothing("caseload filter list", filters, CaseloadFilterPicker.keys)

        caseload.press(.enter)
        Self.pressingUndeclaredKeysDoesNothing("access reason", caseload, AccessReasonChooser.keys)
        caseload.press(.enter)
        #expect(caseload.state.pages.count == 1)
        Self.pressingUndeclaredKeysDoesNothing("dossier", caseload, DossierScreen.keys)
        var form = caseload
        form.press(.character("e"))
        Self.pressingUndeclaredKeysDoesNothing("form", form, Form.keys)
        form.press(.character("x"), .escape)
        Self.pressingUndeclaredKeysDoesNothing("dossier discard", form, DossierScreen.discardKeys)
        var choice = caseload
        choice.press(.character("4"), .character("e"))  // the housing block: its first field is a choice
        Self.pressingUndeclaredKeysDoesNothing("form choice", choice, Form.choiceKeys)
        var note = caseload
        note.press(.character("n"))
        Self.pressingUndeclaredKeysDoesNothing("form note", note, Form.textKeys)
        var households = Fixture.households
        households[0].notes = [Note(date: Day(year: 2026, month: 1, day: 2)!, author: "jan", text: "een\ntwee")]
        var reading = Driver(Fixture.state(households), households: households)
        reading.press(.enter, .enter, .character("8"), .end, .enter)
        Self.pressingUndeclaredKeysDoesNothing("note", reading, TextOverlay.keys)

        var newHousehold = Driver(Fixture.state())
        newHousehold.press(.character("n"))
        Self.pressingUndeclaredKeysDoesNothing("new household form", newHousehold, Form.keys)
        newHousehold.type("An")
        newHousehold.press(.tab)
        newHousehold.type("Peeters")
        newHousehold.press(Form.ctrlS, .up)  // .up: the message after saving goes at the next key
        Self.pressingUndeclaredKeysDoesNothing("new household", newHousehold, NewHouseholdScreen.overviewKeys)

        var checks = Driver(ChecksFixture.state())
        Self.pressingUndeclaredKeysDoesNothing("checks", checks, ChecksScreen.keys)
        checks.press(.character("d"))
        Self.pressingUndeclaredKeysDoesNothing("checks date", checks, ChecksScreen.dateKeys)

        var intake = IntakeFixture.driver(IntakeFixture.household(consent: IntakeFixture.today))
        Self.pressingUndeclaredKeysDoesNothing("intake", intake, HousingFirstIntakeScreen.keys)
        var choosing = intake
        choosing.press(.character("t"))
        let count = IntakeFixture.page(choosing)?.intake.allowedNext.count ?? 0
        Self.pressingUndeclaredKeysDoesNothing("intake state", choosing, HousingFirstIntakeScreen.stateKeys(count: count))
        intake.press(.enter)
        Self.pressingUndeclaredKeysDoesNothing("intake input", intake, HousingFirstIntakeScreen.inputKeys)

        var checker = CheckerScreenTests.checker()
        Self.pressingUndeclaredKeysDoesNothing("checker questions", checker, CheckerScreen.questionKeys)
        checker.press(.character("s"), .character("s"), .character("s"), .character("s"), .character("s"), .character("s"))
        if case .results = CheckerScreenTests.screen(checker).mode {
            Self.pressingUndeclaredKeysDoesNothing("checker results", checker, CheckerScreen.resultKeys)
            checker.press(.character("p"))
            Self.pressingUndeclaredKeysDoesNothing("checker path", checker, CheckerScreen.pathKeys)
        }

        var admin = AdminScreenTests.admin()
        admin.press(.character("a"))
        Self.pressingUndeclaredKeysDoesNothing("administration", admin, AdminScreen.menuKeys)
        admin.press(.character("i"))
        Self.pressingUndeclaredKeysDoesNothing("import path", admin, AdminImportView.pathKeys)
    }

    @Test func aKeyOutsideTheMatchingTablesDoesNothing() throws {
        var d = MatchingFixture.driver(try MatchingFixture.demoData())
        Self.pressingUndeclaredKeysDoesNothing("matching", d, MatchingScreen.keys)
        d.press(.character("a"))
        if case .confirming = MatchingFixture.page(d)?.mode {
            Self.pressingUndeclaredKeysDoesNothing("matching question", d, MatchingScreen.questionKeys)
        }
    }

    @Test func theHintsFollowTheModeAndTheTab() {
        let s = Strings(language: .nl)
        var d = Driver(Fixture.state())
        #expect(!d.state.caseload.hints(s).contains { $0.key == "Esc" })
        d.press(.character("/"))
        d.type("pe")
        #expect(d.state.caseload.hints(s).map(\.key) == ["Enter", "Esc", "↑↓"])
        d.press(.enter)
        #expect(d.state.caseload.hints(s).contains { $0.key == "Esc" })
        d.press(.character(":"))
        #expect(d.state.caseload.hints(s).map(\.key) == ["Enter", "Tab", "Esc"])
    }
}
