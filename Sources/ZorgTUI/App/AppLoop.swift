import CaseModel

/// The loop that connects a terminal, the pure `update`/`render`, and the case store: read an event, update,
/// run the effects (their results come back as messages), draw. Works on any `Terminal`, so tests drive it
/// with a `MemoryTerminal`.
enum AppLoop {
    /// Runs until quit; returns the exit code.
    static func run(terminal: Terminal, source: CaseloadSource, entries: [CaseloadEntry], options: UIOptions) -> Int32 {
        run(terminal: terminal, source: source,
            state: AppState(entries: entries, storeName: source.storeName, size: terminal.size, options: options,
                            user: source.userName))
    }

    /// Runs from a prepared state (the checker alone, an administrator's session). `jobs` starts long work
    /// (tests may pass one that runs it at once).
    static func run(terminal: Terminal, source: CaseloadSource, state: AppState,
                    jobs: JobRunner = ThreadJobRunner()) -> Int32 {
        var state = state
        var running: (job: RunningJob, started: ContinuousClock.Instant)?
        terminal.present(render(state))
        while true {
            var pending: [Message]
            if let (job, _) = running, let result = job.finished {
                running = nil
                pending = [.jobFinished(result)]
            } else {
                // While a job runs, wake often to redraw its progress; otherwise only input matters.
                let event = terminal.readEvent(timeoutMilliseconds: running == nil ? 500 : 100)
                pending = event.map { [message(for: $0)] } ?? []
                if let (job, started) = running {
                    let elapsed = Int((ContinuousClock.now - started).components.seconds)
                    pending.append(.jobProgress(job.progress.snapshot, elapsedSeconds: elapsed))
                }
            }
            if pending.isEmpty { continue }
            while !pending.isEmpty {
                let (next, effects) = update(state, pending.removeFirst())
                state = next
                for effect in effects {
                    switch effect {
                    case .quit(let code):
                        // Never leave in the middle of a batch: stop the job at its next check and wait for it.
                        if let (job, _) = running {
                            job.progress.cancel()
                            _ = job.waitUntilFinished()
                        }
                        return code
                    case .startJob(let request):
                        running = (jobs.start(request, source: source), ContinuousClock.now)
                    case .cancelJob:
                        running?.job.progress.cancel()
                    case .openDossier(let id, let reason): pending.append(open(id, reason: reason, from: source))
                    case .editField(let id, let column):
                        let opened = open(id, reason: .controleRechten, from: source)
                        if case .dossierOpened(let household) = opened {
                            pending.append(.dossierOpenedForEdit(household, column: column))
                        } else {
                            pending.append(opened)
                        }
                    case .saveDossier, .loadDossierHistory, .loadDossierFlows, .openRevision:
                        if let answer = DossierEffects.run(effect, source: source, language: state.options.language) {
                            pending.append(answer)
                        }
                    case .checker(let work): pending.append(CheckerEffects.run(work))
                    case .admin(let work):
                        terminal.present(render(state))  // shows "working…" while the long work runs
                        pending.append(AdminEffects.run(work, source: source))
                    default: if let reply = runFlowEffect(effect, source: source) { pending.append(reply) }
                    }
                }
            }
            terminal.present(render(state))
        }
    }

    private static func message(for event: InputEvent) -> Message {
        switch event {
        case .key(let key): .key(key)
        case .resize(let size): .resize(size)
        case .terminate: .terminate
        case .invalidInput: .invalidInput
        }
    }

    /// The view is recorded first: a dossier whose opening cannot be logged is not shown.
    private static func open(_ id: DossierID, reason: AccessReason, from source: CaseloadSource) -> Message {
        do {
            try source.recordView(of: id, reason: reason)
            return .dossierOpened(try source.household(id))
        } catch {
            return .dossierFailed(id, reason: String(describing: error))
        }
    }
}
