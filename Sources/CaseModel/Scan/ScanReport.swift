import Foundation

/// `zorg scan` output: a terminal table, a Markdown report a team lead can read, JSON and CSV.
public enum ScanReport {
    static func periodWord(_ nl: Bool) -> String { nl ? "per jaar" : "a year" }

    /// How the under-protection figures are made, said with them.
    public static func howFiguresAreMade(_ language: RuleLanguage) -> String {
        language == .nl
            ? "Zeker: rechten waarvan de voorwaarden vervuld zijn; mogelijk: rechten waarvoor nog gegevens ontbreken — de "
                + "twee sommen worden nooit opgeteld. Een bedrag is dat van de uitkomst (per maand × 12), anders de typische "
                + "jaarwaarde van de module als dat een bedrag is. Een recht telt één keer per huishouden (de helften van "
                + "een leefloon voor een koppel samen). Rechten zonder geldwaarde (°: pro-deo, een energiescan, een "
                + "geschatte waarde) worden geteld, niet gewaardeerd."
            : "Certain: rights whose conditions hold; possible: rights for which facts are still missing — the two sums "
                + "are never added together. An amount is the result's own (a month × 12), else the module's typical "
                + "yearly value when that is an amount. A right counts once per household (a couple's two halves of one "
                + "leefloon together). Rights without a money value (°: pro-deo, an energy scan, an estimate) are "
                + "counted, not valued."
    }

    /// `leefloon ×2`, `pro-deo°`, `vlaamse-huurpremie?`: ×N members, ° no money value, ? possible.
    public static func rightText(_ g: CaseloadScan.Gain) -> String {
        g.rule + (g.people.count > 1 ? " ×\(g.people.count)" : "") + (g.yearly == nil ? "°" : "") + (g.certain ? "" : "?")
    }

    /// `zeker € 1.200,00 per jaar, mogelijk € 300,00 per jaar, 2 zonder geldwaarde`
    public static func sums(certain: Money, possible: Money, unvalued: Int, language: RuleLanguage) -> String {
        let nl = language == .nl
        var parts = [(nl ? "zeker " : "certain ") + certain.belgian + " " + periodWord(nl),
                     (nl ? "mogelijk " : "possible ") + possible.belgian + " " + periodWord(nl)]
        if unvalued > 0 { parts.append(nl ? "\(unvalued) zonder geldwaarde" : "\(unvalued) without a money value") }
        return parts.joined(separator: ", ")
    }

    /// The rows a terminal table shows by default in each section; `zorg scan --limit` changes it.
    public static let defaultLimit = 20

    /// At most `limit` of a section's `rows`, then `… en N meer` for the rest (nil: all of them).
    public static func limited(_ rows: [String], limit: Int?, language: RuleLanguage) -> [String] {
        guard let limit, rows.count > limit else { return rows }
        return Array(rows.prefix(limit)) + ["  " + more(rows.count - limit, language)]
    }

    /// `… en 12 meer` / `… and 12 more`: what a limited list leaves out.
    public static func more(_ count: Int, _ language: RuleLanguage) -> String {
        language == .nl ? "… en \(count) meer" : "… and \(count) more"
    }

    /// The terminal table: every section with at most `limit` rows (nil: all rows); CSV, JSON and Markdown are
    /// always complete.
    public static func text(_ s: CaseloadScan, language: RuleLanguage, limit: Int? = nil) -> String {
        let nl = language == .nl
        var out: [String] = []
        func rows(_ list: [String]) { out += limited(list, limit: limit, language: language) }
        out.append(nl ? "Scan van \(s.households) dossiers op \(s.asOf.belgian)" : "Scan of \(s.households) households on \(s.asOf.belgian)")
        out.append("")
        out.append((nl ? "Onderbescherming: \(s.underProtection.count) huishoudens — " : "Under-protection: \(s.underProtection.count) households — ")
                   + sums(certain: s.totalCertain, possible: s.totalPossible, unvalued: s.unvaluedRights, language: language))
        rows(s.underProtection.map { h in
            let rights = h.gains.map(rightText).joined(separator: ", ")
            return "  \(h.dossier)  \(h.name)  \(h.certain.belgian) / \(h.possible.belgian)  \(rights)"
        })
        out.append("  " + (nl ? "(bedragen: zeker / mogelijk per jaar) " : "(amounts: certain / possible a year) ") + howFiguresAreMade(language))
        out.append("")
        out.append(nl ? "Mogelijk recht, gegevens te verzamelen: \(s.possible.count)" : "Possible rights, facts to collect: \(s.possible.count)")
        rows(s.possible.map { p in
            let detail = p.error.map { (nl ? "FOUT: " : "ERROR: ") + $0.message(language) }
                ?? p.missing.map { p.missingInWords($0, language) }.joined(separator: ", ")
            return "  \(p.dossier)  \(p.name)  \(p.rule): \(detail)"
        })
        out.append("")
        out.append(nl ? "Energiearmoede:" : "Energy poverty:")
        for level in CaseloadScan.energyLevels {
            let list = s.energyPoverty[level] ?? []
            var numbers = list.map(\.dossier.rawValue)
            if let limit, numbers.count > limit { numbers = Array(numbers.prefix(limit)) + [more(numbers.count - limit, language)] }
            out.append("  \(RuleResult.levelLabel(level, language)): \(list.count)  \(numbers.joined(separator: " "))")
        }
        out.append("")
        out.append(nl ? "Multiprobleemgezinnen zonder buddy: \(s.multiProblemWithoutBuddy.count)" : "Multi-problem families without a buddy: \(s.multiProblemWithoutBuddy.count)")
        rows(s.multiProblemWithoutBuddy.map { "  \($0.dossier)  \($0.name)" })
        out.append("")
        out.append(nl ? "Housing First-wachtlijst: \(s.housingFirstWaitingList.count)" : "Housing First waiting list: \(s.housingFirstWaitingList.count)")
        rows(s.housingFirstWaitingList.map { w in
            "  \(w.dossier)  \(w.name)  \(nl ? "prioriteit" : "priority") \(w.priority)  \(nl ? "aangemeld" : "referred") \(w.referredOn?.belgian ?? "?")"
        })
        out.append("")
        out.append(nl ? "Opvolgingen over datum: \(s.overdueFollowUps.count)" : "Overdue follow-ups: \(s.overdueFollowUps.count)")
        rows(s.overdueFollowUps.map { "  \($0.dossier)  \($0.name)  \($0.due.belgian)  \($0.text)" })
        out.append("")
        out.append(nl ? "Aanvragen die lopen: \(s.openApplications.count)" : "Applications pending: \(s.openApplications.count)")
        func line(_ a: CaseloadScan.OpenApplication) -> String {
            let who = a.person.map { nl ? " (lid \($0))" : " (member \($0))" } ?? ""
            let term = a.term.map { nl ? " (termijn \($0))" : " (term \($0))" } ?? ""
            return "  \(a.dossier)  \(a.name)  \(a.rule)\(who)  " + (nl ? "aangevraagd \(a.appliedOn.belgian), \(a.days) dagen\(term)"
                                                                          : "applied \(a.appliedOn.belgian), \(a.days) days\(term)")
        }
        rows(s.openApplications.map(line))
        let late = s.openApplications.filter(\.overTerm)
        out.append("")
        out.append(nl ? "Aanvragen langer open dan hun termijn: \(late.count)" : "Applications open longer than their term: \(late.count)")
        rows(late.map(line))
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
        out.append(nl ? "\(s.underProtection.count) huishoudens hebben zeker of mogelijk recht op iets dat ze niet ontvangen: "
                        + "**zeker \(s.totalCertain.belgian)**, **mogelijk \(s.totalPossible.belgian)** \(periodWord(nl)) (niet opgeteld)"
                        + (s.unvaluedRights > 0 ? ", en \(s.unvaluedRights) rechten zonder geldwaarde." : ".")
                      : "\(s.underProtection.count) households are certainly or possibly entitled to something they do not receive: "
                        + "**certain \(s.totalCertain.belgian)**, **possible \(s.totalPossible.belgian)** \(periodWord(nl)) (not added)"
                        + (s.unvaluedRights > 0 ? ", and \(s.unvaluedRights) rights without a money value." : "."))
        out.append("")
        out.append(howFiguresAreMade(language))
        out.append("")
        out.append(nl ? "| dossier | huishouden | rechten | zeker per jaar | mogelijk per jaar |" : "| dossier | household | rights | certain a year | possible a year |")
        out.append("|---|---|---|---:|---:|")
        for h in s.underProtection {
            out.append("| \(h.dossier) | \(h.name) | \(h.gains.map(rightText).joined(separator: ", ")) | \(h.certain.belgian) | \(h.possible.belgian) |")
        }
        out.append("")
        out.append(nl ? "Per recht:" : "Per right:")
        out.append("")
        var perRight: [String: (certain: Int, possible: Int, sum: Money)] = [:]
        for h in s.underProtection {
            for g in h.gains {
                var c = perRight[g.rule] ?? (0, 0, .zero)
                if g.certain { c.certain += 1; c.sum = c.sum + (g.yearly ?? .zero) } else { c.possible += 1 }
                perRight[g.rule] = c
            }
        }
        out.append(nl ? "| recht | zeker | mogelijk | zeker samen per jaar |" : "| right | certain | possible | certain together a year |")
        out.append("|---|---:|---:|---:|")
        for (rule, c) in perRight.sorted(by: { ($0.value.sum, $0.value.certain, $1.key) > ($1.value.sum, $1.value.certain, $0.key) }) {
            out.append("| \(rule) | \(c.certain) | \(c.possible) | \(c.sum.belgian) |")
        }
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
        // Names come from the dossiers: guarded like the export's cells (a name "=…" is not run by a spreadsheet).
        let writer = CSVWriter(delimiter: .semicolon, guardsFormulas: true)
        func q(_ fields: [String]) -> String { writer.record(fields) }
        var out = ["kind;dossier;name;rule;value;detail"]
        for h in s.underProtection { for g in h.gains {
            let detail = (g.certain ? "certain" : "possible") + (g.yearly == nil ? "|no_money_value" : "")
            out.append(q(["under_protection", h.dossier.rawValue, h.name, g.rule, g.yearly?.csv ?? "", detail]))
        } }
        for p in s.possible {
            let detail = p.error.map { "error: " + $0.message(.en) } ?? p.missing.joined(separator: "|")
            out.append(q(["possible", p.dossier.rawValue, p.name, p.rule, "", detail]))
        }
        for level in CaseloadScan.energyLevels { for h in s.energyPoverty[level] ?? [] {
            out.append(q(["energy_poverty", h.dossier.rawValue, h.name, "energiearmoede", "", level]))
        } }
        for h in s.multiProblemWithoutBuddy { out.append(q(["multi_problem_without_buddy", h.dossier.rawValue, h.name, "multiprobleemgezin", "", ""])) }
        for w in s.housingFirstWaitingList {
            out.append(q(["housing_first_waiting", w.dossier.rawValue, w.name, "housing-first", String(w.priority), w.referredOn?.iso ?? ""]))
        }
        for o in s.overdueFollowUps { out.append(q(["overdue_follow_up", o.dossier.rawValue, o.name, "", "", o.due.iso])) }
        return out.joined(separator: "\n")
    }

    /// The report as JSON: keys sorted, money as exact decimals (`1234.56`), never a binary floating-point number;
    /// a key whose value is unknown is left out.
    public static func json(_ s: CaseloadScan) -> String {
        var j = PrettyJSON()
        j.openObject()
        j.key("applications_open")
        j.objects(s.openApplications) { j, a in
            j.key("applied_on"); j.string(a.appliedOn.iso)
            j.key("days"); j.number(a.days)
            j.key("dossier"); j.string(a.dossier.rawValue)
            j.key("name"); j.string(a.name)
            j.key("over_term"); j.bool(a.overTerm)
            if let person = a.person { j.key("person"); j.number(person) }
            j.key("rule"); j.string(a.rule)
            if let term = a.term { j.key("term"); j.number(term) }
        }
        j.key("as_of"); j.string(s.asOf.iso)
        j.key("energy_poverty")
        j.openObject()
        for level in s.energyPoverty.keys.sorted() {
            j.key(level); j.strings(s.energyPoverty[level]!.map(\.dossier.rawValue))
        }
        j.closeObject()
        j.key("households"); j.number(s.households)
        j.key("housing_first_waiting_list")
        j.objects(s.housingFirstWaitingList) { j, w in
            j.key("dossier"); j.string(w.dossier.rawValue)
            j.key("name"); j.string(w.name)
            j.key("priority"); j.number(w.priority)
            if let referred = w.referredOn { j.key("referred_on"); j.string(referred.iso) }
        }
        j.key("multi_problem_without_buddy"); j.strings(s.multiProblemWithoutBuddy.map(\.dossier.rawValue))
        j.key("overdue_follow_ups")
        j.objects(s.overdueFollowUps) { j, o in
            j.key("dossier"); j.string(o.dossier.rawValue)
            j.key("due"); j.string(o.due.iso)
            j.key("name"); j.string(o.name)
        }
        j.key("possible")
        j.objects(s.possible) { j, p in
            j.key("dossier"); j.string(p.dossier.rawValue)
            if let error = p.error { j.key("error"); j.string(error.message(.nl)) }
            j.key("missing"); j.strings(p.missing)
            j.key("name"); j.string(p.name)
            if let person = p.person { j.key("person"); j.string(person) }
            j.key("rule"); j.string(p.rule)
        }
        j.key("rights_without_money_value"); j.number(s.unvaluedRights)
        j.key("total_certain"); j.number(s.totalCertain)
        j.key("total_possible"); j.number(s.totalPossible)
        j.key("under_protection")
        j.objects(s.underProtection) { j, h in
            j.key("certain"); j.number(h.certain)
            j.key("dossier"); j.string(h.dossier.rawValue)
            j.key("name"); j.string(h.name)
            j.key("possible"); j.number(h.possible)
            j.key("rights")
            j.objects(h.gains) { j, g in
                j.key("certain"); j.bool(g.certain)
                j.key("people"); j.strings(g.people)
                j.key("rule"); j.string(g.rule)
                if let yearly = g.yearly { j.key("yearly"); j.number(yearly) }
            }
        }
        j.closeObject()
        return j.text
    }
}
