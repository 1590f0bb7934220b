import Foundation
import Yams

/// A module test that did not give what it expected.
public struct RuleTestFailure: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var testCase: String
    public var message: String
    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(testCase): \(message)" }
}

public struct RuleTestReport: Sendable {
    public var passed: Int
    public var failures: [RuleTestFailure]
    /// Test files that could not be read (with file, line, reason).
    public var problems: [RuleProblem]
    /// Modules without any test case.
    public var untested: [String]

    public var succeeded: Bool { failures.isEmpty && problems.isEmpty }

    public func text(language: RuleLanguage = .nl) -> String {
        let nl = language == .nl
        var lines = failures.map { "\(nl ? "MISLUKT" : "FAILED") \($0)" }
        lines += problems.map { "\(nl ? "FOUT" : "ERROR") \($0)" }
        if !untested.isEmpty { lines.append("\(nl ? "zonder tests" : "without tests"): \(untested.joined(separator: ", "))") }
        lines.append(nl ? "\(passed) geslaagd, \(failures.count) mislukt, \(problems.count) onleesbaar"
                        : "\(passed) passed, \(failures.count) failed, \(problems.count) unreadable")
        return lines.joined(separator: "\n")
    }
}

/// Runs module tests written as data (`<id>.tests.yaml`):
/// ```
/// module: mantelzorgpremie
/// cases:
///   - name: bedrag 2025
///     as_of: 2025-12-31
///     household:
///       postcode: "3600"
///       members:
///         - geboortedatum: 1950-03-01
///     expect:
///       - person: 1
///         outcome: eligible
///         amount: 50.00
///         missing: []
/// ```
public enum RuleTestRunner {
    /// Runs the given test files (by default all the set holds: built-in and local), optionally only for some modules.
    public static func run(_ ruleSet: RuleSet, files: [RuleTestFile]? = nil, moduleIDs: [String]? = nil) -> RuleTestReport {
        var report = RuleTestReport(passed: 0, failures: [], problems: [], untested: [])
        var tested = Set<String>()
        for file in files ?? ruleSet.tests {
            do {
                let (moduleID, cases) = try parse(file)
                if let ids = moduleIDs, !ids.contains(moduleID) { continue }
                tested.insert(moduleID)
                guard let module = ruleSet.module(moduleID) else {
                    report.problems.append(RuleProblem(file: file.origin, line: nil, reason: "no module with id '\(moduleID)'"))
                    continue
                }
                for c in cases {
                    let failures = check(c, module: module, file: file.origin)
                    if failures.isEmpty { report.passed += 1 } else { report.failures += failures }
                }
            } catch {
                report.problems.append(RuleSet.asProblem(error, file.origin))
            }
        }
        report.untested = ruleSet.modules.map(\.id).filter { !tested.contains($0) && (moduleIDs?.contains($0) ?? true) }
        return report
    }

    /// Runs one test file from disk (`zorg rules test PATH`), read with the person's own rights.
    public static func run(_ ruleSet: RuleSet, path: URL) -> RuleTestReport {
        guard let data = try? PersonalFiles.read(path.path), let text = String(data: data, encoding: .utf8) else {
            return RuleTestReport(passed: 0, failures: [], problems: [RuleProblem(file: path.path, line: nil, reason: "cannot be read")], untested: [])
        }
        var report = run(ruleSet, files: [RuleTestFile(origin: path.path, text: text)])
        report.untested = []
        return report
    }

    struct Expectation {
        var line: Int?
        var person: String?
        var outcome: String?
        var amount: String?
        var missing: [String]?
        var level: String?
        var priority: Int?
        var indicators: [String]?
    }

    struct Case {
        var name: String
        var line: Int?
        var asOf: Day
        var household: Household
        var caregivers: [NationalNumber: [CaregiverRecord]]
        var expectations: [Expectation]
    }

    static func parse(_ file: RuleTestFile) throws -> (String, [Case]) {
        let r = YamlReader(file: file.origin)
        let top = try r.mapping(try r.root(file.text), "the test file", allowed: ["module", "cases"], required: ["module", "cases"])
        let moduleID = try r.string(top["module"]!, "module")
        var cases: [Case] = []
        for (i, node) in try r.sequence(top["cases"]!, "cases").enumerated() {
            let m = try r.mapping(node, "a case", allowed: ["name", "as_of", "household", "expect", "caregivers"],
                                  required: ["as_of", "household", "expect"])
            let name = try m["name"].map { try r.string($0, "name") } ?? "case \(i + 1)"
            var caregivers: [NationalNumber: [CaregiverRecord]] = [:]
            if let cn = m["caregivers"] {
                for item in try r.sequence(cn, "caregivers") {
                    let c = try r.mapping(item, "a caregiver", allowed: ["cares_for", "dossier", "postcode"], required: ["cares_for", "dossier"])
                    let nnText = try r.string(c["cares_for"]!, "cares_for")
                    guard let nn = NationalNumber(nnText) else { throw r.problem(c["cares_for"], "'\(nnText)' is not a valid national number") }
                    let dText = try r.string(c["dossier"]!, "dossier")
                    guard let d = DossierID(rawValue: dText) else { throw r.problem(c["dossier"], "'\(dText)' is not a dossier number") }
                    caregivers[nn, default: []].append(CaregiverRecord(dossier: d, postcode: try c["postcode"].map { try r.string($0, "postcode") }))
                }
            }
            var expectations: [Expectation] = []
            for e in try r.sequence(m["expect"]!, "expect") {
                let x = try r.mapping(e, "an expectation", allowed: ["person", "outcome", "amount", "missing", "level", "priority", "indicators"])
                let outcome = try x["outcome"].map { try r.string($0, "outcome") }
                if let o = outcome, RuleOutcome(rawValue: o) == nil, o != "none" {
                    throw r.problem(x["outcome"], "outcome must be receives, eligible, possible, not_eligible or none, not '\(o)'")
                }
                expectations.append(Expectation(
                    line: e.mark?.line, person: try x["person"].map { try r.string($0, "person") }, outcome: outcome,
                    amount: try x["amount"].map { try r.string($0, "amount") },
                    missing: try x["missing"].map { try r.strings($0, "missing") },
                    level: try x["level"].map { try r.string($0, "level") },
                    priority: try x["priority"].map { n in
                        let s = try r.string(n, "priority")
                        guard let p = Int(s) else { throw r.problem(n, "priority must be a whole number") }
                        return p
                    },
                    indicators: try x["indicators"].map { try r.strings($0, "indicators") }))
            }
            cases.append(Case(name: name, line: node.mark?.line, asOf: try r.day(m["as_of"]!, "as_of"),
                              household: try household(m["household"]!, r), caregivers: caregivers, expectations: expectations))
        }
        return (moduleID, cases)
    }

    /// A household written compactly with import column names; `members:` lists the people.
    static func household(_ node: Node, _ r: YamlReader) throws -> Household {
        var hh = Household(id: DossierID(rawValue: "TEST-1")!)
        for e in try r.entries(node, "household") {
            if e.key == "members" {
                for (i, mNode) in try r.sequence(e.value, "members").enumerated() {
                    var p = Person(firstName: "Lid", lastName: String(i + 1))
                    for f in try r.entries(mNode, "a member") {
                        guard let c = RuleExpressionParser.columnsByName[f.key], c.level == .person else {
                            throw r.problem(f.keyNode, "'\(f.key)' is not a person column")
                        }
                        p.set(c.name, to: try fact(f.value, c, r))
                    }
                    hh.members.append(p)
                }
            } else if e.key == "dossier" {
                let s = try r.string(e.value, "dossier")
                guard let d = DossierID(rawValue: s) else { throw r.problem(e.value, "'\(s)' is not a dossier number") }
                hh.id = d
            } else {
                guard let c = RuleExpressionParser.columnsByName[e.key], c.level == .household else {
                    throw r.problem(e.keyNode, "'\(e.key)' is not a household column")
                }
                hh.set(c.name, to: try fact(e.value, c, r))
            }
        }
        return hh
    }

    static func fact(_ node: Node, _ c: Column, _ r: YamlReader) throws -> FactValue {
        let text: String
        if case .sequence = node { text = try r.strings(node, c.name).joined(separator: "|"); if text.isEmpty { return .list([]) } }
        else { text = try r.string(node, c.name) }
        switch RuleFactText.parse(text, column: c) {
        case .success(let v): return v
        case .failure(let e): throw r.problem(node, "\(c.name): \(e.reason)")
        }
    }

    static func check(_ c: Case, module: RuleModule, file: String) -> [RuleTestFailure] {
        let lookup = ClosureLookup { [caregivers = c.caregivers] nn in caregivers[nn] ?? [] }
        let results = module.evaluate(c.household, asOf: c.asOf, lookup: lookup)
        var failures: [RuleTestFailure] = []
        func fail(_ e: Expectation, _ message: String) {
            failures.append(RuleTestFailure(file: file, line: e.line ?? c.line, testCase: c.name, message: message))
        }
        for e in c.expectations {
            let result: RuleResult?
            if let p = e.person {
                let index = Int(p).map { $0 - 1 } ?? c.household.members.firstIndex { $0.nationalNumber?.formatted == NationalNumber(p)?.formatted }
                result = results.first { $0.personIndex == index && index != nil }
            } else {
                result = results.first
            }
            guard let result else {
                if e.outcome != "none" { fail(e, "no result\(e.person.map { " for person \($0)" } ?? "")") }
                continue
            }
            if e.outcome == "none" { fail(e, "expected no result, got \(result.outcome.rawValue)"); continue }
            if let o = e.outcome, o != result.outcome.rawValue {
                fail(e, "outcome \(result.outcome.rawValue), expected \(o)\(result.missing.isEmpty ? "" : " (missing: \(result.missing.joined(separator: ", ")))")")
            }
            if let a = e.amount {
                let got = result.amount?.value.plain ?? "none"
                let want = a == "none" ? "none" : (Money.parse(a).map(\.plain).successValue ?? a)
                if got != want { fail(e, "amount \(got), expected \(want)") }
            }
            if let m = e.missing, m.sorted() != result.missing {
                fail(e, "missing [\(result.missing.joined(separator: ", "))], expected [\(m.sorted().joined(separator: ", "))]")
            }
            if let l = e.level, l != result.level { fail(e, "level \(result.level ?? "none"), expected \(l)") }
            if let p = e.priority, p != result.priority { fail(e, "priority \(result.priority.map(String.init) ?? "none"), expected \(p)") }
            if let i = e.indicators, i.sorted() != (result.indicators ?? []).sorted() {
                fail(e, "indicators [\((result.indicators ?? []).joined(separator: ", "))], expected [\(i.joined(separator: ", "))]")
            }
        }
        return failures
    }
}

extension Result {
    var successValue: Success? { if case .success(let s) = self { return s }; return nil }
}
