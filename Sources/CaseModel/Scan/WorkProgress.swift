import Synchronization

/// The stage long work is in, for the progress line (the UI words it in its language).
public enum WorkPhase: String, Sendable, Equatable, CaseIterable {
    /// Nothing reported yet.
    case starting
    /// Reading the dossiers of the store.
    case loading
    /// Running the rule modules over the caseload.
    case evaluating
    /// Putting the report together.
    case reporting
    /// Preparing and writing an import's dossiers (one durable whole).
    case writing
    /// An import's dry run: reading the file and the store, comparing (no count; nothing is written).
    case planning
}

/// A box shared by long work (a scan, an import) and whoever watches it: the work reports its phase and how
/// far it is; the watcher reads that and may ask it to stop. The work checks `isCancelled` between chunks, so
/// a stop never falls in the middle of a durable write. Safe to use from any thread.
public final class WorkProgress: Sendable {
    /// What the watcher sees at one moment.
    public struct Snapshot: Sendable, Equatable {
        public var phase: WorkPhase
        /// Steps done in this phase (households evaluated, dossiers written).
        public var done: Int
        /// Steps in this phase; 0 when unknown (the bar then shows no fraction).
        public var total: Int
        public var cancelled: Bool

        public init(phase: WorkPhase = .starting, done: Int = 0, total: Int = 0, cancelled: Bool = false) {
            self.phase = phase
            self.done = done
            self.total = total
            self.cancelled = cancelled
        }

        /// Between 0 and 1; nil when the total is unknown.
        public var fraction: Double? {
            total > 0 ? min(1, Double(done) / Double(total)) : nil
        }
    }

    private let state = Mutex(Snapshot())
    private let onAdvance: (@Sendable (WorkProgress) -> Void)?

    /// `onAdvance` is called on the working thread after each step is counted (a watcher that prints, or a test
    /// that wants to act at a known point of the work).
    public init(onAdvance: (@Sendable (WorkProgress) -> Void)? = nil) {
        self.onAdvance = onAdvance
    }

    /// Starts a phase of `total` steps (0: unknown).
    public func begin(_ phase: WorkPhase, total: Int = 0) {
        state.withLock { s in
            s.phase = phase
            s.total = max(0, total)
            s.done = 0
        }
    }

    /// Counts `steps` more steps of the current phase as done.
    public func advance(by steps: Int) {
        state.withLock { $0.done += steps }
        onAdvance?(self)
    }

    /// Asks the work to stop at its next check; it cannot be taken back.
    public func cancel() {
        state.withLock { $0.cancelled = true }
    }

    public var isCancelled: Bool { state.withLock { $0.cancelled } }

    public var snapshot: Snapshot { state.withLock { $0 } }
}
