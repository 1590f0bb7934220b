/// The languages of a letter for the client: Dutch (the default), French and English. The rest of Zorg speaks
/// Dutch and English only (`RuleLanguage`); French exists for the letter alone.
public enum LetterLanguage: String, Sendable, CaseIterable, Hashable {
    case nl, fr, en

    /// The language of the rule texts that have no French (a right's title and outcome in an error message).
    public var ruleLanguage: RuleLanguage { self == .en ? .en : .nl }

    /// Of three things in Dutch, French and English, the one in this language.
    public func pick<T>(_ nl: T, _ fr: T, _ en: T) -> T {
        switch self {
        case .nl: nl
        case .fr: fr
        case .en: en
        }
    }

    /// The language's name in itself, for a choice on the screen.
    public var ownName: String { pick("Nederlands", "Français", "English") }
}

/// One text in the three languages of a letter.
public struct LetterText: Sendable, Hashable {
    public var nl: String
    public var fr: String
    public var en: String

    public init(nl: String, fr: String, en: String) {
        self.nl = nl
        self.fr = fr
        self.en = en
    }

    public func text(_ language: LetterLanguage) -> String { language.pick(nl, fr, en) }
}
