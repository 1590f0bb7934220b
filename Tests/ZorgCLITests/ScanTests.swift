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
}
