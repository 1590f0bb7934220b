@testable import CaseModel
import Foundation
import Testing
@testable import ZorgTUI

/// The administration screens: hidden for others, the import's dry-run table before any commit, its report
/// after it, and the rule modules with their marks and tests.
@Suite struct AdminScreenTests {
    static let today = Day(year: 2026, month: 11, day: 23)!

    static func admin(size: TerminalSize = TerminalSize(rows: 24, columns: 100)) -> Driver {
        var state = Fixture.state(size: size)
        state.isAdmin = true
        return Driver(state)
    }

    /// One existing dossier, a changed one, a new one and a rejected row.
    static func plan() -> ImportPlan {
        let existing = Fixture.household("2024-00002", [Fixture.person("Mehmet", "Özdemir", born: "30-07-1985")])
        let lines = [
            "dossier;voornaam;naam;geboortedatum;rol;postcode",
            "2024-00002;Mehmet;Özdemir;30-07-1985;aanvrager;3600",
            "2024-00010;Sara;Claes;01-01-1990;aanvrager;3600",
            "2024-00011;Tom;Wouters;31-02-1990;aanvrager;3600",
        ]
        let options = ImportOptions(fileName: "klanten.csv", allOrNothing: false, today: today, user: "admin")
        return ClientListImport.plan(Array(lines.joined(separator: "\n").utf8), options: options,
                                     context: InMemoryImportContext(households: [existing]))
    }

    @Test func theKeyIsHiddenForOthers() {
        var d = Driver(Fixture.state())
        d.press(.character("a"))
        #expect(d.state.pages.isEmpty)
        d.press(.character("?"))
        #expect(!d.text.contains("beheer (import, regelmodules)"))

        var a = Self.admin()
        a.press(.character("?"))
        #expect(a.text.contains("beheer (import, regelmodules)"))
        a.press(.escape, .character("a"))
        #expect(a.lines[1].contains("Beheer"))
        #expect(a.text.contains("Cliëntenlijst importeren"))
        a.press(.escape)
        #expect(a.state.pages.isEmpty)
    }

    @Test func typingASearchIsNotTheAdminKey() {
        var a = Self.admin()
        a.press(.character("/"))
        a.type("a")
        #expect(a.state.pages.isEmpty)
        #expect(a.state.caseload.query == "a")
    }

    @Test func theDryRunIsShownAsATableBeforeAnythingIsWritten() {
        var d = Self.admin()
        d.press(.character("a"), .character("i"))
        #expect(d.lines[22].hasPrefix("CSV-bestand:"))
        d.type("klanten.csv")
        d.press(.enter)
        #expect(d.effects == [.startJob(.importPlan(path: "klanten.csv"))])
        #expect(d.text.contains("Proefdraai van de import"))
        let plan = Self.plan()
        d.send(.jobFinished(.planned(plan)))
        #expect(d.state.job == nil)
        let text = d.text
        #expect(d.lines[1].contains("klanten.csv — 1 nieuw · 0 gewijzigd · 1 ongewijzigd · 1 afgewezen"))
        #expect(text.contains("2024-00010") && text.contains("nieuw"))
        #expect(text.contains("2024-00002") && text.contains("ongewijzigd"))
        #expect(text.contains("2024-00011") && text.contains("afgewezen") && text.contains("geboortedatum"))
        #expect(d.effects.count == 1)  // nothing committed yet

        d.press(.character("c"))
        #expect(d.lines[22].contains("1 dossiers opslaan? (j/n)"))
        d.press(.character("n"))
        #expect(d.effects.count == 1)
        d.press(.character("c"), .character("j"))
        // The commit runs as a background job with a progress panel.
        #expect(d.effects.last == .startJob(.importCommit(PlannedImport(plan))))
        #expect(d.text.contains("Import opslaan") && d.text.contains("Esc: annuleren"))
        d.send(.jobFinished(.imported(StoreImport.CommitOutcome(written: 1, total: 1, cancelled: false), entries: nil)))
        #expect(d.state.job == nil)
        // Then the report: the rejected row with line, column and value, as the command line prints it.
        let rejected = d.lines.first { $0.contains("geboortedatum") } ?? ""
        #expect(rejected.contains("klanten.csv:4: kolom geboortedatum, waarde \"99-99-9999\""))
        #expect(!d.text.contains("Proefdraai"), "after the commit it is no longer a dry run")
        #expect(d.lines[22].contains("Opgeslagen: 1 dossiers"))
        d.press(.tab)
        #expect(d.text.contains("2024-00010"))
    }

    @Test func aCommittedImportRefreshesTheCaseload() {
        var d = Self.admin()
        d.press(.character("a"), .character("i"))
        d.type("k.csv")
        d.press(.enter)
        d.send(.admin(.importPlanned(Self.plan())))
        d.press(.character("c"), .character("j"))
        let more = Fixture.households + [Fixture.household("2024-00010", [Fixture.person("Sara", "Claes")])]
        d.send(.jobFinished(.imported(StoreImport.CommitOutcome(written: 1, total: 1, cancelled: false),
                                      entries: more.map(CaseloadEntry.init(household:)))))
        #expect(d.state.caseload.entries.count == 6)
    }

    @Test func theRuleModulesWithMarksAndTests() {
        var d = Self.admin(size: TerminalSize(rows: 30, columns: 120))
        d.press(.character("a"), .character("r"))
        #expect(d.effects == [.admin(.loadRules)])
        let load = RuleSet.load()
        d.send(.admin(.rulesLoaded(load, today: Self.today)))
        #expect(d.text.contains("verhoogde-tegemoetkoming"))
        #expect(d.text.contains("mantelzorgpremie"))
        #expect(d.lines[29].contains("23 modules"))
        let marks = load.ruleSet.modules.map { AdminRulesView.marks($0, today: Self.today) }
        if marks.contains(where: { $0.unconfirmed > 0 }) { #expect(d.text.contains("onbevestigd")) }

        d.press(.character("t"))
        #expect(d.effects.last == .admin(.runRuleTests))
        var reports: [String: RuleTestReport] = [:]
        for m in load.ruleSet.modules { reports[m.id] = RuleTestRunner.run(load.ruleSet, moduleIDs: [m.id]) }
        d.send(.admin(.ruleTestsRan(reports)))
        #expect(d.text.contains("OK "))
        #expect(d.lines[29].contains("geslaagd, 0 mislukt"))

        d.press(.enter)
        #expect(d.lines[1].hasPrefix("verhoogde-tegemoetkoming"))
        #expect(d.text.contains("Parameters:"))
        #expect(d.text.contains("bron:"))
        d.press(.escape)
        #expect(d.text.contains("mantelzorgpremie"))
    }

    @Test func aFailingTestIsShownAsFailed() {
        var d = Self.admin(size: TerminalSize(rows: 30, columns: 120))
        d.press(.character("a"), .character("r"))
        let load = RuleSet.load()
        d.send(.admin(.rulesLoaded(load, today: Self.today)))
        d.press(.character("t"))
        let failure = RuleTestFailure(file: "leefloon.tests.yaml", line: 3, testCase: "x", message: "expected eligible")
        d.send(.admin(.ruleTestsRan(["leefloon": RuleTestReport(passed: 2, failures: [failure], problems: [], untested: [])])))
        #expect(d.text.contains("MISLUKT 1/3"))
    }

    /// The effect runner on the real office: a caseworker is refused; an administrator plans her own file and
    /// commits it, and the caseload comes back with the new dossier.
    @Test func effectsRunAgainstTheOffice() throws {
        let folder = FileManager.default.temporaryDirectory.path + "/zorg-admin-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/klanten.csv"
        try Data("dossier;voornaam;naam;geboortedatum;rol;postcode\n2024-00010;Sara;Claes;01-01-1990;aanvrager;3600\n".utf8)
            .write(to: URL(fileURLWithPath: path))
        let files = MemoryFileSystem()
        let admin = try TestOffice.memory(fileSystem: files)
        try admin.grant(.caseworker, to: "bob")
        let caseworker = try Office.open(at: admin.root, identity: Identity(user: "bob"), fileSystem: files)
        guard case .admin(.importFailed) = TestOffice.run(.admin(.planImport(path: path)), caseworker) else {
            Issue.record("a caseworker must be refused"); return
        }
        guard case .admin(.importPlanned(let plan)) = TestOffice.run(.admin(.planImport(path: path)), admin) else {
            Issue.record("no plan"); return
        }
        guard case .jobFinished(.imported(let outcome, let entries)) = TestOffice.run(.admin(.commitImport(PlannedImport(plan))), admin) else {
            Issue.record("no commit"); return
        }
        #expect(outcome.written == 1 && entries?.count == 6)
        #expect(try admin.auditEntries().contains { $0.action == .import })
    }
}
