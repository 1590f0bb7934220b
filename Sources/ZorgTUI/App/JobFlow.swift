import CaseModel

// Background jobs in the app's update: starting one, the keys while it runs, its progress and its end.

/// Starts a job: the progress panel shows until `jobFinished`.
func startJob(_ state: AppState, _ request: JobRequest) -> (AppState, [Effect]) {
    var state = state
    guard state.job == nil else { return (state, []) }
    state.job = JobStatus(request)
    return (state, [.startJob(request)])
}

/// While a job runs only Esc (or `c`) is taken: it asks the job to stop at its next check. Ctrl-C leaves the
/// program; the loop first lets the job stop between two batches.
func handleJobKey(_ key: Key, _ state: AppState) -> (AppState, [Effect]) {
    var state = state
    guard var job = state.job else { return (state, []) }
    switch key {
    case .escape, .character("c"):
        guard !job.cancelRequested else { return (state, []) }
        job.cancelRequested = true
        state.job = job
        return (state, [.cancelJob])
    case .interrupt:
        return (state, [.quit(exitCode: 130)])
    default:
        return (state, [])
    }
}

func updateJob(_ state: AppState, _ message: Message) -> (AppState, [Effect]) {
    var state = state
    switch message {
    case .jobProgress(let snapshot, let elapsed):
        state.job?.progress = snapshot
        state.job?.elapsedSeconds = elapsed
        return (state, [])
    case .jobFinished(let result):
        state.job = nil
        return jobFinished(state, result)
    default:
        return (state, [])
    }
}

private func jobFinished(_ state: AppState, _ result: JobResult) -> (AppState, [Effect]) {
    var state = state
    let s = state.strings
    switch result {
    case .scanned(let scan):
        var districts: [DossierID: String] = [:]
        for e in state.caseload.entries { if let d = e.district, !d.isEmpty { districts[e.id] = d } }
        state.pages.append(.scan(ScanScreen(scan: scan, districts: districts)))
    case .scanCancelled:
        state.flash = s.scan(.cancelled)
    case .flagsEvaluated(let flags?):
        return update(state, .caseloadEvaluated(flags))
    case .flagsEvaluated(nil):
        state.caseload.evaluationFailed(screenSize: state.size)
        state.flash = s.caseload(.evaluationStopped)
    case .flagsFailed(let reason):
        return update(state, .caseloadEvaluationFailed(reason))
    case .scanFailed(let reason):
        state.flash = DisplayWidth.truncate(s.flowFailed(reason), to: state.size.columns)
    case .planned(let plan):
        return updateAdmin(state, .importPlanned(plan))
    case .planFailed(let reason):
        return updateAdmin(state, .importFailed(reason))
    case .planCancelled:
        return updateAdmin(state, .importPlanCancelled)
    case .imported(let outcome, let entries):
        if outcome.cancelled {
            return updateAdmin(state, .importStopped(written: outcome.written, total: outcome.total, reason: nil,
                                                     entries: entries))
        }
        return updateAdmin(state, .importCommitted(written: outcome.written, entries: entries))
    case .importFailed(let reason, let written, let total, let entries):
        // An import is all or nothing: a failure while writing leaves the store as it was, and says so.
        return updateAdmin(state, .importStopped(written: written, total: total, reason: reason, entries: entries))
    }
    return (state, [])
}

// MARK: The scan screen

/// `S` and `:scan` on the caseload: the scan runs as a job, then its screen opens.
func openScan(_ state: AppState) -> (AppState, [Effect]) {
    startJob(state, .scan(asOf: state.today))
}

func handleScanKey(_ key: Key, _ state: AppState) -> (AppState, [Effect]) {
    var state = state
    guard case .scan(var page) = state.pages.last else { return (state, []) }
    let outcome = page.handle(key, screenSize: state.size)
    state.pages[state.pages.count - 1] = .scan(page)
    switch outcome {
    case .stay: return (state, [])
    case .back: return state.closingPage()
    case .help: return state.showingHelp(page.keyHelp(state.strings))
    case .open(let id):
        // As Enter on the caseload: first the reason for opening it, which the access log records.
        return askAccessReason(for: id, state)
    }
}
