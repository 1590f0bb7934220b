import Foundation

/// Plans the import of a volunteer list (one row per volunteer, matched on `vrijwilliger`), with the same file
/// conventions as the client list. Pure, like `ClientListImport`.
public enum VolunteerImport {
    public static func plan(_ data: Data, options: ImportOptions, context: some VolunteerImportContext) -> ImportPlan {
        plan([UInt8](data), options: options, context: context)
    }

    public static func plan(_ bytes: [UInt8], options: ImportOptions, context: some VolunteerImportContext) -> ImportPlan {
        var (plan, reading) = ImportReading.begin(.volunteers, bytes, catalogue: Columns.volunteer, options: options)
        guard let reading else { return plan }
        let file = options.fileName
        var questionMarkWarned = false
        var firstLine: [String: Int] = [:]
        var rejected: [(record: CSVRecord, issues: [ImportIssue])] = []

        for record in reading.table.records {
            var row = reading.parse(record, idColumn: "vrijwilliger")
            reading.crossChecks(&row, questionMarkWarned: &questionMarkWarned)
            plan.warnings += row.warnings
            var issues = row.rowErrors + row.householdErrors
            if let id = row.id, issues.isEmpty {
                if let first = firstLine[id] {
                    issues.append(ImportIssue(file: file, line: record.line, dossier: id, reason: .sameVolunteerTwice(firstLine: first)))
                } else {
                    firstLine[id] = record.line
                }
            }
            if !issues.isEmpty {
                plan.errors += issues
                plan.rows.append(.init(line: record.line, id: row.id, outcome: .rejected(issues)))
                if let id = row.id, firstLine[id] != record.line {
                    plan.records.append(.init(id: id, lines: [record.line], outcome: .rejected(issues)))
                }
                rejected.append((record, issues))
                continue
            }
            let id = DossierID(rawValue: row.id!)!
            let existing = context.volunteer(id)
            var volunteer = existing ?? Volunteer(id: id, firstName: "", lastName: "")
            for (ci, value) in row.cells { volunteer.set(reading.catalogue[ci].name, to: value) }
            let outcome: ImportPlan.Outcome
            if let existing {
                let changed = Columns.volunteer.map(\.name).filter { existing.value(of: $0) != volunteer.value(of: $0) }
                outcome = changed.isEmpty ? .unchanged : .changed(changed)
            } else {
                outcome = .new
            }
            plan.rows.append(.init(line: record.line, id: id.rawValue, outcome: outcome))
            plan.records.append(.init(id: id.rawValue, lines: [record.line], outcome: outcome))
            if outcome != .unchanged { plan.volunteersToWrite.append(volunteer) }
        }
        plan.rejectsSource = reading.rejectsSource(rejected)
        if options.allOrNothing && !rejected.isEmpty {
            plan.blockedByAllOrNothing = true
            plan.volunteersToWrite = []
        }
        return plan
    }
}
