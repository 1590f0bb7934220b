/// A choice among a fixed set of values, changed with ← → (and `<` `>`): one step to the next or the previous
/// value, round the ends. Where the value may stay empty (unknown), "empty" is a position of its own before the
/// first value. Shown as `< value in words >`. The volunteer checker's choice questions and the dossier form's
/// code and yes/no fields both choose this way.
struct ChoicePicker: Hashable, Sendable {
    /// How many values there are to choose from.
    let count: Int
    /// Whether "empty" (unknown) is one of the positions.
    let allowsEmpty: Bool

    /// The position after one step from `current` (nil: empty): forward after the last value comes empty (when
    /// allowed) and then the first; backward the other way round. Nil when the step lands on empty.
    func step(from current: Int?, forward: Bool) -> Int? {
        guard count > 0 else { return nil }
        if allowsEmpty {
            // Positions -1 (empty), 0..<count: count + 1 of them.
            let position = current.map { max(0, min($0, count - 1)) } ?? -1
            let next = (position + 1 + (forward ? 1 : count)) % (count + 1) - 1
            return next < 0 ? nil : next
        }
        // Nothing chosen yet: forward goes to the first value, backward to the last.
        guard let current else { return forward ? 0 : count - 1 }
        return (max(0, min(current, count - 1)) + (forward ? 1 : count - 1)) % count
    }

    /// `< value >`: the value chosen, in words, between the marks that say it is chosen with ← →.
    static func shown(_ label: String) -> String { "< " + label + " >" }

    /// The first value whose word or code begins with `prefix` (case and accents ignored): type-ahead, so a
    /// caseworker who knows the code (`gescheiden`) types it as before.
    static func firstMatch(_ prefix: String, labels: [String], codes: [String]) -> Int? {
        let key = SearchFolding.fold(prefix)
        guard !key.isEmpty else { return nil }
        let starts = { (text: String) in SearchFolding.fold(text.replacingOccurrences(of: "_", with: " ")).hasPrefix(key) }
        return labels.indices.first { starts(labels[$0]) || (codes.indices.contains($0) && starts(codes[$0])) }
    }
}
