/// What an import would do, computed without writing anything: the store (or `--dry-run`) decides what to do
/// with it. Nothing in this type touches a file.
public struct ImportPlan: Sendable {
    public enum Kind: String, Sendable, Codable { case clientList = "client_list", volunteers }

    /// What happens to a dossier (or a volunteer) or a row.
    public enum Outcome: Sendable, Hashable {
        case new
        /// Changed, with the canonical names of the columns whose values change (`leden` when members are added).
        case changed([String])
        case unchanged
        case rejected([ImportIssue])

        public var code: String {
            switch self {
            case .new: return "new"
            case .changed: return "changed"
            case .unchanged: return "unchanged"
            case .rejected: return "rejected"
            }
        }
    }

    public struct RowResult: Sendable, Hashable {
        public var line: Int
        /// The dossier (or volunteer) number as written, when there is one.
        public var id: String?
        public var outcome: Outcome
    }

    public struct RecordResult: Sendable, Hashable {
        public var id: String
        public var lines: [Int]
        public var outcome: Outcome
    }

    public var kind: Kind
    public var fileName: String
    /// SHA-256 of the file's bytes, lowercase hex, for the audit entry.
    public var checksum: String
    public var encoding: SourceEncoding?
    public var delimiter: CSVDelimiter?
    public var allOrNothing: Bool
    /// The file could not be read: nothing else in the plan applies.
    public var structuralErrors: [ImportIssue] = []
    public var rows: [RowResult] = []
    /// Per dossier (client list) or per volunteer, in the order of the file.
    public var records: [RecordResult] = []
    /// Value errors, each with file, line, column, masked value and reason.
    public var errors: [ImportIssue] = []
    public var warnings: [ImportIssue] = []
    /// New and changed dossiers as they should be stored, each with the revision it was read at (0 when new),
    /// so the store's revision check refuses a save over a dossier changed since. Empty when blocked.
    public var householdsToWrite: [Household] = []
    public var volunteersToWrite: [Volunteer] = []
    /// `--all-or-nothing` and some row was rejected: nothing is to be written.
    public var blockedByAllOrNothing = false
    /// What the rejects file needs: the table as read.
    var rejectsSource: RejectsSource?

    /// Rows were rejected or the file was unreadable (the command exits 1).
    public var hasProblems: Bool { !structuralErrors.isEmpty || rows.contains { $0.outcome.code == "rejected" } }

    public var rejectedRowCount: Int { rows.filter { $0.outcome.code == "rejected" }.count }

    public func count(of outcome: String) -> Int { records.filter { $0.outcome.code == outcome }.count }

    /// The dossiers this import creates or changes (for the audit entry).
    public var writtenIDs: [String] {
        householdsToWrite.map(\.id.rawValue) + volunteersToWrite.map(\.id.rawValue)
    }
}

/// The pieces of the input kept to write the rejects file in the input's own form.
struct RejectsSource: Sendable {
    var encoding: SourceEncoding
    var delimiter: CSVDelimiter
    var hadSeparatorLine: Bool
    var usesCRLF: Bool
    var header: [String]
    /// Rejected records in file order with their reasons.
    var rejected: [(record: CSVRecord, issues: [ImportIssue])]
}
