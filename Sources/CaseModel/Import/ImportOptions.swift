/// How an import runs: who imports, on which day, and whether any rejected row stops the whole import.
public struct ImportOptions: Sendable {
    /// The file's name as the user gave it, used in every message.
    public var fileName: String
    public var allOrNothing: Bool
    /// The date given to notes added from `opmerking`.
    public var today: Day
    /// The importing user (the author of notes added from `opmerking`).
    public var user: String

    public init(fileName: String, allOrNothing: Bool = false, today: Day, user: String) {
        self.fileName = fileName
        self.allOrNothing = allOrNothing
        self.today = today
        self.user = user
    }
}
