import Foundation

/// `zorg check D --what-if …` as a table (Belgian amounts, dates `dd-mm-jjjj`) and as JSON (cli.md: per rule
/// `before`/`after` with `outcome` and `amount`, `changed`, then `totals`; amounts as exact decimals).
extension WhatIfComparison {
    public func table(language: RuleLanguage) -> String {
        let nl = language == .nl
        var out: [String] = []
        out.append(nl ? "Wat als — dossier \(dossier.rawValue) op \(asOf.belgian) (niets bewaard)"
                      : "What if — dossier \(dossier.rawValue) on \(asOf.belgian) (nothing saved)")
        out.append((nl ? "Gewijzigd: " : "Changed: ") + changes.joined(separator: ", "))
        out.append("")
        let changedRows = rows.filter(\.changed)
        if changedRows.isEmpty { out.append(nl ? "Geen enkele uitkomst verandert." : "No outcome changes.") }
        for r in changedRows {
            var name = r.title.text(language)
            if let p = r.position { name += nl ? " (lid \(p))" : " (member \(p))" }
            out.append("  \(name): \(Self.side(r.before, language)) → \(Self.side(r.after, language))")
        }
        let unchanged = rows.count - changedRows.count
        if unchanged > 0 { out.append(nl ? "  (\(unchanged) uitkomsten blijven gelijk)" : "  (\(unchanged) outcomes stay the same)") }
        out.append("")
        out.append(Self.verdict(certain, nl ? "zeker" : "certain", language))
        out.append(Self.verdict(possible, nl ? "mogelijk" : "possible", language))
        return out.joined(separator: "\n")
    }

    /// "zeker: beter af met € 120,00 per maand (€ 1.440,00 per jaar)"
    public static func verdict(_ d: Difference, _ label: String, _ language: RuleLanguage) -> String {
        let nl = language == .nl
        if d.year.cents == 0 { return "\(label): " + (nl ? "geen verschil" : "no difference") }
        let better = d.year.cents > 0
        let abs = { (m: Money) in Money(cents: m.cents < 0 ? -m.cents : m.cents).belgian }
        let word = better ? (nl ? "beter af met" : "better off by") : (nl ? "slechter af met" : "worse off by")
        return "\(label): \(word) \(abs(d.month)) " + (nl ? "per maand (\(abs(d.year)) per jaar)" : "a month (\(abs(d.year)) a year)")
    }

    public static func side(_ s: Side?, _ language: RuleLanguage) -> String {
        guard let s else { return language == .nl ? "geen uitkomst" : "no result" }
        var text = s.label.text(language)
        if let a = s.amount { text += " " + RuleResult.amountText(a, language) }
        return text
    }

    public var json: String {
        var j = JSONText()
        j.open()
        j.key("dossier"); j.string(dossier.rawValue)
        j.key("as_of"); j.string(asOf.iso)
        j.key("changes"); j.strings(changes)
        j.key("rules"); j.openArray()
        for r in rows {
            j.element(); j.open()
            j.key("rule"); j.string(r.rule)
            j.key("person"); if let p = r.person { j.string(p) } else { j.null() }
            for (name, side) in [("before", r.before), ("after", r.after)] {
                j.key(name)
                if let side {
                    j.open()
                    j.key("outcome"); j.string(side.outcome.rawValue)
                    j.key("amount")
                    if let a = side.amount {
                        j.open(); j.key("value"); j.raw(a.value.plain); j.key("per"); j.string(a.per.rawValue); j.close()
                    } else { j.null() }
                    j.close()
                } else { j.null() }
            }
            j.key("changed"); j.raw(r.changed ? "true" : "false")
            j.close()
        }
        j.closeArray()
        j.key("totals"); j.open()
        for (name, d) in [("certain", certain), ("possible", possible)] {
            j.key(name); j.open(); j.key("month"); j.raw(d.month.plain); j.key("year"); j.raw(d.year.plain); j.close()
        }
        j.close()
        j.close()
        return j.text
    }
}
