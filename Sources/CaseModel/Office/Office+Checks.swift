import Foundation

/// A check of many dossiers made ready by `Office.check`: the dossiers chosen and the audit entry written;
/// `stream` works the results out and hands them over in dossier order, a chunk at a time.
public struct CaseloadCheck {
    /// The number of dossiers checked.
    public var count: Int { positions.count }
    /// The dossier files set aside as broken while the store was read.
    public let quarantined: [StoreProblem]
    /// The caseload, and the positions in it of the dossiers to check.
    let source: CaseloadSource
    let positions: [Int]
    let lookup: CaregiverIndex
    let ruleSet: RuleSet
    let asOf: Day
    let ruleIDs: [String]?

    /// The results on every core: `into` turns each chunk's results (in dossier order) and its number of
    /// dossiers into a part on the worker that made them; `emit` gets the parts in order on the calling thread
    /// while the next chunks are worked out. What is held at once does not grow with the caseload. Without
    /// `reasons` the results carry none and are otherwise the same, at about half the cost (a CSV or a table
    /// shows no reasons).
    public func stream<Part>(reasons: Bool = true, progress: WorkProgress? = nil,
                             into: @escaping @Sendable ([RuleResult], Int) -> Part, emit: (Part) throws -> Void) throws {
        let source = source, positions = positions
        try CaseloadEvaluation.stream(count: positions.count, households: { try source.households(at: positions[$0]) },
                                      ruleSet: ruleSet, asOf: asOf, ruleIDs: ruleIDs,
                                      lookup: lookup, reasons: reasons, progress: progress,
                                      into: { range, results in into(results.flatMap { $0 }, range.count) }, emit: emit)
    }
}

/// The rule modules on the store's dossiers: checks of one household (with the caregiver lookup) and of many,
/// the modules in force and their tests, and who gains or loses when a date or a parameter changes.
extension Office {
    /// The modules in force for this store, with the local files that were refused.
    public func rules() throws -> RuleSetLoad {
        try allow(.readCases)
        return ruleSetLoad
    }

    /// The checks of one household as of `asOf`: every module (or those named). Caregivers recorded in other
    /// dossiers count for the caregiver premium, as in `zorg check`, so the caseload is read for a full check.
    public func checks(of household: Household, asOf: Day, ruleIDs: [String]? = nil) throws -> [RuleResult] {
        try allow(.readCases)
        let lookup = ruleIDs == nil ? try caregivers() : nil
        return ruleSet.evaluate(household: household, asOf: asOf, ruleIDs: ruleIDs, lookup: lookup)
    }

    /// `zorg check`: the dossiers named (every dossier with nil) made ready to be checked as of `asOf`, with their
    /// reasons, on every core (`CaseloadCheck.stream`). One `check` audit entry first (the dossiers it names, or
    /// none for the whole caseload). The whole caseload leaves closed dossiers out unless `includingClosed`; a
    /// dossier named is always checked.
    public func check(_ ids: [DossierID]?, asOf: Day, ruleIDs: [String]?, includingClosed: Bool = false) throws -> CaseloadCheck {
        try allow(.readCases)
        let set = ruleSet
        for id in ruleIDs ?? [] where set.module(id) == nil && !set.refused.contains(where: { $0.id == id }) {
            throw OfficeError.unknownRule(id)
        }
        let made = try ids.map { try namedCheck($0) } ?? openCaseload(includingClosed: includingClosed)
        _ = try store.audit.append(AuditAction("check"), dossiers: ids ?? [],
                                   detail: ["as_of": asOf.iso, "dossiers": String(made.positions.count),
                                            "rules": ruleIDs?.joined(separator: ",") ?? "all"])
        return CaseloadCheck(quarantined: made.source.problems, source: made.source, positions: made.positions,
                             lookup: made.lookup, ruleSet: set, asOf: asOf, ruleIDs: ruleIDs)
    }

    /// The dossiers named, in that order, with the caseload's caregivers.
    private func namedCheck(_ ids: [DossierID]) throws -> OpenCaseload {
        let caseload = try store.loadAll()
        let byID = Dictionary(caseload.households.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let selected = try ids.map { id in
            guard let h = byID[id] else { throw OfficeError.noSuchDossier(id) }
            return h
        }
        return OpenCaseload(source: CaseloadSource(households: selected, problems: caseload.problems),
                            positions: Array(selected.indices), lookup: CaregiverIndex(households: caseload.households))
    }

    /// Each module's own tests, by module id (the administration screen).
    public func ruleTestReports() throws -> [String: RuleTestReport] {
        try allow(.readCases)
        let set = ruleSet
        var reports: [String: RuleTestReport] = [:]
        for module in set.modules { reports[module.id] = RuleTestRunner.run(set, moduleIDs: [module.id]) }
        return reports
    }

    /// `zorg rules diff`: who gains or loses between two dates, or with the person's override file applied.
    /// One `rules-diff` audit entry; the households come back for the report's names.
    public func ruleChanges(from: Day, to: Day, overrides file: String?, ruleIDs: [String]?) throws
        -> (changes: [RuleChange], households: [Household]) {
        try allow(.readCases)
        let before = ruleSet
        var after = before
        if let file {
            guard let text = String(data: try Self.readPersonalFile(file), encoding: .utf8) else {
                throw OfficeError.notText(path: file)
            }
            switch before.applying(overrideText: text, file: file) {
            case .success(let changed): after = changed
            case .failure(let problem): throw OfficeError.overridesRefused(problem)
            }
        }
        let households = try store.loadAll().households
        _ = try store.audit.append(AuditAction("rules-diff"), detail: ["from": from.iso, "to": to.iso,
                                                                        "dossiers": String(households.count)])
        let changes = RuleChanges.compare(households, before: (before, from), after: (after, to), ruleIDs: ruleIDs,
                                          lookup: CaregiverIndex(households: households))
        return (changes, households)
    }

    /// `zorg rules add FILE`: the person's rule file (read with her rights) into the store's `rules/`.
    public func addLocalRule(file: String) throws -> LocalRuleChange {
        try allow(.manageRules)
        guard let text = String(data: try Self.readPersonalFile(file), encoding: .utf8) else {
            throw OfficeError.notText(path: file)
        }
        defer { forgetRules() }
        return try store.addLocalRule(named: file, text: text)
    }

    /// `zorg rules remove ID`: a local module (with its tests) or a file of `rules/`; the names removed.
    public func removeLocalRule(_ id: String) throws -> [String] {
        try allow(.manageRules)
        defer { forgetRules() }
        return try store.removeLocalRule(id)
    }
}
