import CaseModel
import Foundation
import Testing
@testable import ZorgTUI

/// Long work in the UI: the progress panel, Esc asks to cancel, the end of a job.
@Suite struct JobProgressTests {
    static let today = Day(year: 2026, month: 11, day: 23)!

    static func driver(size: TerminalSize = TerminalSize(rows: 24, columns: 80), options: UIOptions = UIOptions(environment: [:])) -> Driver {
        var state = Fixture.state(size: size, options: options)
        state.today = today
        return Driver(state)
    }

    @Test func sStartsTheScanAsAJobWithItsPanel() {
        var d = Self.driver()
        d.press(.character("S"))
        #expect(d.effects == [.startJob(.scan(asOf: Self.today))])
        #expect(d.state.job?.kind == .scan)
        #expect(d.text.contains("Scan van de caseload"))
        #expect(d.text.contains("Starten…"))
        #expect(d.text.contains("Esc: annuleren"))
        #expect(d.lines[23].contains("Esc annuleren"))

        d.send(.jobProgress(WorkProgress.Snapshot(phase: .evaluating, done: 12_345, total: 100_000), elapsedSeconds: 7))
        #expect(d.text.contains("Regelmodules toepassen"))
        #expect(d.text.contains("12.345 / 100.000"))
        #expect(d.text.contains("0:07"))
        #expect(d.text.contains("12 %"))
        #expect(d.text.contains("█"))
    }

    @Test func whileAJobRunsOnlyEscAndCtrlCDoSomething() {
        var d = Self.driver()
        d.press(.character("S"))
        d.press(.down, .enter, .character("q"), .character("/"))
        #expect(d.effects == [.startJob(.scan(asOf: Self.today))])
        #expect(d.state.pages.isEmpty && !d.state.caseload.isEditingQuery)

        d.press(.escape)
        #expect(d.effects.last == .cancelJob)
        #expect(d.state.job?.cancelRequested == true)
        #expect(d.text.contains("Annuleren gevraagd"))
        d.press(.escape, .character("c"))
        #expect(d.effects.filter { $0 == .cancelJob }.count == 1)

        d.press(.interrupt)
        #expect(d.effects.last == .quit(exitCode: 130))
    }

    @Test func aCancelledScanSaysNothingWasKept() {
        var d = Self.driver()
        d.press(.character("S"), .escape)
        d.send(.jobFinished(.scanCancelled))
        #expect(d.state.job == nil)
        #expect(d.state.pages.isEmpty)
        #expect(d.lines[22].contains("Scan afgebroken; er is niets bewaard."))
        d.press(.down)
        #expect(d.state.caseload.cursor.selected == 1)  // keys work again
    }

    @Test func aCancelledImportSaysWhatStaysSaved() {
        var state = Fixture.state(size: TerminalSize(rows: 24, columns: 120))
        state.isAdmin = true
        var d = Driver(state)
        d.press(.character("a"), .character("i"))
        d.type("k.csv")
        d.press(.enter)
        #expect(d.effects.last == .startJob(.importPlan(path: "k.csv")))
        let plan = AdminScreenTests.plan()
        d.send(.jobFinished(.planned(plan)))
        d.press(.character("c"), .character("j"))
        #expect(d.effects.last == .startJob(.importCommit(PlannedImport(plan))))
        #expect(d.text.contains("Import opslaan"))
        d.send(.jobProgress(WorkProgress.Snapshot(phase: .writing, done: 4_000, total: 10_000), elapsedSeconds: 65))
        #expect(d.text.contains("Dossiers opslaan") && d.text.contains("4.000 / 10.000") && d.text.contains("1:05"))
        d.press(.escape)
        d.send(.jobFinished(.imported(StoreImport.CommitOutcome(written: 0, total: 10_000, cancelled: true), entries: nil)))
        #expect(d.state.job == nil)
        let stopped = "Import gestopt: geen van de 10.000 dossiers is weggeschreven (alles of niets). Opnieuw importeren kan."
        #expect(d.text.contains(stopped))
        // At 80 columns the message takes two lines rather than losing its end.
        d.send(.resize(TerminalSize(rows: 24, columns: 80)))
        let twoLines = d.lines[21].trimmingCharacters(in: .whitespaces) + " " + d.lines[22].trimmingCharacters(in: .whitespaces)
        #expect(twoLines == stopped)
        // A failure says the same about what is saved: nothing.
        d.press(.escape)
        d.press(.character("i"))
        d.type("k.csv")
        d.press(.enter)
        d.send(.jobFinished(.planned(plan)))
        d.press(.character("c"), .character("j"))
        d.send(.jobFinished(.importFailed(reason: "schijf vol", written: 0, total: 1_000, entries: nil)))
        #expect(d.text.contains("Import mislukt; geen van de 1.000 dossiers is weggeschreven: schijf vol"))
    }

    @Test func aCancelledDryRunGoesBackToThePath() {
        var state = Fixture.state()
        state.isAdmin = true
        var d = Driver(state)
        d.press(.character("a"), .character("i"))
        d.type("k.csv")
        d.press(.enter)
        d.send(.jobProgress(WorkProgress.Snapshot(phase: .planning), elapsedSeconds: 2))
        #expect(d.text.contains("Proefdraai van de import") && d.text.contains("niets wordt geschreven") && d.text.contains("0:02"))
        #expect(!d.text.contains("/ 0"))  // no count when the total is unknown
        d.press(.escape)
        d.send(.jobFinished(.planCancelled))
        #expect(d.lines[22].contains("Proefdraai afgebroken; er is niets geschreven."))
        d.press(.right)  // the next key clears the message: the path is there again, as typed
        #expect(d.lines[22].contains("CSV-bestand: k.csv"))
        d.press(.enter)
        #expect(d.effects.last == .startJob(.importPlan(path: "k.csv")))
    }

    @Test func plainAndEnglish() {
        var d = Self.driver(options: UIOptions(language: .en, plain: true, environment: [:]))
        d.press(.character("S"))
        d.send(.jobProgress(WorkProgress.Snapshot(phase: .evaluating, done: 50_000, total: 100_000), elapsedSeconds: 3_725))
        #expect(d.text.contains("50,000 / 100,000"))
        #expect(d.text.contains("1:02:05"))
        #expect(d.text.contains("#####") && d.text.contains("-----"))
        #expect(!d.text.contains("█") && !d.text.contains("┌"))
        #expect(d.text.contains("Esc: cancel"))
    }

    @Test func numbersInDutchAndEnglish() {
        let nl = Strings(language: .nl), en = Strings(language: .en)
        #expect(nl.number(0) == "0")
        #expect(nl.number(999) == "999")
        #expect(nl.number(1_000) == "1.000")
        #expect(nl.number(100_000) == "100.000")
        #expect(nl.number(-1_234_567) == "-1.234.567")
        #expect(en.number(12_345) == "12,345")
        #expect(nl.elapsed(seconds: 59) == "0:59")
        #expect(nl.elapsed(seconds: 600) == "10:00")
    }

    @Test func colonScanStartsItToo() {
        var d = Self.driver()
        d.press(.character(":"))
        d.type("scan")
        d.press(.enter)
        #expect(d.effects == [.startJob(.scan(asOf: Self.today))])
        d.press(.escape)
        d.send(.jobFinished(.scanCancelled))
        d.press(.character("?"))
        #expect(d.text.contains("S  :scan"))
    }
}
