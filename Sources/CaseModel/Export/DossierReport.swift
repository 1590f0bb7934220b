import Foundation

/// The right-of-access copy of one dossier (GDPR art. 15): everything recorded about the household and its
/// members, the notes and follow-ups, the Housing First intake, the buddy link, the consents, the earlier
/// revisions, the access log of this dossier and the current rule results, as one printable Markdown page.
/// It shows this dossier only: the audit entries are the ones naming it, and no other dossier is read.
public struct DossierReport: Sendable {
    public var household: Household
    public var revisions: [Int]
    public var accessLog: [AuditEntry]
    public var results: [RuleResult]
    public var asOf: Day
    public var language: RuleLanguage

    public init(household: Household, revisions: [Int], accessLog: [AuditEntry], results: [RuleResult],
                asOf: Day, language: RuleLanguage = .nl) {
        self.household = household
        self.revisions = revisions
        self.accessLog = accessLog
        self.results = results
        self.asOf = asOf
        self.language = language
    }

    public var markdown: String {
        var out: [String] = []
        let h = household
        out.append("# " + t("Dossier", "Case") + " \(h.id.rawValue) — \(h.displayName)")
        out.append("")
        out.append(t("Inzage in het dossier (AVG art. 15), opgemaakt op \(asOf.belgian), revisie \(h.revision).",
                     "Copy of the case file (GDPR art. 15), made on \(asOf.belgian), revision \(h.revision)."))
        out.append("")
        out += section(t("Huishouden", "Household"), facts(Columns.household.filter { $0.name != "opmerking" }) { h.value(of: $0) })
        for (index, person) in h.members.enumerated() {
            let title = t("Lid", "Member") + " \(index + 1): \(person.fullName)"
            out += section(title, facts(Columns.person.filter { $0.kind != .dossier }) { person.value(of: $0) }, level: 3)
        }
        out += section(t("Notities", "Notes"), h.notes.isEmpty ? [none] : h.notes.map {
            // A note of several lines stays one item of the list: its next lines are indented.
            "- \($0.date.belgian), \(who($0.author)): " + $0.text.replacingOccurrences(of: "\n", with: "\n  ")
        })
        out += section(t("Opvolgingen", "Follow-ups"), h.followUps.isEmpty ? [none] : h.followUps.map {
            "- \($0.due.belgian), \(who($0.author)): \($0.text)" + ($0.done ? t(" (gedaan)", " (done)") : t(" (open)", " (open)"))
        })
        out += section("Housing First", housingFirstLines)
        out += section(t("Buddy", "Buddy"), h.buddy.map { b in
            [t("- Vrijwilliger \(b.volunteer.rawValue) sinds \(b.since.belgian), bevestigd door \(who(b.confirmedBy))",
               "- Volunteer \(b.volunteer.rawValue) since \(b.since.belgian), confirmed by \(who(b.confirmedBy))")
             + (b.reason.map { " — \($0)" } ?? "")]
        } ?? [none])
        out += section(t("Toestemmingen", "Consents"), consentLines)
        out += section(t("Eerdere revisies", "Earlier revisions"), {
            let earlier = revisions.filter { $0 != h.revision }
            return earlier.isEmpty ? [none] : earlier.map { "- " + t("revisie", "revision") + " \($0)" }
        }())
        out += section(t("Toegangslog van dit dossier", "Access log of this case"), accessLogLines)
        out += section(t("Sociale rechten en modules (vandaag)", "Social rights and modules (today)"), resultLines)
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: - Parts

    private var none: String { "- " + t("geen", "none") }

    private func t(_ nl: String, _ en: String) -> String { language == .en ? en : nl }

    /// Who wrote or decided it (the OS user); an entry saved without one says so instead of leaving a gap.
    private func who(_ user: String) -> String { user.isEmpty ? t("onbekend", "unknown") : user }

    private func section(_ title: String, _ lines: [String], level: Int = 2) -> [String] {
        [String(repeating: "#", count: level) + " " + title, ""] + lines + [""]
    }

    private func facts(_ columns: [Column], _ value: (String) -> FactValue) -> [String] {
        columns.map { column in "- \(label(column)): \(display(value(column.name)))" }
    }

    /// The fact's name in words, as the dossier screen says it (`inkomen_maand` → "Inkomen (maand, netto)").
    func label(_ column: Column) -> String { ColumnLabels.label(column.name, english: language == .en) }

    func display(_ value: FactValue) -> String {
        switch value {
        case .unknown: return t("onbekend", "unknown")
        case .bool(let b): return b ? t("ja", "yes") : t("nee", "no")
        case .money(let m): return m.belgian
        case .date(let d): return d.belgian
        case .list(let l): return l.isEmpty ? t("geen", "none") : l.map(Self.words).joined(separator: ", ")
        case .code(let c): return Self.words(c)
        default: return value.description
        }
    }

    private var housingFirstLines: [String] {
        guard let intake = household.housingFirst else { return [t("- geen intake", "- no intake")] }
        func line(_ nl: String, _ en: String, _ v: String?) -> String { "- \(t(nl, en)): \(v ?? t("onbekend", "unknown"))" }
        var lines = [line("Huidige stap", "Current state", intake.state?.rawValue),
                     line("Eerdere uitstromen", "Earlier exits", intake.earlierExits),
                     line("Gewenste buurt", "Preferred area", intake.preferredArea),
                     line("Gewenste woning", "Preferred housing", intake.preferredHousing),
                     line("Gewenste ondersteuning", "Support wanted", intake.supportWanted)]
        if let o = intake.priorityOverride {
            lines.append(t("- Prioriteit aangepast naar \(o.priority) op \(o.date.belgian) door \(who(o.user)): \(o.reason)",
                           "- Priority set to \(o.priority) on \(o.date.belgian) by \(who(o.user)): \(o.reason)"))
        }
        lines.append(t("- Verloop:", "- History:"))
        lines += intake.history.map { c in
            "  - \(c.date.belgian) \(c.state.rawValue), \(who(c.user))" + (c.reason.map { ": \($0)" } ?? "")
        }
        return lines
    }

    /// Every consent record with its state; a `toestemming` date without a record is named as coming from an import.
    private var consentLines: [String] {
        let h = household
        var lines: [String] = h.consentRecords.map { c in
            let purpose: String = switch c.purpose {
            case .housingFirst: "Housing First"
            case .buddy: t("buddywerking (gegevens delen met een vrijwilliger)", "buddy support (sharing data with a volunteer)")
            case .other: t("andere", "other")
            }
            var line = "- \(c.number). " + purpose + (c.purposeText.map { ": \($0)" } ?? "")
            line += t(" — gegeven op \(c.givenOn.belgian) door \(c.givenBy.display(in: h)), vastgelegd door \(who(c.recordedBy))",
                      " — given on \(c.givenOn.belgian) by \(c.givenBy.display(in: h)), recorded by \(who(c.recordedBy))")
            line += "; " + t("bereik", "scope") + ": " + c.scope.map { language == .en ? $0.english : $0.rawValue }.joined(separator: ", ")
            if let w = c.withdrawal {
                line += t("; ingetrokken op \(w.on.belgian) door \(who(w.by)): \(w.reason)",
                          "; withdrawn on \(w.on.belgian) by \(who(w.by)): \(w.reason)")
            } else {
                line += t("; actief", "; active")
            }
            return line
        }
        if h.consentOnFromImport, let d = h.consentOn {
            lines.append(t("- Toestemming Housing First op \(d.belgian) (uit import, bereik niet vastgelegd)",
                           "- Housing First consent on \(d.belgian) (from an import, scope not recorded)"))
        }
        return lines.isEmpty ? [none] : lines
    }

    /// A code as words: `sociale_huur` → "sociale huur".
    static func words(_ code: String) -> String { code.replacingOccurrences(of: "_", with: " ") }

    /// Who read or changed the dossier, when (Brussels time) and why: no hashes, no internal keys.
    private var accessLogLines: [String] {
        guard !accessLog.isEmpty else { return [none] }
        return accessLog.map { e in
            let when = StaleSave.localTime(e.time) ?? e.time
            let what: String = switch e.action {
            case .view: t("ingezien", "read")
            case .create: t("aangemaakt", "created")
            default: Self.words(e.action.rawValue)
            }
            let said = [("reason", t("reden", "reason")), ("format", t("formaat", "format"))].compactMap { key, word in
                e.detail[key].map { word + ": " + Self.words($0) }
            }
            return "- \(when), \(who(e.user)): \(what)" + (said.isEmpty ? "" : " (" + said.joined(separator: ", ") + ")")
        }
    }

    private var resultLines: [String] {
        guard !results.isEmpty else { return [none] }
        return results.flatMap { r -> [String] in
            let who = r.person.map { " — \($0)" } ?? ""
            // The explanation's first line repeats title and outcome, which the heading already shows.
            let body = r.explanation(language: language).split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
            return ["### \(r.title.text(language))\(who): \(r.outcomeLabel(language))", ""]
                + body.map { "    " + $0 } + [""]
        }
    }
}
