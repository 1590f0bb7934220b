import Foundation

extension RuleResult {
    /// The outcome in words for a table or a screen: a right's outcome (`rechthebbend`); for a signal its level
    /// or `gesignaleerd` / `niet gesignaleerd`; for a programme `komt in aanmerking` / `komt niet in aanmerking`.
    public func outcomeLabel(_ language: RuleLanguage) -> String {
        Self.outcomeLabel(outcome, kind: kind, level: level, language)
    }

    /// The same wording for an outcome known without its result (binnenkort's before and after); a signal without
    /// its level reads `gesignaleerd`.
    public static func outcomeLabel(_ outcome: RuleOutcome, kind: RuleKind, level: String? = nil, _ language: RuleLanguage) -> String {
        let nl = language == .nl
        switch (kind, outcome) {
        case (.right, _), (_, .receives), (_, .possible): return outcome.label(language)
        case (.signal, .eligible): return level.map { RuleResult.levelLabel($0, language) } ?? (nl ? "gesignaleerd" : "signalled")
        case (.signal, .notEligible): return nl ? "niet gesignaleerd" : "not signalled"
        case (.programme, .eligible): return nl ? "komt in aanmerking" : "qualifies"
        case (.programme, .notEligible): return nl ? "komt niet in aanmerking" : "does not qualify"
        }
    }
}

public enum RuleOutcome: String, Sendable, Hashable, CaseIterable {
    case receives, eligible, possible
    case notEligible = "not_eligible"

    public func label(_ language: RuleLanguage) -> String {
        switch (self, language) {
        case (.receives, .nl): return "ontvangt al"
        case (.eligible, .nl): return "rechthebbend"
        case (.possible, .nl): return "mogelijk"
        case (.notEligible, .nl): return "niet rechthebbend"
        case (.receives, .en): return "receives"
        case (.eligible, .en): return "eligible"
        case (.possible, .en): return "possibly eligible"
        case (.notEligible, .en): return "not eligible"
        }
    }
}

public struct RuleAmount: Sendable, Hashable {
    public var value: Money
    public var per: AmountPeriod
}

/// One line of a result's explanation: a condition, whether it held, the value used, the threshold, the source.
public struct RuleReason: Sendable, Hashable {
    public var condition: RuleText
    /// nil: unknown (a fact it needs is not recorded).
    public var holds: Bool?
    public var value: String?
    public var threshold: String?
    /// The value as a person reads it on a screen or in a table: a date `dd-mm-jjjj` (JSON keeps `jjjj-mm-dd`).
    public var shownValue: String? { value.map(RuleReason.shown) }
    /// The threshold as a person reads it (a date `dd-mm-jjjj`).
    public var shownThreshold: String? { threshold.map(RuleReason.shown) }
    /// A date written `jjjj-mm-dd` (alone, or in a list) as `dd-mm-jjjj`; anything else as it is.
    static func shown(_ text: String) -> String {
        guard text.count >= 10, text.contains("-") else { return text }
        return text.split(separator: ",", omittingEmptySubsequences: false).map { part -> String in
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard trimmed.count == 10, trimmed.dropFirst(4).first == "-", let day = Day(parsing: trimmed) else { return String(part) }
            return part.replacingOccurrences(of: trimmed, with: day.belgian)
        }.joined(separator: ",")
    }
    public var sourceTitle: String
    public var sourceURL: String
    public var unconfirmed: Bool
    public var verified: Day
    /// Not verified against its source for over a year before the as-of date.
    public var stale: Bool
    /// Shown for information; does not decide the outcome.
    public var informative: Bool
}

/// The answer of one rule module for one dossier (or one member of it), as `zorg check` reports it.
public struct RuleResult: Sendable, Hashable {
    public var dossier: DossierID
    /// The member's national number (`85.07.30-033.61`), or `@` and the 1-based position when there is none;
    /// nil for a household rule.
    public var person: String?
    /// 0-based index of the member in the dossier, for person rules.
    public var personIndex: Int?
    public var rule: String
    public var title: RuleText
    public var outcome: RuleOutcome
    public var amount: RuleAmount?
    public var automatic: Bool
    public var applyAt: RuleText?
    public var documents: [String]
    /// Import column names (person facts with `@` suffix), sorted, unique; empty unless `possible`.
    public var missing: [String]
    public var reasons: [RuleReason]
    /// Energy poverty: `none|low|medium|high|urgent` and the indicators that hold (`MEP`, `HEP`, `PEP`).
    public var level: String?
    public var indicators: [String]?
    /// Housing First: advisory priority (higher first) when eligible.
    public var priority: Int?
    /// Actions that follow (energy poverty).
    public var actions: [RuleText]
    public var asOf: Day
    /// Why the rule could not be evaluated for this dossier (a value or result out of range): the outcome is
    /// then `possible` (or `receives` when the status is recorded), never `not_eligible`.
    public var error: RuleFault? = nil
    /// A right, a signal (energy poverty, a multi-problem family) or a programme (Housing First): a signal's
    /// outcome is worded as its level or "gesignaleerd", never "rechthebbend" (`outcomeLabel`). The JSON
    /// contract keeps the outcome codes.
    public var kind: RuleKind = .right

    /// Some value used is unconfirmed in the domain notes.
    public var unconfirmed: Bool { reasons.contains { $0.unconfirmed } }
    /// Some value used was not verified for over a year before the as-of date.
    public var stale: Bool { reasons.contains { $0.stale } }
}
