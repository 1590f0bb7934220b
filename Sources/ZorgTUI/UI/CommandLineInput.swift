import Foundation

/// A k9s-style `:` command line: the text typed, Tab completion of the command name, and the parsed command.
struct CommandLineInput: Hashable, Sendable {
    /// The command names it completes, in the order they are offered.
    let commands: [String]
    private(set) var text = ""

    init(commands: [String]) { self.commands = commands }

    mutating func type(_ ch: Character) { text.append(ch) }

    mutating func backspace() { if !text.isEmpty { text.removeLast() } }

    /// Tab: completes the command name (the first word) to the longest prefix shared by the commands that start
    /// with it, with a space after it when only one fits. Returns the candidates (for a message when several).
    @discardableResult
    mutating func complete() -> [String] {
        guard !text.contains(" ") else { return [] }
        let typed = text.lowercased()
        let candidates = commands.filter { $0.hasPrefix(typed) }
        guard let first = candidates.first else { return [] }
        if candidates.count == 1 {
            text = first + " "
            return candidates
        }
        var prefix = first
        for c in candidates.dropFirst() {
            while !c.hasPrefix(prefix) { prefix.removeLast() }
        }
        if prefix.count > text.count { text = prefix }
        return candidates
    }

    /// The command name and its argument ("goto 2024-00001" → ("goto", "2024-00001")).
    var parsed: (name: String, argument: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let space = trimmed.firstIndex(of: " ") else { return (trimmed.lowercased(), "") }
        return (String(trimmed[..<space]).lowercased(),
                String(trimmed[trimmed.index(after: space)...]).trimmingCharacters(in: .whitespaces))
    }
}
