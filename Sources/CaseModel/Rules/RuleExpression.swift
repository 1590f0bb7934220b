/// A compiled rule expression: names are resolved when the module is loaded, so evaluation does no lookups
/// by string beyond reading the fact itself.
indirect enum RuleExpr: Sendable {
    case literal(RuleValue)
    case householdFact(RuleFact)
    case personFact(RuleFact)
    /// A column `RuleFact` does not know, read by name (`value(of:)`); kept so a new column works at once.
    case householdColumn(String)
    case personColumn(String)
    case parameter(Int)
    case derived(Int)
    case builtin(RuleBuiltin)
    case negate(RuleExpr)
    /// The span is the operation as written, for the message when its result is out of range.
    case arith(ArithOp, RuleExpr, RuleExpr, RuleSpan)
    case compare(CompareOp, RuleExpr, RuleExpr)
    case and([RuleExpr])
    case or([RuleExpr])
    case not(RuleExpr)
    case list([RuleExpr])
    case call(RuleFunction, [RuleExpr], CallSite)

    /// The parameters this expression reads, directly or through derived values.
    func parameters(derived: [RuleExpr]) -> [Int] {
        var out: [Int] = []
        collectParameters(into: &out, derived: derived)
        var seen = Set<Int>()
        return out.filter { seen.insert($0).inserted }
    }

    private func collectParameters(into out: inout [Int], derived: [RuleExpr]) {
        switch self {
        case .parameter(let i): out.append(i)
        case .derived(let i): if i < derived.count { derived[i].collectParameters(into: &out, derived: derived) }
        case .negate(let e), .not(let e): e.collectParameters(into: &out, derived: derived)
        case .arith(_, let a, let b, _), .compare(_, let a, let b):
            a.collectParameters(into: &out, derived: derived)
            b.collectParameters(into: &out, derived: derived)
        case .and(let es), .or(let es), .list(let es), .call(_, let es, _):
            for e in es { e.collectParameters(into: &out, derived: derived) }
        case .literal, .householdFact, .personFact, .householdColumn, .personColumn, .builtin: break
        }
    }
}

enum ArithOp: Sendable { case add, sub, mul, div }

/// Where a part of an expression stands in the module's text: the whole expression is shared, not copied, and
/// the part is cut out only for the message of an error (`inkomen_jaar * 12`).
struct RuleSpan: Sendable, Hashable {
    let text: String
    /// Character offsets in `text`.
    let start: Int
    let end: Int

    var source: String {
        let chars = Array(text)
        guard start >= 0, start <= end, end <= chars.count else { return text }
        return String(chars[start..<end])
    }
}

/// A function call's place in the module: its text, for the message of an error (`som(inkomen_jaar)`).
struct CallSite: Sendable, Hashable {
    let span: RuleSpan
}

/// Values the engine computes itself because the import columns do not hold them directly.
enum RuleBuiltin: String, Sendable, CaseIterable {
    /// Age in whole years on the as-of date (person).
    case age
    /// Number of members of the dossier.
    case members
    /// The as-of date and its month (1–12).
    case asOf, asOfMonth
    /// Whether a caregiver is recorded for the person: a member with `zorgt_voor` pointing at them, a person in
    /// another dossier found through the lookup, or `woonplaats_mantelzorger`.
    case isCaredFor
    /// The caregiver's postcode (a number), from `woonplaats_mantelzorger` or the caregiver's dossier.
    case caregiverPostcode

    var needsPerson: Bool {
        switch self {
        case .age, .isCaredFor, .caregiverPostcode: return true
        case .members, .asOf, .asOfMonth: return false
        }
    }
}

enum RuleFunction: String, Sendable {
    case count, sum, anyMember, allMembers, ifThen, min, max, known, surely, monthsSince, daysSince, yearsSince, step
    case problemDomains

    /// Functions whose argument is evaluated once per member.
    var isAggregate: Bool { [.count, .sum, .anyMember, .allMembers].contains(self) }
}

/// A fact that would decide an undecided result; turned into its `missing` name only when the result needs it,
/// so evaluation builds no strings for facts that end up not mattering.
struct MissingFact: Hashable, Sendable {
    var column: String
    /// Index of the member for a person fact.
    var person: Int?

    /// The name in a result's `missing` list: the column, and for a member `@` and their national number (or
    /// their position when it is unknown), formatted once per household by the frame.
    func name(_ frame: RuleFrame) -> String {
        guard let i = person else { return column }
        return "\(column)@\(frame.formattedNumber(of: i) ?? String(frame.position(of: i) + 1))"
    }
}

/// Who else cares for a person, across the store: the caregiver's dossier postcode.
public struct CaregiverRecord: Sendable, Hashable {
    public var dossier: DossierID
    public var postcode: String?
    public init(dossier: DossierID, postcode: String?) {
        self.dossier = dossier
        self.postcode = postcode
    }
}

/// Looks up, across the whole store, the people whose `zorgt_voor` names a given national number.
/// The engine works without it (caregivers in the same dossier and `woonplaats_mantelzorger` still count).
public protocol RuleLookup: Sendable {
    func caregivers(of person: NationalNumber) -> [CaregiverRecord]
}

/// A lookup built from a closure (a store index, or a dictionary in tests).
public struct ClosureLookup: RuleLookup {
    let find: @Sendable (NationalNumber) -> [CaregiverRecord]
    public init(_ find: @escaping @Sendable (NationalNumber) -> [CaregiverRecord]) { self.find = find }
    public func caregivers(of person: NationalNumber) -> [CaregiverRecord] { find(person) }
}
