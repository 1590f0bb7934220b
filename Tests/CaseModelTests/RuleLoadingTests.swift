import Foundation
import Testing
@testable import CaseModel

@Suite("Rule module loading")
struct RuleLoadingTests {
    func problem(_ text: String) -> RuleProblem? {
        do { _ = try RuleModuleLoader.load(text: text, file: "kapot.yaml", isBuiltIn: false); return nil }
        catch { return error as? RuleProblem }
    }

    @Test("mistakes are refused with file, line and reason", arguments: [
        ("conditions:\n  all:\n    - tset: enig(leeftijd >= 60)", 8, "unknown key 'tset'"),
        ("conditions:\n  all:\n    - test: enig(leeftijd >= 60)\n      nl: x\n    - test: huurprijs > 3\n      nl: y", 10, "unknown name 'huurprijs'"),
        ("conditions:\n  all:\n    - test: enig(leeftijd >= grens_x)\n      nl: x", 8, "unknown name 'grens_x'"),
        ("conditions:\n  - test: enig(leeftijd >= 60) en\n    nl: x", 7, "expression ends too early"),
    ])
    func lineNumbers(body: String, line: Int, reason: String) throws {
        let header = "id: kapot\ntitle: Kapot\nsources:\n  s: {title: S, url: https://example.org, verified: 2026-01-01}\nfacts: [geboortedatum]\n"
        let p = try #require(problem(header + body))
        #expect(p.file == "kapot.yaml")
        #expect(p.reason.contains(reason))
        #expect(p.line == line)
        #expect(p.description.hasPrefix("kapot.yaml:\(line): "))
    }

    @Test("exact lines: unknown fact, bad date, bad YAML")
    func exactLines() throws {
        let base = "id: kapot\ntitle: Kapot\nsources:\n  s: {title: S, url: https://example.org, verified: 2026-01-01}\n"
        let unknownFact = try #require(problem(base + "facts: [geboortedatum, huurprijs]\nconditions: []\n"))
        #expect(unknownFact.line == 5)
        #expect(unknownFact.reason.contains("unknown fact 'huurprijs'"))
        let badDate = try #require(problem(base + "facts: []\nparameters:\n  p:\n    unit: money\n    values:\n      - from: 2024-13-01\n        value: 1\n        source: s\nconditions: []\n"))
        #expect(badDate.line == 10)
        #expect(badDate.reason.contains("not a date"))
        let badYAML = try #require(problem("id: x\ntitle: y\nfacts: ]\n"))
        #expect(badYAML.line == 3)
        #expect(badYAML.reason.contains("not valid YAML"))
        let personInHousehold = try #require(problem(base + "facts: [inkomen_jaar]\nconditions:\n  - test: inkomen_jaar < 5\n    nl: x\n"))
        #expect(personInHousehold.line == 7)
        #expect(personInHousehold.reason.contains("in a household rule use it inside"))
        let undeclared = try #require(problem(base + "facts: []\nconditions:\n  - test: postcode = '3600'\n    nl: x\n"))
        #expect(undeclared.reason.contains("not listed under facts"))
    }

    @Test("a broken module is refused and the others still load")
    func brokenModuleRefused() throws {
        var files = Embedded.moduleFiles
        files["kapot.yaml"] = Data("id: kapot\ntitle: K\nfacts: [\n".utf8)
        let load = RuleSet.load(builtIn: files)
        #expect(load.problems.count == 1)
        #expect(load.problems.first?.file == "kapot.yaml")
        #expect(load.ruleSet.module("mantelzorgpremie") != nil)
        #expect(load.ruleSet.module("kapot") == nil)
    }

    func tempFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zorg-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("a local module with the id of a built-in one replaces it; a new local module is added with its tests")
    func localModules() throws {
        let folder = try tempFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let replaced = sampleModule.replacingOccurrences(of: "id: testpremie", with: "id: mantelzorgpremie")
        try replaced.write(to: folder.appendingPathComponent("mantelzorgpremie.yaml"), atomically: true, encoding: .utf8)
        try sampleModule.write(to: folder.appendingPathComponent("testpremie.yaml"), atomically: true, encoding: .utf8)
        try """
        module: testpremie
        cases:
          - as_of: 2026-03-01
            household:
              postcode: "3600"
              members:
                - {geboortedatum: 1950-01-01, inkomen_jaar: 1000, statuten: geen}
            expect:
              - outcome: eligible
                amount: 24.69
        """.write(to: folder.appendingPathComponent("testpremie.tests.yaml"), atomically: true, encoding: .utf8)
        let load = RuleSet.load(localFolder: folder)
        #expect(load.problems.map(\.description) == [])
        let m = try #require(load.ruleSet.module("mantelzorgpremie"))
        #expect(!m.isBuiltIn)
        #expect(m.title.nl == "Testpremie")
        #expect(load.ruleSet.module("testpremie") != nil)
        let report = RuleTestRunner.run(load.ruleSet, moduleIDs: ["testpremie"])
        #expect(report.passed == 1)
        #expect(report.failures.isEmpty)
    }

    @Test("a local override file changes a parameter of a built-in module from its date")
    func parameterOverride() throws {
        let folder = try tempFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
        overrides:
          - module: mantelzorgpremie
            parameters:
              bedrag_maand:
                - from: 2027-01-01
                  value: 45.00
                  source: {title: Gemeenteraad Genk, url: https://www.genk.be/gemeenteraad, verified: 2026-12-15}
        """.write(to: folder.appendingPathComponent("genk-2027.yaml"), atomically: true, encoding: .utf8)
        let load = RuleSet.load(localFolder: folder)
        #expect(load.problems.map(\.description) == [])
        let m = try #require(load.ruleSet.module("mantelzorgpremie"))
        let p = try #require(m.parameter("bedrag_maand"))
        #expect(p.value(on: Day(parsing: "2027-01-01")!).value.display == "45.00")
        #expect(p.value(on: Day(parsing: "2026-12-31")!).value.display == "40.00")
        #expect(m.overriddenBy.count == 1)
    }

    @Test("an override naming an unknown parameter is refused with its line, and changes nothing")
    func badOverride() throws {
        let folder = try tempFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "overrides:\n  - module: mantelzorgpremie\n    parameters:\n      bedrag_per_maand:\n        - {from: 2027-01-01, value: 45, source: genk}\n"
            .write(to: folder.appendingPathComponent("fout.yaml"), atomically: true, encoding: .utf8)
        let load = RuleSet.load(localFolder: folder)
        #expect(load.problems.count == 1)
        #expect(load.problems.first?.line == 4)
        #expect(load.problems.first?.reason.contains("no parameter 'bedrag_per_maand'") == true)
        #expect(load.ruleSet.module("mantelzorgpremie")?.overriddenBy == [])
    }
}
