import CaseModel
import Testing
@testable import ZorgTUI

@Suite struct AppLoopTests {
    private func run(_ events: [InputEvent], source: RecordingSource = RecordingSource()) -> (Int32, MemoryTerminal) {
        let terminal = MemoryTerminal(size: TerminalSize(rows: 24, columns: 80), events: events)
        let code = AppLoop.run(terminal: terminal, source: source, entries: try! source.entries(),
                               options: UIOptions(environment: [:]))
        return (code, terminal)
    }

    @Test func openingADossierRecordsTheViewAndShowsTheMembers() {
        let source = RecordingSource()
        // Enter asks the reason; 3 picks "controle rechten", which the access log gets.
        let (code, terminal) = run([.key(.down), .key(.enter), .key(.character("3")), .key(.character("?")), .key(.escape)],
                                   source: source)
        #expect(code == 143)  // the script ran out: the memory terminal reports terminate
        #expect(source.viewed == [DossierID(rawValue: "2024-00002")!])
        #expect(source.reasons == [.controleRechten])
        #expect(terminal.screen.text.contains("Mehmet Özdemir"))
    }

    @Test func aDossierWhoseViewCannotBeRecordedIsNotShown() {
        let source = RecordingSource()
        source.refuseToRecord = true
        let (_, terminal) = run([.key(.enter), .key(.enter)], source: source)
        #expect(!terminal.screen.text.contains("Geboren"))
        #expect(terminal.screen.text.contains("kan niet geopend worden: access log unavailable"))
    }

    @Test func quitExitCodes() {
        #expect(run([.key(.character("q"))]).0 == 0)
        #expect(run([.key(.interrupt)]).0 == 130)
        #expect(run([.terminate]).0 == 143)
    }

    @Test func aResizeEventRedrawsAtTheNewSize() {
        let (_, terminal) = run([.resize(TerminalSize(rows: 30, columns: 120))])
        #expect(terminal.screen.size == TerminalSize(rows: 30, columns: 120))
        #expect(terminal.screen.lines[29].contains("5 van 5 dossiers"))
    }
}
