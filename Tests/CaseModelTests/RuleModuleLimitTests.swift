import Foundation
import Testing
import Yams
@testable import CaseModel

/// No rule module can crash the program: a YAML text or an expression nested or sized beyond the limits is
/// refused when it loads, with the file, the line and the limit, before anything recursive walks it. The
/// built-in modules stay far below every limit.
@Suite struct RuleModuleLimitTests {
    static let asOf = Day(year: 2026, month: 11, day: 23)!

    /// A household module around one test.
    static func module(test: String, derived: String = "", facts: String = "[inkomen_jaar, postcode]") -> String {
        """
        id: proef
        title: Proef
        sources:
          s: {title: Bron, url: https://example.org, verified: 2026-11-01}
        facts: \(facts)
        \(derived.isEmpty ? "" : "derived:\n" + derived)
        conditions:
          - test: \(test)
            nl: Proef.
        """
    }

    static func load(_ text: String, _ file: String = "proef.yaml") -> RuleSetLoad {
        RuleSet.load(builtIn: [file: Data(text.utf8)])
    }

    static let household = Household(id: DossierID(rawValue: "L-1")!,
                                      members: [Person(firstName: "A", lastName: "B", birthDate: Day(year: 1980, month: 1, day: 1)!)],
                                      address: Address(postcode: "3600"))

    /// The one problem of a file that must be refused, with its reason containing `reason`.
    static func refused(_ text: String, _ reason: String, line: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        let load = load(text)
        #expect(load.problems.count == 1, "\(load.problems)", sourceLocation: sourceLocation)
        guard let p = load.problems.first else { return }
        #expect(p.file == "proef.yaml", sourceLocation: sourceLocation)
        #expect(p.reason.contains(reason), "\(p)", sourceLocation: sourceLocation)
        if let line { #expect(p.line == line, "\(p)", sourceLocation: sourceLocation) }
        #expect(p.description.count < 400, "a message quoting a whole huge text: \(p.description.count) characters",
                sourceLocation: sourceLocation)
    }

    @Test("YAML nested deeply behind a quote, in flow or block form, is refused with its line before Yams reads it")
    func deepYaml() {
        let deep = String(repeating: "[", count: 200_000)
        // The quote inside a plain scalar is text; the old guard took it for the start of a quoted text and let
        // the brackets after it through to Yams, which nests a call per bracket (SIGSEGV).
        Self.refused("id: x\ndocuments: [a 'b, \(deep)", "nested too deeply (more than 32 levels)", line: 2)
        Self.refused("id: x\ndocuments: [a \"b, \(deep)", "nested too deeply", line: 2)
        Self.refused("id: x\nnote: |\n  'begin of a text\ndocuments: \(deep)", "nested too deeply", line: 4)
        Self.refused("id: x\nnote: # 'comment\n  \(deep)", "nested too deeply")
        Self.refused("a: {b: " + String(repeating: "{c: ", count: 4000), "nested too deeply")
        Self.refused(String(repeating: "- ", count: 4000) + "x", "nested too deeply", line: 1)
        Self.refused((0..<200).map { String(repeating: " ", count: $0) + "a:" }.joined(separator: "\n"), "nested too deeply", line: 33)
        Self.refused("id: x\ndocuments: [" + String(repeating: "[a, ", count: 40), "nested too deeply")
    }

    @Test("brackets inside quoted texts and block texts are text: a module with many of them loads")
    func bracketsInTextLoad() throws {
        let brackets = String(repeating: "[", count: 200) + String(repeating: "{", count: 200)
        var text = Self.module(test: "postcode = '3600'")
        text += "\ndescription: '\(brackets) it''s fine'\ndocuments: [\"\(brackets)\", '\(brackets)']\nexplain:\n  - test: postcode = '3600'\n    nl: |\n      \(brackets)\n"
        let load = Self.load(text)
        #expect(load.problems.isEmpty, "\(load.problems)")
        #expect(load.ruleSet.module("proef")?.documents.first?.count == 400)
    }

    @Test("aliases are refused; a file larger than 1 MB is refused")
    func aliasesAndSize() {
        Self.refused("id: x\na: &a [1, 2]\nb: [*a, *a]\n", "an alias (*name) is not allowed", line: 3)
        Self.refused(Self.module(test: "postcode = '3600'") + "\n# " + String(repeating: "x", count: 1_000_001), "too large")
    }

    @Test("long and deep expressions are refused with the line and the limit; at the limit they load and evaluate")
    func deepExpressions() throws {
        let deepLine = 8  // the line of the test in `module(test:)`
        Self.refused(Self.module(test: "som(inkomen_jaar)" + String(repeating: " + 1", count: 5000) + " > 0"),
                     "too long: 10006 tokens (at most 1000)", line: deepLine)
        Self.refused(Self.module(test: "som(inkomen_jaar)" + String(repeating: " + 1", count: 400) + " > 0"),
                     "nested too deeply (more than 64 levels)", line: deepLine)
        Self.refused(Self.module(test: String(repeating: "niet ", count: 5000) + "ja"), "too long")
        Self.refused(Self.module(test: String(repeating: "niet ", count: 300) + "ja"), "nested too deeply", line: deepLine)
        Self.refused(Self.module(test: String(repeating: "(", count: 10_000) + "ja" + String(repeating: ")", count: 10_000)), "too long")
        Self.refused(Self.module(test: String(repeating: "(", count: 400) + "ja" + String(repeating: ")", count: 400)), "nested too deeply")
        Self.refused(Self.module(test: String(repeating: "-", count: 600) + "1 < 0"), "nested too deeply")
        Self.refused(Self.module(test: String(repeating: "min(1, ", count: 100) + "1" + String(repeating: ")", count: 100) + " > 0"),
                     "nested too deeply")
        Self.refused(Self.module(test: "1 in " + String(repeating: "[", count: 300) + "1" + String(repeating: "]", count: 300)), "nested too deeply")
        Self.refused(Self.module(test: Array(repeating: "ja", count: 600).joined(separator: " en ")), "too long")
        // A chain of derived values is as deep as it is written out: evaluating it walks it.
        let chain = (0..<100).map { "  d\($0): \($0 == 0 ? "1" : "d\($0 - 1) + 1")" }.joined(separator: "\n")
        Self.refused(Self.module(test: "d99 > 0", derived: chain), "nested too deeply")

        // At the limits: loads, and evaluates on the caseload's worker threads (their stacks are small), with the
        // reasons (the tree) and without (the flat program).
        let atLimit = [
            "ja" + String(repeating: " en ja", count: 498),
            String(repeating: "niet ", count: 62) + "ja",
            "1" + String(repeating: " + 1", count: 62) + " > 0",
            String(repeating: "(", count: 63) + "ja" + String(repeating: ")", count: 63),
            "1 in " + String(repeating: "[", count: 62) + "1" + String(repeating: "]", count: 62),
            String(repeating: "min(1, ", count: 62) + "1" + String(repeating: ")", count: 62) + " > 0",
        ]
        let chainAtLimit = (0..<31).map { "  d\($0): \($0 == 0 ? "1" : "d\($0 - 1) + 1")" }.joined(separator: "\n")
        for (test, derived) in atLimit.map({ ($0, "") }) + [("d30 = 31", chainAtLimit)] {
            let load = Self.load(Self.module(test: test, derived: derived))
            #expect(load.problems.isEmpty, "\(test.prefix(30)): \(load.problems)")
            for reasons in [true, false] {
                let results = CaseloadEvaluation.run(households: Array(repeating: Self.household, count: 300), ruleSet: load.ruleSet,
                                                     asOf: Self.asOf, reasons: reasons).flatMap { $0 }
                #expect(results.count == 300 && results.allSatisfy { $0.outcome == .eligible }, "\(test.prefix(30))")
            }
        }
        Self.refused(Self.module(test: "d31 = 32", derived: chainAtLimit + "\n  d31: d30 + 1"), "nested too deeply")
    }

    /// The nesting of a compiled expression with the derived values it reads written out, as the parser counts it.
    static func depth(_ e: RuleExpr, _ derived: [RuleExpr]) -> Int {
        switch e {
        case .literal, .householdFact, .personFact, .householdColumn, .personColumn, .parameter, .builtin: return 1
        case .derived(let i): return 1 + depth(derived[i], derived)
        case .negate(let a), .not(let a): return 1 + depth(a, derived)
        case .arith(_, let a, let b, _), .compare(_, let a, let b): return 1 + max(depth(a, derived), depth(b, derived))
        case .and(let es), .or(let es), .list(let es), .call(_, let es, _): return 1 + (es.map { depth($0, derived) }.max() ?? 0)
        }
    }

    /// The expression texts of a module file: tests, derived values, for_whom, amount and output formulas.
    static func expressionTexts(_ node: Node, key: String? = nil, parent: String? = nil) -> [String] {
        switch node {
        case .scalar(let s):
            let formulaKeys: Set<String> = ["test", "for_whom", "when", "priority"]
            if let key, formulaKeys.contains(key) || (key == "value" && (parent == "amount" || parent == "level"))
                || parent == "derived" || parent == "indicators" { return [s.string] }
            return []
        case .mapping(let m):
            return m.flatMap { k, v in expressionTexts(v, key: k.string, parent: key) }
        case .sequence(let items):
            return items.flatMap { expressionTexts($0, key: key, parent: parent) }
        }
    }

    @Test("the built-in modules and their tests stay far below every limit (a quarter or less; half for the expression depth)")
    func builtInModulesStayFarBelow() throws {
        var yamlDepth = 0, bytes = 0, exprDepth = 0, tokens = 0, expressions = 0
        for (path, data) in Embedded.moduleFiles where path.hasSuffix(".yaml") {
            let text = String(decoding: data, as: UTF8.self)
            yamlDepth = max(yamlDepth, try YamlReader(file: path).checkStructure(text))
            bytes = max(bytes, data.count)
            guard !path.contains(".tests."), let root = try Yams.compose(yaml: text) else { continue }
            for formula in Self.expressionTexts(root) {
                tokens = max(tokens, try RuleExpressionParser.tokenize(formula).count)
                expressions += 1
            }
        }
        for m in RuleSet.load().ruleSet.modules {
            var all = m.derived + m.explain.map(\.expr)
            func walk(_ n: ConditionNode) {
                switch n {
                case .leaf(let l): all.append(l.expr)
                case .not(let c, _): walk(c)
                case .all(let cs, _), .any(let cs, _): cs.forEach(walk)
                }
            }
            walk(m.conditions)
            all += [m.forWhom, m.amount?.expr, m.outputs.level?.expr, m.outputs.priority].compactMap { $0 }
            all += m.outputs.indicators.map(\.expr) + m.outputs.actions.map(\.when)
            exprDepth = max(exprDepth, all.map { Self.depth($0, m.derived) }.max() ?? 0)
        }
        print("LIMITS built-in modules: YAML nesting \(yamlDepth) (limit \(YamlReader.maximumNesting)), largest file \(bytes) bytes "
              + "(limit \(YamlReader.maximumBytes)), expression depth \(exprDepth) (limit \(RuleExpressionParser.maximumDepth)), "
              + "longest expression \(tokens) tokens (limit \(RuleExpressionParser.maximumTokens)) over \(expressions) expressions")
        #expect(expressions > 100)
        #expect(yamlDepth > 3 && yamlDepth * 4 <= YamlReader.maximumNesting)
        #expect(bytes * 4 <= YamlReader.maximumBytes)
        // Derived values read derived values: energiearmoede's points are 23 levels deep written out. The limit
        // is set by the stack of a caseload worker thread (a debug build runs out past about 250 levels).
        #expect(exprDepth > 3 && exprDepth * 2 <= RuleExpressionParser.maximumDepth)
        #expect(tokens > 10 && tokens * 4 <= RuleExpressionParser.maximumTokens)
    }
}
