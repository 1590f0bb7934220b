import Foundation
import Synchronization
import Testing
@testable import CaseModel

/// An import's commit with progress, stopped from another thread: all or nothing — the store is exactly as
/// before, no audit entry, no file left behind — and importing the same file again writes it all as one entry.
@Suite("Import: cancel before the point of no return")
struct ImportCancelTests {
    static func generatedPlan(_ store: CaseStore, count: Int) throws -> ImportPlan {
        let households = DemoGenerator(seed: 7).households(count: count)
        let csv = ClientListExport.csv(households).bytes
        return try StoreImport(store: store).plan(csv, kind: .clients, fileName: "/tmp/lijst.csv", allOrNothing: false,
                                                 today: Day.today())
    }

    /// Every file under the store with its bytes.
    static func snapshot(_ root: String) -> [String: Data] {
        var out: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: root + "/" + path) { out[path] = data }
        }
        return out
    }

    @Test func aCancelFromAnotherThreadLeavesTheStoreAsItWas() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        let plan = try Self.generatedPlan(store, count: 600)
        #expect(plan.householdsToWrite.count == 600)
        let before = Self.snapshot(folder.store)

        // The worker waits once 200 dossiers are prepared until this thread has cancelled: the cancel really
        // crosses threads while the import runs, at a point the test knows.
        let reached = Mutex(false)
        let progress = WorkProgress(onAdvance: { p in
            guard p.snapshot.done == 200 else { return }
            reached.withLock { $0 = true }
            while !p.isCancelled { usleep(1_000) }
        })
        let outcome = Mutex<Result<StoreImport.CommitOutcome, StoreErrorBox>?>(nil)
        let importer = StoreImport(store: store)
        Thread.detachNewThread {
            let result: Result<StoreImport.CommitOutcome, StoreErrorBox>
            do { result = .success(try importer.commit(plan, progress: progress)) } catch {
                result = .failure(StoreErrorBox(text: String(describing: error)))
            }
            outcome.withLock { $0 = result }
        }
        while !reached.withLock({ $0 }) { usleep(1_000) }
        progress.cancel()
        var finished: Result<StoreImport.CommitOutcome, StoreErrorBox>?
        while finished == nil {
            finished = outcome.withLock { $0 }
            if finished == nil { usleep(1_000) }
        }
        let commit = try finished!.get()
        #expect(commit == StoreImport.CommitOutcome(written: 0, total: 600, cancelled: true))

        // Byte for byte the store of before: no dossier, no audit entry, no temporary file.
        #expect(Self.snapshot(folder.store) == before)
        #expect(try store.audit.verify().isIntact)

        // Importing the same file again writes all 600 as one durable whole, one entry.
        let again = try Self.generatedPlan(store, count: 600)
        #expect(again.householdsToWrite.count == 600)
        let all = try StoreImport(store: store).commit(again, progress: WorkProgress())
        #expect(all == StoreImport.CommitOutcome(written: 600, total: 600, cancelled: false))
        #expect(try store.dossierIDs().count == 600)
        let imports = try store.audit.entries().filter { $0.action == .import }
        #expect(imports.count == 1 && imports[0].dossiers.count == 600)
    }

    @Test func progressCountsEveryDossierAndTheImportIsOneEntry() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        let plan = try Self.generatedPlan(store, count: 230)
        let progress = WorkProgress()
        let commit = try StoreImport(store: store).commit(plan, progress: progress)
        #expect(commit == StoreImport.CommitOutcome(written: 230, total: 230, cancelled: false))
        #expect(progress.snapshot == WorkProgress.Snapshot(phase: .writing, done: 230, total: 230))
        let imports = try store.audit.entries().filter { $0.action == .import }
        #expect(imports.count == 1 && imports[0].detail["file"] == "lijst.csv")
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
        // The scan keeps only eligible and possible results while it runs: the report is the same as from all.
        #expect(scan?.underProtection == plain.underProtection)
        #expect(scan?.totalCertain == plain.totalCertain && scan?.totalPossible == plain.totalPossible)
        #expect(scan?.possible == plain.possible)
        #expect(scan?.energyPoverty == plain.energyPoverty)
        #expect(scan?.multiProblemWithoutBuddy == plain.multiProblemWithoutBuddy)
        #expect(scan?.housingFirstWaitingList == plain.housingFirstWaitingList)
        #expect(scan?.overdueFollowUps == plain.overdueFollowUps)
        #expect(!(scan?.possible.isEmpty ?? true) && !(scan?.underProtection.isEmpty ?? true))
    }
}

struct StoreErrorBox: Error {
    var text: String
}
