import Foundation

/// The renderings of results: the JSON of `cli.md`, the CSV line, and readable text (Dutch by default).
extension RuleResult {
    public static let csvHeader = "dossier;person;rule;outcome;amount;per;missing"

    /// `2024-00123;85.07.30-033.61;mantelzorgpremie;eligible;40,00;month;`
    public var csvLine: String {
        var line = ""
        appendCSVLine(to: &line)
        return line
    }

    /// `csvLine` added to the end of `text` (a caseload's lines go into one text, not a string each).
    public func appendCSVLine(to text: inout String) {
        CSVWriter(delimiter: .semicolon).append(record: [dossier.rawValue, person ?? "", rule, outcome.rawValue,
                                                         amount?.value.csv ?? "", amount?.per.rawValue ?? "",
                                                         missing.joined(separator: "|")], to: &text)
    }

    /// One JSON object with the keys of `cli.md` in its order (plus `level`/`indicators`/`priority`/`actions`
    /// where they apply, and `stale` on reasons).
    public func json(language: RuleLanguage = .nl) -> String {
        var w = JSONText()
        w.open()
        w.key("dossier"); w.string(dossier.rawValue)
        w.key("person"); if let person { w.string(person) } else { w.null() }
        w.key("rule"); w.string(rule)
        w.key("outcome"); w.string(outcome.rawValue)
        if let error { w.key("error"); w.string(error.message(language)) }
        w.key("amount")
        if let amount {
            w.open()
            w.key("value"); w.raw(amount.value.plain)
            w.key("per"); w.string(amount.per.rawValue)
            w.close()
        } else { w.null() }
        w.key("automatic"); w.raw(automatic ? "true" : "false")
        w.key("apply_at"); if let applyAt { w.string(applyAt.text(language)) } else { w.null() }
        w.key("documents"); w.strings(documents)
        w.key("missing"); w.strings(missing)
        w.key("reasons")
        w.openArray()
        for r in reasons {
            w.element()
            w.open()
            w.key("condition"); w.string(r.condition.text(language))
            w.key("holds"); w.raw(r.holds.map { $0 ? "true" : "false" } ?? "null")
            w.key("value"); if let v = r.value { w.string(v) } else { w.null() }
            w.key("threshold"); if let t = r.threshold { w.string(t) } else { w.null() }
            w.key("source")
            w.open()
            w.key("title"); w.string(r.sourceTitle)
            w.key("url"); w.string(r.sourceURL)
            w.close()
            w.key("unconfirmed"); w.raw(r.unconfirmed ? "true" : "false")
            w.key("verified"); w.string(r.verified.iso)
            if r.stale { w.key("stale"); w.raw("true") }
            if r.informative { w.key("informative"); w.raw("true") }
            w.close()
        }
        w.closeArray()
        if let level { w.key("level"); w.string(level) }
        if let indicators { w.key("indicators"); w.strings(indicators) }
        if let priority { w.key("priority"); w.raw(String(priority)) }
        if !actions.isEmpty { w.key("actions"); w.strings(actions.map { $0.text(language) }) }
        w.close()
        return w.text
    }

    /// The JSON array `zorg check --format json` prints.
    public static func jsonArray(_ results: [RuleResult], language: RuleLanguage = .nl) -> String {
        if results.isEmpty { return "[]" }
        return "[\n" + results.map { "  " + $0.json(language: language) }.joined(separator: ",\n") + "\n]"
    }

    /// A short line for a table: `Mantelzorgpremie  rechthebbend  € 40,00 per maand`.
    public func summary(language: RuleLanguage = .nl) -> String {
        var parts = [title.text(language), outcomeLabel(language)]
        if let amount { parts.append(RuleResult.amountText(amount, language)) }
        if let level { parts.append((language == .nl ? "niveau " : "level ") + Self.levelLabel(level, language)) }
        if let priority { parts.append((language == .nl ? "prioriteit " : "priority ") + String(priority)) }
        if !missing.isEmpty { parts.append((language == .nl ? "ontbreekt: " : "missing: ") + missing.joined(separator: ", ")) }
        if let error { parts.append((language == .nl ? "fout: " : "error: ") + error.message(language)) }
        return parts.joined(separator: " — ")
    }

    /// `€ 40,00 per maand`.
    static func amountText(_ amount: RuleAmount, _ language: RuleLanguage) -> String {
        amount.value.belgian + " " + perLabel(amount.per, language)
    }

    static func perLabel(_ per: AmountPeriod, _ language: RuleLanguage) -> String {
        switch (per, language) {
        case (.month, .nl): return "per maand"
        case (.year, .nl): return "per jaar"
        case (.once, .nl): return "eenmalig"
        case (.litre, .nl): return "per liter"
        case (.month, .en): return "a month"
        case (.year, .en): return "a year"
        case (.once, .en): return "once"
        case (.litre, .en): return "a litre"
        }
    }

    /// The full explanation: outcome, amount, where to apply, documents, then every condition with ✓ / ✗ / ?.
    public func explanation(language: RuleLanguage = .nl) -> String {
        let nl = language == .nl
        var lines: [String] = []
        let who = person.map { " (\(nl ? "persoon" : "person") \($0.hasPrefix("@") ? String($0.dropFirst()) : masked($0)))" } ?? ""
        lines.append("\(title.text(language))\(who): \(outcomeLabel(language))")
        if let error {
            lines.append("  \(nl ? "FOUT" : "ERROR"): \(error.message(language)) — "
                         + (nl ? "deze regel kon voor dit dossier niet beoordeeld worden" : "this rule could not be evaluated for this case"))
        }
        if let amount { lines.append("  \(nl ? "Bedrag" : "Amount"): " + RuleResult.amountText(amount, language)) }
        if let level { lines.append("  \(nl ? "Niveau" : "Level"): \(Self.levelLabel(level, language))\(indicators.map { $0.isEmpty ? "" : " (\($0.joined(separator: ", ")))" } ?? "")") }
        if let priority { lines.append("  \(nl ? "Prioriteit (advies)" : "Priority (advisory)"): \(priority)") }
        lines.append("  \(automatic ? (nl ? "Automatisch toegekend" : "Granted automatically") : (nl ? "Aan te vragen" : "Apply"))\(applyAt.map { " — \($0.text(language))" } ?? "")")
        if !documents.isEmpty { lines.append("  \(nl ? "Mee te brengen" : "Documents"): \(documents.joined(separator: ", "))") }
        if !missing.isEmpty { lines.append("  \(nl ? "Nog te vragen" : "Still to ask"): \(missing.joined(separator: ", "))") }
        for r in reasons {
            let mark = r.informative ? "·" : (r.holds == true ? "✓" : (r.holds == false ? "✗" : "?"))
            var line = "  \(mark) \(r.condition.text(language))"
            if let v = r.shownValue { line += " [\(v)\(r.shownThreshold.map { " / \($0)" } ?? "")]" }
            var flags: [String] = []
            if r.unconfirmed { flags.append(nl ? "onbevestigd" : "unconfirmed") }
            if r.stale { flags.append(nl ? "niet nagekeken sinds \(r.verified.belgian)" : "not verified since \(r.verified.belgian)") }
            if !flags.isEmpty { line += " (\(flags.joined(separator: ", ")))" }
            lines.append(line)
            lines.append("      \(nl ? "bron" : "source"): \(r.sourceTitle) — \(r.sourceURL)")
        }
        for a in actions { lines.append("  → \(a.text(language))") }
        return lines.joined(separator: "\n")
    }

    private func masked(_ formatted: String) -> String {
        NationalNumber(formatted)?.masked ?? formatted
    }

    /// `bel_profiel@38.03.14-150.55` → `bel_profiel@38.03.14-***.**`: the table is read on a screen, so national
    /// numbers are masked there as everywhere on the terminal (JSON and CSV keep them whole for scripts).
    static func maskedMissing(_ name: String) -> String {
        guard let at = name.firstIndex(of: "@"), let n = NationalNumber(String(name[name.index(after: at)...])) else { return name }
        return String(name[...at]) + n.masked
    }

    /// What "onbevestigd" means, said once under a list that shows it.
    public static func unconfirmedMeaning(_ language: RuleLanguage) -> String {
        language == .nl
            ? "onbevestigd: een bedrag, grens of voorwaarde die niet op een officiële pagina teruggevonden werd (of waarvan de "
                + "begindatum niet vaststaat); ga ze na voor u op die uitkomst beslist (lijst: docs/rules.md, deel 9)."
            : "unconfirmed: an amount, limit or condition that was not found on an official page (or whose start date is not "
                + "settled); check it before you decide on that outcome (list: docs/rules.md, section 9)."
    }

    /// A plain table of results (one line each), for `zorg check --format table`.
    public static func table(_ results: [RuleResult], language: RuleLanguage = .nl) -> String {
        let rows = [tableHeader(language)] + results.map { $0.tableCells(language) }
        let widths = tableWidths(rows)
        return rows.map { tableLine($0, widths: widths) }.joined(separator: "\n")
    }

    /// The table's column names.
    public static func tableHeader(_ language: RuleLanguage) -> [String] {
        let nl = language == .nl
        return [nl ? "dossier" : "case", nl ? "persoon" : "person", nl ? "recht" : "right", nl ? "uitkomst" : "outcome",
                nl ? "bedrag" : "amount", nl ? "ontbreekt (of fout)" : "missing (or error)"]
    }

    /// This result's cells in the table.
    public func tableCells(_ language: RuleLanguage) -> [String] {
        let nl = language == .nl
        return [dossier.rawValue, person.map { $0.hasPrefix("@") ? $0 : (NationalNumber($0)?.masked ?? $0) } ?? "",
                title.text(language), outcomeLabel(language),
                amount.map { "\($0.value.belgian) \(Self.perLabel($0.per, language))" } ?? (level.map { Self.levelLabel($0, language) } ?? ""),
                error.map { (nl ? "FOUT: " : "ERROR: ") + $0.message(language) }
                    ?? missing.map(Self.maskedMissing).joined(separator: ", ")]
    }

    /// The widths of the columns that fit `rows`, at least `least` (a table written a part at a time keeps the
    /// columns of what it wrote before).
    public static func tableWidths(_ rows: [[String]], least: [Int] = []) -> [Int] {
        var widths = least
        for row in rows {
            for (i, c) in row.enumerated() {
                if i == widths.count { widths.append(0) }
                widths[i] = max(widths[i], c.count)
            }
        }
        return widths
    }

    /// One line of the table: every cell but the last padded to its column's width, two spaces between.
    public static func tableLine(_ row: [String], widths: [Int]) -> String {
        row.enumerated().map { i, c in i == row.count - 1 ? c : c.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
            .joined(separator: "  ")
    }
}

/// A tiny JSON writer that keeps keys in the order written (the contract's order).
struct JSONText {
    var text = ""
    private var first: [Bool] = []

    mutating func open() { text += "{"; first.append(true) }
    mutating func close() { text += "}"; first.removeLast() }
    mutating func openArray() { text += "["; first.append(true) }
    mutating func closeArray() { text += "]"; first.removeLast() }
    mutating func element() {
        if first[first.count - 1] { first[first.count - 1] = false } else { text += ", " }
    }
    mutating func key(_ k: String) {
        element()
        JSONText.appendQuoted(k, to: &text)
        text += ": "
    }
    mutating func string(_ s: String) { JSONText.appendQuoted(s, to: &text) }
    mutating func raw(_ s: String) { text += s }
    mutating func null() { text += "null" }
    mutating func strings(_ items: [String]) { text += "[" + items.map(JSONText.quoted).joined(separator: ", ") + "]" }

    static func quoted(_ s: String) -> String {
        var out = ""
        appendQuoted(s, to: &out)
        return out
    }

    /// `s` in quotes with what JSON must escape escaped: `"`, `\`, and control characters (`\n`, `\r`, `\t`,
    /// else `\u00XX`). `asEncoder` escapes as `JSONEncoder` does besides: `/` as `\/`, backspace and form feed
    /// as `\b` and `\f` (the scan's report, `PrettyJSON`). A string with nothing to escape is appended whole.
    static func appendQuoted(_ s: String, to out: inout String, asEncoder: Bool = false) {
        out += "\""
        let slash = asEncoder ? UInt8(ascii: "/") : UInt8(ascii: "\"")
        guard s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == slash }) else {
            out += s
            out += "\""
            return
        }
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "/" where asEncoder: out += "\\/"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}" where asEncoder: out += "\\b"
            case "\u{C}" where asEncoder: out += "\\f"
            case _ where u.value < 0x20: out += String(format: "\\u%04x", u.value)
            default: out.unicodeScalars.append(u)
            }
        }
        out += "\""
    }
}

extension RuleResult {
    /// The energy-poverty level in words (`none` … `urgent` stay the codes in JSON and CSV).
    public static func levelLabel(_ level: String, _ language: RuleLanguage) -> String {
        guard language == .nl else { return level }
        switch level {
        case "none": return "geen"
        case "low": return "laag"
        case "medium": return "matig"
        case "high": return "hoog"
        case "urgent": return "dringend"
        default: return level
        }
    }
}
