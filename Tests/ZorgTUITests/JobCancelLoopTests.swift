@testable import CaseModel
import Foundation
import Synchronization
import Testing
@testable import ZorgTUI

/// The real loop, a real background thread and a real store: Esc stops a running import between batches.
@Suite struct JobCancelLoopTests {
    /// A terminal that plays a script: keys, and waits (reporting no input) until the screen shows a text. At
    /// the end of the script it reports terminate. Each wait is bounded, so a broken loop fails the test instead
    /// of hanging it.
    final class ScriptedTerminal: Terminal {
        enum Step { case key(Key), waitFor(String) }

        private(set) var screen: ScreenBuffer
        private var steps: [Step]
        private var idlePolls = 0

        init(size: TerminalSize, steps: [Step]) {
            screen = ScreenBuffer(size: size)
            self.steps = steps
        }

        var size: TerminalSize { screen.size }
        func clear() { screen = ScreenBuffer(size: screen.size) }
        func draw(_ text: String, row: Int, column: Int, style: Style) { screen.write(text, row: row, column: column, style: style) }
        func refresh() {}

        func readEvent(timeoutMilliseconds: Int) -> InputEvent? {
            while let step = steps.first {
                switch step {
                case .key(let key):
                    steps.removeFirst()
                    return .key(key)
                case .waitFor(let text):
                    if screen.text.contains(text) || idlePolls > 20_000 {
                        steps.removeFirst()
                        idlePolls = 0
                        continue
                    }
                    idlePolls += 1
                    usleep(1_000)
                    return nil
                }
            }
            return .terminate
        }
    }

    /// Starts an import's commit on a thread whose progress stops after the first batch until the job is
    /// cancelled; `start` returns only once that batch is written, so Esc is known to arrive while the import
    /// runs. Other jobs (the dry run) start as usual.
    final class FirstBatchGate: JobRunner, Sendable {
        let reached = Mutex(false)

        func start(_ request: JobRequest, source: CaseloadSource) -> RunningJob {
            guard case .importCommit = request else { return ThreadJobRunner().start(request, source: source) }
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

        typealias Step = ScriptedTerminal.Step
        let steps: [Step] = [.key(.character("a")), .key(.character("i"))] + list.path.map { .key(.character($0)) }
            + [.key(.enter), .waitFor("1200 nieuw"), .key(.character("c")), .key(.character("j")), .key(.escape),
               .waitFor("Afgebroken")]
        let terminal = ScriptedTerminal(size: TerminalSize(rows: 24, columns: 100), steps: steps)
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
