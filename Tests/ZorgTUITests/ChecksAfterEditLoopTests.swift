@testable import CaseModel
import Foundation
import Testing
@testable import ZorgTUI

/// The real loop on a real store: on the checks screen, a missing fact → Enter → the dossier's form → save →
/// back. The checks screen then shows the outcome computed from the saved dossier, never the old one.
@Suite struct ChecksAfterEditLoopTests {
    @Test func afterFillingInAMissingFactTheChecksShowTheNewOutcome() throws {
        let source = try MatchingFixture.demoSource()
        defer { MatchingFixture.remove(source) }
        let today = Day.today()
        let id = DossierID(rawValue: "2023-00618")!
        let column = "kan_niet_verwarmen"
        // The demo household lacks whether it can heat its home, so energy poverty is only possible; with the
        // answer "ja" it is decided. (Checked here, so a changed demo fails loudly instead of passing.)
        let before = try source.checks(of: try source.store.load(id), asOf: today)
        let possible = try #require(before.first { $0.rule == "energiearmoede" })
        try #require(possible.outcome == .possible && possible.missing == [column])
        var answered = try source.store.load(id)
        answered.set(column, to: .bool(true))
        let after = source.ruleSet.evaluate(household: answered, asOf: today, ruleIDs: nil,
                                            lookup: CaregiverIndex(households: try source.store.loadAll().households))
        let decided = try #require(after.first { $0.rule == "energiearmoede" })
        try #require(decided.outcome != .possible)

        let s = Strings(language: .nl)
        func counts(_ results: [RuleResult]) -> String {
            s.checksCount(ChecksScreen.groups.map { g in results.filter { $0.kind == .right && $0.outcome == g }.count },
                          signalled: results.filter { $0.kind != .right && $0.outcome == .eligible }.count)
        }
        try #require(counts(before) != counts(after), "the counts tell the two apart")
        typealias Step = ScriptedTerminal.Step
        let steps: [Step] = [.key(.character("/"))] + id.rawValue.map { .key(.character($0)) } + [
            .key(.enter), .waitFor("1 van 55"), .key(.character("c")), .waitFor(counts(before)),
            .pressUntilSelected(.down, "Energiearmoede"), .key(.enter),
            .pressUntilSelected(.down, s.factLabel(column)), .key(.enter),
            .waitFor("Bewerken"), .key(.character("j")), .key(Form.ctrlS), .waitFor("Opgeslagen (revisie"),
            .key(.escape), .waitFor("Controles \(id.rawValue) —"),
        ]
        let terminal = ScriptedTerminal(size: TerminalSize(rows: 40, columns: 100), steps: steps)
        let state = AppState(entries: try EffectWork.caseloadEntries(source), storeName: "demo", size: terminal.size,
                             options: UIOptions(environment: [:]), today: Day.today(), user: source.user)
        #expect(AppLoop.run(terminal: terminal, office: source, state: state) == 143)

        let screen = terminal.screen.text
        #expect(try source.store.load(id).value(of: column) == .bool(true), "the answer was saved")
        #expect(screen.contains(counts(after)), "the counts of the saved dossier: \(screen)")
        #expect(!screen.contains(counts(before)))
        #expect(screen.contains(s.outcomeLine(decided)))
        var undecided = decided
        undecided.outcome = .possible
        #expect(!screen.contains(s.outcomeLine(undecided)))
    }
}
