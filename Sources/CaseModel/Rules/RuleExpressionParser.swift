/// Reads the small expression language of rule modules, e.g.
/// `som(inkomen_jaar) <= grens_basis + grens_per_lid * (leden - 1)` or `statuten heeft ['leefloon', 'igo']`.
/// Dutch and English keywords are both accepted (`en`/`and`, `of`/`or`, `niet`/`not`, `heeft`/`has`, `ja`/`nee`).
struct RuleExpressionParser {
    /// What names mean in the module being compiled.
    struct Names {
        var parameters: [String: Int] = [:]
        var derived: [String: (index: Int, needsPerson: Bool)] = [:]
    }

    struct Failure: Error, Equatable {
        var message: String
    }

    /// The compiled expression and whether it reads a person outside `aantal/som/enig/alle`.
    struct Compiled {
        var expr: RuleExpr
        var needsPerson: Bool
        var personReason: String?
    }

    static let builtins: [String: RuleBuiltin] = [
        "leeftijd": .age, "age": .age, "leden": .members, "members": .members,
        "peildatum": .asOf, "as_of": .asOf, "peildatum_maand": .asOfMonth, "as_of_month": .asOfMonth,
        "wordt_verzorgd": .isCaredFor, "is_cared_for": .isCaredFor,
        "mantelzorger_postcode": .caregiverPostcode, "caregiver_postcode": .caregiverPostcode,
    ]

    static let functions: [String: (RuleFunction, ClosedRange<Int>)] = [
        "aantal": (.count, 1...1), "count": (.count, 1...1), "som": (.sum, 1...1), "sum": (.sum, 1...1),
        "enig": (.anyMember, 1...1), "any": (.anyMember, 1...1), "alle": (.allMembers, 1...1), "all": (.allMembers, 1...1),
        "als": (.ifThen, 3...3), "if": (.ifThen, 3...3), "min": (.min, 2...9), "max": (.max, 2...9),
        "bekend": (.known, 1...1), "known": (.known, 1...1), "zeker": (.surely, 1...1), "surely": (.surely, 1...1),
        "maanden_sinds": (.monthsSince, 1...1), "months_since": (.monthsSince, 1...1),
        "dagen_sinds": (.daysSince, 1...1), "days_since": (.daysSince, 1...1),
        "jaren_sinds": (.yearsSince, 1...1), "years_since": (.yearsSince, 1...1),
        "trap": (.step, 2...2), "step": (.step, 2...2),
        "probleemdomeinen": (.problemDomains, 2...2), "problem_domains": (.problemDomains, 2...2),
    ]

    static let columnsByName: [String: Column] = {
        var d: [String: Column] = [:]
        for c in Columns.clientList where c.name != "dossier" {
            d[c.name] = c
            d[c.alias] = c
        }
        return d
    }()

    static let keywords: Set<String> = ["en", "and", "of", "or", "niet", "not", "in", "heeft", "has",
                                        "ja", "nee", "true", "false", "waar", "onwaar"]

    let names: Names
    private var tokens: [Token] = []
    private var pos = 0
    private var aggregateDepth = 0
    private var needsPerson = false
    private var personReason: String?
    /// Column names the expression reads (canonical), for the `facts:` check.
    private(set) var factsRead: [String] = []

    init(names: Names) { self.names = names }

    static func compile(_ text: String, names: Names) throws -> (Compiled, [String]) {
        var p = RuleExpressionParser(names: names)
        p.tokens = try tokenize(text)
        guard !p.tokens.isEmpty else { throw Failure(message: "empty expression") }
        let e = try p.parseOr()
        if p.pos < p.tokens.count { throw Failure(message: "unexpected '\(p.tokens[p.pos].text)'") }
        return (Compiled(expr: e, needsPerson: p.needsPerson, personReason: p.personReason), p.factsRead)
    }

    // MARK: tokens

    enum Kind { case number, date, string, name, symbol }
    struct Token { var kind: Kind; var text: String }

    static func tokenize(_ s: String) throws -> [Token] {
        var out: [Token] = []
        let chars = Array(s)
        var i = 0
        func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace { i += 1; continue }
            if isDigit(c) {
                var j = i
                while j < chars.count, isDigit(chars[j]) || chars[j] == "." || chars[j] == "-" {
                    // A '-' belongs to the token only inside a date (jjjj-mm-dd).
                    if chars[j] == "-", !(j - i == 4 || j - i == 7) { break }
                    j += 1
                }
                let text = String(chars[i..<j])
                if text.contains("-") {
                    guard let d = Day(parsing: text), text.count == 10 else { throw Failure(message: "not a date: \(text) (write jjjj-mm-dd)") }
                    out.append(Token(kind: .date, text: d.iso))
                } else {
                    guard RuleNumber(text: text) != nil else { throw Failure(message: "not a number: \(text)") }
                    out.append(Token(kind: .number, text: text))
                }
                i = j
                continue
            }
            if c == "'" || c == "\"" {
                var j = i + 1
                while j < chars.count, chars[j] != c { j += 1 }
                guard j < chars.count else { throw Failure(message: "text without closing \(c)") }
                out.append(Token(kind: .string, text: String(chars[(i + 1)..<j])))
                i = j + 1
                continue
            }
            if c.isLetter || c == "_" {
                var j = i
                while j < chars.count, chars[j].isLetter || isDigit(chars[j]) || chars[j] == "_" { j += 1 }
                out.append(Token(kind: .name, text: String(chars[i..<j]).lowercased()))
                i = j
                continue
            }
            let two = i + 1 < chars.count ? String(chars[i...(i + 1)]) : ""
            if [">=", "<=", "!=", "<>", "=="].contains(two) {
                out.append(Token(kind: .symbol, text: two == "<>" ? "!=" : (two == "==" ? "=" : two)))
                i += 2
                continue
            }
            let map: [Character: String] = ["≥": ">=", "≤": "<=", "≠": "!="]
            if let m = map[c] { out.append(Token(kind: .symbol, text: m)); i += 1; continue }
            if "=<>+-*/()[],".contains(c) { out.append(Token(kind: .symbol, text: String(c))); i += 1; continue }
            throw Failure(message: "unexpected character '\(c)'")
        }
        return out
    }

    // MARK: grammar

    private func peek(_ texts: String...) -> Bool {
        guard pos < tokens.count else { return false }
        let t = tokens[pos]
        return (t.kind == .symbol || t.kind == .name) && texts.contains(t.text)
    }

    private mutating func expect(_ text: String) throws {
        guard peek(text) else {
            throw Failure(message: pos < tokens.count ? "expected '\(text)' before '\(tokens[pos].text)'" : "expected '\(text)' at the end")
        }
        pos += 1
    }

    private mutating func parseOr() throws -> RuleExpr {
        var items = [try parseAnd()]
        while peek("of", "or") { pos += 1; items.append(try parseAnd()) }
        return items.count == 1 ? items[0] : .or(items)
    }

    private mutating func parseAnd() throws -> RuleExpr {
        var items = [try parseNot()]
        while peek("en", "and") { pos += 1; items.append(try parseNot()) }
        return items.count == 1 ? items[0] : .and(items)
    }

    private mutating func parseNot() throws -> RuleExpr {
        if peek("niet", "not") { pos += 1; return .not(try parseNot()) }
        return try parseComparison()
    }

    private mutating func parseComparison() throws -> RuleExpr {
        let left = try parseSum()
        let ops: [String: CompareOp] = ["=": .eq, "!=": .ne, "<": .lt, "<=": .le, ">": .gt, ">=": .ge,
                                        "in": .in, "heeft": .has, "has": .has]
        guard pos < tokens.count, let op = ops[tokens[pos].text], tokens[pos].kind != .string else { return left }
        pos += 1
        return .compare(op, left, try parseSum())
    }

    private mutating func parseSum() throws -> RuleExpr {
        var e = try parseProduct()
        while peek("+", "-") {
            let op: ArithOp = tokens[pos].text == "+" ? .add : .sub
            pos += 1
            e = .arith(op, e, try parseProduct())
        }
        return e
    }

    private mutating func parseProduct() throws -> RuleExpr {
        var e = try parseUnary()
        while peek("*", "/") {
            let op: ArithOp = tokens[pos].text == "*" ? .mul : .div
            pos += 1
            e = .arith(op, e, try parseUnary())
        }
        return e
    }

    private mutating func parseUnary() throws -> RuleExpr {
        if peek("-") { pos += 1; return .negate(try parseUnary()) }
        return try parsePrimary()
    }

    private mutating func parsePrimary() throws -> RuleExpr {
        guard pos < tokens.count else { throw Failure(message: "expression ends too early") }
        let t = tokens[pos]
        pos += 1
        switch t.kind {
        case .number:
            let n = RuleNumber(text: t.text)!
            return .literal(.exact(n, t.text.contains(".") ? .plain : .count))
        case .date: return .literal(.date(Day(parsing: t.text)!))
        case .string: return .literal(.text(t.text))
        case .symbol:
            if t.text == "(" {
                let e = try parseOr()
                try expect(")")
                return e
            }
            if t.text == "[" {
                var items: [RuleExpr] = []
                if !peek("]") {
                    repeat {
                        if peek(",") { pos += 1 }
                        items.append(try parseSum())
                    } while peek(",")
                }
                try expect("]")
                // A list of literals is a literal: built once here instead of on every evaluation.
                let plains = items.compactMap { item -> String? in
                    if case .literal(let v) = item { return v.plain }
                    return nil
                }
                return plains.count == items.count ? .literal(.list(plains)) : .list(items)
            }
            throw Failure(message: "unexpected '\(t.text)'")
        case .name:
            return try resolve(t.text)
        }
    }

    private mutating func resolve(_ name: String) throws -> RuleExpr {
        switch name {
        case "ja", "true", "waar": return .literal(.bool(true))
        case "nee", "false", "onwaar": return .literal(.bool(false))
        default: break
        }
        if peek("("), let (f, arity) = RuleExpressionParser.functions[name] {
            pos += 1
            if f.isAggregate { aggregateDepth += 1 }
            var args: [RuleExpr] = []
            if !peek(")") {
                args.append(try parseOr())
                while peek(",") { pos += 1; args.append(try parseOr()) }
            }
            if f.isAggregate { aggregateDepth -= 1 }
            try expect(")")
            guard arity.contains(args.count) else {
                throw Failure(message: "\(name)(…) takes \(arity.lowerBound == arity.upperBound ? "\(arity.lowerBound)" : "\(arity.lowerBound) or more") argument(s), got \(args.count)")
            }
            return .call(f, args)
        }
        if let b = RuleExpressionParser.builtins[name] {
            if b.needsPerson { notePerson(name) }
            return .builtin(b)
        }
        if let i = names.parameters[name] { return .parameter(i) }
        if let d = names.derived[name] {
            if d.needsPerson { notePerson(name) }
            return .derived(d.index)
        }
        if let c = RuleExpressionParser.columnsByName[name] {
            factsRead.append(c.name)
            let fact = RuleFact(column: c.name)
            if c.level == .person {
                notePerson(c.name)
                return fact.map { .personFact($0) } ?? .personColumn(c.name)
            }
            return fact.map { .householdFact($0) } ?? .householdColumn(c.name)
        }
        if RuleExpressionParser.functions[name] != nil { throw Failure(message: "\(name) needs arguments: \(name)(…)") }
        throw Failure(message: "unknown name '\(name)': not a column, parameter, derived value or built-in")
    }

    private mutating func notePerson(_ name: String) {
        guard aggregateDepth == 0 else { return }
        needsPerson = true
        if personReason == nil { personReason = name }
    }
}
