/// Who gains or loses a right between two dates, or with an edited parameter file (`zorg rules diff`).
public struct RuleChange: Sendable, Hashable {
    public var dossier: DossierID
    public var person: String?
    public var rule: String
    public var before: RuleOutcome
    public var after: RuleOutcome
    public var amountBefore: RuleAmount?
    public var amountAfter: RuleAmount?

    /// The outcome got better (e.g. not_eligible → eligible) or the amount rose.
    public var gains: Bool {
        let rb = RuleChanges.rank(before), ra = RuleChanges.rank(after)
        if ra != rb { return ra > rb }
        return (amountAfter?.value ?? .zero) > (amountBefore?.value ?? .zero)
    }
}

public enum RuleChanges {
    static func rank(_ o: RuleOutcome) -> Int {
        switch o {
        case .notEligible: return 0
        case .possible: return 1
        case .eligible, .receives: return 2
        }
    }

    /// Compares the results of `before` and `after` (a rule set and an as-of date each) for every household;
    /// returns the results whose outcome or amount differ.
    public static func compare(_ households: [Household], before: (RuleSet, Day), after: (RuleSet, Day),
                               ruleIDs: [String]? = nil, lookup: (any RuleLookup)? = nil) -> [RuleChange] {
        var out: [RuleChange] = []
        for h in households {
            let a = before.0.evaluate(household: h, asOf: before.1, ruleIDs: ruleIDs, lookup: lookup)
            let b = after.0.evaluate(household: h, asOf: after.1, ruleIDs: ruleIDs, lookup: lookup)
            var old: [String: RuleResult] = [:]
            for r in a { old["\(r.rule)|\(r.personIndex ?? -1)"] = r }
            for r in b {
                let o = old.removeValue(forKey: "\(r.rule)|\(r.personIndex ?? -1)")
                if o?.outcome != r.outcome || o?.amount != r.amount {
                    out.append(RuleChange(dossier: h.id, person: r.person, rule: r.rule, before: o?.outcome ?? .notEligible,
                                          after: r.outcome, amountBefore: o?.amount, amountAfter: r.amount))
                }
            }
            for r in old.values where r.outcome != .notEligible {
                out.append(RuleChange(dossier: h.id, person: r.person, rule: r.rule, before: r.outcome, after: .notEligible,
                                      amountBefore: r.amount, amountAfter: nil))
            }
        }
        return out
    }
}

extension RuleSet {
    /// This set with an override file applied (the `--with FILE` of `zorg rules diff`), or the file's problem.
    public func applying(overrideText text: String, file: String) -> Result<RuleSet, RuleProblem> {
        var byID = Dictionary(uniqueKeysWithValues: modules.map { ($0.id, $0) })
        do {
            try RuleOverrides.apply(text: text, file: file, to: &byID)
        } catch {
            return .failure(RuleSet.asProblem(error, file))
        }
        return .success(RuleSet(modules: Array(byID.values), tests: tests))
    }
}
