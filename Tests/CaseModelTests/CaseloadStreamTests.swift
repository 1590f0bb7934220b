import Foundation
import Synchronization
import Testing
@testable import CaseModel

/// `zorg check --all` streams (issue 17.1): the chunks come out in dossier order with the same results as the
/// whole evaluation, and the workers never run more than a window of chunks ahead of the writer.
@Suite struct CaseloadStreamTests {
    static let households = DemoGenerator(seed: 17).households(count: 1_500)
    static let ruleSet = RuleSet.load().ruleSet
    static let asOf = Day(year: 2026, month: 12, day: 7)!

    @Test(arguments: [1, 3, 64])
    func streamedChunksAreTheWholeEvaluationInOrder(window: Int) throws {
        let households = Array(Self.households.prefix(700))
        let whole = CaseloadEvaluation.run(households: households, ruleSet: Self.ruleSet, asOf: Self.asOf)
        var streamed: [[RuleResult]] = []
        var ranges: [Range<Int>] = []
        try CaseloadEvaluation.stream(households: households, ruleSet: Self.ruleSet, asOf: Self.asOf, window: window,
                                      into: { range, results in (range, results) }) { range, results in
            ranges.append(range)
            streamed += results
        }
        #expect(streamed == whole)
        #expect(streamed.joined().contains { !$0.reasons.isEmpty })
        #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == households.count)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound }, "consecutive, in order")
        #expect(ranges.count == 3)
    }

    @Test func theWorkersStayWithinTheWindow() throws {
        // Parts made but not yet written: what the stream holds at once. The writer is slow on purpose.
        let made = Atomic<Int>(0)
        let window = 2
        var mostAhead = 0
        var written = 0
        try CaseloadEvaluation.stream(households: Self.households, ruleSet: Self.ruleSet, asOf: Self.asOf, reasons: false,
                                      window: window, into: { _, _ in made.add(1, ordering: .sequentiallyConsistent).newValue }) { _ in
            usleep(20_000)
            written += 1
            mostAhead = max(mostAhead, made.load(ordering: .sequentiallyConsistent) - written)
        }
        #expect(written == made.load(ordering: .sequentiallyConsistent))
        #expect(written > window * 2)
        #expect(mostAhead <= window, "\(mostAhead) parts waiting with a window of \(window)")
    }

    struct Refused: Error {}

    @Test func aWriterThatFailsStopsTheStream() {
        let made = Atomic<Int>(0)
        var written = 0
        #expect(throws: Refused.self) {
            try CaseloadEvaluation.stream(households: Self.households, ruleSet: Self.ruleSet, asOf: Self.asOf, reasons: false,
                                          window: 1, into: { _, _ in made.add(1, ordering: .sequentiallyConsistent) }) { _ in
                written += 1
                if written == 2 { throw Refused() }
            }
        }
        #expect(written == 2)
        // With a window of one, at most the chunk after the failing one was under way.
        #expect(made.load(ordering: .sequentiallyConsistent) <= 3)
    }
}
