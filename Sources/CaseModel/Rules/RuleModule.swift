/// Text in Dutch and English; Dutch is the default.
public struct RuleText: Sendable, Hashable {
    public var nl: String
    public var en: String
    public init(nl: String, en: String? = nil) {
        self.nl = nl
        self.en = en ?? nl
    }
    public func text(_ language: RuleLanguage) -> String { language == .en ? en : nl }
}

public enum RuleLanguage: String, Sendable, CaseIterable { case nl, en }

/// Where a value or a condition comes from, and when it was last checked against that page.
public struct RuleSource: Sendable, Hashable {
    public var title: String
    public var url: String
    public var verified: Day
    public var unconfirmed: Bool
}

/// One dated value of a parameter.
public struct DatedValue: Sendable, Hashable {
    public var from: Day
    /// The value as written for people: `40.00`, `3`, `2024-05-01`, `leefloon|igo`, `ja`.
    public var display: String
    public var source: RuleSource
    public var verified: Day
    /// The domain notes mark it UNCONFIRMED or PROPOSAL, or it is carried forward without a source for the date.
    public var unconfirmed: Bool
    public var note: String?
    /// The file the value comes from (a local override file when it was overridden).
    public var origin: String
    var value: RuleValue
}

public enum ParameterUnit: String, Sendable, CaseIterable { case money, number, count, date, list, bool }

public struct RuleParameter: Sendable, Hashable {
    public var name: String
    public var unit: ParameterUnit
    public var description: RuleText?
    /// Sorted by `from`.
    public var values: [DatedValue]

    /// The value in force on a date; before the first value, the first (marked unconfirmed by the caller).
    public func value(on day: Day) -> (value: DatedValue, beforeFirst: Bool) {
        var chosen = values[0]
        for v in values where v.from <= day { chosen = v }
        return (chosen, day < values[0].from)
    }
}

public enum RuleScope: String, Sendable { case household, person }

/// What a module decides: a **right** (an amount, a tariff, a service one applies for); a **signal** that a
/// caseworker should act on (energy poverty, a multi-problem family) — detected, not a right, so its outcome is
/// worded as a level or "gesignaleerd", never "rechthebbend"; or a **programme** with its own intake (Housing First).
/// Only rights count in the scan's under-protection sums.
public enum RuleKind: String, Sendable { case right, signal, programme }

/// The term within which an application is answered, and the source that sets it.
public struct AnswerTerm: Sendable, Hashable {
    public var days: Int
    public var source: RuleSource
}
public enum AmountPeriod: String, Sendable, CaseIterable { case month, year, once, litre }

/// A rule module: the public description (`zorg rules list/show`) and the compiled logic.
public struct RuleModule: Sendable {
    public var id: String
    public var title: RuleText
    public var summary: RuleText?
    public var scope: RuleScope
    /// The `statuten` code that means the person or household already receives the right.
    public var status: String?
    public var automatic: Bool
    public var applyAt: RuleText?
    public var documents: [String]
    public var sources: [String: RuleSource]
    public var facts: [String]
    public var parameters: [RuleParameter]
    /// The file the module was read from (`mantelzorgpremie.yaml`, or a path in the store's `rules/`).
    public var origin: String
    public var isBuiltIn: Bool
    /// A local module with the id of a built-in one, which it replaces in this rule set.
    public var replacesBuiltIn = false
    /// Local files that overrode parameters of this module.
    public var overriddenBy: [String] = []
    /// A right, a signal or a programme (`kind:` in the module; a right by default).
    public var kind: RuleKind = .right
    /// Within how many days the body must answer an application (`answer_term:`), with its source; nil when the
    /// module names none (then no follow-up is made for an application).
    public var answerTerm: AnswerTerm?
    /// What the letter for the client says about the right (`letter:`), in Dutch, French and English; nil when
    /// the module has none (the letter then names the right by its title and sends the client to the caseworker).
    public var letter: RuleLetter?

    /// The derived values as written in the file (name and formula), for `zorg rules show`.
    public var formulas: [RuleFormula] = []

    var defaultSource: RuleSource
    var derivedNames: [String]
    var derived: [RuleExpr]
    /// Per derived value: it reads members only inside `aantal`/`som`/`enig`/`alle`, so its value is the same
    /// for every member and is worked out once per household.
    var derivedShared: [Bool] = []
    var forWhom: RuleExpr?
    var conditions: ConditionNode
    var explain: [ConditionLeaf]
    var amount: AmountSpec?
    var outputs: OutputSpec

    /// The parameter holding the typical yearly value of the right, used to rank the under-protection list.
    public static let expectedYearlyValueName = "verwachte_jaarwaarde"

    /// The typical yearly value on a date and whether it is an estimate (unconfirmed) rather than an amount.
    public func expectedYearlyValue(on day: Day) -> (amount: Money, estimate: Bool)? {
        guard let p = parameters.first(where: { $0.name == RuleModule.expectedYearlyValueName }) else { return nil }
        let (v, _) = p.value(on: day)
        guard case .number(let r) = v.value, let n = r.exact else { return nil }
        return (n.roundedMoney, v.unconfirmed)
    }

    public func parameter(_ name: String) -> RuleParameter? { parameters.first { $0.name == name } }
}

public struct RuleFormula: Sendable, Hashable {
    public var name: String
    public var formula: String
}

/// A class: the compiler knows a test by its identity (its steps serve both forms of the conditions, see
/// `RuleProgram`), and walking the condition tree for the reasons passes one reference instead of copying it.
final class ConditionLeaf: Sendable {
    let text: RuleText
    let expr: RuleExpr
    let source: RuleSource?
    let parameters: [Int]
    /// When this top-level condition is not true, the others are not looked at (consent first).
    let gate: Bool

    init(text: RuleText, expr: RuleExpr, source: RuleSource?, parameters: [Int], gate: Bool) {
        self.text = text
        self.expr = expr
        self.source = source
        self.parameters = parameters
        self.gate = gate
    }
}

indirect enum ConditionNode: Sendable {
    case leaf(ConditionLeaf)
    case all([ConditionNode], RuleText?)
    case any([ConditionNode], RuleText?)
    case not(ConditionNode, RuleText?)
}

struct AmountSpec: Sendable {
    var expr: RuleExpr
    var per: AmountPeriod
    var text: RuleText
    var parameters: [Int]
    var source: RuleSource?
}

struct OutputSpec: Sendable {
    /// A number 0…n−1 that names a level (`none`, `low`, …).
    var level: (expr: RuleExpr, names: [String])?
    var indicators: [(name: String, expr: RuleExpr)] = []
    var priority: RuleExpr?
    var actions: [(when: RuleExpr, text: RuleText)] = []
}
