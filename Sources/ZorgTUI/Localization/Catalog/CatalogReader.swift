import CaseModel
import Yams

extension TextCatalog {
    /// Reads a catalog file: a mapping of sections, each a mapping of names to a text, or to a mapping of plural
    /// forms (`one:`, `other:`) to texts. Every text's placeholders must be well formed (`{name}`). A mistake is a
    /// `RuleProblem` naming the file, the line and what is wrong.
    static func read(_ text: String, file: String) throws -> TextCatalog {
        let reader = YamlReader(file: file)
        var sections: [String: [String: Entry]] = [:]
        for section in try reader.entries(try reader.root(text), "the catalog") {
            var entries: [String: Entry] = [:]
            for item in try reader.entries(section.value, "section \(section.key)") {
                entries[item.key] = try entry(item.value, "\(section.key).\(item.key)", reader)
            }
            sections[section.key] = entries
        }
        return TextCatalog(sections: sections)
    }

    private static func entry(_ node: Node, _ what: String, _ reader: YamlReader) throws -> Entry {
        if node.mapping == nil { return .text(try placeholdersChecked(node, what, reader)) }
        var forms: [PluralForm: String] = [:]
        for form in try reader.entries(node, what) {
            guard let name = PluralForm(rawValue: form.key) else {
                let known = PluralForm.allCases.map(\.rawValue).joined(separator: ", ")
                throw reader.problem(form.keyNode, "\(what): '\(form.key)' is no plural form (\(known)); is a text with a colon or a { not quoted?")
            }
            forms[name] = try placeholdersChecked(form.value, "\(what).\(form.key)", reader)
        }
        guard forms[.other] != nil else { throw reader.problem(node, "\(what) has plural forms but no 'other'") }
        return .plural(forms)
    }

    private static func placeholdersChecked(_ node: Node, _ what: String, _ reader: YamlReader) throws -> String {
        let text = try reader.string(node, what)
        if let problem = Placeholders.problem(in: text) { throw reader.problem(node, "\(what): \(problem)") }
        return text
    }
}
