import Foundation

extension CaseloadEvaluation {
    /// As `fold`, with each part handed to `emit` on the calling thread, in input order, as soon as it and every
    /// part before it are made — while the workers (one per core) go on with the next chunks. The workers run at
    /// most `window` chunks ahead of `emit`, so what is held at once does not grow with the caseload
    /// (`zorg check --all` writes a caseload of any size this way). When `emit` throws, or `progress` is
    /// cancelled, the workers stop taking chunks, the ones under way are finished and dropped, and the error is
    /// rethrown (cancelled: the function returns after the last part made in order).
    static func stream<Part>(households: [Household], ruleSet: RuleSet, asOf: Day, ruleIDs: [String]? = nil,
                             lookup: (any RuleLookup)? = nil, reasons: Bool = true, progress: WorkProgress? = nil,
                             window: Int = 4 * ProcessInfo.processInfo.activeProcessorCount,
                             into: @escaping @Sendable (Range<Int>, [[RuleResult]]) -> Part,
                             emit: (Part) throws -> Void) throws {
        try stream(count: households.count, households: { Array(households[$0]) }, ruleSet: ruleSet, asOf: asOf,
                   ruleIDs: ruleIDs, lookup: lookup ?? CaregiverIndex(households: households), reasons: reasons,
                   progress: progress, window: window, into: into, emit: emit)
    }

    /// As above, with the households of each chunk made by `households` on the worker that takes it (decoded
    /// from the caseload index, `CaseloadSource`): nothing is held for the whole caseload. A chunk that cannot
    /// be made stops the stream with its error.
    static func stream<Part>(count: Int, households: @escaping @Sendable (Range<Int>) throws -> [Household],
                             ruleSet: RuleSet, asOf: Day, ruleIDs: [String]? = nil, lookup: any RuleLookup,
                             reasons: Bool = true, progress: WorkProgress? = nil,
                             window: Int = 4 * ProcessInfo.processInfo.activeProcessorCount,
                             into: @escaping @Sendable (Range<Int>, [[RuleResult]]) -> Part,
                             emit: (Part) throws -> Void) throws {
        let work = ChunkWork(count: count, ruleSet: ruleSet, asOf: asOf, ruleIDs: ruleIDs, lookup: lookup,
                             reasons: reasons, outcomes: nil)
        let line = OrderedChunks<Part>(window: max(1, window), chunks: work.chunks)
        let failure = ChunkFailure()
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, work.chunks))
        let done = DispatchGroup()
        for _ in 0..<workers {
            DispatchQueue.global().async(group: done) {
                while let c = line.take() {
                    if progress?.isCancelled == true { line.stop(); break }
                    let range = work.range(c)
                    do {
                        let chunk = try households(range)
                        let results = chunk.withUnsafeBufferPointer(work.evaluate)
                        line.put(c, into(range, results))
                    } catch {
                        failure.set(error)
                        line.stop()
                        break
                    }
                    progress?.advance(by: range.count)
                }
            }
        }
        // The workers are done before this returns, whether `emit` threw or not.
        do {
            while let part = line.next() { try emit(part) }
        } catch {
            line.stop()
            done.wait()
            throw error
        }
        done.wait()
        if let error = failure.error { throw error }
    }
}


/// The chunks of a stream: the workers take the next number (no more than `window` ahead of the one the writer
/// waits for) and put their part in its slot; the writer takes the parts in order.
private final class OrderedChunks<Part>: @unchecked Sendable {
    private let condition = NSCondition()
    private let window: Int
    private let chunks: Int
    private var nextToTake = 0
    private var nextToEmit = 0
    private var stopped = false
    private var ready: [Int: Part] = [:]

    init(window: Int, chunks: Int) {
        self.window = window
        self.chunks = chunks
    }

    /// The next chunk to work on, waiting while the workers are a whole window ahead; nil when there are no
    /// more, or the stream stopped.
    func take() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped, nextToTake < chunks, nextToTake >= nextToEmit + window { condition.wait() }
        guard !stopped, nextToTake < chunks else { return nil }
        nextToTake += 1
        return nextToTake - 1
    }

    func put(_ c: Int, _ part: Part) {
        condition.lock()
        if !stopped { ready[c] = part }
        condition.broadcast()
        condition.unlock()
    }

    /// The part of the next chunk in order, waiting for it; nil after the last one, or once stopped.
    func next() -> Part? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped, nextToEmit < chunks, ready[nextToEmit] == nil { condition.wait() }
        guard !stopped, nextToEmit < chunks, let part = ready.removeValue(forKey: nextToEmit) else { return nil }
        nextToEmit += 1
        condition.broadcast()
        return part
    }

    func stop() {
        condition.lock()
        stopped = true
        ready.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
