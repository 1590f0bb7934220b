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

/// A terminal where the rest of a paste has already arrived: `pendingEvent` hands it over without waiting.
private final class PastingTerminal: Terminal {
    private(set) var screen: ScreenBuffer
    private var events: [InputEvent]
    private(set) var refreshCount = 0

    init(size: TerminalSize, events: [InputEvent]) {
        screen = ScreenBuffer(size: size)
        self.events = events
    }

    var size: TerminalSize { screen.size }
    func clear() { screen = ScreenBuffer(size: screen.size) }
    func draw(_ text: String, row: Int, column: Int, style: Style) { screen.write(text, row: row, column: column, style: style) }
    func refresh() { refreshCount += 1 }
    func readEvent(timeoutMilliseconds: Int) -> InputEvent? { events.isEmpty ? .terminate : events.removeFirst() }
    func pendingEvent() -> InputEvent? { events.isEmpty ? nil : events.removeFirst() }
}

@Suite struct PasteLoopTests {
    @Test func aPastedNoteIsDrawnAFewTimesNotOncePerCharacter() throws {
        let office = try TestOffice.memory()
        let note = (1...300).map { "regel \($0)" }.joined(separator: "\n")
        let keys: [InputEvent] = [.key(.enter), .key(.enter), .key(.character("n"))]
            + note.map { $0 == "\n" ? .key(.enter) : .key(.character($0)) } + [.key(Form.ctrlS)]
        let terminal = PastingTerminal(size: TerminalSize(rows: 24, columns: 80), events: keys)
        _ = try AppLoop.run(terminal: terminal, office: office, options: UIOptions(environment: [:]), runner: InlineEffectRunner())
        #expect(terminal.refreshCount < 100, "\(terminal.refreshCount) frames for \(keys.count) keys")
        #expect(terminal.screen.text.contains("regel 1 (+299 regels, Enter)"))
        let stored = try office.reread(Fixture.households[0].id)
        #expect(stored.notes.last?.text == note)
    }
}
