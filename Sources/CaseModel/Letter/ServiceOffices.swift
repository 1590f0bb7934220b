import Foundation
import Yams

/// One place a client goes to for a right (an office, a phone line, a website), as a letter names it.
public struct ServiceOffice: Sendable, Hashable {
    /// The details that can be marked as not found on an official page of the body itself.
    public enum Field: String, Sendable, CaseIterable { case name, address, phone, hours, web }

    public var id: String
    public var name: LetterText
    public var address: String?
    public var phone: String?
    public var hours: LetterText?
    public var web: String?
    /// Where the details come from; nil for a place that is the client's own (her health insurance fund).
    public var source: RuleSource?
    /// The details not confirmed on an official page: the letter asks the client to check them first.
    public var unconfirmed: Set<Field>
}

/// The offices letters name: the store's `offices.yaml` (kept by an administrator with `zorg offices set`), or the
/// built-in list for Genk (`Letter/Defaults/offices.yaml`) while the store has none.
public struct ServiceOffices: Sendable, Hashable {
    /// In the file's order.
    public var offices: [ServiceOffice]
    /// The text as written, shown again by `zorg offices show` so it can be edited and set.
    public var text: String

    public func office(_ id: String) -> ServiceOffice? { offices.first { $0.id == id } }

    public static let builtInFile = "offices.yaml"

    /// The built-in list, read once; empty if it does not load (a test keeps it loading).
    public static let builtIn: ServiceOffices = {
        let text = String(decoding: Embedded.letterFiles[builtInFile] ?? Data(), as: UTF8.self)
        return (try? parse(text, file: builtInFile)) ?? ServiceOffices(offices: [], text: text)
    }()

    /// Reads an offices file; a mistake is a `RuleProblem` naming the file, the line and what is wrong.
    public static func parse(_ text: String, file: String) throws -> ServiceOffices {
        let r = YamlReader(file: file)
        let top = try r.mapping(try r.root(text), "the offices file", allowed: ["offices"], required: ["offices"])
        var offices: [ServiceOffice] = []
        for e in try r.entries(top["offices"]!, "offices") {
            guard RuleLetter.isOfficeID(e.key) else {
                throw r.problem(e.keyNode, "office id '\(RuleModuleLoader.short(e.key))' may hold only lowercase letters, digits and '-'")
            }
            offices.append(try office(e.key, e.value, r))
        }
        guard !offices.isEmpty else { throw r.problem(top["offices"], "offices needs at least one office") }
        return ServiceOffices(offices: offices, text: text)
    }

    private static func office(_ id: String, _ node: Node, _ r: YamlReader) throws -> ServiceOffice {
        let m = try r.mapping(node, "office '\(id)'", allowed: ["name", "address", "phone", "hours", "web", "source", "unconfirmed"],
                              required: ["name"])
        func line(_ key: String) throws -> String? {
            guard let n = m[key] else { return nil }
            let text = try r.string(n, "\(id).\(key)").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { throw r.problem(n, "\(id).\(key) is empty (leave the line out instead)") }
            guard text.count <= 300 else { throw r.problem(n, "\(id).\(key) is longer than 300 characters") }
            return text
        }
        var unconfirmed = Set<ServiceOffice.Field>()
        if let n = m["unconfirmed"] {
            for item in try r.sequence(n, "\(id).unconfirmed") {
                let name = try r.string(item, "an item of \(id).unconfirmed")
                guard let field = ServiceOffice.Field(rawValue: name) else {
                    throw r.problem(item, "\(id).unconfirmed: '\(RuleModuleLoader.short(name))' is not one of "
                                    + ServiceOffice.Field.allCases.map(\.rawValue).joined(separator: ", "))
                }
                guard m[name] != nil else { throw r.problem(item, "\(id).unconfirmed names \(name), which the office does not have") }
                unconfirmed.insert(field)
            }
        }
        return ServiceOffice(id: id, name: try letterText(m["name"]!, "\(id).name", r), address: try line("address"),
                             phone: try line("phone"), hours: try m["hours"].map { try letterText($0, "\(id).hours", r) },
                             web: try line("web"),
                             source: try m["source"].map { try RuleModuleLoader.source($0, r, "\(id).source") },
                             unconfirmed: unconfirmed)
    }

    /// `{nl: …, fr: …, en: …}`, or one text for the three languages (a name that is the same in each).
    static func letterText(_ node: Node, _ what: String, _ r: YamlReader) throws -> LetterText {
        if case .scalar = node {
            let text = try r.string(node, what).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { throw r.problem(node, "\(what) is empty") }
            return LetterText(nl: text, fr: text, en: text)
        }
        let m = try r.mapping(node, what, allowed: ["nl", "fr", "en"], required: ["nl", "fr", "en"])
        func text(_ key: String) throws -> String {
            let t = try r.string(m[key]!, "\(what).\(key)").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !t.isEmpty else { throw r.problem(m[key], "\(what).\(key) is empty") }
            return t
        }
        return LetterText(nl: try text("nl"), fr: try text("fr"), en: try text("en"))
    }
}
