/// One choice of a choice or multiple-choice field: the code the model reads and the words a volunteer sees.
public struct CheckerOption: Sendable, Hashable {
    public var code: String
    public var label: RuleText

    public init(_ code: String, _ nl: String, _ en: String) {
        self.code = code
        label = RuleText(nl: nl, en: en)
    }
}

/// What a field accepts. Every field may stay empty: empty means unknown, never "no".
public enum CheckerFieldKind: Sendable, Hashable {
    /// An age in years (0–120) or a birth year (1900 to this year): "45" or "1979".
    case ageOrYear
    /// Several ages or birth years, separated by commas or spaces: "12, 8, 2015".
    case ages
    /// An amount in euro: "1.234,56", "1234.56", "1200".
    case amount
    /// A whole number in a range (points, percent, months).
    case number(ClosedRange<Int>)
    /// A Belgian postcode (4 digits).
    case postcode
    /// One of the options (nothing chosen = unknown).
    case choice([CheckerOption])
    /// Any of the options; an option with code `geen` means "none of these" (nothing ticked = unknown).
    case multi([CheckerOption])

    /// Whether the volunteer types the answer (the other kinds are chosen).
    public var isTyped: Bool {
        switch self {
        case .ageOrYear, .ages, .amount, .number, .postcode: return true
        case .choice, .multi: return false
        }
    }
}

/// One thing asked on a question's screen.
public struct CheckerField: Sendable, Hashable {
    public var id: String
    public var label: RuleText
    /// An example or explanation shown beside the field.
    public var hint: RuleText?
    public var kind: CheckerFieldKind
    /// The import columns this field fills, so a rule's missing fact can be said in the words of the question.
    public var columns: [String]

    public init(_ id: String, _ label: RuleText, hint: RuleText? = nil, kind: CheckerFieldKind, columns: [String] = []) {
        self.id = id
        self.label = label
        self.hint = hint
        self.kind = kind
        self.columns = columns
    }
}

/// One screen of the questionnaire: a topic with its fields.
public struct CheckerQuestion: Sendable, Hashable {
    public var id: String
    public var title: RuleText
    public var fields: [CheckerField]
    /// Asked only when the answers so far make it relevant (the partner's statuses only with a partner).
    public var onlyWhen: Condition?

    public enum Condition: Sendable, Hashable {
        /// The field's choice is not this code (unknown counts as "not").
        case choiceIsNot(field: String, code: String)
    }

    public init(_ id: String, _ title: RuleText, fields: [CheckerField], onlyWhen: Condition? = nil) {
        self.id = id
        self.title = title
        self.fields = fields
        self.onlyWhen = onlyWhen
    }

    public func applies(to answers: CheckerAnswers) -> Bool {
        switch onlyWhen {
        case nil: return true
        case .choiceIsNot(let field, let code): return answers.choice(field) != code
        }
    }
}
