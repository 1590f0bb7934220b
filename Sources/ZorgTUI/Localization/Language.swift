/// The language of everything the UI shows. Dutch by default (`--lang nl|en`). Each language has its text catalog,
/// `Localization/Texts/<code>.yaml` (docs/architecture.md, "The text catalog").
enum Language: String, CaseIterable, Sendable {
    case nl, en

    /// Which form of a text with a count a number takes (`1 lid`, `2 leden`): Dutch and English have two.
    func pluralForm(_ count: Int) -> PluralForm { count == 1 ? .one : .other }

    /// The forms a text with a count has in this language's catalog.
    var pluralForms: Set<PluralForm> { [.one, .other] }
}

/// The names of the forms of a text with a count, as the Unicode plural rules (CLDR) call them; a catalog
/// writes them as keys under the text's name (`one: 1 lid`, `other: "{count} leden"`).
enum PluralForm: String, CaseIterable, Sendable {
    case zero, one, two, few, many, other
}
