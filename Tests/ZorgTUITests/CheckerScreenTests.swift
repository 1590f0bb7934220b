import CaseModel
import Foundation
import Testing
@testable import ZorgTUI

/// The volunteer checker on screen: steps, skip, back, validation, results grouping, saving the summary.
@Suite struct CheckerScreenTests {
    static let today = Day(year: 2026, month: 11, day: 23)!
    static let ruleSet = RuleSet.load().ruleSet

    static func checker(size: TerminalSize = TerminalSize(rows: 24, columns: 80), language: Language = .nl,
                        plain: Bool = false) -> Driver {
        Driver(AppState.checkerOnly(ruleSet: ruleSet, today: today, size: size,
                                    options: UIOptions(language: language, plain: plain, environment: [:])))
    }

    static func screen(_ d: Driver) -> CheckerScreen {
        guard case .checker(let page) = d.state.pages.last else { fatalError("no checker") }
        return page
    }

    @Test func theFirstQuestionShowsTheStepCounterAndHidesTheStore() {
        let d = Self.checker()
        #expect(d.lines[0].contains("zonder store"))
        #expect(d.lines[1].contains("Vraag 1 van 11"))
        #expect(d.text.contains("Leeftijd of geboortejaar"))
        #expect(d.lines[23].contains("Enter volgende") && d.lines[23].contains("vraag 1 van 11"))
    }

    @Test func nextAndBackKeepTheAnswers() {
        var d = Self.checker()
        d.type("45")
        d.press(.enter)
        #expect(d.lines[1].contains("Vraag 2 van 11 — Partner"))
        d.press(.escape)
        #expect(d.lines[1].contains("Vraag 1 van 11"))
        #expect(d.text.contains("[45"))
        d.press(.pageDown)
        #expect(d.lines[1].contains("Vraag 2 van 11"))
        d.press(.pageUp)
        #expect(d.lines[1].contains("Vraag 1 van 11"))
    }

    @Test func aWrongAnswerStopsTheStepWithItsReason() {
        var d = Self.checker()
        d.type("300")
        d.press(.enter)
        #expect(d.lines[1].contains("Vraag 1 van 11"))
        #expect(d.lines[22].contains("300 is geen leeftijd"))
        d.press(.backspace, .backspace)
        d.press(.enter)
        #expect(d.lines[1].contains("Vraag 2 van 11"))
    }

    @Test func skippingLeavesTheQuestionUnknown() {
        var d = Self.checker()
        d.type("45")
        d.press(.character("s"))
        #expect(d.lines[1].contains("Vraag 2 van 11"))
        #expect(Self.screen(d).answers["aanvrager_leeftijd"] == nil)
    }

    @Test func choicesCycleThroughUnknownAndNoPartnerShortensTheList() {
        var d = Self.checker()
        d.press(.enter)
        #expect(d.text.contains("< onbekend >"))
        d.press(.right)
        #expect(d.text.contains("< ja >"))
        d.press(.right)
        #expect(d.text.contains("< nee >"))
        d.press(.enter)
        #expect(d.lines[1].contains("Vraag 3 van 10"))
        d.press(.escape, .right)
        #expect(d.text.contains("< onbekend >"))
    }

    @Test func aTickListTicksNoneOfTheseAlone() {
        var d = Self.checker()
        for _ in 0..<5 { d.press(.character("s")) }
        #expect(d.lines[1].contains("Wat ontvangt Persoon 1 al?"))
        d.press(.character(" "))
        #expect(d.text.contains("[x] verhoogde tegemoetkoming"))
        d.press(.end)  // not a form key: nothing happens
        for _ in 0..<17 { d.press(.down) }
        d.press(.character(" "))
        #expect(d.text.contains("[x] geen van deze"))
        #expect(!d.text.contains("[x] verhoogde tegemoetkoming"))
        #expect(Self.screen(d).answers.selection("statuten_1") == ["geen"])
    }

    static func answerPensioner(_ d: inout Driver) {
        d.type("70")                      // 1 age
        d.press(.down, .right)             //   civil status: alleenstaand
        d.press(.enter)
        d.press(.right, .right, .enter)    // 2 partner: nee
        d.press(.enter)                    // 3 children: none said
        d.type("3600"); d.press(.enter)    // 4 postcode
        d.type("14000"); d.press(.down); d.type("1150"); d.press(.enter)  // 5 income
        d.press(.down, .down, .down, .character(" "))  // 6 statuses: igo
        d.press(.enter)
        d.press(.right, .right, .down); d.type("650"); d.press(.enter)    // 7 housing: private rent
        d.press(.right); d.press(.enter)   // 8 heating: gas
        d.press(.character("s"), .character("s"))  // 9, 10 skipped
    }

    @Test func theResultIsGroupedWithPlacesAndDocuments() {
        var d = Self.checker(size: TerminalSize(rows: 60, columns: 120))
        Self.answerPensioner(&d)
        let text = d.text
        #expect(text.contains("Wat het gezin waarschijnlijk kan krijgen (23-11-2026)"))
        #expect(text.contains("Waarschijnlijk recht op"))
        #expect(text.contains("Verhoogde tegemoetkoming"))
        #expect(text.contains("Waar: het ziekenfonds"))
        #expect(text.contains("Meebrengen: laatste aanslagbiljet"))
        #expect(text.contains("Waarschijnlijk geen recht op"))
        let likely = text.range(of: "Waarschijnlijk recht op")!, unlikely = text.range(of: "Waarschijnlijk geen recht op")!
        #expect(likely.lowerBound < unlikely.lowerBound)
        #expect(!text.contains("Housing First"))
        // Back to the questions keeps everything; the result comes again.
        d.press(.escape)
        #expect(d.lines[1].contains("Vraag 10 van 10"))
        d.press(.enter)
        #expect(d.text.contains("Waarschijnlijk recht op"))
    }

    @Test func nothingAnsweredGivesMaybesWithWhatIsStillUnknown() {
        var d = Self.checker(size: TerminalSize(rows: 40, columns: 100))
        for _ in 0..<11 { d.press(.character("s")) }
        #expect(d.text.contains("Misschien — nog na te gaan"))
        #expect(d.text.contains("Nog na te gaan: Persoon 1: leeftijd"))
    }

    @Test func savingAsksForAPathAndConfirmsAnOverwrite() {
        var d = Self.checker()
        for _ in 0..<11 { d.press(.character("s")) }
        d.press(.character("p"))
        #expect(d.lines[22].hasPrefix("Bestand voor de samenvatting:"))
        d.type("/tmp/x/samenvatting.txt")
        d.press(.enter)
        guard case .checker(.writeSummary(let path, let text, let overwrite)) = d.effects.last else {
            Issue.record("no write effect"); return
        }
        #expect(path == "/tmp/x/samenvatting.txt" && !overwrite)
        #expect(text.contains("Misschien — nog na te gaan:"))
        d.send(.checker(.summary(.exists(path: path))))
        #expect(d.lines[22].contains("bestaat al. Overschrijven? (j/n)"))
        d.press(.character("j"))
        #expect(d.effects.last == .checker(.writeSummary(path: path, text: text, overwrite: true)))
        d.send(.checker(.summary(.written(path: path))))
        #expect(d.lines[22].contains("Samenvatting opgeslagen in /tmp/x/samenvatting.txt"))
        #expect(d.effects.count == 2)
    }

    @Test func leavingTheCheckerAloneQuits() {
        var d = Self.checker()
        d.press(.escape)
        #expect(d.effects == [.quit(exitCode: 0)])
        var e = Self.checker()
        e.press(.character("q"))
        #expect(e.effects == [.quit(exitCode: 0)])
    }

    @Test func helpListsTheQuestionKeys() {
        var d = Self.checker()
        d.press(.character("?"))
        #expect(d.text.contains("volgende vraag (leeg = onbekend)"))
        #expect(d.text.contains("vraag overslaan"))
    }

    @Test func englishAndPlain() {
        var d = Self.checker(language: .en, plain: true)
        #expect(d.lines[1].contains("Question 1 of 11"))
        #expect(d.lines[3].hasPrefix(">"))
        for _ in 0..<11 { d.press(.character("s")) }
        #expect(d.text.contains("Maybe — still to find out"))
    }

    /// The whole loop with a memory terminal: the only file that appears is the one typed.
    @Test func theLoopWritesOnlyTheNamedFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zorg-checker-ui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("voor-de-burger.txt").path
        var events: [InputEvent] = Array(repeating: .key(.character("s")), count: 11) + [.key(.character("p"))]
        events += path.map { .key(.character($0)) } + [.key(.enter)]
        events += [.key(.character("q"))]
        let terminal = MemoryTerminal(size: TerminalSize(rows: 24, columns: 80), events: events)
        let state = AppState.checkerOnly(ruleSet: Self.ruleSet, today: Self.today, size: terminal.size,
                                         options: UIOptions(environment: [:]))
        let code = AppLoop.run(terminal: terminal, office: nil, state: state)
        #expect(code == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["voor-de-burger.txt"])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("Welke rechten kunnen er zijn?"))
    }
}
