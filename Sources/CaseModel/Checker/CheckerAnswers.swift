/// An age or a birth year, as a volunteer gives it.
public enum AgeOrYear: Sendable, Hashable {
    case age(Int)
    case birthYear(Int)

    /// A birth date that gives this age on `today`: for an age, the day half a year after the last birthday
    /// it implies; for a birth year, 1 July of that year (the middle, since the day is not asked).
    public func birthDate(today: Day) -> Day {
        switch self {
        case .age(let years): return today.adding(months: -(years * 12 + 6))
        case .birthYear(let year): return Day(year: year, month: 7, day: 1) ?? today
        }
    }
}

/// The answers given so far, by field id. A field without an answer is unknown.
public struct CheckerAnswers: Sendable, Hashable {
    public enum Answer: Sendable, Hashable {
        case text(String)
        case choice(String)
        case selection(Set<String>)
    }

    public private(set) var values: [String: Answer] = [:]

    public init() {}

    public subscript(field: String) -> Answer? {
        get { values[field] }
        set {
            switch newValue {
            case .text(let t) where t.trimmingCharacters(in: .whitespaces).isEmpty: values[field] = nil
            case .selection(let s) where s.isEmpty: values[field] = nil
            default: values[field] = newValue
            }
        }
    }

    public mutating func clear(_ question: CheckerQuestion) {
        for f in question.fields { values[f.id] = nil }
    }

    public func text(_ field: String) -> String? {
        if case .text(let t) = values[field] { return t }
        return nil
    }

    public func choice(_ field: String) -> String? {
        if case .choice(let c) = values[field] { return c }
        return nil
    }

    public func selection(_ field: String) -> Set<String>? {
        if case .selection(let s) = values[field] { return s }
        return nil
    }
}

/// Reading a typed answer; a wrong one gives the reason in the volunteer's words.
public enum CheckerParse {
    public static func problem(_ field: CheckerField, _ answers: CheckerAnswers, today: Day) -> RuleText? {
        guard let text = answers.text(field.id) else { return nil }
        switch field.kind {
        case .ageOrYear:
            if case .failure(let p) = ageOrYear(text, today: today) { return p.text }
        case .ages:
            if case .failure(let p) = ages(text, today: today) { return p.text }
        case .amount:
            if case .failure(let p) = amount(text) { return p.text }
        case .number(let range):
            if case .failure(let p) = number(text, range) { return p.text }
        case .postcode:
            if case .failure(let p) = postcode(text) { return p.text }
        case .choice, .multi:
            return nil
        }
        return nil
    }

    public struct Problem: Error, Sendable {
        public var text: RuleText
    }

    public static func ageOrYear(_ text: String, today: Day) -> Result<AgeOrYear, Problem> {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard let n = Int(t) else {
            return .failure(Problem(text: RuleText(nl: "„\(t)” is geen leeftijd of geboortejaar (bv. 45 of 1979)",
                                                   en: "“\(t)” is not an age or a birth year (e.g. 45 or 1979)")))
        }
        if (0...120).contains(n) { return .success(.age(n)) }
        if (1900...today.year).contains(n) { return .success(.birthYear(n)) }
        return .failure(Problem(text: RuleText(nl: "\(n) is geen leeftijd (0–120) of geboortejaar (1900–\(today.year))",
                                               en: "\(n) is not an age (0–120) or a birth year (1900–\(today.year))")))
    }

    public static func ages(_ text: String, today: Day) -> Result<[AgeOrYear], Problem> {
        let parts = text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }).map(String.init)
        var out: [AgeOrYear] = []
        for p in parts {
            switch ageOrYear(p, today: today) {
            case .success(let a): out.append(a)
            case .failure(let e): return .failure(e)
            }
        }
        return .success(out)
    }

    public static func amount(_ text: String) -> Result<Money, Problem> {
        let t = text.trimmingCharacters(in: .whitespaces)
        if case .success(let m) = Money.parse(t), m.cents >= 0 { return .success(m) }
        return .failure(Problem(text: RuleText(nl: "„\(t)” is geen bedrag (bv. 1.234,56)", en: "“\(t)” is not an amount (e.g. 1,234.56)")))
    }

    public static func number(_ text: String, _ range: ClosedRange<Int>) -> Result<Int, Problem> {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let n = Int(t), range.contains(n) { return .success(n) }
        return .failure(Problem(text: RuleText(nl: "„\(t)” is geen getal van \(range.lowerBound) tot \(range.upperBound)",
                                               en: "“\(t)” is not a number from \(range.lowerBound) to \(range.upperBound)")))
    }

    public static func postcode(_ text: String) -> Result<String, Problem> {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.count == 4, t.allSatisfy({ $0.isASCII && $0.isNumber }), t.first != "0" { return .success(t) }
        return .failure(Problem(text: RuleText(nl: "„\(t)” is geen Belgische postcode (4 cijfers)",
                                               en: "“\(t)” is not a Belgian postcode (4 digits)")))
    }
}

extension CheckerAnswers {
    /// The typed value when it reads well; nil when unknown or wrongly typed (a wrong answer counts as unknown).
    func ageOrYear(_ field: String, today: Day) -> AgeOrYear? {
        text(field).flatMap { try? CheckerParse.ageOrYear($0, today: today).get() }
    }

    func ages(_ field: String, today: Day) -> [AgeOrYear]? {
        text(field).flatMap { try? CheckerParse.ages($0, today: today).get() }
    }

    func amount(_ field: String) -> Money? {
        text(field).flatMap { try? CheckerParse.amount($0).get() }
    }

    func number(_ field: String, _ range: ClosedRange<Int>) -> Int? {
        text(field).flatMap { try? CheckerParse.number($0, range).get() }
    }

    func postcode(_ field: String) -> String? {
        text(field).flatMap { try? CheckerParse.postcode($0).get() }
    }

    /// ja → true, nee → false, nothing → nil.
    func yesNo(_ field: String) -> Bool? {
        switch choice(field) {
        case "ja": return true
        case "nee": return false
        default: return nil
        }
    }
}
