/// "Wat als" (issue 16): the same checks on a scratch copy of a household with facts changed. Nothing is saved; the
/// dossier is read as a view in the access log (reason `controle-rechten`).
extension Office {
    public func whatIf(_ id: DossierID, changes: [FactChange], asOf: Day, ruleIDs: [String]? = nil) throws -> WhatIfComparison {
        guard !changes.isEmpty else { throw WhatIfError.nothingChanged }
        try allow(.readCases)
        for rule in ruleIDs ?? [] where ruleSet.module(rule) == nil { throw OfficeError.unknownRule(rule) }
        let stored = try open(id, reason: .controleRechten)
        var scratch = stored
        for change in changes { scratch = try change.applied(to: scratch) }
        return WhatIfComparison(dossier: id, asOf: asOf, changes: changes.map(\.spec),
                                before: try checks(of: stored, asOf: asOf, ruleIDs: ruleIDs),
                                after: try checks(of: scratch, asOf: asOf, ruleIDs: ruleIDs))
    }
}
