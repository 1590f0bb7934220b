/// The readable report of `zorg rules diff`: who gains, who loses, whose amount changes, with totals.
public enum RuleChangeReport {
    public static func text(_ changes: [RuleChange], households: [Household], language: RuleLanguage, from: Day, to: Day) -> String {
        let nl = language == .nl
        let names = personNames(households)
        var lines: [String] = []
        lines.append(nl ? "Wijzigingen van \(from.belgian) naar \(to.belgian): \(changes.count)"
                        : "Changes from \(from.belgian) to \(to.belgian): \(changes.count)")
        let sorted = changes.sorted { ($0.rule, $0.dossier, $0.person ?? "") < ($1.rule, $1.dossier, $1.person ?? "") }
        var monthlyDelta: [AmountPeriod: Money] = [:]
        var gains = 0, losses = 0, amountOnly = 0
        for c in sorted {
            let who = c.person.flatMap { names[c.dossier.rawValue + "|" + $0] } ?? names[c.dossier.rawValue] ?? ""
            let outcome = c.before == c.after ? c.after.label(language)
                : "\(c.before.label(language)) → \(c.after.label(language))"
            var amount = ""
            if c.amountBefore != nil || c.amountAfter != nil {
                amount = "  \(format(c.amountBefore, language)) → \(format(c.amountAfter, language))"
            }
            lines.append("  \(c.rule)  \(c.dossier)  \(who)  \(outcome)\(amount)")
            if c.before == c.after { amountOnly += 1 } else if c.gains { gains += 1 } else { losses += 1 }
            let counts = [RuleOutcome.receives, .eligible].contains
            let before = counts(c.before) ? (c.amountBefore?.value ?? .zero) : .zero
            let after = counts(c.after) ? (c.amountAfter?.value ?? .zero) : .zero
            if let per = c.amountAfter?.per ?? c.amountBefore?.per {
                monthlyDelta[per, default: .zero] = monthlyDelta[per, default: .zero] + (after - before)
            }
        }
        lines.append(nl ? "Totaal: \(gains) winnen een recht, \(losses) verliezen er een, \(amountOnly) krijgen een ander bedrag."
                        : "Total: \(gains) gain a right, \(losses) lose one, \(amountOnly) get a different amount.")
        for per in AmountPeriod.allCases {
            guard let delta = monthlyDelta[per], delta != .zero else { continue }
            let sign = delta.cents < 0 ? "-" : "+"
            let text = Money(cents: abs(delta.cents)).belgian
            lines.append(nl ? "Verschil voor rechthebbenden: \(sign)\(text) per \(periodName(per, nl))"
                            : "Difference for those entitled: \(sign)\(text) per \(periodName(per, nl))")
        }
        return lines.joined(separator: "\n")
    }

    static func format(_ a: RuleAmount?, _ language: RuleLanguage) -> String {
        guard let a else { return "—" }
        return "\(a.value.belgian)/\(periodName(a.per, language == .nl))"
    }

    static func periodName(_ p: AmountPeriod, _ nl: Bool) -> String {
        switch p {
        case .month: return nl ? "maand" : "month"
        case .year: return nl ? "jaar" : "year"
        case .once: return nl ? "eenmalig" : "once"
        case .litre: return nl ? "liter" : "litre"
        }
    }

    /// "dossier|person key" → "First Last", and "dossier" → the head of household's name.
    static func personNames(_ households: [Household]) -> [String: String] {
        var names: [String: String] = [:]
        for h in households {
            names[h.id.rawValue] = h.headOfHousehold?.fullName ?? ""
            for (i, m) in h.members.enumerated() {
                let key = m.nationalNumber?.formatted ?? "@\(i + 1)"
                names[h.id.rawValue + "|" + key] = m.fullName
            }
        }
        return names
    }
}
