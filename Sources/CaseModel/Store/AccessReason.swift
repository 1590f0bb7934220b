/// Why a dossier is opened: the capacity the Flemish data-exchange rules (MAGDA's audit register) want next to
/// every consultation. The code goes into the access log; the screens show the words.
public enum AccessReason: String, CaseIterable, Hashable, Sendable, Codable {
    case intake
    case opvolging
    case controleRechten = "controle-rechten"
    case correctie
    case housingFirst = "housing-first"
    case buddy
    case andere

    public init?(code: String) {
        let folded = code.lowercased()
        guard let found = Self.allCases.first(where: { $0.rawValue == folded || $0.english == folded }) else { return nil }
        self = found
    }

    /// The English code, accepted wherever the Dutch one is.
    public var english: String {
        switch self {
        case .intake: "intake"
        case .opvolging: "follow-up"
        case .controleRechten: "rights-check"
        case .correctie: "correction"
        case .housingFirst: "housing-first"
        case .buddy: "buddy"
        case .andere: "other"
        }
    }
}

extension CaseStore {
    /// Records that the user opened a dossier (or an earlier revision of it) for this reason.
    public func recordView(_ id: DossierID, reason: AccessReason, revision: Int? = nil) throws {
        try requireRole(.caseworker, .admin)
        var detail = ["reason": reason.rawValue]
        if let revision { detail["revision"] = String(revision) }
        try audit.append(.view, dossiers: [id], detail: detail)
    }
}
