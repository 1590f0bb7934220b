import Foundation

/// Plans the import of a client list (one row per person, rows grouped by `dossier`) against the store's
/// contents. Pure: it reads bytes and the context and returns a plan; writing is the store's job.
public enum ClientListImport {
    /// Dossiers whose rows are parsed together on every core: few enough that their parsed rows stay small.
    static let dossiersPerBlock = 512

    public static func plan(_ data: Data, options: ImportOptions, context: some ImportContext) -> ImportPlan {
        plan([UInt8](data), options: options, context: context)
    }

    public static func plan(_ bytes: [UInt8], options: ImportOptions, context: some ImportContext) -> ImportPlan {
        var (plan, reading) = ImportReading.begin(.clientList, bytes, catalogue: Columns.clientList, options: options)
        guard let reading else { return plan }
        var planner = Planner(reading: reading, context: context)
        planner.run(into: &plan)
        return plan
    }
}

private struct Planner<Context: ImportContext> {
    let reading: ImportReading
    let context: Context
    var file: String { reading.options.fileName }

    /// Outcome per row index, filled as dossiers are planned.
    var rowOutcomes: [ImportPlan.Outcome?] = []
    /// Where each national number was seen in the file: dossiers and first line.
    var numberSeen: [NationalNumber: (dossiers: [String], line: Int)] = [:]

    init(reading: ImportReading, context: Context) {
        self.reading = reading
        self.context = context
    }

    mutating func run(into plan: inout ImportPlan) {
        let records = reading.table.records
        rowOutcomes = Array(repeating: nil, count: records.count)
        var rowIDs = [String?](repeating: nil, count: records.count)
        var questionMarkWarned = false

        // Group rows by dossier, in the order dossiers first appear, reading only the dossier cell; a row is
        // parsed in full when its dossier is planned, so only one dossier's typed rows are held at a time.
        let dossierPosition = reading.header.position["dossier"]!
        var order: [String] = []
        var groups: [String: [Int]] = [:]
        for (i, record) in records.enumerated() {
            let raw = dossierPosition < record.fields.count ? record.fields[dossierPosition].trimmedSpaces : ""
            guard DossierID.isValid(raw) else {
                var row = reading.parse(record, idColumn: "dossier")
                reading.crossChecks(&row, questionMarkWarned: &questionMarkWarned)
                plan.warnings += row.warnings
                rowOutcomes[i] = .rejected(row.rowErrors + row.householdErrors)
                plan.errors += row.rowErrors + row.householdErrors
                continue
            }
            rowIDs[i] = raw
            if groups[raw] == nil { order.append(raw) }
            groups[raw, default: []].append(i)
        }
        // The rows of a block of dossiers are parsed on every core (parsing is most of the planning); the
        // dossiers are then planned one after the other, in the order of the file, as before.
        for blockStart in stride(from: 0, to: order.count, by: ClientListImport.dossiersPerBlock) {
            let ids = order[blockStart..<min(order.count, blockStart + ClientListImport.dossiersPerBlock)]
            let blockIndices = ids.map { groups.removeValue(forKey: $0)! }
            let flat = blockIndices.flatMap { $0 }
            let reading = reading
            var parsed = ParallelMap.map(flat.count, chunk: 32) { reading.parse(records[flat[$0]], idColumn: "dossier") }[...]
            for (id, indices) in zip(ids, blockIndices) {
                var rows = Array(parsed.prefix(indices.count))
                parsed = parsed.dropFirst(indices.count)
                for r in rows.indices { reading.crossChecks(&rows[r], questionMarkWarned: &questionMarkWarned) }
                planDossier(id, rows: rows, global: indices, plan: &plan)
            }
        }
        reportPeopleInSeveralDossiers(&plan)
        // Issues were gathered per dossier; report them in the order of the file (file-wide ones last).
        func inFileOrder(_ issues: [ImportIssue]) -> [ImportIssue] {
            issues.enumerated().sorted { a, b in
                (a.element.line ?? Int.max, a.offset) < (b.element.line ?? Int.max, b.offset)
            }.map(\.element)
        }
        plan.errors = inFileOrder(plan.errors)
        plan.warnings = inFileOrder(plan.warnings)

        plan.rows = records.indices.map { i in
            ImportPlan.RowResult(line: records[i].line, id: rowIDs[i], outcome: rowOutcomes[i] ?? .unchanged)
        }
        let rejected = records.indices.compactMap { i -> (record: CSVRecord, issues: [ImportIssue])? in
            guard case .rejected(let issues) = rowOutcomes[i] else { return nil }
            return (records[i], issues)
        }
        plan.rejectsSource = reading.rejectsSource(rejected)
        if plan.allOrNothing && !rejected.isEmpty {
            plan.blockedByAllOrNothing = true
            plan.householdsToWrite = []
        }
    }

    /// Plans one dossier from its rows (`rows`, in file order; `global` their positions in the file).
    private mutating func planDossier(_ id: String, rows: [ParsedRow], global: [Int], plan: inout ImportPlan) {
        let catalogue = reading.catalogue
        let rowIndices = Array(rows.indices)
        var local = [ImportPlan.Outcome?](repeating: nil, count: rows.count)
        defer { for (k, g) in global.enumerated() { rowOutcomes[g] = local[k] } }
        for row in rows { plan.warnings += row.warnings }
        let lines = rowIndices.map { rows[$0].record.line }

        // More rows than a household has members: usually a dossier column filled down a whole sheet. Refused at
        // once, before any row is matched (matching thousands of rows against each other is the slow part).
        if rows.count > FactBounds.members {
            refuseTooManyMembers(id, rows.count, rows: rows, lines: lines, local: &local, plan: &plan)
            return
        }

        // A value error in a household column rejects the dossier.
        if let bad = rowIndices.first(where: { !rows[$0].householdErrors.isEmpty }) {
            let badLine = rows[bad].record.line
            let because = ImportIssue(file: file, line: badLine, dossier: id, reason: .dossierRejected(becauseOfLine: badLine))
            for i in rowIndices {
                plan.errors += rows[i].rowErrors + rows[i].householdErrors
                var issues = rows[i].rowErrors + rows[i].householdErrors
                if issues.isEmpty { issues.append(because) }
                local[i] = .rejected(issues)
            }
            plan.records.append(.init(id: id, lines: lines, outcome: .rejected(rows[bad].householdErrors)))
            return
        }

        // Household columns may be given on any row; two different values reject the dossier. A row rejected
        // for its own values contributes nothing, household values included.
        var merged: [Int: (value: FactValue, line: Int)] = [:]
        var conflicts: [ImportIssue] = []
        let isHousehold = reading.isHousehold
        for i in rowIndices where rows[i].rowErrors.isEmpty {
            for (ci, value) in rows[i].cells where isHousehold[ci] {
                if let seen = merged[ci] {
                    if seen.value != value {
                        let reason = ImportReason.householdConflict(column: catalogue[ci].name, lines: [seen.line, rows[i].record.line])
                        if !conflicts.contains(where: { $0.column == catalogue[ci].name }) {
                            let issue = ImportIssue(file: file, line: rows[i].record.line, column: catalogue[ci].name,
                                                    dossier: id, reason: reason)
                            conflicts.append(issue)
                            plan.errors.append(issue)
                        }
                    }
                } else {
                    merged[ci] = (value, rows[i].record.line)
                }
            }
        }
        if !conflicts.isEmpty {
            for i in rowIndices {
                plan.errors += rows[i].rowErrors
                local[i] = .rejected(rows[i].rowErrors + conflicts)
            }
            plan.records.append(.init(id: id, lines: lines, outcome: .rejected(conflicts)))
            return
        }

        let dossierID = DossierID(rawValue: id)!
        let existing = context.household(dossierID)
        var household = existing ?? Household(id: dossierID)
        let storedCount = household.members.count
        var matchedBy: [Int: Int] = [:]   // member index → line of the row that matched it
        var anyAccepted = false

        for i in rowIndices {
            let row = rows[i]
            if !row.rowErrors.isEmpty {
                plan.errors += row.rowErrors
                local[i] = .rejected(row.rowErrors)
                continue
            }
            let person = PersonCells(row: row, reading: reading)
            let match = MemberMatcher.match(person, in: household.members, used: Set(matchedBy.keys))
            if case .alreadyMatched(let m) = match {
                let issue = ImportIssue(file: file, line: row.record.line, dossier: id,
                                        reason: .samePersonTwiceInDossier(firstLine: matchedBy[m]!))
                plan.errors.append(issue)
                local[i] = .rejected([issue])
                continue
            }
            anyAccepted = true
            let index: Int
            if case .member(let m) = match {
                index = m
            } else {
                household.members.append(Person(firstName: "", lastName: ""))
                index = household.members.count - 1
            }
            matchedBy[index] = row.record.line
            let before = household.members[index]
            for (ci, value) in row.cells where !isHousehold[ci] {
                if ci == reading.nationalNumberIndex {
                    household.members[index].nationalNumber = row.nationalNumber
                } else {
                    household.members[index].set(catalogue[ci].name, to: value)
                }
            }
            if index >= storedCount {
                local[i] = .new
            } else {
                let changed = Changes.person(before, household.members[index])
                local[i] = changed.isEmpty ? .unchanged : .changed(changed)
            }
            if let number = household.members[index].nationalNumber {
                var seen = numberSeen[number] ?? ([], row.record.line)
                if !seen.dossiers.contains(id) { seen.dossiers.append(id) }
                numberSeen[number] = seen
            }
        }

        guard anyAccepted else {
            let reasons = rowIndices.compactMap { i -> [ImportIssue]? in
                if case .rejected(let r) = local[i] { return r }; return nil
            }.flatMap { $0 }
            plan.records.append(.init(id: id, lines: lines, outcome: .rejected(unique(reasons))))
            return
        }

        for (ci, entry) in merged.sorted(by: { $0.key < $1.key }) {
            let name = catalogue[ci].name
            if name == "opmerking" {
                if let text = entry.value.textValue, !household.notes.contains(where: { $0.text == text }) {
                    household.notes.append(Note(date: reading.options.today, author: reading.options.user, text: text))
                }
            } else {
                household.set(name, to: entry.value)
            }
        }

        if household.members.count > FactBounds.members {
            refuseTooManyMembers(id, household.members.count, rows: rows, lines: lines, local: &local, plan: &plan)
            return
        }

        // A stored dossier none of whose people is in the rows is another household under the same number.
        if storedCount > 0 && !matchedBy.keys.contains(where: { $0 < storedCount }) {
            let issue = ImportIssue(file: file, line: lines.first, dossier: id, reason: .numberConflict(storedMembers: storedCount))
            for i in rowIndices { local[i] = .rejected([issue]) }
            plan.errors.append(issue)
            plan.records.append(.init(id: id, lines: lines, outcome: .rejected([issue])))
            return
        }

        for m in 0..<storedCount where matchedBy[m] == nil {
            plan.warnings.append(ImportIssue(file: file, dossier: id, reason: .storedMemberAbsent(position: m + 1)))
        }

        let outcome: ImportPlan.Outcome
        if let existing {
            let changed = Changes.household(existing, household)
            outcome = changed.isEmpty ? .unchanged : .changed(changed)
        } else {
            outcome = .new
        }
        plan.records.append(.init(id: id, lines: lines, outcome: outcome))
        if outcome != .unchanged { plan.householdsToWrite.append(household) }
    }

    private func refuseTooManyMembers(_ id: String, _ count: Int, rows: [ParsedRow], lines: [Int],
                                      local: inout [ImportPlan.Outcome?], plan: inout ImportPlan) {
        let issue = ImportIssue(file: file, line: lines.first, dossier: id, reason: .tooManyMembers(count))
        plan.errors.append(issue)
        for i in rows.indices { local[i] = .rejected(rows[i].rowErrors + [issue]) }
        plan.records.append(.init(id: id, lines: lines, outcome: .rejected([issue])))
    }

    /// A person seen in two dossiers of the file, or in a dossier of the file and another in the store.
    private func reportPeopleInSeveralDossiers(_ plan: inout ImportPlan) {
        for (number, seen) in numberSeen.sorted(by: { $0.value.line < $1.value.line }) {
            var ids = Set(seen.dossiers)
            for stored in context.dossiers(containing: number) { ids.insert(stored.rawValue) }
            guard ids.count > 1 else { continue }
            plan.warnings.append(ImportIssue(file: file, line: seen.line, column: "rijksregisternummer", value: number.masked,
                                             reason: .personInSeveralDossiers(ids.sorted())))
        }
    }

    private func unique(_ reasons: [ImportIssue]) -> [ImportIssue] {
        var seen: Set<ImportIssue> = []
        return reasons.filter { seen.insert($0).inserted }
    }
}

/// The identifying cells of a person row.
struct PersonCells {
    var number: NationalNumber?
    var firstName: String
    var lastName: String
    var birthDate: Day?

    init(row: ParsedRow, reading: ImportReading) {
        func v(_ index: Int?) -> FactValue { index.map { row.value($0) } ?? .unknown }
        number = row.nationalNumber
        firstName = v(reading.firstNameIndex).textValue ?? ""
        lastName = v(reading.lastNameIndex).textValue ?? ""
        birthDate = v(reading.birthDateIndex).dateValue
    }

    /// A person entered at the desk (`Household.memberMatching`).
    init(number: NationalNumber?, firstName: String, lastName: String, birthDate: Day?) {
        self.number = number
        self.firstName = firstName
        self.lastName = lastName
        self.birthDate = birthDate
    }
}

/// Finds the stored member a row describes: on national number, else on name (case- and accent-insensitive)
/// and birth date, else on name alone — never against a contradicting number or birth date.
enum MemberMatcher {
    enum Match: Equatable { case member(Int), alreadyMatched(Int), none }

    static func match(_ p: PersonCells, in members: [Person], used: Set<Int>) -> Match {
        if let n = p.number, let i = members.firstIndex(where: { $0.nationalNumber == n }) {
            return used.contains(i) ? .alreadyMatched(i) : .member(i)
        }
        // The first row of a new dossier: nobody to match, and no name to fold (folding is costly).
        if members.isEmpty { return .none }
        let name = normalized(p.firstName, p.lastName)
        let candidates = members.indices.filter { i in
            let m = members[i]
            guard !used.contains(i), normalized(m.firstName, m.lastName) == name else { return false }
            if let a = p.number, let b = m.nationalNumber, a != b { return false }
            if let a = p.birthDate, let b = m.birthDate, a != b { return false }
            return true
        }
        if let bd = p.birthDate, let i = candidates.first(where: { members[$0].birthDate == bd }) { return .member(i) }
        return candidates.first.map { .member($0) } ?? .none
    }

    static func normalized(_ first: String, _ last: String) -> String {
        "\(first) \(last)".folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// Which columns differ between two versions of a dossier or a person.
enum Changes {
    static func person(_ a: Person, _ b: Person) -> [String] {
        Columns.person.map(\.name).filter { a.value(of: $0) != b.value(of: $0) }
    }

    static func household(_ a: Household, _ b: Household) -> [String] {
        var out: [String] = []
        for c in Columns.person {
            let differs = zip(a.members, b.members).contains { $0.value(of: c.name) != $1.value(of: c.name) }
            if differs { out.append(c.name) }
        }
        if b.members.count != a.members.count { out.append("leden") }
        for c in Columns.household where c.name != "opmerking" && a.value(of: c.name) != b.value(of: c.name) {
            out.append(c.name)
        }
        if a.notes != b.notes { out.append("opmerking") }
        return out
    }
}
