/// A scan of the whole caseload, and its report's dossier files set aside as broken.
public struct ScanRun: Sendable {
    public var scan: CaseloadScan
    public var quarantined: [StoreProblem]
}

/// The same person in two dossiers, and the dossiers they were found in.
public struct DuplicateRun: Sendable {
    public var pairs: [DuplicatePair]
    public var households: [Household]
    public var quarantined: [StoreProblem]
}

/// Caseload-wide reports: `zorg scan` and the scan screen run the same scan and write the same one audit entry.
extension Office {
    /// Reads every dossier and runs the scan as of `asOf` (caregivers in other dossiers counting, as in a check),
    /// then records it: one `scan` audit entry for the caseload, not one per dossier. `pseudonymized` replaces
    /// the names in what is returned (and says so in the entry). Nil when `progress` was cancelled first:
    /// nothing is recorded then.
    /// Closed dossiers are left out unless `includingClosed` (they still count as caregivers' homes).
    public func scan(asOf: Day, pseudonymized: Bool = false, includingClosed: Bool = false,
                     progress: WorkProgress? = nil) throws -> ScanRun? {
        try allow(.readCases)
        progress?.begin(.loading)
        let caseload = try openCaseload(includingClosed: includingClosed)
        if progress?.isCancelled == true { return nil }
        guard var scan = try CaseloadScan.run(caseload.source, positions: caseload.positions, ruleSet: ruleSet,
                                              asOf: asOf, lookup: caseload.lookup, progress: progress) else {
            return nil
        }
        if pseudonymized { scan = scan.pseudonymized() }
        _ = try store.audit.append(.scan, detail: ["as_of": asOf.iso, "dossiers": String(caseload.positions.count),
                                                   "pseudonymized": pseudonymized ? "yes" : "no"])
        return ScanRun(scan: scan, quarantined: caseload.source.problems)
    }

    /// `zorg scan --duplicates`: the same person in several dossiers, for review. One `scan` entry with the count.
    public func duplicates() throws -> DuplicateRun {
        try allow(.readCases)
        let caseload = try store.loadAll()
        let pairs = DuplicateFinder.find(in: caseload.households)
        _ = try store.audit.append(.scan, detail: ["duplicates": String(pairs.count)])
        return DuplicateRun(pairs: pairs, households: caseload.households, quarantined: caseload.problems)
    }
}
