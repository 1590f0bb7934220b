import Foundation
import Testing

@Suite("zorg scan", .serialized)
struct ScanTests {
    @Test("the scan finds the demo's under-protected, energy-poor and multi-problem households, matching check --all")
    func scanMatchesCheck() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/s"
        try z.run(["demo", "--store", store])
        let check = try z.run(["check", "--all", "--format", "json", "--as-of", "2026-11-23", "--store", store])
        let results = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [[String: Any]])
        func dossiers(_ rule: String?, _ outcome: String, excluding: Set<String> = []) -> Set<String> {
            Set(results.filter { r in
                (rule == nil ? !excluding.contains(r["rule"] as? String ?? "") : r["rule"] as? String == rule)
                    && r["outcome"] as? String == outcome
            }.compactMap { $0["dossier"] as? String })
        }
        let scanOut = try z.run(["scan", "--format", "json", "--as-of", "2026-11-23", "--store", store])
        #expect(scanOut.status == 0)
        let scan = try #require(try JSONSerialization.jsonObject(with: Data(scanOut.stdout.utf8)) as? [String: Any])
        let energy = (scan["energy_poverty"] as? [String: [String]] ?? [:]).values.flatMap { $0 }
        #expect(!energy.isEmpty)
        #expect(Set(energy) == dossiers("energiearmoede", "eligible"))
        let multi = scan["multi_problem_without_buddy"] as? [String] ?? []
        #expect(!multi.isEmpty)
        #expect(Set(multi) == dossiers("multiprobleemgezin", "eligible"))
        let under = (scan["under_protection"] as? [[String: Any]] ?? []).compactMap { $0["dossier"] as? String }
        #expect(!under.isEmpty)
        // Under-protection holds every household with a right (not a signal or a programme) that is eligible, or
        // possible without an error.
        let rightsOnly: Set<String> = ["energiearmoede", "multiprobleemgezin", "housing-first"]
        let withRight = dossiers(nil, "eligible", excluding: rightsOnly)
            .union(Set(results.filter { $0["outcome"] as? String == "possible" && $0["error"] == nil
                && !rightsOnly.contains($0["rule"] as? String ?? "") }.compactMap { $0["dossier"] as? String }))
        #expect(Set(under) == withRight)
        let possible = scan["possible"] as? [[String: Any]] ?? []
        #expect(possible.count == results.filter { $0["outcome"] as? String == "possible" }.count)
        // Sorted by the certain gain (then the possible one); each total is the sum of its rows, and the two sums
        // are kept apart. Money is written as exact decimals.
        let rows = scan["under_protection"] as? [[String: Any]] ?? []
        let certain = rows.compactMap { ($0["certain"] as? NSNumber)?.decimalValue }
        let possibleSums = rows.compactMap { ($0["possible"] as? NSNumber)?.decimalValue }
        #expect(certain.count == rows.count && certain == certain.sorted(by: >))
        func close(_ a: Decimal, _ b: Decimal?) -> Bool { b.map { abs(NSDecimalNumber(decimal: a - $0).doubleValue) < 0.005 } ?? false }
        #expect(close(certain.reduce(0, +), (scan["total_certain"] as? NSNumber)?.decimalValue))
        #expect(close(possibleSums.reduce(0, +), (scan["total_possible"] as? NSNumber)?.decimalValue))
        #expect(scan["total_gain"] == nil, "no single sum of certain and possible")
        let amounts = try NSRegularExpression(pattern: #""(certain|possible|yearly|total_certain|total_possible)" : ([0-9.eE+-]+)"#)
        let text = scanOut.stdout
        for match in amounts.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let number = String(text[Range(match.range(at: 2), in: text)!])
            #expect(number.range(of: #"^[0-9]+(\.[0-9]{1,2})?$"#, options: .regularExpression) != nil, "an exact amount: \(number)")
        }
        // Pseudonymized reports carry no names.
        let md = try z.run(["scan", "--format", "md", "--pseudonymize", "--store", store])
        #expect(md.stdout.contains("Huishouden 1"))
        #expect(!md.stdout.contains("Vanderstraeten"))
    }

    @Test("the table lists at most 20 rows a section and says how many more (--limit N); json and csv stay complete")
    func limitedTable() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/s"
        try z.run(["demo", "--store", store])
        let json = try z.run(["scan", "--format", "json", "--as-of", "2026-12-07", "--store", store])
        let scan = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let under = try #require(scan["under_protection"] as? [[String: Any]])
        let possible = try #require(scan["possible"] as? [[String: Any]])
        let energy = (scan["energy_poverty"] as? [String: [String]] ?? [:])
        #expect(under.count > 20 && possible.count > 20, "the demo has long sections")
        /// The rows under a section's heading (up to the blank line or the note on the amounts).
        func rows(_ text: String, after heading: String) -> [String] {
            let lines = text.components(separatedBy: "\n")
            guard let start = lines.firstIndex(where: { $0.hasPrefix(heading) }) else { return [] }
            return Array(lines[(start + 1)...].prefix { !$0.isEmpty && !$0.hasPrefix("  (") })
        }
        let table = try z.run(["scan", "--as-of", "2026-12-07", "--store", store])
        #expect(table.status == 0)
        let underRows = rows(table.stdout, after: "Onderbescherming:")
        #expect(underRows.count == 21)
        #expect(underRows.last == "  … en \(under.count - 20) meer")
        #expect(underRows.first?.hasPrefix("  \(under[0]["dossier"] as? String ?? "?")") == true, "the first rows, in order")
        #expect(rows(table.stdout, after: "Mogelijk recht").last == "  … en \(possible.count - 20) meer")
        let three = try z.run(["scan", "--as-of", "2026-12-07", "--limit", "3", "--lang", "en", "--store", store])
        let threeRows = rows(three.stdout, after: "Under-protection:")
        #expect(threeRows.count == 4 && threeRows.last == "  … and \(under.count - 3) more", "\(threeRows)")
        let moderate = try #require(energy["medium"])
        #expect(moderate.count > 3)
        #expect(three.stdout.contains("  medium: \(moderate.count)  " + moderate.prefix(3).joined(separator: " ")
                                      + " … and \(moderate.count - 3) more"), "\(three.stdout)")
        // A section shorter than the limit is listed whole, without a count of more.
        let all = try z.run(["scan", "--as-of", "2026-12-07", "--limit", "1000", "--store", store])
        #expect(rows(all.stdout, after: "Onderbescherming:").count == under.count)
        #expect(!all.stdout.contains(" meer"))
        // CSV keeps every row; --limit is for the table only.
        let csv = try z.run(["scan", "--format", "csv", "--as-of", "2026-12-07", "--store", store])
        let gains = under.reduce(0) { $0 + (($1["rights"] as? [Any])?.count ?? 0) }
        #expect(csv.stdout.split(separator: "\n").filter { $0.hasPrefix("under_protection;") }.count == gains)
        for bad in [["--limit", "3", "--format", "json"], ["--limit", "3", "--format", "csv"], ["--limit", "-1"]] {
            #expect(try z.run(["scan"] + bad + ["--store", store]).status == 2, "\(bad)")
        }
    }
}
