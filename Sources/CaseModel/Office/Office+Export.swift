/// Exports: dossiers and volunteers out of the store, each export one `export` entry naming what went out.
extension Office {
    /// The dossiers named (every dossier with nil), logged as exported in `format` before they are returned.
    /// The whole caseload leaves closed dossiers out unless `includingClosed`; a dossier named is always exported.
    public func exportHouseholds(_ ids: [DossierID]?, format: String, includingClosed: Bool = false) throws
        -> (households: [Household], quarantined: [StoreProblem]) {
        try allow(.readCases)
        var households: [Household]
        var problems: [StoreProblem] = []
        if let ids {
            households = try ids.map { try store.load($0) }
        } else {
            let load = try store.loadAll()
            households = load.households.caseload(includingClosed: includingClosed)
            problems = load.problems
        }
        _ = try store.audit.append(.export, dossiers: households.map(\.id), detail: ["format": format])
        return (households, problems)
    }

    /// Every volunteer, logged as exported (their numbers) in `format` before they are returned.
    public func exportVolunteers(format: String) throws -> [Volunteer] {
        try allow(.readCases)
        let list = try store.volunteers().volunteers
        _ = try store.audit.append(.export, detail: ["format": format,
                                                     "volunteers": list.map(\.id.rawValue).sorted().joined(separator: ",")])
        return list
    }

    /// `zorg export --format md`: each dossier's right-of-access copy as of `asOf` (its revisions, its access log
    /// — read after the export's own entry, so it includes this export — and its checks).
    public func accessReports(_ households: [Household], asOf: Day, language: RuleLanguage) throws -> [DossierReport] {
        try allow(.readCases)
        let set = ruleSet
        let lookup = try caregivers()
        return try households.map { h in
            DossierReport(household: h, revisions: try store.revisions(of: h.id), accessLog: try store.audit.entries(dossier: h.id),
                          results: set.evaluate(household: h, asOf: asOf, lookup: lookup), asOf: asOf, language: language)
        }
    }
}
