/// One line of the help: the keys as a person types them, and what they do here.
struct KeyHelp: Hashable, Sendable {
    var keys: String
    var action: String
}

/// A short hint for the status line: "Enter openen".
struct KeyHint: Hashable, Sendable {
    var key: String
    var word: String
}
