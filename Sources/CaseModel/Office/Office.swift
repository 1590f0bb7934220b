import Foundation
import Synchronization

/// The one door to a store (issue 14): what a caseworker, a volunteer and an administrator do, as operations of
/// one value opened on a store and the person at the terminal. The screens (through `ZorgTUI/App`'s effect
/// runner) and every `zorg` command call it; neither reaches the `CaseStore` itself.
///
/// Each operation
/// - checks the person's role against `Permission` first (a refusal is one `refused` audit entry naming
///   `requester`, and a `StoreError` that says which role was needed);
/// - logs what docs/security.md says is logged, before anything of a dossier is returned: a view (with its
///   reason) before a dossier, a `list` entry before a list of households, one entry for a scan, a check, an
///   export;
/// - is the one definition of its work (the waiting list, confirming a buddy pair, a scan and its entry).
///
/// Files the person names (a list to import, a rule file, a rejects file) are opened with her own rights,
/// never the service group's (`Office+PersonalFiles.swift`).
public final class Office: Sendable {
    let store: CaseStore
    /// What the person asked for (`import`, `audit verify`): named in a refusal's audit entry. Nil on the screen.
    let requester: String?
    /// The rule modules in force, read once (again after a local module is added or removed).
    private let loadedRules = Mutex<RuleSetLoad?>(nil)

    init(store: CaseStore, requester: String?) {
        self.store = store
        self.requester = requester
    }

    /// Opens the store at `path` for the person `identity`. Nothing is checked or read yet but the store's own
    /// files; each operation checks the role.
    public static func open(at path: String, identity: Identity = .current(),
                            fileSystem: any FileSystem = PosixFileSystem(), requester: String? = nil) throws -> Office {
        Office(store: try CaseStore(at: path, identity: identity, fileSystem: fileSystem), requester: requester)
    }

    /// Makes a new, empty store (`zorg init`); `administrator` (by default the person) becomes its first admin.
    public static func create(at path: String, mode: StoreMode, identity: Identity = .current(),
                              administrator: String? = nil, fileSystem: any FileSystem = PosixFileSystem()) throws -> Office {
        let store = try CaseStore.create(at: path, mode: mode, identity: identity, administrator: administrator,
                                         fileSystem: fileSystem)
        return Office(store: store, requester: nil)
    }

    /// Whether a folder holds a store.
    public static func isStore(at path: String, fileSystem: any FileSystem = PosixFileSystem()) -> Bool {
        CaseStore.isStore(at: path, fileSystem: fileSystem)
    }

    /// The person at the terminal: the author of notes, steps and confirmations.
    public var user: String { store.identity.user }
    /// The store's folder.
    public var root: String { store.root }
    /// For the title bar: "demo" for the demo store, else its folder.
    public var storeName: String { store.isDemo ? "demo" : store.root }
    /// A shared store reached without the set-group-id service group: the roles are then an agreement only.
    public var rolesAreAdvisory: Bool { store.admission.rolesAreAdvisory }

    /// The person's role, checked to allow using the store at all: the screen decides from it what to show (a
    /// volunteer gets the checker, an administrator the administration too).
    public func sessionRole() throws -> Role { try allow(.enter) }

    /// Checks now that the person may do what a command is about to ask (before it does work of its own, such as
    /// checking a file of hers); each operation checks again.
    public func require(_ permission: Permission) throws { try allow(permission) }

    /// Checks the person's role, read afresh from `roles.json` (a grant or a revocation counts at once).
    @discardableResult
    func allow(_ permission: Permission) throws -> Role {
        try store.requireRole(permission.allowed, for: requester)
    }

    /// The modules in force for this store: built in, replaced or adjusted by its local `rules/` files.
    var ruleSetLoad: RuleSetLoad {
        loadedRules.withLock { cached in
            if let cached { return cached }
            let load = RuleSet.load(for: store)
            cached = load
            return load
        }
    }

    var ruleSet: RuleSet { ruleSetLoad.ruleSet }

    /// After a local module changed: the next use reads the modules again.
    func forgetRules() { loadedRules.withLock { $0 = nil } }
}

/// What an operation of the office refuses, worded by whoever asked (a command, a screen).
public enum OfficeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `zorg check --rule X`: no module has that id.
    case unknownRule(String)
    /// A dossier asked for by number is not in the store.
    case noSuchDossier(DossierID)
    /// `zorg users revoke`: the user has no role to take.
    case noRole(user: String)
    /// A file that should be text (a rule file) is not UTF-8.
    case notText(path: String)
    /// `zorg rules diff --with FILE`: the overrides do not load.
    case overridesRefused(RuleProblem)
    /// `zorg audit seal` with neither a retention nor a cut-off day.
    case noRetention
    /// `zorg audit seal --before DAY`: the store's rule refuses that day.
    case sealCutRefused(AuditSealCutRefusal)

    public var description: String {
        switch self {
        case .unknownRule(let id): "onbekende regel: \(id)"
        case .noSuchDossier(let id): "dossier \(id.rawValue) bestaat niet in deze store"
        case .noRole(let user): "\(user) heeft geen rol in deze store"
        case .notText(let path): "\(path): geen UTF-8-tekst"
        case .overridesRefused(let problem): "parameterbestand geweigerd: \(problem)"
        case .noRetention: "geen bewaartermijn gezet"
        case .sealCutRefused(let refusal): refusal.message(english: false)
        }
    }
}
