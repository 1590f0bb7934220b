/// A letter for the client as a sequence of blocks, written out as plain text, Markdown or HTML
/// (`LetterRendering.swift`), so the three formats say exactly the same.
public struct LetterDocument: Sendable, Hashable {
    public enum Block: Sendable, Hashable {
        /// A section: "Wat u kunt aanvragen".
        case heading(String)
        /// A right within a section.
        case subheading(String)
        case paragraph(String)
        /// Label and value lines: "Dossiernummer: 2024-00123".
        case fields([LetterField])
        /// A list with bullets.
        case items([String])
        /// A numbered list (the questions).
        case numbered([String])
        /// Lines kept as they are (an address, a signature).
        case lines([String])
    }

    public var title: String
    public var language: LetterLanguage
    public var blocks: [Block]

    /// Every text of the letter, for checks (no code, no `_`).
    public var allText: [String] {
        [title] + blocks.flatMap { block -> [String] in
            switch block {
            case .heading(let t), .subheading(let t), .paragraph(let t): [t]
            case .fields(let fields): fields.flatMap { [$0.label, $0.value] }
            case .items(let items), .numbered(let items), .lines(let items): items
            }
        }
    }
}

public struct LetterField: Sendable, Hashable {
    public var label: String
    public var value: String

    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}

/// The formats `zorg letter` writes.
public enum LetterFormat: String, Sendable, CaseIterable {
    case txt, md, html

    /// The format a file name asks for by its extension (`brief.html`); nil for another extension.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), let format = LetterFormat(rawValue: fileName[fileName.index(after: dot)...].lowercased())
        else { return nil }
        self = format
    }
}
