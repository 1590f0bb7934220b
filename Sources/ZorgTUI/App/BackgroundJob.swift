import CaseModel
import Foundation
import Synchronization

// Long work (the caseload scan, an import's commit) runs on a thread of its own, so the screen keeps
// drawing its progress and Esc can stop it. `update` only sees messages: the job's start and cancel go out as
// effects, its progress and its end come back as `jobProgress` and `jobFinished`.

/// Work to run in the background.
enum JobRequest: Equatable, Sendable {
    case scan(asOf: Day)
    /// The dry run of a client-list import (reads only).
    case importPlan(path: String)
    case importCommit(PlannedImport)
    /// The rule results of every household, for the caseload's flow filters.
    case caseloadFlags(asOf: Day)
}

/// How a job ended.
enum JobResult: Sendable {
    case scanned(CaseloadScan)
    case scanCancelled
    case scanFailed(String)
    case planned(ImportPlan)
    /// The dry run was stopped; it wrote nothing.
    case planCancelled
    case planFailed(String)
    /// Whole batches written (all of them unless cancelled); the caseload read again (nil when it could not be).
    case imported(StoreImport.CommitOutcome, entries: [CaseloadEntry]?)
    /// Failed after `written` of `total` dossiers were durably written.
    case importFailed(reason: String, written: Int, total: Int, entries: [CaseloadEntry]?)
    /// The flow filters' flags; nil when stopped.
    case flagsEvaluated([DossierID: CaseloadFlags]?)
    case flagsFailed(String)
}

/// What the screen shows of the running job (`AppState.job`).
struct JobStatus: Equatable, Sendable {
    enum Kind: Equatable, Sendable { case scan, importPlan, importCommit, caseloadFlags }

    var kind: Kind
    var progress = WorkProgress.Snapshot()
    var elapsedSeconds = 0
    /// Esc was pressed; the job stops at its next check.
    var cancelRequested = false

    init(_ request: JobRequest) {
        switch request {
        case .scan: kind = .scan
        case .importPlan: kind = .importPlan
        case .importCommit: kind = .importCommit
        case .caseloadFlags: kind = .caseloadFlags
        }
    }
}

/// A started job: its progress box, and its result once it has one. Shared between the loop and the worker.
final class RunningJob: Sendable {
    let progress: WorkProgress
    private let result = Mutex<JobResult?>(nil)

    init(progress: WorkProgress = WorkProgress()) { self.progress = progress }

    func finish(_ value: JobResult) { result.withLock { $0 = value } }

    /// The result when the job is done, else nil.
    var finished: JobResult? { result.withLock { $0 } }

    /// Waits for the end (after a cancel, so the program never leaves in the middle of a batch).
    func waitUntilFinished() -> JobResult {
        while true {
            if let done = finished { return done }
            usleep(5_000)
        }
    }
}

/// Starts jobs. The loop uses `ThreadJobRunner`; tests may run jobs at once with `InlineJobRunner`.
protocol JobRunner {
    func start(_ request: JobRequest, source: CaseloadSource) -> RunningJob
}

/// Runs each job on a new thread.
struct ThreadJobRunner: JobRunner {
    /// Makes the progress box of each job (a test installs a hook in it).
    var makeProgress: @Sendable () -> WorkProgress = { WorkProgress() }

    func start(_ request: JobRequest, source: CaseloadSource) -> RunningJob {
        let job = RunningJob(progress: makeProgress())
        // The loop does not touch the source while a job runs: only keys that cancel or quit are taken.
        let handOver = SourceHandOver(source: source)
        let thread = Thread {
            job.finish(JobWork.run(request, source: handOver.source, progress: job.progress))
        }
        // The rule engine and the JSON coding recurse; give the worker the stack a main thread has.
        thread.stackSize = 8 << 20
        thread.start()
        return job
    }
}

/// Runs each job to its end before `start` returns: for tests of the screens.
struct InlineJobRunner: JobRunner {
    func start(_ request: JobRequest, source: CaseloadSource) -> RunningJob {
        let job = RunningJob()
        job.finish(JobWork.run(request, source: source, progress: job.progress))
        return job
    }
}

private struct SourceHandOver: @unchecked Sendable {
    let source: CaseloadSource
}
