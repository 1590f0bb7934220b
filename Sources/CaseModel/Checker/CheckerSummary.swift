/// The printable summary a volunteer gives the citizen: per right, what to bring and where to go, in plain
/// words. It names nobody: members are "Persoon 1", "Persoon 2"…
public enum CheckerSummary {
    public static func text(_ results: CheckerResults, language: RuleLanguage = .nl) -> String {
        let nl = language == .nl
        var lines: [String] = []
        lines.append(nl ? "Welke rechten kunnen er zijn? — een eerste verkenning" : "Which rights may apply? — a first look")
        lines.append(nl ? "Opgemaakt op \(results.asOf.belgian)." : "Made on \(results.asOf.belgian).")
        lines.append(nl ? "Dit is geen beslissing: de dienst die het recht toekent, beslist na een aanvraag."
                        : "This is not a decision: the service that grants the right decides after an application.")
        for (group, items) in results.groups where !items.isEmpty {
            lines.append("")
            lines.append(group.label.text(language) + ":")
            for item in items {
                lines.append("- " + heading(item, language))
                guard group != .unlikely else { continue }
                if group == .maybe, !item.unknown.isEmpty {
                    lines.append("    " + (nl ? "Nog na te gaan: " : "Still to find out: ")
                                 + item.unknown.map { $0.text(language) }.joined(separator: "; "))
                }
                if group == .has { continue }
                if let place = item.result.applyAt {
                    lines.append("    " + (item.result.automatic ? (nl ? "Hoe: " : "How: ")
                                                                  : (nl ? "Waar aanvragen: " : "Where to apply: "))
                                 + place.text(language))
                }
                if !item.result.documents.isEmpty {
                    lines.append("    " + (nl ? "Meebrengen: " : "Bring: ") + item.result.documents.joined(separator: ", "))
                }
            }
        }
        if results.groups.allSatisfy({ $0.items.isEmpty }) {
            lines.append("")
            lines.append(nl ? "Er kon nog niets nagegaan worden." : "Nothing could be checked yet.")
        }
        lines.append("")
        lines.append(nl ? "Vragen? Sociaal Huis Genk helpt u verder." : "Questions? Sociaal Huis Genk can help.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// "Mantelzorgpremie (Persoon 2) — € 40,00 per maand"
    public static func heading(_ item: CheckerResults.Item, _ language: RuleLanguage) -> String {
        var s = item.title.text(language)
        if let who = item.who { s += " (\(who.text(language)))" }
        if let amount = item.result.amount, item.result.outcome != .notEligible {
            s += " — " + RuleResult.amountText(amount, language)
        }
        return s
    }
}
