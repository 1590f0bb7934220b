import Foundation

/// All rule modules over a whole caseload, on every core: the households are cut into chunks that the cores
/// take in turn, and each household's results land in its own slot, so the output is in input order and the
/// same as evaluating one household after the other (`zorg check --all`, `zorg scan`, the benchmark).
public enum CaseloadEvaluation {
    /// The results per household, in the order of `households`. `lookup` answers questions about other
    /// dossiers (who cares for whom); nil builds the `CaregiverIndex` of these households. Without `reasons`
    /// the results carry no reasons — everything else is the same — which a scan that lists outcomes and
    /// amounts does not need, at about half the cost. `progress` counts households as their chunk finishes; once
    /// it is cancelled the chunks not yet started are skipped and their slots stay empty (the caller, seeing
    /// `progress.isCancelled`, throws the results away). With `outcomes`, only the results with one of those
    /// outcomes are built and kept (a scan needs the eligible and possible ones: at 100,000 households the rest
    /// is a gigabyte, and building it was a third of the work).
    public static func run(households: [Household], ruleSet: RuleSet, asOf: Day, ruleIDs: [String]? = nil,
                           lookup: (any RuleLookup)? = nil, reasons: Bool = true,
                           progress: WorkProgress? = nil,
                           outcomes: Set<RuleOutcome>? = nil) -> [[RuleResult]] {
        let lookup = lookup ?? CaregiverIndex(households: households)
        // As `RuleSet.evaluate`, with each module prepared for `asOf` once, not per household.
        let modules = ruleSet.modules.filter { m in ruleIDs.map { $0.contains(m.id) } ?? true }
            .map { $0.parameterState(on: asOf) }
        var results = [[RuleResult]](repeating: [], count: households.count)
        // Chunks small enough to balance two cores, large enough that taking one costs nothing.
        let chunk = 256
        let chunks = (households.count + chunk - 1) / chunk
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = ResultSlots(base: buffer)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                if progress?.isCancelled == true { return }
                for i in (c * chunk)..<min(households.count, (c + 1) * chunk) {
                    var out: [RuleResult] = []
                    let frame = RuleEvaluator.Frame(household: households[i], asOf: asOf, lookup: lookup)
                    for m in modules { m.evaluate(frame, reasons: reasons, outcomes: outcomes, into: &out) }
                    slots.base[i] = out
                }
                progress?.advance(by: min(households.count, (c + 1) * chunk) - c * chunk)
            }
        }
        return results
    }
}

/// Each slot is written by exactly one chunk, and `concurrentPerform` returns only when all chunks are done.
private struct ResultSlots: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<[RuleResult]>
}
