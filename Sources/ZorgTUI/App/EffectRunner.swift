import CaseModel
import Foundation
import Synchronization

/// Runs effects off the UI thread: each one goes to `EffectWork` (and so to the office) on a thread of its own
/// and its answer comes back as a message. The loop waits for the answer of an ordinary effect before it reads
/// the next key (keys keep their order); a job (`Effect.startJob`) it leaves running, drawing its progress and
/// taking Esc, until it is done.
protocol EffectRunner {
    func start(_ effect: Effect, office: Office?, context: EffectWork.Context) -> RunningEffect
}

/// A started effect: its progress box, and its answer once it has one. Shared between the loop and the worker.
final class RunningEffect: Sendable {
    let progress: WorkProgress
    private let answer = Mutex<Message??>(nil)

    init(progress: WorkProgress = WorkProgress()) { self.progress = progress }

    func finish(_ message: Message?) { answer.withLock { $0 = .some(message) } }

    /// The answer when the work is done (itself nil when there is none), else nil.
    var finished: Message?? { answer.withLock { $0 } }

    /// Waits for the end (also after a cancel, so the program never leaves in the middle of a batch).
    @discardableResult
    func waitUntilFinished() -> Message? {
        while true {
            if let done = finished { return done }
            usleep(1_000)
        }
    }
}

/// Runs each effect on a new thread.
struct ThreadEffectRunner: EffectRunner {
    /// Makes the progress box of each effect (a test installs a hook in it).
    var makeProgress: @Sendable () -> WorkProgress = { WorkProgress() }

    func start(_ effect: Effect, office: Office?, context: EffectWork.Context) -> RunningEffect {
        let running = RunningEffect(progress: makeProgress())
        var context = context
        context.progress = running.progress
        let work = context
        let thread = Thread {
            running.finish(EffectWork.run(effect, office: office, context: work))
        }
        // The rule engine and the JSON coding recurse; give the worker the stack a main thread has.
        thread.stackSize = 8 << 20
        thread.start()
        return running
    }
}

/// Runs each effect to its end before `start` returns: for tests of the screens.
struct InlineEffectRunner: EffectRunner {
    func start(_ effect: Effect, office: Office?, context: EffectWork.Context) -> RunningEffect {
        let running = RunningEffect()
        var context = context
        context.progress = running.progress
        running.finish(EffectWork.run(effect, office: office, context: context))
        return running
    }
}
