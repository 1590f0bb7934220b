@testable import CaseModel
import Foundation
import Synchronization
import Testing
@testable import ZorgTUI

/// The real loop, a real background thread and a real store: Esc stops a running import between batches.
@Suite struct JobCancelLoopTests {
    /// A terminal that plays its keys, then waits (reporting no input) until the screen shows `until`, then
    /// reports terminate. Waiting is bounded, so a broken loop fails the test instead of hanging it.
    final class ScriptedTerminal: Terminal {
        private(set) var screen: ScreenBuffer
        private var events: [InputEvent]
        private let until: String
        private var idlePolls = 0

        init(size: TerminalSize, events: [InputEvent], until: String) {
            screen = ScreenBuffer(size: size)
            self.events = events
            self.until = until
        }

        var size: TerminalSize { screen.size }
        func clear() { screen = ScreenBuffer(size: screen.size) }
        func draw(_ text: String, row: Int, column: Int, style: Style) { screen.write(text, row: row, column: column, style: style) }
        func refresh() {}

        func readEvent(timeoutMilliseconds: Int) -> InputEvent? {
            if !events.isEmpty { return events.removeFirst() }
            idlePolls += 1
            if screen.text.contains(until) || idlePolls > 20_000 { return .terminate }
            usleep(1_000)
            return nil
        }
    }

    /// Starts jobs on a thread whose progress stops after the first batch until the job is cancelled; `start`
    /// returns only once that batch is written, so Esc is known to arrive while the import runs.
    final class FirstBatchGate: JobRunner, Sendable {
        let reached = Mutex(false)

        func start(_ request: JobRequest, source: CaseloadSource) -> RunningJob {
            let runner = ThreadJobRunner(makeProgress: {
                WorkProgress(onAdvance: { progress in
                    self.reached.withLock { $0 = true }
                    // Bounded: should Esc never cancel, the import goes on and the test fails instead of hanging.
                    var waited = 0
                    while !progress.isCancelled && waited < 20_000 { usleep(1_000); waited += 1 }
                })
            })
            let job = runner.start(request, source: source)
            while !reached.withLock({ $0 }) { usleep(1_000) }
            return job
        }
    }

    @Test func escStopsARunningImportBetweenBatches() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zorg-cancel-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let identity = Identity(user: "lotte")
        _ = try DemoStore.build(at: folder.appendingPathComponent("store").path, identity: identity)
        let store = try CaseStore(at: folder.appendingPathComponent("store").path, identity: identity)
        let before = try store.dossierIDs().count
        // 1,200 generated households: three batches of 500, 500 and 200.
        let list = folder.appendingPathComponent("lijst.csv")
        try Data(ClientListExport.csv(DemoGenerator(seed: 11).households(count: 1_200)).bytes).write(to: list)
        let source = StoreCaseloadSource(store: store, isAdmin: true)

        let keys: [Key] = [.character("a"), .character("i")] + list.path.map { .character($0) }
            + [.enter, .character("c"), .character("j"), .escape]
        let terminal = ScriptedTerminal(size: TerminalSize(rows: 24, columns: 100), events: keys.map { .key($0) },
                                        until: "Afgebroken")
        var state = AppState(entries: try source.entries(), storeName: "demo", size: terminal.size,
                             options: UIOptions(environment: [:]))
        state.isAdmin = true
        let code = AppLoop.run(terminal: terminal, source: source, state: state, jobs: FirstBatchGate())
        #expect(code == 143)
        #expect(terminal.screen.text.contains("Afgebroken na 500 van 1.200 dossiers; die blijven opgeslagen. Opnieuw importeren gaat verder."))

        // One whole batch is in the store, with its audit entry; nothing half-written, the chain intact.
        #expect(try store.dossierIDs().count == before + 500)
        let imports = try store.audit.entries().filter { $0.action == .import && $0.detail["file"] == "lijst.csv" }
        #expect(imports.map { $0.detail["batch"] } == ["1/3"])
        #expect(try store.audit.verify().isIntact)
        #expect(try store.loadAll().problems.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: store.root + "/pending-batch.json"))
        // The caseload on screen was read again: the new dossiers are there.
        let again = try source.planClientImport(path: list.path)
        #expect(again.count(of: "unchanged") == 500 && again.householdsToWrite.count == 700)
    }
}
