import Foundation

/// `zorg scan` output: a terminal table, a Markdown report a team lead can read, JSON and CSV.
public enum ScanReport {
    static func periodWord(_ nl: Bool) -> String { nl ? "per jaar" : "a year" }

    public static func text(_ s: CaseloadScan, language: RuleLanguage) -> String {
        let nl = language == .nl
        var out: [String] = []
        out.append(nl ? "Scan van \(s.households) dossiers op \(s.asOf.belgian)" : "Scan of \(s.households) households on \(s.asOf.belgian)")
        out.append("")
        out.append(nl ? "Onderbescherming: \(s.underProtection.count) huishoudens, verwachte winst \(s.totalGain.belgian) \(periodWord(nl))"
                      : "Under-protection: \(s.underProtection.count) households, expected gain \(s.totalGain.belgian) \(periodWord(nl))")
        for h in s.underProtection {
            let rights = h.gains.map { $0.rule + ($0.estimate ? "*" : "") }.joined(separator: ", ")
            out.append("  \(h.dossier)  \(h.name)  \(h.total.belgian)  \(rights)")
        }
        if s.underProtection.contains(where: { $0.gains.contains(where: \.estimate) }) {
            out.append(nl ? "  * geschatte jaarwaarde (onbevestigd)" : "  * estimated yearly value (unconfirmed)")
        }
        out.append("")
        out.append(nl ? "Mogelijk recht, gegevens te verzamelen: \(s.possible.count)" : "Possible rights, facts to collect: \(s.possible.count)")
        for p in s.possible {
            let detail = p.error.map { (nl ? "FOUT: " : "ERROR: ") + $0.message(language) }
                ?? p.missing.map(RuleResult.maskedMissing).joined(separator: ", ")
            out.append("  \(p.dossier)  \(p.name)  \(p.rule): \(detail)")
        }
        out.append("")
        out.append(nl ? "Energiearmoede:" : "Energy poverty:")
        for level in CaseloadScan.energyLevels {
            let list = s.energyPoverty[level] ?? []
            out.append("  \(RuleResult.levelLabel(level, language)): \(list.count)  \(list.map(\.dossier.rawValue).joined(separator: " "))")
        }
        out.append("")
        out.append(nl ? "Multiprobleemgezinnen zonder buddy: \(s.multiProblemWithoutBuddy.count)" : "Multi-problem families without a buddy: \(s.multiProblemWithoutBuddy.count)")
        for h in s.multiProblemWithoutBuddy { out.append("  \(h.dossier)  \(h.name)") }
        out.append("")
        out.append(nl ? "Housing First-wachtlijst: \(s.housingFirstWaitingList.count)" : "Housing First waiting list: \(s.housingFirstWaitingList.count)")
        for w in s.housingFirstWaitingList {
            out.append("  \(w.dossier)  \(w.name)  \(nl ? "prioriteit" : "priority") \(w.priority)  \(nl ? "aangemeld" : "referred") \(w.referredOn?.belgian ?? "?")")
        }
        out.append("")
        out.append(nl ? "Opvolgingen over datum: \(s.overdueFollowUps.count)" : "Overdue follow-ups: \(s.overdueFollowUps.count)")
        for o in s.overdueFollowUps { out.append("  \(o.dossier)  \(o.name)  \(o.due.belgian)  \(o.text)") }
        return out.joined(separator: "\n")
    }

    public static func markdown(_ s: CaseloadScan, language: RuleLanguage) -> String {
        let nl = language == .nl
        var out: [String] = []
        out.append(nl ? "# Proactieve scan — \(s.asOf.belgian)" : "# Proactive scan — \(s.asOf.belgian)")
        out.append("")
        out.append(nl ? "\(s.households) dossiers bekeken. Elke uitkomst komt uit de regelmodules van Zorg, met hun bronnen (zie `zorg check --explain`)."
                      : "\(s.households) households reviewed. Every outcome comes from Zorg's rule modules, with their sources (see `zorg check --explain`).")
        out.append("")
        out.append(nl ? "## Onderbescherming" : "## Under-protection")
        out.append("")
        out.append(nl ? "\(s.underProtection.count) huishoudens hebben waarschijnlijk recht op iets dat ze niet ontvangen; samen **\(s.totalGain.belgian) \(periodWord(nl))**."
                      : "\(s.underProtection.count) households are likely entitled to something they do not receive; together **\(s.totalGain.belgian) \(periodWord(nl))**.")
        out.append("")
        out.append(nl ? "| dossier | huishouden | rechten | verwachte winst per jaar |" : "| dossier | household | rights | expected gain a year |")
        out.append("|---|---|---|---:|")
        for h in s.underProtection {
            out.append("| \(h.dossier) | \(h.name) | \(h.gains.map { $0.rule + ($0.estimate ? "\\*" : "") }.joined(separator: ", ")) | \(h.total.belgian) |")
        }
        out.append("")
        out.append(nl ? "Per recht:" : "Per right:")
        out.append("")
        var perRight: [String: (Int, Money)] = [:]
        for h in s.underProtection { for g in h.gains { let c = perRight[g.rule] ?? (0, .zero); perRight[g.rule] = (c.0 + 1, c.1 + g.yearly) } }
        out.append(nl ? "| recht | aantal | samen per jaar |" : "| right | count | together a year |")
        out.append("|---|---:|---:|")
        for (rule, c) in perRight.sorted(by: { $0.value.1 > $1.value.1 }) { out.append("| \(rule) | \(c.0) | \(c.1.belgian) |") }
        out.append("")
        out.append(nl ? "## Energiearmoede" : "## Energy poverty")
        out.append("")
        out.append(nl ? "| niveau | huishoudens |" : "| level | households |")
        out.append("|---|---:|")
        for level in CaseloadScan.energyLevels { out.append("| \(RuleResult.levelLabel(level, language)) | \(s.energyPoverty[level]?.count ?? 0) |") }
        out.append("")
        out.append(nl ? "## Multiprobleemgezinnen zonder buddy: \(s.multiProblemWithoutBuddy.count)" : "## Multi-problem families without a buddy: \(s.multiProblemWithoutBuddy.count)")
        out.append("")
        for h in s.multiProblemWithoutBuddy { out.append("- \(h.dossier) \(h.name)") }
        out.append("")
        out.append(nl ? "## Housing First-wachtlijst: \(s.housingFirstWaitingList.count)" : "## Housing First waiting list: \(s.housingFirstWaitingList.count)")
        out.append("")
        for w in s.housingFirstWaitingList { out.append("- \(w.dossier) \(w.name) — \(nl ? "prioriteit" : "priority") \(w.priority)") }
        out.append("")
        out.append(nl ? "## Opvolgingen over datum: \(s.overdueFollowUps.count)" : "## Overdue follow-ups: \(s.overdueFollowUps.count)")
        out.append("")
        for o in s.overdueFollowUps { out.append("- \(o.dossier) \(o.name) — \(o.due.belgian)") }
        return out.joined(separator: "\n")
    }

    /// One line per finding: `kind;dossier;name;rule;value;detail`.
    public static func csv(_ s: CaseloadScan) -> String {
        func q(_ v: String) -> String { v.contains(";") || v.contains("\"") ? "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : v }
        var out = ["kind;dossier;name;rule;value;detail"]
        for h in s.underProtection { for g in h.gains {
            out.append(["under_protection", h.dossier.rawValue, h.name, g.rule, g.yearly.csv, g.estimate ? "estimate" : ""].map(q).joined(separator: ";"))
        } }
        for p in s.possible {
            let detail = p.error.map { "error: " + $0.message(.en) } ?? p.missing.joined(separator: "|")
            out.append(["possible", p.dossier.rawValue, p.name, p.rule, "", detail].map(q).joined(separator: ";"))
        }
        for level in CaseloadScan.energyLevels { for h in s.energyPoverty[level] ?? [] {
            out.append(["energy_poverty", h.dossier.rawValue, h.name, "energiearmoede", "", level].map(q).joined(separator: ";"))
        } }
        for h in s.multiProblemWithoutBuddy { out.append(["multi_problem_without_buddy", h.dossier.rawValue, h.name, "multiprobleemgezin", "", ""].map(q).joined(separator: ";")) }
        for w in s.housingFirstWaitingList {
            out.append(["housing_first_waiting", w.dossier.rawValue, w.name, "housing-first", String(w.priority), w.referredOn?.iso ?? ""].map(q).joined(separator: ";"))
        }
        for o in s.overdueFollowUps { out.append(["overdue_follow_up", o.dossier.rawValue, o.name, "", "", o.due.iso].map(q).joined(separator: ";")) }
        return out.joined(separator: "\n")
    }

    public static func json(_ s: CaseloadScan) -> String {
        struct G: Encodable { var rule: String; var person: String?; var yearly: Double; var estimate: Bool }
        struct H: Encodable { var dossier: String; var name: String; var total: Double; var rights: [G] }
        struct P: Encodable { var dossier: String; var name: String; var rule: String; var person: String?; var missing: [String]; var error: String? }
        struct W: Encodable { var dossier: String; var name: String; var priority: Int; var referred_on: String? }
        struct O: Encodable { var dossier: String; var name: String; var due: String }
        struct Out: Encodable {
            var as_of: String; var households: Int; var total_gain: Double
            var under_protection: [H]; var possible: [P]; var energy_poverty: [String: [String]]
            var multi_problem_without_buddy: [String]; var housing_first_waiting_list: [W]; var overdue_follow_ups: [O]
        }
        let out = Out(as_of: s.asOf.iso, households: s.households, total_gain: s.totalGain.euroValue,
                      under_protection: s.underProtection.map { h in
                          H(dossier: h.dossier.rawValue, name: h.name, total: h.total.euroValue,
                            rights: h.gains.map { G(rule: $0.rule, person: $0.person, yearly: $0.yearly.euroValue, estimate: $0.estimate) }) },
                      possible: s.possible.map { P(dossier: $0.dossier.rawValue, name: $0.name, rule: $0.rule, person: $0.person,
                                                   missing: $0.missing, error: $0.error?.message(.nl)) },
                      energy_poverty: s.energyPoverty.mapValues { $0.map(\.dossier.rawValue) },
                      multi_problem_without_buddy: s.multiProblemWithoutBuddy.map(\.dossier.rawValue),
                      housing_first_waiting_list: s.housingFirstWaitingList.map { W(dossier: $0.dossier.rawValue, name: $0.name, priority: $0.priority, referred_on: $0.referredOn?.iso) },
                      overdue_follow_ups: s.overdueFollowUps.map { O(dossier: $0.dossier.rawValue, name: $0.name, due: $0.due.iso) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: (try? encoder.encode(out)) ?? Data(), as: UTF8.self)
    }
}
