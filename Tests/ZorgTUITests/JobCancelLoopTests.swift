@testable import CaseModel
import Foundation
import Synchronization
import Testing
@testable import ZorgTUI

/// The real loop, a real background thread and a real store: Esc stops a running import before anything is written.
@Suite struct JobCancelLoopTests {
    /// Starts an import's commit on a thread whose progress stops at its first count until the job is
    /// cancelled; `start` returns only once the import is under way, so Esc is known to arrive while it runs.
    /// Other jobs (the dry run) start as usual.
    final class FirstBatchGate: EffectRunner, Sendable {
        let reached = Mutex(false)

        func start(_ effect: Effect, office: Office?, context: EffectWork.Context) -> RunningEffect {
            guard case .startJob(.importCommit) = effect else {
                return ThreadEffectRunner().start(effect, office: office, context: context)
            }
            let runner = ThreadEffectRunner(makeProgress: {
                WorkProgress(onAdvance: { progress in
                    self.reached.withLock { $0 = true }
                    // Bounded: should Esc never cancel, the import goes on and the test fails instead of hanging.
                    var waited = 0
                    while !progress.isCancelled && waited < 20_000 { usleep(1_000); waited += 1 }
                })
            })
            let job = runner.start(effect, office: office, context: context)
            while !reached.withLock({ $0 }) { usleep(1_000) }
            return job
        }
    }

    @Test func escStopsARunningImportAndNothingIsWritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zorg-cancel-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let identity = Identity(user: "lotte")
        _ = try DemoStore.build(at: folder.appendingPathComponent("store").path, identity: identity, today: Day.today())
        let store = try CaseStore(at: folder.appendingPathComponent("store").path, identity: identity)
        let before = try store.dossierIDs().count
        let entriesBefore = try store.audit.entries().filter { $0.action == .import }.count
        let list = folder.appendingPathComponent("lijst.csv")
        try Data(ClientListExport.csv(DemoGenerator(seed: 11).households(count: 1_200)).bytes).write(to: list)
        let source = try Office.open(at: store.root, identity: identity)

        typealias Step = ScriptedTerminal.Step
        let steps: [Step] = [.key(.character("a")), .key(.character("i"))] + list.path.map { .key(.character($0)) }
            + [.key(.enter), .waitFor("1200 nieuw"), .key(.character("c")), .key(.character("j")), .key(.escape),
               .waitFor("Import gestopt")]
        let terminal = ScriptedTerminal(size: TerminalSize(rows: 24, columns: 100), steps: steps)
        var state = AppState(entries: try EffectWork.caseloadEntries(source), storeName: "demo", size: terminal.size,
                             options: UIOptions(environment: [:]), today: Day.today())
        state.isAdmin = true
        let code = AppLoop.run(terminal: terminal, office: source, state: state, runner: FirstBatchGate())
        #expect(code == 143)
        #expect(terminal.screen.text.contains("Import gestopt: geen van de 1.200 dossiers is weggeschreven"))

        // All or nothing: no dossier and no import entry more than before; nothing half-written, the chain intact.
        #expect(try store.dossierIDs().count == before)
        #expect(try store.audit.entries().filter { $0.action == .import }.count == entriesBefore)
        #expect(try store.audit.verify().isIntact)
        #expect(try store.loadAll().problems.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: store.root + "/pending-batch.json"))
        // The same file can be imported again, whole.
        let again = try source.planImport(file: list.path, kind: .clients, allOrNothing: false, today: Day.today())
        #expect(again.householdsToWrite.count == 1_200)
    }
}
