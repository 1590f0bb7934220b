import CaseModel

/// The results of `zorg check` that could not be evaluated (field `error`), gathered as they are written: how
/// many, and each distinct cause with the first five dossiers and rules it concerns (no personal data: column
/// names and the modules' own expressions).
struct CheckFailures {
    private(set) var count = 0
    private var order: [String] = []
    private var places: [String: [String]] = [:]
    private let language: RuleLanguage

    init(_ language: RuleLanguage) { self.language = language }

    mutating func add(_ r: RuleResult) {
        guard let cause = r.error?.message(language) else { return }
        count += 1
        if places[cause] == nil { order.append(cause) }
        let place = "\(r.dossier.rawValue) \(r.rule)"
        var list = places[cause, default: []]
        if list.count < 5, !list.contains(place) { list.append(place) }
        places[cause] = list
    }

    /// `cause (2024-00001 leefloon, …); other cause (…)`.
    var causes: String {
        order.map { cause in
            let list = places[cause, default: []]
            return "\(cause) (\(list.joined(separator: ", "))\(list.count == 5 ? ", …" : ""))"
        }.joined(separator: "; ")
    }
}
