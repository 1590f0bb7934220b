import Foundation
import Testing
@testable import CaseModel

/// The worked example in docs/rules.md must really work: its module, tests and override file are taken from the
/// document, put in a store's rules/ folder, loaded and tested.
@Suite("docs/rules.md examples")
struct RuleDocsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func yamlBlocks() throws -> [String] {
        let text = try String(contentsOf: root.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        var blocks: [String] = []
        var current: [String]?
        for line in text.components(separatedBy: "\n") {
            if line == "```yaml" { current = []; continue }
            if line == "```", let c = current { blocks.append(c.joined(separator: "\n") + "\n"); current = nil; continue }
            current?.append(line)
        }
        return blocks
    }

    @Test("the schoolstartpremie example loads and its tests pass; the override example changes the amount")
    func workedExample() throws {
        let blocks = try Self.yamlBlocks()
        let module = try #require(blocks.first { $0.hasPrefix("id: schoolstartpremie") })
        let tests = try #require(blocks.first { $0.hasPrefix("module: schoolstartpremie") })
        let override = try #require(blocks.first { $0.hasPrefix("overrides:") })
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zorg-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try module.write(to: folder.appendingPathComponent("schoolstartpremie.yaml"), atomically: true, encoding: .utf8)
        try tests.write(to: folder.appendingPathComponent("schoolstartpremie.tests.yaml"), atomically: true, encoding: .utf8)
        try override.write(to: folder.appendingPathComponent("genk-2027.yaml"), atomically: true, encoding: .utf8)
        let load = RuleSet.load(localFolder: folder)
        #expect(load.problems.map(\.description) == [])
        let report = RuleTestRunner.run(load.ruleSet, moduleIDs: ["schoolstartpremie"])
        #expect(report.failures.map(\.description) == [])
        #expect(report.passed == 3)
        let p = try #require(load.ruleSet.module("mantelzorgpremie")?.parameter("bedrag_maand"))
        #expect(p.value(on: Day(parsing: "2027-01-01")!).value.display == "45.00")
    }
}
