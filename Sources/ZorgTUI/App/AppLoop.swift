import CaseModel

/// The loop that connects a terminal, the pure `update`/`render`, and the office: read an event, update, hand
/// the effects to the runner (their answers come back as messages), draw. Works on any `Terminal`, so tests
/// drive it with a `MemoryTerminal`.
enum AppLoop {
    /// Runs until quit from a prepared state (the caseload, the checker alone, an administrator's session);
    /// returns the exit code. `office` is nil for the checker alone. `runner` runs the effects (tests may pass one
    /// that runs them at once).
    static func run(terminal: Terminal, office: Office?, state: AppState,
                    runner: EffectRunner = ThreadEffectRunner()) -> Int32 {
        var state = state
        var job: (running: RunningEffect, started: ContinuousClock.Instant)?
        terminal.present(render(state))
        while true {
            var pending: [Message]
            if let (running, _) = job, let answer = running.finished {
                job = nil
                pending = answer.map { [$0] } ?? []
            } else {
                // While a job runs, wake often to redraw its progress; otherwise only input matters.
                let event = terminal.readEvent(timeoutMilliseconds: job == nil ? 500 : 100)
                pending = event.map { [message(for: $0)] } ?? []
                if let (running, started) = job {
                    let elapsed = Int((ContinuousClock.now - started).components.seconds)
                    pending.append(.jobProgress(running.progress.snapshot, elapsedSeconds: elapsed))
                }
            }
            if pending.isEmpty { continue }
            let burst = ContinuousClock.now
            while !pending.isEmpty {
                let (next, effects) = update(state, pending.removeFirst())
                state = next
                let context = EffectWork.Context(today: state.today, language: state.options.language)
                for effect in effects {
                    switch effect {
                    case .quit(let code):
                        // Never leave in the middle of a batch: stop the job at its next check and wait for it.
                        if let (running, _) = job {
                            running.progress.cancel()
                            running.waitUntilFinished()
                        }
                        return code
                    case .cancelJob:
                        job?.running.progress.cancel()
                    case .startJob:
                        job = (runner.start(effect, office: office, context: context), ContinuousClock.now)
                    default:
                        terminal.present(render(state))  // shows "working…" while the work runs
                        if let answer = runner.start(effect, office: office, context: context).waitUntilFinished() {
                            pending.append(answer)
                        }
                    }
                }
                // Input already waiting (a paste) is taken before drawing, up to a tenth of a second: the screen
                // still follows, and a pasted note of 10,000 lines is not drawn once per character.
                if pending.isEmpty, job == nil, ContinuousClock.now - burst < .milliseconds(100),
                   let more = terminal.pendingEvent() {
                    pending.append(message(for: more))
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
}
