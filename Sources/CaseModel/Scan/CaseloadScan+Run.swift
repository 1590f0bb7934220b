/// Running a scan over many households with progress and a way to stop (the office records it: `Office.scan`).
extension CaseloadScan {
    /// Evaluates every household on both cores (outcomes and amounts, no reasons) and builds the scan, each
    /// chunk's part of the report on the worker that evaluated it. Returns nil when `progress` was cancelled
    /// before the end; nothing is kept of a cancelled scan.
    public static func run(households: [CaseModel.Household], ruleSet: RuleSet, asOf: Day,
                           lookup: (any RuleLookup)? = nil, progress: WorkProgress? = nil) -> CaseloadScan? {
        // Households already decoded: making a chunk of them cannot fail.
        try? run(CaseloadSource(households: households, problems: []), positions: Array(households.indices),
                 ruleSet: ruleSet, asOf: asOf, lookup: lookup ?? CaregiverIndex(households: households),
                 progress: progress)
    }

    /// As above, over the dossiers at `positions` of a caseload decoded a chunk at a time (`CaseloadSource`).
    /// Throws when a chunk's dossiers cannot be read.
    public static func run(_ source: CaseloadSource, positions: [Int], ruleSet: RuleSet, asOf: Day,
                           lookup: any RuleLookup, progress: WorkProgress? = nil) throws -> CaseloadScan? {
        progress?.begin(.evaluating, total: positions.count)
        let rights = Rights(ruleSet, asOf)
        let parts = try CaseloadEvaluation.fold(count: positions.count,
                                                households: { try source.households(at: positions[$0]) },
                                                ruleSet: ruleSet, asOf: asOf, lookup: lookup, reasons: false,
                                                progress: progress, outcomes: matters) { _, chunk, results in
            Part(households: chunk, range: chunk.indices, results: results, rights: rights, asOf: asOf)
        }
        if progress?.isCancelled == true { return nil }
        progress?.begin(.reporting)
        return CaseloadScan(parts: parts.compactMap { $0 }, households: positions.count, asOf: asOf)
    }

    /// The results a scan reads (`init(households:results:…)` looks at nothing else).
    static let matters: Set<RuleOutcome> = [.eligible, .possible]
}

/// For screens: the facts to collect and the person, with national numbers masked as everywhere on the terminal.
extension CaseloadScan.Possible {
    public var maskedMissing: [String] { missing.map(RuleResult.maskedMissing) }
    public var maskedPerson: String? { person.map { $0.hasPrefix("@") ? $0 : (NationalNumber($0)?.masked ?? $0) } }
}
