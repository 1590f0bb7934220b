/// Why a rule could not be evaluated for a dossier: a fact whose value is out of the engine's range, a result
/// of a calculation out of range, or a division by zero. Such a result is `possible` with this cause, never
/// `not_eligible` (cli.md). It names a column or the module's own expression, never a fact's value, so it holds
/// no personal data and may go to a log.
public struct RuleFault: Error, Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// A recorded fact (a column) holds a number beyond ±10^12.
        case valueOutOfRange
        /// A calculation of the module gives a number beyond ±10^12.
        case resultOutOfRange
        /// A calculation of the module divides by zero.
        case divisionByZero
        /// The store's local module for this rule was refused when it loaded (`subject`: file, line, reason).
        case moduleRefused
    }

    public var kind: Kind
    /// The column, or the expression as written in the module (`inkomen_jaar * 12`).
    public var subject: String

    public init(_ kind: Kind, _ subject: String) {
        self.kind = kind
        self.subject = subject
    }

    /// `waarde buiten bereik: inkomen_jaar`
    public func message(_ language: RuleLanguage = .nl) -> String {
        switch (kind, language) {
        case (.valueOutOfRange, .nl): return "waarde buiten bereik: \(subject)"
        case (.resultOutOfRange, .nl): return "uitkomst buiten bereik: \(subject)"
        case (.divisionByZero, .nl): return "deling door nul: \(subject)"
        case (.valueOutOfRange, .en): return "value out of range: \(subject)"
        case (.resultOutOfRange, .en): return "result out of range: \(subject)"
        case (.divisionByZero, .en): return "division by zero: \(subject)"
        case (.moduleRefused, .nl): return "lokale module geweigerd: \(subject)"
        case (.moduleRefused, .en): return "local module refused: \(subject)"
        }
    }
}
