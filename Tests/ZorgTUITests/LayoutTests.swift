import Foundation
import Testing
@testable import ZorgTUI

@Suite struct LayoutTests {
    @Test func tooSmallTerminalShowsOnlyTheMessageCentred() {
        let d = Driver(Fixture.state(size: TerminalSize(rows: 14, columns: 80)))
        let nonEmpty = d.lines.enumerated().filter { !$0.element.isEmpty }
        #expect(nonEmpty.count == 1)
        #expect(nonEmpty.first?.offset == 7)
        let line = nonEmpty.first!.element
        #expect(line.trimmingCharacters(in: .whitespaces) == "Terminal te klein (minstens 60×15)")
        let left = line.prefix { $0 == " " }.count
        #expect(abs(left - (80 - 34 - left)) <= 1)
    }

    @Test func aTinyTerminalWrapsTheMessageWholeInsteadOfCuttingIt() {
        let d = Driver(Fixture.state(size: TerminalSize(rows: 5, columns: 20)))
        let shown = d.lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(shown == ["Terminal te klein", "(minstens 60×15)"])
        #expect(d.lines.allSatisfy { DisplayWidth.of($0) <= 20 })
    }

    @Test func narrowTerminalIsTooSmallToo() {
        let d = Driver(Fixture.state(size: TerminalSize(rows: 24, columns: 59)))
        #expect(d.text.contains("Terminal te klein"))
        #expect(!d.text.contains("Yılmaz"))
    }

    @Test func resizeRelayoutsTheListAndTheStatusLine() {
        var d = Driver(Fixture.state())
        #expect(d.lines[23].contains("5 van 5 dossiers"))
        #expect(!d.text.contains("Adres"))
        d.send(.resize(TerminalSize(rows: 40, columns: 130)))
        #expect(d.screen.size == TerminalSize(rows: 40, columns: 130))
        #expect(d.lines[39].contains("5 van 5 dossiers"))
        #expect(d.lines[1].contains("Adres"))  // a wide terminal also shows the address
        #expect(d.text.contains("Stalenstraat 12, 3600 Genk"))
        d.send(.resize(TerminalSize(rows: 10, columns: 50)))
        #expect(d.text.contains("Terminal te klein"))
        d.send(.resize(TerminalSize(rows: 24, columns: 80)))
        #expect(d.lines[23].contains("5 van 5 dossiers"))
    }

    @Test func resizeKeepsTheSelectionVisible() {
        let many = (1...60).map { Fixture.household("D-\($0)", [Fixture.person("P\($0)", "Naam")]) }
        var d = Driver(Fixture.state(many), households: many)
        d.press(.end)
        d.send(.resize(TerminalSize(rows: 15, columns: 60)))
        #expect(d.text.contains("D-60"))
    }

    @Test func everyRowFitsIn80ColumnsAndTheListUsesTheRows() {
        let d = Driver(Fixture.state())
        #expect(d.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(d.lines[2].contains("2024-00001"))
        #expect(d.lines[6].contains("2024-00005"))
    }

    @Test func plainModeHasNoBoxDrawingCharactersAndMarksTheSelection() {
        var d = Driver(Fixture.state(options: UIOptions(plain: true, environment: [:])))
        func hasBoxDrawing(_ text: String) -> Bool { text.unicodeScalars.contains { (0x2500...0x257F).contains($0.value) } }
        #expect(d.lines[2].hasPrefix(">"))
        d.press(.character("?"))
        #expect(d.text.contains("dossier openen"))
        #expect(!hasBoxDrawing(d.text))
        d.press(.escape, .enter)
        #expect(!hasBoxDrawing(d.text))

        var boxed = Driver(Fixture.state())
        boxed.press(.character("?"))
        #expect(hasBoxDrawing(boxed.text))  // the check above can fail: normal mode does draw a frame
    }

    @Test func noColorEnvironmentOrOptionTurnsColoursOff() {
        #expect(UIOptions(environment: [:]).colors)
        #expect(!UIOptions(environment: ["NO_COLOR": "1"]).colors)
        #expect(UIOptions(environment: ["NO_COLOR": ""]).colors)
        #expect(!UIOptions(noColor: true, environment: [:]).colors)
    }

    @Test func anOpenErrorIsShownOnTheMessageLine() {
        var d = Driver(Fixture.state())
        d.send(.dossierFailed(Fixture.households[0].id, reason: "access log unavailable"))
        #expect(d.lines[22].contains("Dossier 2024-00001 kan niet geopend worden: access log unavailable"))
        d.press(.down)
        #expect(!d.text.contains("kan niet geopend"))
    }
}
