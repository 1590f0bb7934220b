/// The caseload as a whole: the list the screen opens on, and the flags of its filters.
extension Office {
    /// Every dossier, for the caseload list. The list shows every household's name and address: a read of
    /// personal data, logged as a `list` entry (`caseload`, how many) before it is returned.
    /// Closed dossiers only when asked for.
    public func caseload(includingClosed: Bool = false) throws -> CaseloadLoad {
        try allow(.readCases)
        let all = try store.loadAll()
        let load = CaseloadLoad(households: all.households.caseload(includingClosed: includingClosed), problems: all.problems)
        try store.recordListView("caseload", dossiers: load.households.count)
        return load
    }

    /// The rule results of every household as of `asOf`, summed up for the caseload's filters (both cores, no
    /// reasons; caregivers in other dossiers count, as in a check). Nil when `progress` was cancelled.
    public func caseloadFlags(asOf: Day, progress: WorkProgress = WorkProgress()) throws -> [DossierID: CaseloadFlags]? {
        try allow(.readCases)
        progress.begin(.loading)
        let caseload = try openCaseload(includingClosed: false)
        if progress.isCancelled { return nil }
        progress.begin(.evaluating, total: caseload.positions.count)
        let source = caseload.source, positions = caseload.positions
        let parts = try CaseloadEvaluation.fold(count: positions.count,
                                                households: { try source.households(at: positions[$0]) },
                                                ruleSet: ruleSet, asOf: asOf, lookup: caseload.lookup, reasons: false,
                                                progress: progress) { _, chunk, results in
            zip(chunk, results).map { ($0.id, CaseloadFlags(household: $0, results: $1)) }
        }
        if progress.isCancelled { return nil }
        var flags: [DossierID: CaseloadFlags] = [:]
        flags.reserveCapacity(positions.count)
        for part in parts { for (id, f) in part ?? [] { flags[id] = f } }
        return flags
    }

    /// The caseload for one pass over all of it (a check, the scan, the list's flags), without decoding it all at
    /// once (`CaseloadSource`): which dossiers are in the caseload, and every caregiver link — closed dossiers
    /// still count as caregivers' homes — read from the index's surveys, without decoding a dossier.
    func openCaseload(includingClosed: Bool) throws -> OpenCaseload {
        let source = try store.openCaseload()
        let surveys = try source.surveys()
        let positions = includingClosed ? Array(surveys.indices) : surveys.indices.filter { !surveys[$0].isClosed }
        var links: [(caredFor: NationalNumber, caregiver: CaregiverRecord)] = []
        for (i, survey) in surveys.enumerated() where !survey.caresFor.isEmpty {
            links += survey.links(of: try source.id(at: i))
        }
        return OpenCaseload(source: source, positions: positions, lookup: CaregiverIndex(links: links))
    }
}

extension Office {
    /// Who cares for whom across every dossier, closed ones too (the lookup of a check of one household): from
    /// the index's surveys, without decoding the caseload, when the index is current.
    func caregivers() throws -> CaregiverIndex { try openCaseload(includingClosed: true).lookup }
}

/// The caseload made ready for one pass: where the dossiers come from, the positions of those to look at, and
/// who cares for whom across all of them.
struct OpenCaseload {
    let source: CaseloadSource
    let positions: [Int]
    let lookup: CaregiverIndex
}
