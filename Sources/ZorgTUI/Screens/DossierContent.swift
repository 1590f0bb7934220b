import CaseModel

/// One selectable thing on a tab (or a heading that is not), with the lines that show it.
struct DossierEntry: Hashable, Sendable {
    var item: DossierItem
    var lines: [DossierLine]
    var selectable: Bool
}

/// Builds what each tab shows from the dossier. Every fact is shown, unknown ones as `onbekend`.
struct DossierContent {
    let household: Household
    let strings: Strings
    let today: Day
    let history: Loadable<DossierHistory>
    let flows: Loadable<[String]>
    let readOnly: Bool
    /// The screen's width, to wrap long lines (a history change).
    var width = 80

    private var s: Strings { strings }

    func entries(for tab: DossierTab) -> [DossierEntry] {
        switch tab {
        case .flows: return flowEntries()
        case .notes: return notesEntries()
        case .history: return historyEntries()
        case .consents: return consentEntries()
        default: return factEntries(tab)
        }
    }

    // MARK: Facts

    private func factEntries(_ tab: DossierTab) -> [DossierEntry] {
        var out: [DossierEntry] = []
        if tab == .household, let closure = household.closure {
            out.append(DossierEntry(item: .info, lines: [DossierLine("  " + s.dossierClosedLine(closure), .warning),
                                                         DossierLine("", .normal)], selectable: false))
        }
        for section in tab.sections {
            var lines = [DossierLine("  " + s.dossierSection(section), .header)]
            lines += section.columns.map { factLine($0, household.value(of: $0)) }
            if section == .problems, let buddy = household.buddy {
                lines.append(DossierLine("    Buddy: \(buddy.volunteer.rawValue) (\(buddy.since.belgian), \(s.authorName(buddy.confirmedBy)))", .normal))
            }
            out.append(DossierEntry(item: .section(section), lines: lines + [DossierLine("", .normal)], selectable: true))
        }
        guard !tab.personColumns.isEmpty else { return out }
        if household.members.isEmpty {
            out.append(DossierEntry(item: .info, lines: [DossierLine("  " + s(.noMembers), .dim)], selectable: false))
        }
        for (i, person) in household.members.enumerated() {
            var lines = [DossierLine("  " + s.memberHeading(person) + (person.departure.map { " — " + s.memberDeparture($0) } ?? ""),
                                     person.departure == nil ? .header : .dim)]
            lines += tab.personColumns.map { factLine($0, person.value(of: $0)) }
            out.append(DossierEntry(item: .member(i), lines: lines + [DossierLine("", .normal)], selectable: true))
        }
        return out
    }

    private func factLine(_ column: String, _ value: FactValue) -> DossierLine {
        let label = DisplayWidth.fit(s.columnLabel(column), to: 30)
        return DossierLine("    " + label + " " + s.fact(value), value == .unknown ? .dim : .normal)
    }

    // MARK: Notes and follow-ups

    private func notesEntries() -> [DossierEntry] {
        var out = [DossierEntry(item: .info, lines: [DossierLine("  " + s.dossier(.followUpsHeading), .header)], selectable: false)]
        if household.followUps.isEmpty {
            out.append(DossierEntry(item: .info, lines: [DossierLine("    " + s.dossier(.noFollowUps), .dim)], selectable: false))
        }
        // Open ones first, earliest due first; done ones after.
        let order = household.followUps.indices.sorted { a, b in
            let x = household.followUps[a], y = household.followUps[b]
            if x.done != y.done { return !x.done }
            return x.due < y.due
        }
        for i in order {
            let f = household.followUps[i]
            let state = f.done ? s.dossier(.followUpDone) : (f.isOverdue(on: today) ? s.dossier(.followUpOverdue) : s.dossier(.followUpOpen))
            let box = f.done ? "[x]" : "[ ]"
            let line = "  \(box) \(f.due.belgian)  \(state)  \(f.text) (\(s.authorName(f.author)))"
            out.append(DossierEntry(item: .followUp(i), lines: [DossierLine(line, f.isOverdue(on: today) ? .warning : .normal)],
                                    selectable: true))
        }
        out.append(DossierEntry(item: .info, lines: [DossierLine("", .normal), DossierLine("  " + s.dossier(.notesHeading), .header)],
                                selectable: false))
        if household.notes.isEmpty {
            out.append(DossierEntry(item: .info, lines: [DossierLine("    " + s.dossier(.noNotes), .dim)], selectable: false))
        }
        for (i, note) in household.notes.enumerated().reversed() {
            let lines = ["    \(note.date.belgian)  \(s.authorName(note.author))", "      " + firstLine(of: note.text)]
            out.append(DossierEntry(item: .note(i), lines: lines.map { DossierLine($0, .normal) }, selectable: true))
        }
        return out
    }

    /// A note in the list: its first line, cut to the screen, and how many lines more `Enter` shows in full.
    private func firstLine(of text: String) -> String {
        let room = max(8, width - 6)
        // Enough of the first line to tell whether it fits: a very long note costs no more than a short one.
        let first = String(text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }.prefix(room + 1))
        let more = Form.lineCount(text) - 1
        guard more > 0 else { return DisplayWidth.truncate(first, to: room) }
        let tail = " " + s.moreLines(more)
        return DisplayWidth.truncate(first, to: max(1, room - DisplayWidth.of(tail))) + tail
    }

    // MARK: Consents

    private func consentEntries() -> [DossierEntry] {
        var out = [DossierEntry(item: .info, lines: [DossierLine("  " + s.consent(.heading), .header)], selectable: false)]
        let records = household.consentRecords
        if household.consentOnFromImport, let d = household.consentOn {
            out.append(DossierEntry(item: .info, lines: [DossierLine("    " + s.consentFromImport(d.belgian), .warning)],
                                    selectable: false))
        }
        if records.isEmpty {
            out.append(DossierEntry(item: .info, lines: [DossierLine("    " + s.consent(.noneRecorded), .dim)], selectable: false))
        }
        // The newest first: the one that counts now is on top.
        for c in records.reversed() {
            let active = c.isActive(on: today)
            let state = c.withdrawal.map { s.consentWithdrawnOn($0.on.belgian) } ?? (active ? s.consent(.active) : s.consentFrom(c.givenOn.belgian))
            var lines = [DossierLine("  \(c.number). " + DisplayWidth.fit(s.consentPurpose(c.purpose, text: c.purposeText), to: 44)
                                     + "  " + state, c.withdrawal == nil ? .normal : .dim)]
            lines.append(DossierLine("       " + s.consentGiven(c.givenOn.belgian, by: c.givenBy.display(in: household),
                                                                 recordedBy: c.recordedBy, on: c.recordedOn.belgian), .dim))
            lines.append(DossierLine("       " + s.consentScopeLine(c.scope), .normal))
            if let w = c.withdrawal {
                lines.append(DossierLine("       " + s.consentWithdrawalLine(w.reason, by: w.by), .dim))
            }
            out.append(DossierEntry(item: .consent(c.number), lines: lines + [DossierLine("", .normal)], selectable: true))
        }
        return out
    }

    // MARK: Flows

    private func flowEntries() -> [DossierEntry] {
        var out = [DossierEntry(item: .info, lines: [DossierLine("  " + s.dossier(.flowsIntro), .dim)], selectable: false)]
        switch flows {
        case .notLoaded, .loading:
            out.append(DossierEntry(item: .info, lines: [DossierLine("  " + s.dossier(.flowsLoading), .dim)], selectable: false))
        case .failed(let reason):
            out.append(DossierEntry(item: .info, lines: [DossierLine("  " + s.flowsFailed(reason), .warning)], selectable: false))
        case .loaded(let lines):
            if lines.isEmpty { out.append(DossierEntry(item: .info, lines: [DossierLine("  " + s.dossier(.flowsNone), .dim)], selectable: false)) }
            out += lines.map { DossierEntry(item: .info, lines: [DossierLine("  " + $0, .normal)], selectable: true) }
        }
        return out
    }

    // MARK: History

    private func historyEntries() -> [DossierEntry] {
        switch history {
        case .notLoaded, .loading:
            return [DossierEntry(item: .info, lines: [DossierLine("  " + s.history(.loading), .dim)], selectable: false)]
        case .failed(let reason):
            return [DossierEntry(item: .info, lines: [DossierLine("  " + s.historyFailed(reason), .warning)], selectable: false)]
        case .loaded(let h):
            var out = [DossierEntry(item: .info, lines: [DossierLine("  " + s.history(.revisionsHeading), .header)], selectable: false)]
            let current = h.revisions.max()
            let changes = Dictionary(h.changes.map { ($0.revision, $0) }, uniquingKeysWith: { a, _ in a })
            for r in h.revisions.reversed() {
                var lines = [DossierLine("    " + s.revisionLine(r, current: r == current), .normal)]
                if let c = changes[r] {
                    // Who saved it and when, then field by field what changed from what to what.
                    lines[0].text += "  " + s.revisionBy(user: c.user, time: c.time)
                    if c.changes.isEmpty { lines.append(DossierLine("        " + s.history(.revisionNoFieldChanged), .dim)) }
                    for change in c.changes {
                        lines += DossierLine.wrap(change.text(s), width: max(20, width - 10)).enumerated().map {
                            DossierLine(($0.offset == 0 ? "      · " : "        ") + $0.element, .normal)
                        }
                    }
                }
                out.append(DossierEntry(item: .revision(r), lines: lines, selectable: true))
            }
            out.append(DossierEntry(item: .info, lines: [DossierLine("", .normal), DossierLine("  " + s.history(.auditHeading), .header)],
                                    selectable: false))
            if h.entries.isEmpty {
                out.append(DossierEntry(item: .info, lines: [DossierLine("    " + s.history(.noAuditEntries), .dim)], selectable: false))
            }
            for e in h.entries.reversed() {
                out.append(DossierEntry(item: .info, lines: [DossierLine("    " + s.auditLine(e), .normal)], selectable: true))
            }
            return out
        }
    }
}
