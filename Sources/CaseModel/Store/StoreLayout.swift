import Foundation

/// Who may read a store: one person (0700/0600) or a service group (2770/0660, setgid folders so new files
/// keep the group).
public enum StoreMode: Hashable, Sendable {
    case personal
    case shared(group: String)
}

/// `zorg-store.json`: what kind of store this folder is.
struct StoreMetadata: Codable, Hashable, Sendable {
    static let currentFormat = 1

    var format: Int
    /// `personal` or `shared`
    var mode: String
    var group: String?
    /// UTC ISO-8601
    var created: String
    /// A demo store built by `zorg demo` from the seeds: the only kind `zorg demo --force` may rebuild.
    var demo: Bool?
}

/// The paths and file modes of one store. Knows names, never touches the disk.
struct StoreLayout: Sendable {
    static let metadataFile = "zorg-store.json"
    static let rolesFile = "roles.json"
    /// The offices letters name (`zorg offices set`); absent until an administrator sets it.
    static let officesFile = "offices.yaml"
    static let lockFile = ".lock"
    static let folders = ["dossiers", "history", "volunteers", "audit", "quarantine", "rules"]

    let root: String
    let directoryMode: mode_t
    let fileMode: mode_t
    /// The service group's id for a shared store; nil for a personal one.
    let group: gid_t?

    init(root: String, mode: StoreMode, group: gid_t?) {
        self.root = root
        switch mode {
        case .personal:
            directoryMode = 0o700
            fileMode = 0o600
        case .shared:
            directoryMode = 0o2770
            fileMode = 0o660
        }
        self.group = group
    }

    var metadata: String { root + "/" + Self.metadataFile }
    var roles: String { root + "/" + Self.rolesFile }
    var offices: String { root + "/" + Self.officesFile }
    var lock: String { root + "/" + Self.lockFile }
    var dossiers: String { root + "/dossiers" }
    var history: String { root + "/history" }
    var volunteers: String { root + "/volunteers" }
    var audit: String { root + "/audit" }
    var quarantine: String { root + "/quarantine" }
    var rules: String { root + "/rules" }
    var auditLog: String { audit + "/audit.jsonl" }
    var auditHead: String { audit + "/head.json" }
    var auditCheckpoint: String { audit + "/checkpoint.json" }
    var auditRetention: String { audit + "/retention.json" }

    func dossier(_ id: DossierID) -> String { dossiers + "/" + id.fileStem + ".json" }
    func volunteer(_ id: DossierID) -> String { volunteers + "/" + id.fileStem + ".json" }
    func historyFolder(_ id: DossierID) -> String { history + "/" + id.fileStem }
    func history(_ id: DossierID, revision: Int) -> String { historyFolder(id) + "/\(revision).json" }

    /// The store-relative form of a path, for messages and the audit trail.
    func relative(_ path: String) -> String {
        path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }

    /// The dossier number a file name stands for (`2024~7.json` → `2024/7`); nil for other files.
    static func id(fromFileName name: String) -> DossierID? {
        guard name.hasSuffix(".json"), !name.hasPrefix(".") else { return nil }
        let stem = name.dropLast(5).replacingOccurrences(of: "~", with: "/")
        return DossierID(rawValue: stem)
    }
}
