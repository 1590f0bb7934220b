import Yams

/// What the letter for the client says about a right (`letter:` in a module, docs/rules.md): the offices to go
/// to, and per language (Dutch, French, English) the right's name, what it is, about how much when the module
/// computes no amount, and what to bring. Plain words only: the texts may not hold `_`, so no code slips in.
public struct RuleLetter: Sendable, Hashable {
    public struct Wording: Sendable, Hashable {
        public var name: String
        public var what: String
        /// "About how much" in words, for a right without an amount (a lower tariff, a loan).
        public var howMuch: String?
        public var bring: [String]
    }

    /// Ids of the offices in the store's `offices.yaml`, in the order the letter names them.
    public var offices: [String]
    public var nl: Wording
    public var fr: Wording
    public var en: Wording

    public func wording(_ language: LetterLanguage) -> Wording { language.pick(nl, fr, en) }
}

extension RuleLetter {
    /// An office id: lowercase letters, digits and `-` (`sociaal-huis-genk`).
    static func isOfficeID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }

    /// Reads `letter:`; every mistake is a rule-file problem with its line.
    static func parse(_ node: Node, _ r: YamlReader) throws -> RuleLetter {
        let m = try r.mapping(node, "letter", allowed: ["offices", "nl", "fr", "en"], required: ["nl", "fr", "en"])
        var offices: [String] = []
        if let n = m["offices"] {
            for item in try r.sequence(n, "letter.offices") {
                let id = try r.string(item, "an office of letter.offices")
                guard isOfficeID(id) else {
                    throw r.problem(item, "letter.offices: '\(RuleModuleLoader.short(id))' is not an office id (lowercase letters, digits and '-')")
                }
                guard !offices.contains(id) else { throw r.problem(item, "letter.offices names '\(id)' twice") }
                offices.append(id)
            }
        }
        let nl = try wording(m["nl"]!, "letter.nl", r)
        let fr = try wording(m["fr"]!, "letter.fr", r)
        let en = try wording(m["en"]!, "letter.en", r)
        for (language, w) in [("fr", fr), ("en", en)] {
            guard w.bring.count == nl.bring.count else {
                throw r.problem(m[language], "letter.\(language).bring has \(w.bring.count) items and letter.nl.bring \(nl.bring.count): "
                                + "each language lists the same documents")
            }
            guard (w.howMuch == nil) == (nl.howMuch == nil) else {
                throw r.problem(m[language], "letter.\(language) and letter.nl must both have how_much, or neither")
            }
        }
        return RuleLetter(offices: offices, nl: nl, fr: fr, en: en)
    }

    private static func wording(_ node: Node, _ what: String, _ r: YamlReader) throws -> Wording {
        let m = try r.mapping(node, what, allowed: ["name", "what", "how_much", "bring"], required: ["name", "what"])
        func plain(_ n: Node, _ key: String) throws -> String {
            let text = try r.string(n, "\(what).\(key)").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { throw r.problem(n, "\(what).\(key) is empty") }
            guard !text.contains("_") else {
                throw r.problem(n, "\(what).\(key) holds '_': a letter is read by the client, write the words instead of a code")
            }
            return text.split(whereSeparator: \.isNewline).joined(separator: " ")
        }
        var bring: [String] = []
        if let n = m["bring"] {
            for item in try r.sequence(n, "\(what).bring") { bring.append(try plain(item, "bring")) }
        }
        return Wording(name: try plain(m["name"]!, "name"), what: try plain(m["what"]!, "what"),
                       howMuch: try m["how_much"].map { try plain($0, "how_much") }, bring: bring)
    }
}
