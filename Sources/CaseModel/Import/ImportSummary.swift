import Foundation

extension ImportPlan {
    /// The terminal report: what was read, the counts, each error and warning with line, column and reason
    /// (personal data masked), and what happens to the dossiers (see below which ones are listed).
    public func summary(language: ImportLanguage = .nl, dryRun: Bool = false) -> String {
        let nl = language == .nl
        var out: [String] = []
        var head = "Import \(fileName)"
        if let encoding, let delimiter {
            head += nl ? " (\(encoding.rawValue), scheidingsteken \(delimiter.rawValue))"
                       : " (\(encoding.rawValue), delimiter \(delimiter.rawValue))"
        }
        out.append(head)
        out.append("SHA-256 \(checksum)")
        if !structuralErrors.isEmpty {
            out.append(nl ? "Het bestand is onleesbaar; er wordt niets geïmporteerd:" : "The file cannot be read; nothing is imported:")
            out += structuralErrors.map { "  " + $0.message(language: language) }
            return out.joined(separator: "\n") + "\n"
        }
        let accepted = rows.count - rejectedRowCount
        out.append(nl ? "Rijen: \(rows.count) gelezen, \(accepted) aanvaard, \(rejectedRowCount) afgewezen"
                      : "Rows: \(rows.count) read, \(accepted) accepted, \(rejectedRowCount) rejected")
        let what = kind == .clientList ? (nl ? "Dossiers" : "Cases") : (nl ? "Vrijwilligers" : "Volunteers")
        out.append(nl ? "\(what): \(count(of: "new")) nieuw, \(count(of: "changed")) gewijzigd, \(count(of: "unchanged")) ongewijzigd, \(count(of: "rejected")) afgewezen"
                      : "\(what): \(count(of: "new")) new, \(count(of: "changed")) changed, \(count(of: "unchanged")) unchanged, \(count(of: "rejected")) rejected")
        if !errors.isEmpty {
            out.append(nl ? "Fouten (\(errors.count)):" : "Errors (\(errors.count)):")
            out += errors.map { "  " + $0.message(language: language) }
        }
        if !warnings.isEmpty {
            out.append(nl ? "Waarschuwingen (\(warnings.count)):" : "Warnings (\(warnings.count)):")
            out += warnings.map { "  " + $0.message(language: language) }
        }
        // A dry run shows every dossier that would be written or refused; a real run the changed and rejected
        // ones (new ones are counted above; a large first import would otherwise print every dossier).
        let notable = records.filter { $0.outcome != .unchanged && (dryRun || $0.outcome != .new) }
        if !notable.isEmpty {
            out.append(what + ":")
            for r in notable {
                out.append("  \(r.id): " + r.outcome.label(language: language))
            }
        }
        if blockedByAllOrNothing {
            out.append(ImportReason.allOrNothing.text(language: language))
        } else if dryRun {
            out.append(nl ? "Proefdraai (--dry-run): er is niets geschreven." : "Dry run (--dry-run): nothing was written.")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The report for `--format json`.
    public func json(language: ImportLanguage = .nl, dryRun: Bool = false) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(ImportReport(self, language: language, dryRun: dryRun))) ?? Data()
    }
}

extension ImportPlan.Outcome {
    public func label(language: ImportLanguage) -> String {
        let nl = language == .nl
        switch self {
        case .new: return nl ? "nieuw" : "new"
        case .unchanged: return nl ? "ongewijzigd" : "unchanged"
        case .changed(let cols): return (nl ? "gewijzigd: " : "changed: ") + cols.joined(separator: ", ")
        case .rejected(let issues):
            return (nl ? "afgewezen: " : "rejected: ") + issues.map { i in
                (i.line.map { (nl ? "regel " : "line ") + "\($0), " } ?? "") + i.shortMessage(language: language)
            }.joined(separator: "; ")
        }
    }
}

/// The JSON shape of an import report (stable field names, snake_case).
struct ImportReport: Encodable {
    struct Issue: Encodable {
        var file: String
        var line: Int?
        var column: String?
        var value: String?
        var dossier: String?
        var reason: String
        var warning: Bool
    }
    struct Row: Encodable {
        var line: Int
        var id: String?
        var outcome: String
        var columns: [String]?
        var reasons: [Issue]?
    }
    struct Record: Encodable {
        var id: String
        var lines: [Int]
        var outcome: String
        var columns: [String]?
        var reasons: [Issue]?
    }
    struct Counts: Encodable {
        var rows: Int
        var rows_rejected: Int
        var new: Int
        var changed: Int
        var unchanged: Int
        var rejected: Int
    }

    var kind: String
    var file: String
    var sha256: String
    var encoding: String?
    var delimiter: String?
    var all_or_nothing: Bool
    var dry_run: Bool
    var blocked: Bool
    var to_write: [String]
    var counts: Counts
    var structural_errors: [Issue]
    var errors: [Issue]
    var warnings: [Issue]
    var rows: [Row]
    var records: [Record]

    init(_ plan: ImportPlan, language: ImportLanguage, dryRun: Bool) {
        func issue(_ i: ImportIssue) -> Issue {
            Issue(file: i.file, line: i.line, column: i.column, value: i.value, dossier: i.dossier,
                  reason: i.reason.text(language: language), warning: i.reason.isWarning)
        }
        func detail(_ o: ImportPlan.Outcome) -> (columns: [String]?, reasons: [Issue]?) {
            switch o {
            case .changed(let c): return (c, nil)
            case .rejected(let r): return (nil, r.map(issue))
            default: return (nil, nil)
            }
        }
        kind = plan.kind.rawValue
        file = plan.fileName
        sha256 = plan.checksum
        encoding = plan.encoding?.rawValue
        delimiter = plan.delimiter?.rawValue
        all_or_nothing = plan.allOrNothing
        dry_run = dryRun
        blocked = plan.blockedByAllOrNothing || !plan.structuralErrors.isEmpty
        to_write = plan.blockedByAllOrNothing ? [] : plan.writtenIDs
        counts = Counts(rows: plan.rows.count, rows_rejected: plan.rejectedRowCount, new: plan.count(of: "new"),
                        changed: plan.count(of: "changed"), unchanged: plan.count(of: "unchanged"),
                        rejected: plan.count(of: "rejected"))
        structural_errors = plan.structuralErrors.map(issue)
        errors = plan.errors.map(issue)
        warnings = plan.warnings.map(issue)
        rows = plan.rows.map { r in
            let d = detail(r.outcome)
            return Row(line: r.line, id: r.id, outcome: r.outcome.code, columns: d.columns, reasons: d.reasons)
        }
        records = plan.records.map { r in
            let d = detail(r.outcome)
            return Record(id: r.id, lines: r.lines, outcome: r.outcome.code, columns: d.columns, reasons: d.reasons)
        }
    }
}
