import Foundation

/// What Zorg remembers per person between sessions (`users/NAME.json`, written only through `zorg`): when she last
/// looked at her day, which rights she had seen then, and the screen she opens on.
public struct PersonState: Codable, Hashable, Sendable {
    public enum StartScreen: String, Codable, Sendable { case caseload, vandaag }

    /// UTC ISO-8601 of the last look at "Vandaag"; nil before the first.
    public var lastLooked: String?
    /// The rights seen then: `DOSSIER|RULE|POSITION|OUTCOME` (no names), so that a new one can be told.
    public var seenRights: [String]
    public var startScreen: StartScreen

    public init(lastLooked: String? = nil, seenRights: [String] = [], startScreen: StartScreen = .caseload) {
        self.lastLooked = lastLooked
        self.seenRights = seenRights
        self.startScreen = startScreen
    }
}

extension CaseStore {
    static let personStateFolder = "users"

    /// The file of a person's state: the login name when it is a plain one, else its bytes in hex (a name never
    /// becomes a path).
    func personStatePath(_ user: String) -> String {
        let plain = !user.isEmpty && user.count <= 64 && user.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "." || $0 == "_" || $0 == "-")
        } && !user.hasPrefix(".")
        let stem = plain ? user : "x-" + user.utf8.map { String(format: "%02x", $0) }.joined()
        return root + "/" + Self.personStateFolder + "/" + stem + ".json"
    }

    /// The person's state; the default when none was written (or it cannot be read: it is a convenience, never
    /// a reason to refuse work).
    public func personState() -> PersonState {
        guard let data = try? fileSystem.readFile(personStatePath(identity.user)),
              let state = try? StoreCoding.decode(PersonState.self, from: data) else { return PersonState() }
        return state
    }

    /// Writes the person's own state (atomically; the folder made when an older store lacks it).
    public func savePersonState(_ state: PersonState) throws {
        try StoreIO.guarded {
            let folder = root + "/" + Self.personStateFolder
            if !fileSystem.isDirectory(folder) {
                try fileSystem.makeDirectory(folder, mode: layout.directoryMode, group: layout.group)
            }
            try files.write(try StoreCoding.encode(state), to: personStatePath(identity.user))
        }
    }
}
