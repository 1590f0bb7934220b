import Foundation
import Synchronization
import Testing
@testable import CaseModel

/// An import's commit in batches with progress, stopped from another thread: what was written is whole batches,
/// the store stays consistent, and importing the same file again continues where it stopped.
@Suite("Import: cancel between batches")
struct ImportCancelTests {
    static func generatedPlan(_ store: CaseStore, count: Int) throws -> ImportPlan {
        let households = DemoGenerator(seed: 7).households(count: count)
        let csv = ClientListExport.csv(households).bytes
        return try StoreImport(store: store).plan(csv, kind: .clients, fileName: "/tmp/lijst.csv", allOrNothing: false)
    }

    @Test func aCancelFromAnotherThreadStopsBetweenBatches() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        let plan = try Self.generatedPlan(store, count: 600)
        #expect(plan.householdsToWrite.count == 600)

        // The worker waits at the end of its second batch until this thread has cancelled: the cancel really
        // crosses threads while the import runs, at a point the test knows.
        let reached = Mutex(false)
        let progress = WorkProgress(onAdvance: { p in
            guard p.snapshot.done == 200 else { return }
            reached.withLock { $0 = true }
            while !p.isCancelled { usleep(1_000) }
        })
        let outcome = Mutex<Result<StoreImport.BatchedCommit, StoreErrorBox>?>(nil)
        let importer = StoreImport(store: store)
        Thread.detachNewThread {
            let result: Result<StoreImport.BatchedCommit, StoreErrorBox>
            do { result = .success(try importer.commit(plan, progress: progress, batchSize: 100)) } catch {
                result = .failure(StoreErrorBox(text: String(describing: error)))
            }
            outcome.withLock { $0 = result }
        }
        while !reached.withLock({ $0 }) { usleep(1_000) }
        progress.cancel()
        var finished: Result<StoreImport.BatchedCommit, StoreErrorBox>?
        while finished == nil {
            finished = outcome.withLock { $0 }
            if finished == nil { usleep(1_000) }
        }
        let commit = try finished!.get()
        #expect(commit == StoreImport.BatchedCommit(written: 200, total: 600, cancelled: true))

        // Exactly the first two batches are in the store, each with its own intact audit entry.
        let stored = try store.dossierIDs()
        #expect(stored == plan.householdsToWrite.prefix(200).map(\.id).sorted())
        let imports = try store.audit.entries().filter { $0.action == .import }
        #expect(imports.map { $0.detail["batch"] } == ["1/6", "2/6"])
        #expect(imports.allSatisfy { $0.dossiers.count == 100 && $0.detail["file"] == "lijst.csv" })
        #expect(try store.audit.verify().isIntact)
        #expect(try store.loadAll().problems.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.store + "/pending-batch.json"))

        // Importing the same file again continues: the 200 are unchanged, the other 400 are written.
        let again = try Self.generatedPlan(store, count: 600)
        #expect(again.count(of: "unchanged") == 200)
        #expect(again.householdsToWrite.count == 400)
        let rest = try StoreImport(store: store).commit(again, progress: WorkProgress(), batchSize: 100)
        #expect(rest == StoreImport.BatchedCommit(written: 400, total: 400, cancelled: false))
        #expect(try store.dossierIDs().count == 600)
    }

    @Test func aPlanThatFitsOneBatchIsOneEntryAsBefore() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        let plan = try Self.generatedPlan(store, count: 30)
        let progress = WorkProgress()
        let commit = try StoreImport(store: store).commit(plan, progress: progress)
        #expect(commit == StoreImport.BatchedCommit(written: 30, total: 30, cancelled: false))
        #expect(progress.snapshot == WorkProgress.Snapshot(phase: .writing, done: 30, total: 30))
        let imports = try store.audit.entries().filter { $0.action == .import }
        #expect(imports.count == 1 && imports[0].detail["batch"] == nil)
    }

    @Test func batchesAreAtLeast500AndAtMostTwenty() {
        #expect(StoreImport.batchSize(for: 10) == 500)
        #expect(StoreImport.batchSize(for: 10_000) == 500)
        #expect(StoreImport.batchSize(for: 100_000) == 5_000)
        #expect(StoreImport.batchSize(for: 100_001) == 5_001)
    }

    @Test func aCancelledScanReturnsNothingAndSkipsTheRest() {
        let households = DemoGenerator(seed: 3).households(count: 2_000)
        let ruleSet = RuleSet.load().ruleSet
        let asOf = Day(year: 2026, month: 11, day: 23)!
        // Cancelled as the first chunk is counted: later chunks are not evaluated.
        let progress = WorkProgress(onAdvance: { $0.cancel() })
        #expect(CaseloadScan.run(households: households, ruleSet: ruleSet, asOf: asOf, progress: progress) == nil)
        #expect(progress.snapshot.done < households.count)

        let counted = WorkProgress()
        let scan = CaseloadScan.run(households: households, ruleSet: ruleSet, asOf: asOf, progress: counted)
        #expect(counted.snapshot.phase == .reporting)
        let plain = CaseloadScan(households: households,
                                 results: CaseloadEvaluation.run(households: households, ruleSet: ruleSet, asOf: asOf, reasons: false),
                                 ruleSet: ruleSet, asOf: asOf)
        #expect(scan?.underProtection == plain.underProtection)
        #expect(scan?.totalGain == plain.totalGain)
    }
}

struct StoreErrorBox: Error {
    var text: String
}
