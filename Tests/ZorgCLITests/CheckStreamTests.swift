import Foundation
import Testing

/// `zorg check --all` writes its results as they are worked out, a chunk of dossiers at a time (issue 17.1):
/// over several chunks the JSON is still one array, the CSV one header, the table one header, all in dossier
/// order and the same results in every form; no progress line when standard error is not a terminal.
@Suite("zorg check --all, streamed", .serialized)
struct CheckStreamTests {
    @Test("several chunks of dossiers give one JSON array, one CSV and one table, in dossier order")
    func severalChunks() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/s"
        // The demo's 55 dossiers and 600 generated households: three chunks of 256.
        try z.run(["demo", "--store", store, "--households", "600"])
        let base = ["check", "--all", "--as-of", "2026-12-07", "--store", store]
        let json = try z.run(base + ["--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stderr.isEmpty, "no progress line in a pipe: \(json.stderr.prefix(200))")
        #expect(json.stdout.hasPrefix("[\n  {") && json.stdout.hasSuffix("}\n]\n"))
        let results = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let dossiers = results.compactMap { $0["dossier"] as? String }
        #expect(dossiers.count == results.count)
        #expect(Set(dossiers).count == 655, "every dossier")
        #expect(dossiers == dossiers.sorted(), "in dossier order")
        #expect(results.contains { !(($0["reasons"] as? [Any]) ?? []).isEmpty }, "with the reasons")

        let csv = try z.run(base + ["--format", "csv"])
        let lines = csv.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "dossier;person;rule;outcome;amount;per;missing")
        #expect(lines.last == "", "ends with one newline")
        let rows = lines.dropFirst().dropLast()
        #expect(rows.count == results.count)
        #expect(rows.map { String($0.prefix { $0 != ";" }) } == dossiers)
        // The CSV is worked out without reasons: every other field is the JSON's.
        let differing = zip(rows, results).first { row, r in
            let f = row.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            let amount = r["amount"] as? [String: Any]
            return f[1] != (r["person"] as? String ?? "") || f[2] != r["rule"] as? String || f[3] != r["outcome"] as? String
                || f[5] != (amount?["per"] as? String ?? "") || f[6] != ((r["missing"] as? [String]) ?? []).joined(separator: "|")
        }
        #expect(differing == nil, "\(differing.map { "\($0.0)" } ?? "")")

        // On a terminal (a pseudo-terminal from script(1)) standard error shows how far the check is; the
        // results on standard output carry none of it.
        let csvFile = z.home + "/check.csv"
        let terminal = Process()
        terminal.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        let command = ([ZorgProcess.binary] + base + ["--format", "csv"]).joined(separator: " ") + " > " + csvFile
        terminal.arguments = ["-qec", command, "/dev/null"]
        terminal.environment = ["HOME": z.home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        let seen = Pipe()
        terminal.standardOutput = seen
        terminal.standardInput = FileHandle.nullDevice
        try terminal.run()
        let shown = String(decoding: seen.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        terminal.waitUntilExit()
        #expect(terminal.terminationStatus == 0)
        #expect(shown.contains("Controle: 655 van 655 dossiers"), "\(shown.suffix(300))")
        #expect(try String(contentsOfFile: csvFile, encoding: .utf8) == csv.stdout)

        let table = try z.run(base)
        let tableLines = table.stdout.split(separator: "\n")
        #expect(tableLines.first?.hasPrefix("dossier  ") == true)
        #expect(tableLines.filter { $0.hasPrefix("dossier  ") }.count == 1, "one header")
        #expect(tableLines.count == results.count + 1)
        let tableDossiers = tableLines.dropFirst().map { String($0.prefix { $0 != " " }) }
        #expect(tableDossiers == dossiers, "\(zip(tableDossiers, dossiers).first { $0 != $1 }.map { "\($0)" } ?? "")")
    }

    @Test("no results: an empty JSON array, a CSV header alone, a table header alone")
    func nothingToCheck() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/s"
        try z.run(["init", "--store", store])
        #expect(try z.run(["check", "--all", "--format", "json", "--store", store]).stdout == "[]\n")
        #expect(try z.run(["check", "--all", "--format", "csv", "--store", store]).stdout == "dossier;person;rule;outcome;amount;per;missing\n")
        #expect(try z.run(["check", "--all", "--store", store]).stdout.hasPrefix("dossier  persoon  recht"))
    }
}
