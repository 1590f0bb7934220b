import Foundation

/// The questions a letter asks for facts still unknown, one per import column, in Dutch, French and English
/// (`Letter/Defaults/questions.yaml`). A column without a question is asked by its name in words.
public struct FactQuestions: Sendable {
    let questions: [String: LetterText]

    public static let builtInFile = "questions.yaml"

    public static let builtIn: FactQuestions = {
        let text = String(decoding: Embedded.letterFiles[builtInFile] ?? Data(), as: UTF8.self)
        return (try? parse(text, file: builtInFile)) ?? FactQuestions(questions: [:])
    }()

    /// Whether the column has a question of its own.
    public func has(_ column: String) -> Bool { questions[column] != nil }

    /// The question for a column, in the letter's language.
    public func question(_ column: String, _ language: LetterLanguage) -> String {
        if let q = questions[column] { return q.text(language) }
        let label = ColumnLabels.label(column, english: language == .en).replacingOccurrences(of: "_", with: " ")
        return language.pick("Wij hebben nog dit gegeven nodig: \(label.lowercased()).",
                             "Il nous manque encore cette information : \(label.lowercased()).",
                             "We still need this detail: \(label.lowercased()).")
    }

    /// Reads the questions file: `questions:` with, per import column, `nl`, `fr` and `en` in plain words.
    static func parse(_ text: String, file: String) throws -> FactQuestions {
        let r = YamlReader(file: file)
        let top = try r.mapping(try r.root(text), "the questions file", allowed: ["questions"], required: ["questions"])
        var questions: [String: LetterText] = [:]
        for e in try r.entries(top["questions"]!, "questions") {
            guard Columns.clientList.contains(where: { $0.name == e.key }) else {
                throw r.problem(e.keyNode, "'\(e.key)' is not a column of the import format")
            }
            let q = try ServiceOffices.letterText(e.value, "question '\(e.key)'", r)
            for language in LetterLanguage.allCases where q.text(language).contains("_") {
                throw r.problem(e.value, "question '\(e.key)' holds '_' in \(language.rawValue): write words, not a code")
            }
            questions[e.key] = q
        }
        return FactQuestions(questions: questions)
    }
}
