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
        #expect(Set(under) == dossiers(nil, "eligible", excluding: ["energiearmoede", "multiprobleemgezin", "housing-first"]))
        let possible = scan["possible"] as? [[String: Any]] ?? []
        #expect(possible.count == results.filter { $0["outcome"] as? String == "possible" }.count)
        // Sorted by expected gain, and the total is the sum of the rows.
        let totals = (scan["under_protection"] as? [[String: Any]] ?? []).compactMap { $0["total"] as? Double }
        #expect(totals == totals.sorted(by: >))
        let sum = totals.reduce(0, +)
        #expect(abs(sum - (scan["total_gain"] as? Double ?? -1)) < 0.01)
        // Pseudonymized reports carry no names.
        let md = try z.run(["scan", "--format", "md", "--pseudonymize", "--store", store])
        #expect(md.stdout.contains("Huishouden 1"))
        #expect(!md.stdout.contains("Vanderstraeten"))
    }
}
