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
        let all = try store.loadAll().households
        let households = all.caseload(includingClosed: false)
        if progress.isCancelled { return nil }
        progress.begin(.evaluating, total: households.count)
        let results = CaseloadEvaluation.run(households: households, ruleSet: ruleSet, asOf: asOf,
                                             lookup: CaregiverIndex(households: all), reasons: false,
                                             progress: progress)
        if progress.isCancelled { return nil }
        var flags: [DossierID: CaseloadFlags] = [:]
        for (h, r) in zip(households, results) { flags[h.id] = CaseloadFlags(household: h, results: r) }
        return flags
    }
}
