/// The reasons of a result, built from the record of its evaluation: one line per test of the conditions
/// (whether it holds ✓/✗/?, the value used and the threshold, the source and the unconfirmed/stale marks), a
/// line before its tests for each group that has its own text, then the `explain` tests. A test after a gate
/// that does not hold was not assessed and has no line, nor has the group the gate stopped.
extension RuleModule.ParameterState {
    func reasons(_ record: RuleRecord, asOf: Day) -> [RuleReason] {
        var out: [RuleReason] = []
        var node = 0
        walk(conditions, &node, record, asOf, into: &out)
        for (leaf, step) in zip(explain, program.roots.explain) {
            if let d = record.decision(step) { out.append(reason(leaf, d, informative: true, asOf: asOf)) }
        }
        return out
    }

    /// Node `node` of the condition tree (counted as the compiler counted them: a node before its children).
    private func walk(_ n: ConditionNode, _ node: inout Int, _ record: RuleRecord, _ asOf: Day, into out: inout [RuleReason]) {
        let step = program.roots.conditionNodes[node]
        node += 1
        let text: RuleText?
        let at = out.count
        switch n {
        case .leaf(let leaf):
            if let d = record.decision(step) { out.append(reason(leaf, d, informative: false, asOf: asOf)) }
            return
        case .not(let child, let t):
            text = t
            walk(child, &node, record, asOf, into: &out)
        case .all(let children, let t), .any(let children, let t):
            text = t
            for child in children { walk(child, &node, record, asOf, into: &out) }
        }
        if let text, let d = record.decision(step) {
            out.insert(reason(text: text, holds: d.raw.truth, value: nil, threshold: nil, source: defaultSource,
                              parameters: [], informative: false, asOf: asOf), at: at)
        }
    }

    /// A test's line: for a comparison the value compared and the threshold, else the test's own value.
    private func reason(_ leaf: ConditionLeaf, _ d: RuleRecord.Decision, informative: Bool, asOf: Day) -> RuleReason {
        let compares = d.read != nil
        return reason(text: leaf.text, holds: d.raw.truth, value: compares ? d.read?.plain : d.raw.plain,
                      threshold: d.against?.plain, source: leaf.source, parameters: leaf.parameters,
                      informative: informative, asOf: asOf)
    }

    /// A line of the reasons with its source: the test's own, else that of the first parameter it reads, else
    /// the module's default; unconfirmed when any parameter read is, stale when the oldest check is more than a
    /// year before the as-of date. A group's line has the default source with its own marks.
    func reason(text: RuleText, holds: Bool?, value: String?, threshold: String?, source: RuleSource?,
                parameters: [Int], informative: Bool, asOf: Day) -> RuleReason {
        var src = source ?? parameters.first.map { meta[$0].value.source } ?? defaultSource
        var unconfirmed = src.unconfirmed
        var verified = source?.verified ?? (parameters.isEmpty ? src.verified : meta[parameters[0]].value.verified)
        for p in parameters {
            let m = meta[p]
            if m.unconfirmed { unconfirmed = true }
            if m.value.verified < verified { verified = m.value.verified }
        }
        if source == nil, parameters.isEmpty { src = defaultSource }
        return RuleReason(condition: text, holds: holds, value: value, threshold: threshold, sourceTitle: src.title,
                          sourceURL: src.url, unconfirmed: unconfirmed, verified: verified, stale: Self.isStale(verified, asOf),
                          informative: informative)
    }

    private static func isStale(_ verified: Day, _ asOf: Day) -> Bool { verified.days(until: asOf) > 365 }
}
