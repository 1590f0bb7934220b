import Foundation

/// Readable descriptions of modules for `zorg rules list` and `zorg rules show ID` (Dutch by default).
extension RuleModule {
    /// One line: `mantelzorgpremie  Mantelzorgpremie (Stad Genk)  per persoon  ingebouwd`; a local module that
    /// takes the place of a built-in one says so (`lokaal: rules/leefloon.yaml, vervangt de ingebouwde module`).
    public func listLine(language: RuleLanguage = .nl) -> String {
        let nl = language == .nl
        var parts = [id, title.text(language), scope == .person ? (nl ? "per persoon" : "per person") : (nl ? "per gezin" : "per household")]
        parts.append(isBuiltIn ? (nl ? "ingebouwd" : "built in") : (nl ? "lokaal: \(origin)" : "local: \(origin)")
                     + (replacesBuiltIn ? (nl ? ", vervangt de ingebouwde module" : ", replaces the built-in module") : ""))
        if !overriddenBy.isEmpty { parts.append((nl ? "aangepast door " : "adjusted by ") + overriddenBy.joined(separator: ", ")) }
        return parts.joined(separator: "  ")
    }

    /// The module with every parameter value, its date, source, verification date and marks, as of a date
    /// (values older than a year before it are marked as not re-verified).
    public func showText(language: RuleLanguage = .nl, asOf: Day) -> String {
        let nl = language == .nl
        var lines = [listLine(language: language)]
        if let summary { lines.append("  " + summary.text(language).trimmingCharacters(in: .whitespacesAndNewlines)) }
        if let status { lines.append("  \(nl ? "statuut 'ontvangt al'" : "status meaning 'receives'"): \(status)") }
        lines.append("  " + (automatic ? (nl ? "automatisch toegekend" : "granted automatically") : (nl ? "aan te vragen" : "to apply for"))
                     + (applyAt.map { " — \($0.text(language))" } ?? ""))
        if !documents.isEmpty { lines.append("  \(nl ? "documenten" : "documents"): \(documents.joined(separator: ", "))") }
        lines.append("  \(nl ? "feiten" : "facts"): \(facts.joined(separator: ", "))")
        if !parameters.isEmpty {
            lines.append(nl ? "  Parameters:" : "  Parameters:")
            for p in parameters {
                let inForce = p.value(on: asOf).value.from
                lines.append("    \(p.name) (\(p.unit.rawValue))\(p.description.map { " — \($0.text(language))" } ?? "")")
                for v in p.values {
                    var marks: [String] = []
                    if v.from == inForce { marks.append(nl ? "in voege op \(asOf.belgian)" : "in force on \(asOf.belgian)") }
                    if v.unconfirmed { marks.append(nl ? "ONBEVESTIGD" : "UNCONFIRMED") }
                    if v.verified.days(until: asOf) > 365 { marks.append(nl ? "niet nagekeken in het laatste jaar" : "not verified in the last year") }
                    lines.append("      \(nl ? "vanaf" : "from") \(v.from.belgian): \(v.display)\(marks.isEmpty ? "" : "  [\(marks.joined(separator: ", "))]")")
                    lines.append("        \(nl ? "bron" : "source"): \(v.source.title) — \(v.source.url); \(nl ? "nagekeken" : "verified") \(v.verified.belgian)"
                                 + (v.origin != origin ? " (\(v.origin))" : ""))
                    if let note = v.note { lines.append("        \(nl ? "noot" : "note"): \(note)") }
                }
            }
        }
        if !formulas.isEmpty {
            lines.append(nl ? "  Afgeleide waarden:" : "  Derived values:")
            for f in formulas { lines.append("    \(f.name) = \(f.formula.split(whereSeparator: \.isNewline).joined(separator: " "))") }
        }
        return lines.joined(separator: "\n")
    }
}
