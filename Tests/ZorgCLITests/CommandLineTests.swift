import Foundation
import Testing

/// The command line as an administrator uses it: the demo store, imports with bad rows, checks, the audit trail,
/// and the exit codes of cli.md (0 ok, 1 problems found, 2 usage, 3 environment).
@Suite("zorg on the command line", .serialized)
struct CommandLineTests {
    @Test("zorg demo builds a store of its own, leaves it alone the second time, and never writes over a real store")
    func demo() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/demo"
        let first = try z.run(["demo", "--store", store])
        #expect(first.status == 0)
        #expect(first.stdout.contains("55 dossiers"))
        let second = try z.run(["demo", "--store", store])
        #expect(second.status == 0 && second.stdout.contains("bestaat al"))
        let rebuilt = try z.run(["demo", "--store", store, "--force"])
        #expect(rebuilt.status == 0 && rebuilt.stdout.contains("opnieuw"))
        // A folder with something else in it is never used.
        let other = z.home + "/other"
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: other + "/thesis.txt"))
        let refused = try z.run(["demo", "--store", other])
        #expect(refused.status == 1)
        #expect(try String(contentsOfFile: other + "/thesis.txt", encoding: .utf8) == "mine")
    }

    @Test("an import with bad rows keeps exactly the good rows, writes a private rejects file, and says which")
    func importWithErrors() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/s"
        try z.run(["demo", "--store", store])
        let sample = ZorgProcess.repositoryFile("seeds/samples/clients-with-errors.csv")
        // All or nothing: refused as a whole, the store unchanged.
        let before = try z.run(["export", "--all", "--store", store]).stdout
        let strict = try z.run(["import", sample, "--store", store, "--all-or-nothing"])
        #expect(strict.status == 1)
        #expect(try z.run(["export", "--all", "--store", store]).stdout == before)
        // Without it: the good dossiers are in, the bad ones are not, the rejects file holds them with a reason.
        let rejects = z.home + "/rejects.csv"
        let result = try z.run(["import", sample, "--store", store, "--rejects", rejects])
        #expect(result.status == 1)
        #expect(result.stdout.contains("2 nieuw"))
        let attributes = try FileManager.default.attributesOfItem(atPath: rejects)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let rejected = try String(contentsOfFile: rejects, encoding: .utf8)
        #expect(rejected.split(separator: "\n").first?.hasSuffix(";reden") == true)
        #expect(rejected.contains("ongeldig controlegetal"))
        let after = try z.run(["export", "--all", "--store", store]).stdout
        #expect(after.contains("2026-02001") && after.contains("2026-02002"))
        #expect(!after.contains("2026-02003"))
        // National numbers are masked on the terminal.
        #expect(!result.stdout.contains("75.08.09-501.85"))
        // The second import of the same file changes nothing.
        let again = try z.run(["import", sample, "--store", store])
        #expect(again.stdout.contains("0 nieuw, 0 gewijzigd, 2 ongewijzigd"))
    }

    @Test("zorg check --all --format json gives every rule for every dossier with reasons and sources")
    func checkJSON() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/s"
        try z.run(["demo", "--store", store])
        let out = try z.run(["check", "--all", "--format", "json", "--as-of", "2026-11-23", "--store", store])
        #expect(out.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
        let rules = Set(array.compactMap { $0["rule"] as? String })
        #expect(rules.count == 23)
        let dossiers = Set(array.compactMap { $0["dossier"] as? String })
        #expect(dossiers.count == 55)
        for element in array {
            let reasons = try #require(element["reasons"] as? [[String: Any]])
            #expect(!reasons.isEmpty)
            let source = try #require(reasons.first?["source"] as? [String: Any])
            #expect((source["url"] as? String)?.hasPrefix("http") == true)
            #expect(["receives", "eligible", "possible", "not_eligible"].contains(element["outcome"] as? String ?? ""))
        }
        // CSV has the fixed header.
        let csv = try z.run(["check", "--all", "--format", "csv", "--store", store])
        #expect(csv.stdout.hasPrefix("dossier;person;rule;outcome;amount;per;missing\n"))
    }

    @Test("rules diff names every mantelzorgpremie recipient with € 50 → € 40 on 1 January 2026")
    func rulesDiff() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/s"
        try z.run(["demo", "--store", store])
        let diff = try z.run(["rules", "diff", "--from", "2025-12-31", "--to", "2026-01-01", "--store", store])
        #expect(diff.status == 0)
        let lines = diff.stdout.split(separator: "\n").filter { $0.contains("mantelzorgpremie") && $0.contains("ontvangt al") }
        #expect(lines.count == 4)
        #expect(lines.allSatisfy { $0.contains("€ 50,00/maand → € 40,00/maand") })
        let tests = try z.run(["rules", "test", "--store", store])
        #expect(tests.status == 0 && tests.stdout.contains("0 mislukt"))
    }

    @Test("the audit trail verifies, and an edited line is found (exit 1)")
    func auditTampering() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/s"
        try z.run(["demo", "--store", store])
        #expect(try z.run(["audit", "verify", "--store", store]).status == 0)
        let log = store + "/audit/audit.jsonl"
        var text = try String(contentsOfFile: log, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"import\"", with: "\"imp0rt\"")
        try text.write(toFile: log, atomically: false, encoding: .utf8)
        let broken = try z.run(["audit", "verify", "--store", store])
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("GEBROKEN"))
    }

    @Test("exit codes: a user without a role is refused (1), a bad option is a usage error (2), no store is 3")
    func exitCodes() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/s"
        try z.run(["demo", "--store", store])
        try Data("{\"somebody-else\": \"admin\"}".utf8).write(to: URL(fileURLWithPath: store + "/roles.json"))
        let refused = try z.run(["check", "--all", "--store", store])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("rol"))
        #expect(try z.run(["check", "--all", "--format", "xml", "--store", store]).status == 2)
        #expect(try z.run(["check", "--all", "--store", z.home + "/nothing-here"]).status == 3)
    }
}
