import CaseModel
import Testing
@testable import ZorgTUI

@Suite struct AppLoopTests {
    private func run(_ events: [InputEvent], office: Office? = nil) throws -> (Int32, MemoryTerminal) {
        let terminal = MemoryTerminal(size: TerminalSize(rows: 24, columns: 80), events: events)
        let code = try AppLoop.run(terminal: terminal, office: office ?? TestOffice.memory(), options: UIOptions(environment: [:]))
        return (code, terminal)
    }

    @Test func openingADossierRecordsTheViewAndShowsTheMembers() throws {
        let office = try TestOffice.memory()
        // Enter asks the reason; 3 picks "controle rechten", which the access log gets.
        let (code, terminal) = try run([.key(.down), .key(.enter), .key(.character("3")), .key(.character("?")), .key(.escape)],
                                       office: office)
        #expect(code == 143)  // the script ran out: the memory terminal reports terminate
        let views = try TestOffice.views(office)
        #expect(views.map(\.0) == [DossierID(rawValue: "2024-00002")!])
        #expect(views.map(\.1) == [AccessReason.controleRechten.rawValue])
        #expect(terminal.screen.text.contains("Mehmet Özdemir"))
    }

    @Test func aDossierWhoseViewCannotBeRecordedIsNotShown() throws {
        let files = MemoryFileSystem()
        let office = try TestOffice.memory(fileSystem: files)
        let terminal = MemoryTerminal(size: TerminalSize(rows: 24, columns: 80), events: [.key(.enter), .key(.enter)])
        let state = AppState(entries: try EffectWork.caseloadEntries(office), storeName: "test", size: terminal.size,
                             options: UIOptions(environment: [:]), today: Day.today())
        // From here on the access log cannot be written.
        files.failingAppends.withLock { $0 = "audit" }
        _ = AppLoop.run(terminal: terminal, office: office, state: state)
        #expect(!terminal.screen.text.contains("Geboren"))
        #expect(terminal.screen.text.contains("aanvullen mislukt: geen toestemming"))
    }

    @Test func quitExitCodes() throws {
        #expect(try run([.key(.character("q"))]).0 == 0)
        #expect(try run([.key(.interrupt)]).0 == 130)
        #expect(try run([.terminate]).0 == 143)
    }

    @Test func aResizeEventRedrawsAtTheNewSize() throws {
        let (_, terminal) = try run([.resize(TerminalSize(rows: 30, columns: 120))])
        #expect(terminal.screen.size == TerminalSize(rows: 30, columns: 120))
        #expect(terminal.screen.lines[29].contains("5 van 5 dossiers"))
    }
}
