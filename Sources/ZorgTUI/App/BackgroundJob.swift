import CaseModel
import Foundation
import Synchronization

// Long work (the caseload scan, an import's commit) is an effect like any other (`EffectRunner`), with a
// progress panel while it runs and Esc to stop it. `update` only sees messages: the job's start and cancel go
// out as effects, its progress and its end come back as `jobProgress` and `jobFinished`.

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

