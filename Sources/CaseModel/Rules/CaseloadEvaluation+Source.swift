import Foundation

extension CaseloadEvaluation {
    /// As `fold`, over `count` households that `households` makes a chunk at a time on the worker that takes the
    /// chunk (decoded from the caseload index, `CaseloadSource`), so that nothing is held for the whole caseload.
    /// `into` gets the chunk's range, its households and their results. The first chunk that cannot be made
    /// stops the others and is thrown.
    static func fold<Part>(count: Int, households: (Range<Int>) throws -> [Household], ruleSet: RuleSet, asOf: Day,
                           ruleIDs: [String]? = nil, lookup: any RuleLookup, reasons: Bool = true,
                           progress: WorkProgress? = nil, outcomes: Set<RuleOutcome>? = nil,
                           into: (Range<Int>, [Household], [[RuleResult]]) -> Part) throws -> [Part?] {
        let work = ChunkWork(count: count, ruleSet: ruleSet, asOf: asOf, ruleIDs: ruleIDs, lookup: lookup,
                             reasons: reasons, outcomes: outcomes)
        let failure = ChunkFailure()
        var parts = [Part?](repeating: nil, count: work.chunks)
        parts.withUnsafeMutableBufferPointer { buffer in
            let slots = PartSlots(base: buffer)
            withoutActuallyEscaping(households) { households in
                withoutActuallyEscaping(into) { into in
                    let calls = ChunkCalls(households: households, into: into)
                    DispatchQueue.concurrentPerform(iterations: work.chunks) { c in
                        if progress?.isCancelled == true || failure.happened { return }
                        let range = work.range(c)
                        do {
                            let chunk = try calls.households(range)
                            let results = chunk.withUnsafeBufferPointer(work.evaluate)
                            slots.base[c] = calls.into(range, chunk, results)
                            progress?.advance(by: range.count)
                        } catch {
                            failure.set(error)
                        }
                    }
                }
            }
        }
        if let error = failure.error { throw error }
        return parts
    }
}

/// The first error of a chunk; the chunks not started yet see it and are skipped.
final class ChunkFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var first: Error?
    func set(_ error: Error) { lock.withLock { if first == nil { first = error } } }
    var error: Error? { lock.withLock { first } }
    var happened: Bool { error != nil }
}

/// Each slot is written by exactly one chunk, and `concurrentPerform` returns only when all chunks are done.
private struct PartSlots<Part>: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<Part?>
}

/// The caller's closures, called from the workers: they read only what they are given and the caller's constants.
private struct ChunkCalls<Part>: @unchecked Sendable {
    let households: (Range<Int>) throws -> [Household]
    let into: (Range<Int>, [Household], [[RuleResult]]) -> Part
}
