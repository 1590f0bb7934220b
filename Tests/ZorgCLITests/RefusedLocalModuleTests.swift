import Foundation
import Testing

/// cli.md: "A rule that cannot be evaluated for a dossier (… a broken local module) gives outcome `possible` with
/// `error` naming the cause, never `not_eligible`; `zorg check` then exits 1" — and the built-in module it was
/// meant to replace does not answer silently in its place.
@Suite("A broken local module")
struct RefusedLocalModuleTests {
    @Test func itsRuleIsPossibleWithTheRefusalAsItsErrorAndCheckExitsOne() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/S"
        try z.run(["demo", "--store", store])
        try "id: leefloon\ntitle: Leefloon (Genk)\nfacts: [\n".write(toFile: store + "/rules/leefloon.yaml", atomically: false, encoding: .utf8)
        let out = try z.run(["check", "2024-00123", "--rule", "leefloon", "--format", "json", "--store", store])
        #expect(out.status == 1, "\(out.stderr)")
        let results = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
        #expect(results.count == 1)
        #expect(results.first?["outcome"] as? String == "possible")
        #expect((results.first?["error"] as? String)?.contains("lokale module geweigerd: ") == true)
        #expect((results.first?["error"] as? String)?.contains("leefloon.yaml:") == true)
        let all = try z.run(["check", "--all", "--format", "csv", "--store", store])
        #expect(all.status == 1)
        let leefloon = all.stdout.split(separator: "\n").filter { $0.contains(";leefloon;") }
        #expect(!leefloon.isEmpty && leefloon.allSatisfy { $0.contains(";possible;") })
    }
}
