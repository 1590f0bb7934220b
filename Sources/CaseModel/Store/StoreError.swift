import Foundation

/// Everything that can go wrong in the case store, with a Dutch message a person can act on and the exit-code
/// class of cli.md: a problem the work found (1) or an environment that failed (3).
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    case notAStore(path: String)
    case storeExists(path: String)
    case folderNotEmpty(path: String)
    case unsupportedFormat(path: String, version: Int)
    case unreadableStoreFile(path: String, reason: String)
    case io(FileSystemError)
    case lockTimeout(path: String, waited: Duration)
    case stale(StaleSave)
    case alreadyExists(RecordKind, DossierID)
    case notFound(RecordKind, DossierID)
    case revisionNotFound(DossierID, revision: Int)
    case damaged(StoreProblem)
    case duplicateInBatch(DossierID)
    case noRole(user: String)
    case roleNotAllowed(user: String, role: Role, needed: [Role])
    case lastAdmin(user: String)
    case unknownGroup(String)
    case noHomeDirectory
    /// Zorg runs set-group-id and the person owns this shared store's folder (docs/security.md).
    case ownedSharedStore(path: String)
    /// A shared store made by someone else than root while Zorg runs set-group-id: its folder would be theirs.
    case sharedStoreNeedsRoot
    /// `ZORG_STORE` names a folder that is no store: the environment may only point at one.
    case environmentNotAStore(path: String)
    /// The file on disk holds fields this version does not know (a newer Zorg wrote it): saving would cut them.
    case newerFields(RecordKind, DossierID, fields: [String])
    /// A text to save holds a control character (an ESC typed on the command line): the file could not be read
    /// back, so nothing is saved.
    case controlCharacter(RecordKind, DossierID, character: String)
    /// Every `JJJJ-NNNNN` number of the year is in use.
    case numbersUsedUp(year: Int)

    public enum ExitClass: Int32, Sendable {
        /// The work found a problem (a refused stale save, a role that does not allow the action).
        case problem = 1
        /// The environment failed (I/O, disk full, lock not obtained in time, unreadable store).
        case environment = 3
    }

    public var exitClass: ExitClass {
        switch self {
        case .stale, .alreadyExists, .notFound, .revisionNotFound, .damaged, .duplicateInBatch, .noRole, .roleNotAllowed, .lastAdmin,
             .storeExists, .folderNotEmpty, .ownedSharedStore, .sharedStoreNeedsRoot, .newerFields, .numbersUsedUp, .controlCharacter:
            return .problem
        case .notAStore, .unsupportedFormat, .unreadableStoreFile, .io, .lockTimeout,
             .unknownGroup, .noHomeDirectory, .environmentNotAStore:
            return .environment
        }
    }

    public var exitCode: Int32 { exitClass.rawValue }

    public var message: String {
        switch self {
        case .notAStore(let path):
            return "\(path) is geen Zorg-store (zorg-store.json ontbreekt); een nieuwe, lege store maakt u met "
                + "`zorg init --store \(path)` (of probeer de demo met `zorg --demo`)"
        case .storeExists(let path):
            return "\(path) is al een Zorg-store; er is niets veranderd"
        case .folderNotEmpty(let path):
            return "\(path) is niet leeg; `zorg init` maakt een store in een lege of nieuwe map (er is niets veranderd)"
        case .ownedSharedStore(let path):
            return "\(path) is een gedeelde store in een map die u zelf bezit; zorg werkt set-group-id en weigert die "
                + "(een gedeelde store hoort bij root en de dienstgroep: zie docs/security.md)"
        case .sharedStoreNeedsRoot:
            return "een gedeelde store maakt root (`sudo zorg init --shared --group zorg --admin NAAM`), zodat geen "
                + "persoon de map bezit"
        case .newerFields(let kind, let id, let fields):
            let list = fields.prefix(5).joined(separator: ", ") + (fields.count > 5 ? ", …" : "")
            return "\(kind.word) \(id) is geschreven door een nieuwere Zorg (of met de hand): velden die deze versie niet "
                + "kent (\(list)) zouden bij bewaren verloren gaan; er is niets bewaard — werk met de nieuwere versie"
        case .controlCharacter(let kind, let id, let c):
            return "\(kind.word) \(id): een tekst bevat een stuurteken (\(c)); alleen gewone tekst kan bewaard worden — er is niets bewaard"
        case .numbersUsedUp(let year):
            return "alle dossiernummers van \(year) (\(year)-00001 tot \(year)-99999) zijn in gebruik; er is niets bewaard"
        case .environmentNotAStore(let path):
            return "ZORG_STORE wijst naar \(path), maar dat is geen Zorg-store; de omgeving mag alleen naar een bestaande "
                + "store wijzen (maak er een met `zorg init --store \(path)`)"
        case .unsupportedFormat(let path, let version):
            return "\(path): store-formaat \(version) is nieuwer dan deze versie van zorg kent"
        case .unreadableStoreFile(let path, let reason):
            return "\(path) is onleesbaar: \(reason)"
        case .io(let error):
            return error.description
        case .lockTimeout(let path, let waited):
            return "vergrendeling niet op tijd verkregen (\(path), \(waited.components.seconds) s gewacht): "
                + "een andere gebruiker of een import schrijft nu; probeer het straks opnieuw"
        case .stale(let stale):
            return stale.message
        case .alreadyExists(let kind, let id):
            return "\(kind.word) \(id) bestaat al"
        case .notFound(let kind, let id):
            return "\(kind.word) \(id) bestaat niet"
        case .revisionNotFound(let id, let revision):
            return "dossier \(id) heeft geen revisie \(revision)"
        case .damaged(let problem):
            return problem.description
        case .duplicateInBatch(let id):
            return "dossier \(id) komt twee keer voor in dezelfde opslag"
        case .noRole(let user):
            return "gebruiker \(user) heeft geen rol in deze store; vraag een beheerder om `zorg users grant \(user) caseworker`"
        case .roleNotAllowed(let user, let role, let needed):
            let names = needed.map(\.rawValue).joined(separator: " of ")
            return "gebruiker \(user) is \(role.rawValue); dit vraagt de rol \(names)"
        case .lastAdmin(let user):
            return "\(user) is de laatste beheerder van deze store; geef eerst iemand anders de rol admin"
        case .unknownGroup(let group):
            return "groep \(group) bestaat niet op dit systeem"
        case .noHomeDirectory:
            return "geen persoonlijke map bekend (HOME is leeg); geef de store op met --store of ZORG_STORE"
        }
    }

    public var description: String { message }
}

/// A save over a dossier that someone else saved in the meantime.
public struct StaleSave: Sendable, Hashable {
    public let kind: RecordKind
    public let id: DossierID
    /// The revision the caller edited.
    public let editedRevision: Int
    /// The revision on disk now.
    public let storedRevision: Int
    /// Who saved the newer revision and when (UTC ISO-8601), from the audit trail; nil when it does not say.
    public let savedBy: String?
    public let savedAt: String?

    public var message: String {
        var who = ""
        if let savedBy { who += " door \(savedBy)" }
        if let savedAt, let local = Self.localTime(savedAt) { who += " op \(local)" }
        return "\(kind.word) \(id) is intussen gewijzigd\(who) (revisie \(storedRevision); u bewerkte revisie "
            + "\(editedRevision)). Uw wijziging is niet bewaard: open het dossier opnieuw en breng ze opnieuw aan."
    }

    /// `dd-mm-jjjj uu:mm` in Brussels time for an audit time stamp (UTC ISO-8601), as a caseworker reads it.
    public static func localTime(_ iso: String) -> String? {
        guard let date = try? Date(iso, strategy: .iso8601) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Brussels") ?? .gmt
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%02d-%02d-%04d %02d:%02d", c.day ?? 0, c.month ?? 0, c.year ?? 0, c.hour ?? 0, c.minute ?? 0)
    }
}

/// A file in the store that could not be read, set aside in `quarantine/`.
public struct StoreProblem: Sendable, Hashable, CustomStringConvertible {
    /// Where the file was found (relative to the store).
    public let path: String
    /// Where it was moved (relative to the store); nil when moving it failed.
    public let quarantinedAs: String?
    /// What was wrong, readable: which key, what was expected.
    public let reason: String

    public var description: String {
        let moved = quarantinedAs.map { "; apart gezet als \($0)" } ?? ""
        return "\(path): \(reason)\(moved)"
    }
}
