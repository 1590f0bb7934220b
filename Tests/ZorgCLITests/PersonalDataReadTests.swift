import CaseModel
import Foundation
import Testing

/// Issue 12, item 5: every read of personal data is logged. `zorg merge --dry-run` (names, addresses of both
/// dossiers) and `zorg export --volunteers` (the volunteers' list) write one audit entry, with numbers only,
/// before anything is printed: when that entry cannot be written, nothing is printed at all.
@Suite("Trust: every read of personal data is logged", .serialized)
struct PersonalDataReadTests {
    private func demo(_ z: ZorgProcess) throws -> String {
        let store = z.home + "/s"
        #expect(try z.run(["demo", "--store", store]).status == 0)
        return store
    }

    private func entries(_ store: String) throws -> [AuditEntry] { try CaseStore(at: store).audit.entries() }

    /// The audit log made unwritable (a folder in its place): every append fails.
    private func breakTheLog(_ store: String) throws {
        let log = store + "/audit/audit.jsonl"
        try FileManager.default.moveItem(atPath: log, toPath: store + "/audit/saved.jsonl")
        try FileManager.default.createDirectory(atPath: log, withIntermediateDirectories: false)
    }

    /// First and last names of the dossiers' members, from their JSON export.
    private func names(_ z: ZorgProcess, _ store: String, _ ids: [String]) throws -> [String] {
        let out = try z.run(["export"] + ids + ["--format", "json", "--store", store])
        let dossiers = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
        return dossiers.flatMap { ($0["members"] as? [[String: Any]] ?? []).flatMap { [$0["firstName"], $0["lastName"]] } }
            .compactMap { $0 as? String }
    }

    @Test("merge --dry-run writes one merge-plan entry naming both dossiers, with numbers only")
    func mergeDryRunIsLogged() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = try demo(z)
        let people = try names(z, store, ["2024-00277", "2026-00430"])
        #expect(!people.isEmpty)
        let before = try entries(store).count
        let dry = try z.run(["merge", "2024-00277", "2026-00430", "--dry-run", "--store", store])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(people.contains { dry.stdout.contains($0) })
        let added = Array(try entries(store).dropFirst(before))
        #expect(added.map(\.action) == [AuditAction("merge-plan")])
        #expect(added.first?.dossiers == ["2024-00277", "2026-00430"])
        #expect(added.first?.detail["keep"] == "2024-00277" && added.first?.detail["merged"] == "2026-00430")
        let line = try #require(try String(contentsOfFile: store + "/audit/audit.jsonl", encoding: .utf8)
            .split(separator: "\n").last.map(String.init))
        for name in people { #expect(!line.contains(name), "\(name)") }
        // Nothing was merged.
        #expect(!(try entries(store).contains { $0.action == .merge }))
    }

    @Test("merge, with or without --dry-run, prints nothing when its entry cannot be written")
    func mergePrintsOnlyAfterItsEntry() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = try demo(z)
        let people = try names(z, store, ["2024-00277", "2026-00430"])
        try breakTheLog(store)
        for extra in [["--dry-run"], []] {
            let out = try z.run(["merge", "2024-00277", "2026-00430", "--store", store] + extra)
            #expect(out.status == 3, "\(extra): \(out.stdout)")
            #expect(out.stdout.isEmpty, "\(extra): \(out.stdout)")
            for name in people { #expect(!out.stderr.contains(name)) }
        }
    }

    @Test("export --volunteers writes one export entry with the volunteers' numbers, before the list")
    func volunteerExportIsLogged() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = try demo(z)
        let volunteers = try CaseStore(at: store).volunteers().volunteers
        #expect(volunteers.count == 15)
        for format in ["csv", "json"] {
            let before = try entries(store).count
            let out = try z.run(["export", "--volunteers", "--format", format, "--store", store])
            #expect(out.status == 0, "\(out.stderr)")
            #expect(out.stdout.contains(volunteers[0].lastName))
            let added = Array(try entries(store).dropFirst(before))
            #expect(added.map(\.action) == [.export], "\(format)")
            #expect(added.first?.detail["format"] == format)
            #expect(added.first?.detail["volunteers"] == volunteers.map(\.id.rawValue).sorted().joined(separator: ","))
            #expect(added.first?.dossiers == [])
        }
        let log = try String(contentsOfFile: store + "/audit/audit.jsonl", encoding: .utf8)
        for v in volunteers { #expect(!log.contains(v.lastName), "\(v.lastName)") }
        try breakTheLog(store)
        let refused = try z.run(["export", "--volunteers", "--store", store])
        #expect(refused.status == 3)
        #expect(refused.stdout.isEmpty)
    }
}
