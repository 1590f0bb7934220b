/// Reads the small expression language of rule modules, e.g.
/// `som(inkomen_jaar) <= grens_basis + grens_per_lid * (leden - 1)` or `statuten heeft ['leefloon', 'igo']`.
/// Dutch and English keywords are both accepted (`en`/`and`, `of`/`or`, `niet`/`not`, `heeft`/`has`, `ja`/`nee`).
struct RuleExpressionParser {
    /// What names mean in the module being compiled.
    struct Names {
        var parameters: [String: Int] = [:]
        /// A derived value's `depth` is the nesting of its expression with the derived values it reads, which
        /// evaluation walks as if written out in place.
        var derived: [String: (index: Int, needsPerson: Bool, depth: Int)] = [:]
    }

    /// The deepest nesting of an expression, counting the derived values it reads as written out in place
    /// (`a + b + c` is two levels, `niet (x)` two, `som(als(…))` three): evaluating walks it recursively. The
    /// built-in modules reach 23 (energiearmoede); a caseload worker thread of a debug build runs out of stack
    /// past about 250 (docs/rules.md).
    static let maximumDepth = 64
    /// The most tokens (names, numbers, symbols) in one expression; the longest built-in one has 132.
    static let maximumTokens = 1_000

    struct Failure: Error, Equatable {
        var message: String
    }

    /// The compiled expression and whether it reads a person outside `aantal/som/enig/alle`.
    struct Compiled {
        var expr: RuleExpr
        var needsPerson: Bool
        var personReason: String?
        /// Its nesting, with the derived values it reads (at most `maximumDepth`).
        var depth: Int
    }

    /// A compiled part of an expression and its nesting.
    private typealias Parsed = (expr: RuleExpr, depth: Int)

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
                                        "ja", "nee", "true", "false", "waar", "onwaar", "onbekend", "unknown"]

    let names: Names
    private var text = ""
    private var tokens: [Token] = []
    private var pos = 0
    /// How deep the parser itself is in brackets, `niet` and signs (a bracket adds no level to the tree).
    private var nesting = 0
    private var aggregateDepth = 0
    private var needsPerson = false
    private var personReason: String?
    /// Column names the expression reads (canonical), for the `facts:` check.
    private(set) var factsRead: [String] = []

    init(names: Names) { self.names = names }

    /// Compiles one expression.
    /// Refuses an expression longer than `maximumTokens` before parsing it, and one nested deeper than
    /// `maximumDepth` as soon as the parser gets there, so no text can exhaust the stack.
    static func compile(_ text: String, names: Names) throws -> (Compiled, [String]) {
        var p = RuleExpressionParser(names: names)
        p.text = text
        p.tokens = try tokenize(text)
        guard !p.tokens.isEmpty else { throw Failure(message: "empty expression") }
        guard p.tokens.count <= maximumTokens else {
            throw Failure(message: "too long: \(p.tokens.count) tokens (at most \(maximumTokens))")
        }
        let e = try p.parseOr()
        if p.pos < p.tokens.count { throw Failure(message: "unexpected '\(p.tokens[p.pos].text)'") }
        return (Compiled(expr: e.expr, needsPerson: p.needsPerson, personReason: p.personReason, depth: e.depth),
                p.factsRead)
    }

    private static var tooDeep: Failure { Failure(message: "nested too deeply (more than \(maximumDepth) levels)") }

    /// A node one level above its deepest part.
    private func node(_ e: RuleExpr, over depths: Int...) throws -> Parsed {
        let d = (depths.max() ?? 0) + 1
        guard d <= Self.maximumDepth else { throw Self.tooDeep }
        return (e, d)
    }

    /// Runs `body` one level deeper in the parser's own recursion.
    private mutating func deeper<T>(_ body: (inout RuleExpressionParser) throws -> T) throws -> T {
        nesting += 1
        defer { nesting -= 1 }
        guard nesting <= Self.maximumDepth else { throw Self.tooDeep }
        return try body(&self)
    }

    /// The text of tokens `first ... last`, for the message of an error.
    private func span(from first: Int) -> RuleSpan {
        RuleSpan(text: text, start: tokens[first].start, end: tokens[max(first, pos - 1)].end)
    }

    // MARK: tokens

    enum Kind { case number, date, string, name, symbol }
    struct Token {
        var kind: Kind
        var text: String
        /// Character offsets in the expression.
        var start = 0
        var end = 0
    }

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
                    out.append(Token(kind: .date, text: d.iso, start: i, end: j))
                } else {
                    guard RuleNumber(text: text) != nil else {
                        if text.split(separator: ".", omittingEmptySubsequences: false).first.map({ $0.count > RuleNumber.wholeDigits || (Int64($0) ?? 0) >= RuleNumber.maximum }) == true {
                            throw Failure(message: "number too large: \(text.count > 30 ? String(text.prefix(30)) + "…" : text) (at most \(RuleNumber.maximum))")
                        }
                        throw Failure(message: "not a number: \(text.count > 30 ? String(text.prefix(30)) + "…" : text)")
                    }
                    out.append(Token(kind: .number, text: text, start: i, end: j))
                }
                i = j
                continue
            }
            if c == "'" || c == "\"" {
                var j = i + 1
                while j < chars.count, chars[j] != c { j += 1 }
                guard j < chars.count else { throw Failure(message: "text without closing \(c)") }
                out.append(Token(kind: .string, text: String(chars[(i + 1)..<j]), start: i, end: j + 1))
                i = j + 1
                continue
            }
            if c.isLetter || c == "_" {
                var j = i
                while j < chars.count, chars[j].isLetter || isDigit(chars[j]) || chars[j] == "_" { j += 1 }
                out.append(Token(kind: .name, text: String(chars[i..<j]).lowercased(), start: i, end: j))
                i = j
                continue
            }
            let two = i + 1 < chars.count ? String(chars[i...(i + 1)]) : ""
            if [">=", "<=", "!=", "<>", "=="].contains(two) {
                out.append(Token(kind: .symbol, text: two == "<>" ? "!=" : (two == "==" ? "=" : two), start: i, end: i + 2))
                i += 2
                continue
            }
            let map: [Character: String] = ["≥": ">=", "≤": "<=", "≠": "!="]
            if let m = map[c] { out.append(Token(kind: .symbol, text: m, start: i, end: i + 1)); i += 1; continue }
            if "=<>+-*/()[],".contains(c) { out.append(Token(kind: .symbol, text: String(c), start: i, end: i + 1)); i += 1; continue }
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

    private mutating func parseOr() throws -> Parsed {
        var items = [try parseAnd()]
        while peek("of", "or") { pos += 1; items.append(try parseAnd()) }
        return items.count == 1 ? items[0] : try node(.or(items.map(\.expr)), over: items.map(\.depth).max()!)
    }

    private mutating func parseAnd() throws -> Parsed {
        var items = [try parseNot()]
        while peek("en", "and") { pos += 1; items.append(try parseNot()) }
        return items.count == 1 ? items[0] : try node(.and(items.map(\.expr)), over: items.map(\.depth).max()!)
    }

    private mutating func parseNot() throws -> Parsed {
        if peek("niet", "not") {
            pos += 1
            let a = try deeper { try $0.parseNot() }
            return try node(.not(a.expr), over: a.depth)
        }
        return try parseComparison()
    }

    private mutating func parseComparison() throws -> Parsed {
        let left = try parseSum()
        let ops: [String: CompareOp] = ["=": .eq, "!=": .ne, "<": .lt, "<=": .le, ">": .gt, ">=": .ge,
                                        "in": .in, "heeft": .has, "has": .has]
        guard pos < tokens.count, let op = ops[tokens[pos].text], tokens[pos].kind != .string else { return left }
        pos += 1
        let right = try parseSum()
        return try node(.compare(op, left.expr, right.expr), over: left.depth, right.depth)
    }

    private mutating func parseSum() throws -> Parsed {
        try parseArithmetic(["+": .add, "-": .sub]) { try $0.parseProduct() }
    }

    private mutating func parseProduct() throws -> Parsed {
        try parseArithmetic(["*": .mul, "/": .div]) { try $0.parseUnary() }
    }

    /// Operands joined by the operators of one level, from left to right.
    private mutating func parseArithmetic(_ ops: [String: ArithOp], operand: (inout Self) throws -> Parsed) throws -> Parsed {
        let first = pos
        var e = try operand(&self)
        while let op = ops.first(where: { peek($0.key) })?.value {
            pos += 1
            let b = try operand(&self)
            e = try node(.arith(op, e.expr, b.expr, span(from: first)), over: e.depth, b.depth)
        }
        return e
    }

    private mutating func parseUnary() throws -> Parsed {
        if peek("-") {
            pos += 1
            let a = try deeper { try $0.parseUnary() }
            return try node(.negate(a.expr), over: a.depth)
        }
        return try parsePrimary()
    }

    private mutating func parsePrimary() throws -> Parsed {
        guard pos < tokens.count else { throw Failure(message: "expression ends too early") }
        let t = tokens[pos]
        pos += 1
        switch t.kind {
        case .number:
            guard let n = RuleNumber(text: t.text) else { throw Failure(message: "not a number: \(t.text)") }
            return (.literal(.exact(n, t.text.contains(".") ? .plain : .count)), 1)
        case .date:
            guard let d = Day(parsing: t.text) else { throw Failure(message: "not a date: \(t.text)") }
            return (.literal(.date(d)), 1)
        case .string: return (.literal(.text(t.text)), 1)
        case .symbol:
            if t.text == "(" {
                let e = try deeper { try $0.parseOr() }
                try expect(")")
                return e
            }
            if t.text == "[" {
                var items: [Parsed] = []
                try deeper { p in
                    if !p.peek("]") {
                        repeat {
                            if p.peek(",") { p.pos += 1 }
                            items.append(try p.parseSum())
                        } while p.peek(",")
                    }
                }
                try expect("]")
                // A list of literals is a literal: built once here instead of on every evaluation.
                let plains = items.compactMap { item -> String? in
                    if case .literal(let v) = item.expr { return v.plain }
                    return nil
                }
                if plains.count == items.count { return (.literal(.list(plains)), 1) }
                return try node(.list(items.map(\.expr)), over: items.map(\.depth).max() ?? 0)
            }
            throw Failure(message: "unexpected '\(t.text)'")
        case .name:
            return try resolve(t.text)
        }
    }

    private mutating func resolve(_ name: String) throws -> Parsed {
        switch name {
        case "ja", "true", "waar": return (.literal(.bool(true)), 1)
        case "nee", "false", "onwaar": return (.literal(.bool(false)), 1)
        // A value nobody can know from the dossier (an amount the OCMW decides): unknown, with no fact to ask.
        case "onbekend", "unknown": return (.literal(.unknown), 1)
        default: break
        }
        if peek("("), let (f, arity) = RuleExpressionParser.functions[name] {
            let first = pos - 1
            pos += 1
            if f.isAggregate { aggregateDepth += 1 }
            var args: [Parsed] = []
            try deeper { p in
                if !p.peek(")") {
                    args.append(try p.parseOr())
                    while p.peek(",") { p.pos += 1; args.append(try p.parseOr()) }
                }
            }
            if f.isAggregate { aggregateDepth -= 1 }
            try expect(")")
            guard arity.contains(args.count) else {
                throw Failure(message: "\(name)(…) takes \(arity.lowerBound == arity.upperBound ? "\(arity.lowerBound)" : "\(arity.lowerBound) or more") argument(s), got \(args.count)")
            }
            return try node(.call(f, args.map(\.expr), CallSite(span: span(from: first))),
                            over: args.map(\.depth).max() ?? 0)
        }
        if let b = RuleExpressionParser.builtins[name] {
            if b.needsPerson { notePerson(name) }
            return (.builtin(b), 1)
        }
        if let i = names.parameters[name] { return (.parameter(i), 1) }
        if let d = names.derived[name] {
            if d.needsPerson { notePerson(name) }
            guard d.depth + 1 <= Self.maximumDepth else { throw Self.tooDeep }
            return (.derived(d.index), d.depth + 1)
        }
        if let c = RuleExpressionParser.columnsByName[name] {
            factsRead.append(c.name)
            let fact = RuleFact(column: c.name)
            if c.level == .person {
                notePerson(c.name)
                return (fact.map { .personFact($0) } ?? .personColumn(c.name), 1)
            }
            return (fact.map { .householdFact($0) } ?? .householdColumn(c.name), 1)
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
