import Foundation

/// A local module of the store that did not load. Its rule is not left to the built-in module it was meant to
/// replace, nor dropped: every dossier gets a `possible` result with the refusal as its error, so `zorg check`
/// exits 1 and the caseworker sees why (cli.md, "A rule that cannot be evaluated … a broken local module").
public struct RefusedModule: Sendable, Hashable {
    public let id: String
    public let title: RuleText
    public let problem: RuleProblem

    /// A household result: the module's scope is not known when it does not load.
    func result(for dossier: DossierID, asOf: Day) -> RuleResult {
        RuleResult(dossier: dossier, person: nil, personIndex: nil, rule: id, title: title, outcome: .possible,
                   amount: nil, automatic: false, applyAt: nil, documents: [], missing: [], reasons: [], level: nil,
                   indicators: nil, priority: nil, actions: [], asOf: asOf,
                   error: RuleFault(.moduleRefused, problem.description))
    }

    /// The `id:` a module file names on a line of its own, when it can be read.
    static func id(in text: String) -> String? {
        for line in text.split(separator: "\n", maxSplits: 200, omittingEmptySubsequences: true).prefix(200)
        where line.hasPrefix("id:") {
            let value = line.dropFirst(3).trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "'\""))
            return value.isEmpty || value.count > 64 || value.contains(where: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
                ? nil : value
        }
        return nil
    }

    /// `rules/leefloon.yaml` → `leefloon`.
    static func id(fromFile path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard name.hasSuffix(".yaml") || name.hasSuffix(".yml") else { return nil }
        let stem = String(name.prefix(upTo: name.lastIndex(of: ".")!))
        return stem.isEmpty || stem.contains(".") ? nil : stem
    }
}
