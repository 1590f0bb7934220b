import Foundation
import Yams

/// Turns a module file into a compiled `RuleModule`, refusing it with file, line and reason on any mistake.
enum RuleModuleLoader {
    static let topKeys = ["id", "title", "description", "kind", "scope", "for_whom", "status", "automatic", "apply_at",
                          "documents", "sources", "facts", "parameters", "derived", "conditions", "explain",
                          "amount", "outputs", "answer_term", "letter"]

    static func load(text: String, file: String, isBuiltIn: Bool) throws -> RuleModule {
        let r = YamlReader(file: file)
        let root = try r.root(text)
        let top = try r.mapping(root, "the module", allowed: topKeys, required: ["id", "title", "sources", "facts", "conditions"])
        let id = try r.string(top["id"]!, "id")
        guard !id.isEmpty, id.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }) else {
            throw r.problem(top["id"], "id '\(id)' may hold only lowercase letters, digits and '-'")
        }
        let title = try r.text(top["title"]!, "title")
        var scope = RuleScope.household
        if let n = top["scope"] {
            let s = try r.string(n, "scope")
            guard let v = RuleScope(rawValue: s) else { throw r.problem(n, "scope must be household or person, not '\(s)'") }
            scope = v
        }
        var kind = RuleKind.right
        if let n = top["kind"] {
            let s = try r.string(n, "kind")
            guard let v = RuleKind(rawValue: s) else { throw r.problem(n, "kind must be right, signal or programme, not '\(s)'") }
            kind = v
        }
        var status: String?
        if let n = top["status"] {
            let s = try r.string(n, "status")
            guard Status(code: s) != nil else {
                let shown = s.count > 40 ? s.prefix(40) + "…" : s  // a long value is clipped: the message names the place
                throw r.problem(n, "status '\(shown)' is not a code of statuten (expected one of: \(Status.codes.joined(separator: ", ")))")
            }
            status = s
        }
        let automatic = try top["automatic"].map { try r.bool($0, "automatic") } ?? false
        let applyAt = try top["apply_at"].map { try r.text($0, "apply_at") }
        let documents = try top["documents"].map { try r.strings($0, "documents") } ?? []

        // Sources, in file order: the first is the module's default source.
        var sources: [String: RuleSource] = [:]
        var firstSource: RuleSource?
        for e in try r.entries(top["sources"]!, "sources") {
            let s = try source(e.value, r, "source '\(e.key)'")
            sources[e.key] = s
            if firstSource == nil { firstSource = s }
        }
        guard let defaultSource = firstSource else { throw r.problem(top["sources"], "a module needs at least one source") }

        // Facts the module declares it reads: every one must be an import column.
        var facts: [String] = []
        for n in try r.sequence(top["facts"]!, "facts") {
            let name = try r.string(n, "a fact")
            guard let c = RuleExpressionParser.columnsByName[name] else {
                throw r.problem(n, "unknown fact '\(name)': not a column of the import format")
            }
            facts.append(c.name)
        }

        var names = RuleExpressionParser.Names()
        var parameters: [RuleParameter] = []
        if let pn = top["parameters"] {
            for e in try r.entries(pn, "parameters") {
                try checkNewName(e.key, e.keyNode, r, names)
                let p = try parameter(e.key, e.value, r, sources: sources, origin: file)
                names.parameters[e.key] = parameters.count
                parameters.append(p)
            }
        }

        let compiler = Compiler(reader: r, scope: scope, facts: Set(facts), sources: sources)
        var derivedNames: [String] = []
        var derived: [RuleExpr] = []
        var derivedShared: [Bool] = []
        var formulas: [RuleFormula] = []
        if let dn = top["derived"] {
            for e in try r.entries(dn, "derived") {
                try checkNewName(e.key, e.keyNode, r, names)
                let c = try compiler.expression(e.value, "derived value '\(e.key)'", names: names, allowPerson: true)
                names.derived[e.key] = (derived.count, c.needsPerson, c.depth)
                derivedNames.append(e.key)
                derived.append(c.expr)
                derivedShared.append(!c.needsPerson)
                formulas.append(RuleFormula(name: e.key, formula: try r.string(e.value, e.key).trimmingCharacters(in: .whitespacesAndNewlines)))
            }
        }
        var forWhom: RuleExpr?
        if let n = top["for_whom"] {
            guard scope == .person else { throw r.problem(n, "for_whom is only for modules with scope: person") }
            forWhom = try compiler.expression(n, "for_whom", names: names, allowPerson: true).expr
        }
        let conditions = try compiler.node(top["conditions"]!, names: names, derived: derived, topLevel: true)
        var explain: [ConditionLeaf] = []
        if let n = top["explain"] {
            for item in try r.sequence(n, "explain") {
                guard case .leaf(let leaf) = try compiler.node(item, names: names, derived: derived, topLevel: false) else {
                    throw r.problem(item, "explain holds single tests (test: …), not groups")
                }
                explain.append(leaf)
            }
        }
        var amount: AmountSpec?
        if let n = top["amount"] {
            let m = try r.mapping(n, "amount", allowed: ["value", "per", "nl", "en", "source"], required: ["value", "per", "nl"])
            let e = try compiler.expression(m["value"]!, "amount value", names: names, allowPerson: scope == .person).expr
            let perText = try r.string(m["per"]!, "amount per")
            guard let per = AmountPeriod(rawValue: perText) else {
                throw r.problem(m["per"], "per must be one of \(AmountPeriod.allCases.map(\.rawValue).joined(separator: ", ")), not '\(perText)'")
            }
            let text = RuleText(nl: try r.string(m["nl"]!, "amount nl"), en: try m["en"].map { try r.string($0, "amount en") })
            let src = try m["source"].map { try source($0, r, "amount source", named: sources) }
            amount = AmountSpec(expr: e, per: per, text: text, parameters: e.parameters(derived: derived), source: src)
        }
        var outputs = OutputSpec()
        if let n = top["outputs"] {
            outputs = try compiler.outputs(n, names: names)
        }
        var module = RuleModule(
            id: id, title: title, summary: try top["description"].map { try r.text($0, "description") }, scope: scope, status: status, automatic: automatic, applyAt: applyAt,
            documents: documents, sources: sources, facts: facts, parameters: parameters, origin: file,
            isBuiltIn: isBuiltIn, defaultSource: defaultSource, derivedNames: derivedNames, derived: derived,
            derivedShared: derivedShared, forWhom: forWhom, conditions: conditions, explain: explain, amount: amount, outputs: outputs)
        module.formulas = formulas
        module.kind = kind
        if let n = top["answer_term"] { module.answerTerm = try answerTerm(n, r, sources: sources) }
        if let n = top["letter"] { module.letter = try RuleLetter.parse(n, r) }
        return module
    }

    /// `answer_term: {days: 30, source: wet}`: within how many days the body answers an application, and the
    /// source (one of the module's) that says so.
    private static func answerTerm(_ node: Node, _ r: YamlReader, sources: [String: RuleSource]) throws -> AnswerTerm {
        let m = try r.mapping(node, "answer_term", allowed: ["days", "source"], required: ["days", "source"])
        let text = try r.string(m["days"]!, "answer_term.days")
        guard let days = Int(text), (1...3650).contains(days) else {
            throw r.problem(m["days"], "answer_term.days must be a whole number of days from 1 to 3650, not '\(text.prefix(20))'")
        }
        let name = try r.string(m["source"]!, "answer_term.source")
        guard let source = sources[name] else { throw r.problem(m["source"], "answer_term.source '\(name.prefix(40))' is not one of the module's sources") }
        return AnswerTerm(days: days, source: source)
    }

    private static func checkNewName(_ name: String, _ node: Node, _ r: YamlReader, _ names: RuleExpressionParser.Names) throws {
        guard let first = name.first, first.isLetter || first == "_",
              name.allSatisfy({ $0.isLetter || ($0.isASCII && $0.isNumber) || $0 == "_" }), name == name.lowercased() else {
            throw r.problem(node, "name '\(name)' may hold only lowercase letters, digits and '_'")
        }
        if RuleExpressionParser.columnsByName[name] != nil || RuleExpressionParser.builtins[name] != nil
            || RuleExpressionParser.functions[name] != nil || RuleExpressionParser.keywords.contains(name) {
            throw r.problem(node, "name '\(name)' is already a column, built-in or keyword; choose another")
        }
        if names.parameters[name] != nil || names.derived[name] != nil {
            throw r.problem(node, "name '\(name)' is used twice")
        }
    }

    static func source(_ node: Node, _ r: YamlReader, _ what: String, named: [String: RuleSource] = [:]) throws -> RuleSource {
        if case .scalar(let s) = node {
            guard let found = named[s.string] else {
                throw r.problem(node, "unknown source '\(s.string)' (name one under sources:, or give title, url and verified)")
            }
            return found
        }
        let m = try r.mapping(node, what, allowed: ["title", "url", "verified", "unconfirmed"], required: ["title", "url", "verified"])
        return RuleSource(title: try r.string(m["title"]!, "title"), url: try r.string(m["url"]!, "url"),
                          verified: try r.day(m["verified"]!, "verified"),
                          unconfirmed: try m["unconfirmed"].map { try r.bool($0, "unconfirmed") } ?? false)
    }

    static func parameter(_ name: String, _ node: Node, _ r: YamlReader, sources: [String: RuleSource], origin: String) throws -> RuleParameter {
        let m = try r.mapping(node, "parameter '\(name)'", allowed: ["unit", "description", "values"], required: ["unit", "values"])
        let unitText = try r.string(m["unit"]!, "unit")
        guard let unit = ParameterUnit(rawValue: unitText) else {
            throw r.problem(m["unit"], "unit must be one of \(ParameterUnit.allCases.map(\.rawValue).joined(separator: ", ")), not '\(unitText)'")
        }
        let values = try datedValues(m["values"]!, r, unit: unit, parameter: name, sources: sources, origin: origin)
        return RuleParameter(name: name, unit: unit, description: try m["description"].map { try r.text($0, "description") }, values: values)
    }

    static func datedValues(_ node: Node, _ r: YamlReader, unit: ParameterUnit, parameter: String,
                            sources: [String: RuleSource], origin: String) throws -> [DatedValue] {
        var values: [DatedValue] = []
        let items = try r.sequence(node, "values of '\(parameter)'")
        guard !items.isEmpty else { throw r.problem(node, "parameter '\(parameter)' needs at least one value") }
        for item in items {
            let v = try r.mapping(item, "a value of '\(parameter)'", allowed: ["from", "value", "source", "verified", "unconfirmed", "note"],
                                  required: ["from", "value", "source"])
            let from = try r.day(v["from"]!, "from")
            let src = try source(v["source"]!, r, "source", named: sources)
            let (value, display) = try parameterValue(v["value"]!, r, unit: unit)
            guard !values.contains(where: { $0.from == from }) else { throw r.problem(v["from"], "two values of '\(parameter)' start on \(from.iso)") }
            values.append(DatedValue(
                from: from, display: display, source: src,
                verified: try v["verified"].map { try r.day($0, "verified") } ?? src.verified,
                unconfirmed: try v["unconfirmed"].map { try r.bool($0, "unconfirmed") } ?? src.unconfirmed,
                note: try v["note"].map { try r.string($0, "note") }, origin: origin, value: value))
        }
        return values.sorted { $0.from < $1.from }
    }

    static func parameterValue(_ node: Node, _ r: YamlReader, unit: ParameterUnit) throws -> (RuleValue, String) {
        if unit == .list {
            let items = try r.strings(node, "a list value")
            return (.list(items), items.joined(separator: "|"))
        }
        let s = try r.string(node, "value")
        switch unit {
        case .money:
            // A module's amounts are bounded by the engine's range (±10^12), not by a dossier's € 9.999.999,99.
            let parsed = Money.parse(s, maximum: Money(cents: 100_000_000_000_000))
            if case .failure(.tooLarge) = parsed { throw r.problem(node, tooLarge(s)) }
            guard case .success(let m) = parsed else { throw r.problem(node, "'\(short(s))' is not an amount (write 1234.56)") }
            guard let n = RuleNumber(checked: m) else { throw r.problem(node, tooLarge(s)) }
            return (.exact(n, .money), m.plain)
        case .number:
            let text = s.replacingOccurrences(of: ",", with: ".")
            guard let n = RuleNumber(text: text) else {
                let whole = text.drop { $0 == "-" }.prefix { $0 != "." }
                if !whole.isEmpty, whole.allSatisfy({ $0.isASCII && $0.isNumber }) { throw r.problem(node, tooLarge(s)) }
                throw r.problem(node, "'\(short(s))' is not a number")
            }
            return (.exact(n, .plain), n.plain)
        case .count:
            let digits = s.drop { $0 == "-" }
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw r.problem(node, "'\(short(s))' is not a whole number") }
            guard let i = Int(s), let n = RuleNumber(checked: i) else { throw r.problem(node, tooLarge(s)) }
            return (.exact(n, .count), String(i))
        case .date:
            guard let d = Day(parsing: s) else { throw r.problem(node, "'\(s)' is not a date (write jjjj-mm-dd)") }
            return (.date(d), d.iso)
        case .bool:
            let b = try r.bool(node, "value")
            return (.bool(b), b ? "ja" : "nee")
        case .list: fatalError("handled above")
        }
    }

    /// A value as quoted in a message: at most 30 characters of it.
    static func short(_ s: String) -> String { s.count > 30 ? String(s.prefix(30)) + "…" : s }

    /// An expression as quoted in a message: at most 120 characters of it.
    static func quoted(_ s: String) -> String { s.count > 120 ? String(s.prefix(120)) + "…" : s }

    static func tooLarge(_ s: String) -> String {
        "'\(short(s))' is too large: numbers in a module are at most \(RuleNumber.maximum) (10^12)"
    }
}

/// Compiles the expressions and condition trees of one module file.
struct RuleCompiler {
    let reader: YamlReader
    let scope: RuleScope
    let facts: Set<String>
    let sources: [String: RuleSource]
}
typealias Compiler = RuleCompiler

extension RuleCompiler {
    func expression(_ node: Node, _ what: String, names: RuleExpressionParser.Names, allowPerson: Bool) throws -> RuleExpressionParser.Compiled {
        let text = try reader.string(node, what)
        let compiled: RuleExpressionParser.Compiled
        let read: [String]
        do {
            (compiled, read) = try RuleExpressionParser.compile(text, names: names)
        } catch let f as RuleExpressionParser.Failure {
            throw reader.problem(node, "\(what): \(f.message) in '\(RuleModuleLoader.quoted(text))'")
        }
        if let undeclared = read.first(where: { !facts.contains($0) }) {
            throw reader.problem(node, "\(what) reads '\(undeclared)', which is not listed under facts:")
        }
        if compiled.needsPerson && !(allowPerson || scope == .person) {
            throw reader.problem(node, "\(what): '\(compiled.personReason ?? "")' is about one person; in a household rule use it inside aantal(…), som(…), enig(…) or alle(…)")
        }
        return compiled
    }

    func node(_ node: Node, names: RuleExpressionParser.Names, derived: [RuleExpr], topLevel: Bool) throws -> ConditionNode {
        if case .sequence = node {
            let items = try reader.sequence(node, "conditions")
            return .all(try items.map { try self.node($0, names: names, derived: derived, topLevel: topLevel) }, nil)
        }
        let m = try reader.mapping(node, "a condition", allowed: ["test", "all", "any", "not", "nl", "en", "source", "gate"])
        let kinds = ["test", "all", "any", "not"].filter { m[$0] != nil }
        guard kinds.count == 1 else {
            throw reader.problem(node, "a condition needs exactly one of test, all, any, not (found: \(kinds.isEmpty ? "none" : kinds.joined(separator: ", ")))")
        }
        var text: RuleText?
        if let nl = m["nl"] { text = RuleText(nl: try reader.string(nl, "nl"), en: try m["en"].map { try reader.string($0, "en") }) }
        else if m["en"] != nil { throw reader.problem(node, "a condition with 'en' text needs 'nl' text too") }
        switch kinds[0] {
        case "test":
            guard let text else { throw reader.problem(node, "a test needs its explanation in nl: (and en:)") }
            let c = try expression(m["test"]!, "test", names: names, allowPerson: false)
            let src = try m["source"].map { try RuleModuleLoader.source($0, reader, "source", named: sources) }
            let gate = try m["gate"].map { try reader.bool($0, "gate") } ?? false
            if gate && !topLevel { throw reader.problem(m["gate"], "gate: ja is only allowed on a condition directly under conditions:") }
            return .leaf(ConditionLeaf(text: text, expr: c.expr, source: src, parameters: c.expr.parameters(derived: derived), gate: gate))
        case "not":
            return .not(try self.node(m["not"]!, names: names, derived: derived, topLevel: false), text)
        default:
            let items = try reader.sequence(m[kinds[0]]!, kinds[0])
            guard !items.isEmpty else { throw reader.problem(m[kinds[0]], "\(kinds[0]) needs at least one condition") }
            let children = try items.map { try self.node($0, names: names, derived: derived, topLevel: topLevel && kinds[0] == "all") }
            return kinds[0] == "all" ? .all(children, text) : .any(children, text)
        }
    }

    func outputs(_ node: Node, names: RuleExpressionParser.Names) throws -> OutputSpec {
        let m = try reader.mapping(node, "outputs", allowed: ["level", "indicators", "priority", "actions"])
        var out = OutputSpec()
        if let n = m["level"] {
            let l = try reader.mapping(n, "level", allowed: ["value", "names"], required: ["value", "names"])
            let levelNames = try reader.strings(l["names"]!, "level names")
            guard !levelNames.isEmpty else { throw reader.problem(l["names"], "level names needs at least one name") }
            out.level = (try expression(l["value"]!, "level value", names: names, allowPerson: false).expr, levelNames)
        }
        if let n = m["indicators"] {
            for e in try reader.entries(n, "indicators") {
                out.indicators.append((e.key, try expression(e.value, "indicator '\(e.key)'", names: names, allowPerson: false).expr))
            }
        }
        if let n = m["priority"] {
            out.priority = try expression(n, "priority", names: names, allowPerson: false).expr
        }
        if let n = m["actions"] {
            for item in try reader.sequence(n, "actions") {
                let a = try reader.mapping(item, "an action", allowed: ["when", "nl", "en"], required: ["when", "nl"])
                out.actions.append((try expression(a["when"]!, "action when", names: names, allowPerson: false).expr,
                                    RuleText(nl: try reader.string(a["nl"]!, "nl"), en: try a["en"].map { try reader.string($0, "en") })))
            }
        }
        return out
    }
}
