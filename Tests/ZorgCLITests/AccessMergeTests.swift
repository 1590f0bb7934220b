import Foundation
import Testing

@Suite("zorg export --format md and zorg merge", .serialized)
struct AccessMergeTests {
    /// A demo store where 2026-00430 also holds the first person of 2024-00277 (imported there a second time).
    func storeWithSharedPerson(_ z: ZorgProcess) throws -> (store: String, person: [String]) {
        let store = z.home + "/s"
        try z.run(["demo", "--store", store])
        let csv = try z.run(["export", "2024-00277", "--format", "csv", "--store", store])
        #expect(csv.status == 0)
        // CRLF is one Character in Swift, so split on newlines; the export starts with a BOM.
        let lines = csv.stdout.replacingOccurrences(of: "\u{FEFF}", with: "").split(whereSeparator: \.isNewline).map(String.init)
        let header = lines[0].split(separator: ";", omittingEmptySubsequences: false).prefix(5).map(String.init)
        var row = lines[1].split(separator: ";", omittingEmptySubsequences: false).prefix(5).map(String.init)
        #expect(header == ["dossier", "rijksregisternummer", "voornaam", "naam", "geboortedatum"])
        row[0] = "2026-00430"
        let file = z.home + "/shared.csv"
        try ([header.joined(separator: ";"), row.joined(separator: ";")].joined(separator: "\n") + "\n")
            .write(toFile: file, atomically: true, encoding: .utf8)
        // An import of that row into 2026-00430 is refused (no person in common: a number conflict); the person joins.
        #expect(try z.run(["import", file, "--store", store]).status == 1)
        let imported = try z.run(["members", "2026-00430", "add", "--from-csv", file, "--store", store])
        #expect(imported.status == 0, "\(imported.stdout)\(imported.stderr)")
        return (store, row)
    }

    @Test("the md export holds the facts, the notes, the access log, and no other dossier's data")
    func accessReport() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/s"
        try z.run(["demo", "--store", store])
        let json = try z.run(["export", "2024-00277", "--format", "json", "--store", store])
        let other = try z.run(["export", "2026-00430", "--format", "json", "--store", store])
        let md = try z.run(["export", "2024-00277", "--format", "md", "--store", store])
        #expect(md.status == 0, "\(md.stderr)")
        let dossier = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])?.first)
        let members = dossier["members"] as? [[String: Any]] ?? []
        for m in members {
            #expect(md.stdout.contains("\(m["firstName"] as? String ?? "?") \(m["lastName"] as? String ?? "?")"))
        }
        for note in dossier["notes"] as? [[String: Any]] ?? [] {
            #expect(md.stdout.contains(note["text"] as? String ?? "?"))
        }
        #expect(md.stdout.contains("# Dossier 2024-00277"))
        #expect(md.stdout.contains("## Toegangslog van dit dossier"))
        #expect(md.stdout.contains(": export (formaat: json)"), "\(md.stdout)")
        #expect(md.stdout.contains(": export (formaat: md)"))
        #expect(!md.stdout.contains("format="), "the access log in words, without internal keys")
        #expect(md.stdout.contains("onbekend") || md.stdout.contains("geen"))
        // Nothing of the neighbouring dossier.
        let neighbour = try #require((try JSONSerialization.jsonObject(with: Data(other.stdout.utf8)) as? [[String: Any]])?.first)
        // 2026-00430 shares a person (Nadia) with 2024-00277 in the demo, so check a household fact only it has.
        let street = (neighbour["address"] as? [String: Any])?["street"] as? String ?? "?"
        #expect(!md.stdout.contains(street))
        let en = try z.run(["export", "2024-00277", "--format", "md", "--lang", "en", "--store", store])
        #expect(en.stdout.contains("## Access log of this case"))
    }

    @Test("merge --dry-run writes nothing; merge combines the shared person and keeps OTHER readable")
    func merge() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let (store, person) = try storeWithSharedPerson(z)
        func load(_ id: String) throws -> [String: Any] {
            let out = try z.run(["export", id, "--format", "json", "--store", store])
            return try #require((try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])?.first)
        }
        let keepBefore = try load("2024-00277"), otherBefore = try load("2026-00430")
        let dry = try z.run(["merge", "2024-00277", "2026-00430", "--dry-run", "--store", store])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("zelfde persoon (rijksregisternummer): \(person[2]) \(person[3])"))
        #expect(try load("2024-00277")["revision"] as? Int == keepBefore["revision"] as? Int)

        let run = try z.run(["merge", "2024-00277", "2026-00430", "--store", store])
        #expect(run.status == 0, "\(run.stderr)")
        let keep = try load("2024-00277"), other = try load("2026-00430")
        let keepMembers = keep["members"] as? [[String: Any]] ?? []
        let otherMembers = otherBefore["members"] as? [[String: Any]] ?? []
        let before = (keepBefore["members"] as? [[String: Any]] ?? []).count
        // The shared person once; the others of 2026-00430 added.
        let matched = dry.stdout.split(whereSeparator: \.isNewline).filter { $0.contains("zelfde persoon") }.count
        #expect(matched == 2) // the demo's shared Nadia and the person imported here
        #expect(keepMembers.count == before + otherMembers.count - matched)
        #expect(keepMembers.filter { $0["firstName"] as? String == person[2] && $0["lastName"] as? String == person[3] }.count == 1)
        #expect((other["members"] as? [[String: Any]] ?? []).count == otherMembers.count)
        #expect((other["notes"] as? [[String: Any]] ?? []).contains { $0["text"] as? String == "Samengevoegd met 2024-00277" })
        // One merge entry naming both; the earlier revisions of both stay readable.
        let audit = try z.run(["audit", "log", "--dossier", "2026-00430", "--store", store])
        let merges = audit.stdout.split(separator: "\n").filter { $0.contains("  merge  ") }
        #expect(merges.count == 1)
        #expect(merges.first?.contains("2024-00277,2026-00430") == true)
        let keepRevision = keep["revision"] as? Int ?? 0, otherRevision = other["revision"] as? Int ?? 0
        #expect(keepRevision == (keepBefore["revision"] as? Int ?? 0) + 1)
        #expect(otherRevision == (otherBefore["revision"] as? Int ?? 0) + 1)
        #expect(!merges.isEmpty)
        let again = try z.run(["merge", "2024-00277", "2026-00430", "--store", store])
        #expect(again.status != 0)
        #expect(again.stderr.contains("al samengevoegd"))
    }
}
