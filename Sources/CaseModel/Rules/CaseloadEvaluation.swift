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
        let parts = fold(households: households, ruleSet: ruleSet, asOf: asOf, ruleIDs: ruleIDs, lookup: lookup,
                         reasons: reasons, progress: progress, outcomes: outcomes) { _, results in results }
        var all: [[RuleResult]] = []
        all.reserveCapacity(households.count)
        for (c, part) in parts.enumerated() {
            all += part ?? Array(repeating: [], count: min(households.count, (c + 1) * chunk) - c * chunk)
        }
        return all
    }

    /// Households per chunk: small enough to balance two cores, large enough that taking one costs nothing.
    static let chunk = 256

    /// As `run`, with each chunk's results folded into a part by `into` on the worker that made them, as soon as
    /// they are made (a scan's report lists a few of them; keeping all of them to the end is memory and time).
    /// `into` gets the chunk's range of `households` and its results per household; the parts come back in
    /// input order, nil for a chunk skipped after `progress` was cancelled.
    static func fold<Part>(households: [Household], ruleSet: RuleSet, asOf: Day, ruleIDs: [String]? = nil,
                           lookup: (any RuleLookup)? = nil, reasons: Bool = true, progress: WorkProgress? = nil,
                           outcomes: Set<RuleOutcome>? = nil,
                           into: (Range<Int>, [[RuleResult]]) -> Part) -> [Part?] {
        // Slicing an array cannot fail, so neither can this fold.
        try! fold(count: households.count, households: { Array(households[$0]) }, ruleSet: ruleSet, asOf: asOf,
                  ruleIDs: ruleIDs, lookup: lookup ?? CaregiverIndex(households: households), reasons: reasons,
                  progress: progress, outcomes: outcomes) { range, _, results in into(range, results) }
    }
}

/// One evaluation of a caseload cut into chunks: the modules prepared for the day once, and the results of a
/// chunk of households worked out on whichever core takes it.
struct ChunkWork: @unchecked Sendable {
    let chunks: Int
    private let count: Int
    private let lookup: any RuleLookup
    private let modules: [RuleModule.ParameterState]
    private let refused: [RefusedModule]
    private let asOf: Day
    private let reasons: Bool
    private let wanted: OutcomeMask?

    init(count: Int, ruleSet: RuleSet, asOf: Day, ruleIDs: [String]?, lookup: any RuleLookup, reasons: Bool,
         outcomes: Set<RuleOutcome>?) {
        self.lookup = lookup
        // As `RuleSet.evaluate`, with each module prepared for `asOf` once, not per household.
        modules = ruleSet.prepared(on: asOf).filter { m in ruleIDs.map { $0.contains(m.id) } ?? true }
        refused = ruleSet.refused.filter { r in ruleIDs.map { $0.contains(r.id) } ?? true }
            .filter { _ in outcomes?.contains(.possible) ?? true }
        self.count = count
        chunks = (count + CaseloadEvaluation.chunk - 1) / CaseloadEvaluation.chunk
        self.asOf = asOf
        self.reasons = reasons
        wanted = outcomes.map(OutcomeMask.init)
    }

    /// The households of chunk `c`.
    func range(_ c: Int) -> Range<Int> {
        (c * CaseloadEvaluation.chunk)..<min(count, (c + 1) * CaseloadEvaluation.chunk)
    }

    /// The results per household of a chunk, the households read where they are, not copied.
    func evaluate(_ households: UnsafeBufferPointer<Household>) -> [[RuleResult]] {
        var results: [[RuleResult]] = []
        results.reserveCapacity(households.count)
        for i in households.indices {
            var out: [RuleResult] = []
            let frame = RuleFrame(at: households.baseAddress! + i, asOf: asOf, lookup: lookup)
            for m in modules { m.evaluate(frame, reasons: reasons, outcomes: wanted, into: &out) }
            for r in refused { out.append(r.result(for: households[i].id, asOf: asOf)) }
            results.append(out)
        }
        return results
    }
}
