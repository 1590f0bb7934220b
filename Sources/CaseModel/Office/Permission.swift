/// What a person may do in a store, by role: the table of docs/security.md ("Who may do what"), written once.
/// The office checks each of its operations against it before it reaches the store; a refusal is one
/// `refused` audit entry and a `StoreError` that names the user, her role and what was needed.
public enum Permission: String, Sendable, CaseIterable {
    /// Use the store at all: the screen (a volunteer gets the checker there, and nothing of the caseload).
    case enter
    /// Read the caseload: lists, dossiers (a view logged first), checks, scans, exports, the buddy round, the
    /// audit log and its verification, the retention, the store's rule modules.
    case readCases
    /// Change the caseload: save a dossier, consent, buddy pairs, merges.
    case writeCases
    /// Import client or volunteer lists.
    case importLists
    /// Add or remove the store's local rule modules.
    case manageRules
    /// Show and set the offices letters name (`zorg offices`).
    case manageOffices
    /// List, grant and revoke roles.
    case manageUsers
    /// The audit anchor, the retention setting and sealing.
    case keepAudit
    /// Copy the whole store.
    case backup

    /// The roles that may.
    public var allowed: [Role] {
        switch self {
        case .enter: [.volunteer, .caseworker, .admin]
        case .readCases, .writeCases: [.caseworker, .admin]
        case .importLists, .manageRules, .manageOffices, .manageUsers, .keepAudit, .backup: [.admin]
        }
    }
}
