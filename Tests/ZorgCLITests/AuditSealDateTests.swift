import CaseModel
import Foundation
import Testing

/// Issue 12, item 4: `zorg audit seal --before DATE` takes entries out of the access log for good, so it refuses a
/// date in the future or inside the retention period (without a retention: less than a year ago), exit 1, and
/// changes nothing.
@Suite("Trust: the seal date", .serialized)
struct AuditSealDateTests {
    private func files(_ store: String) -> [String: Data] {
        var out: [String: Data] = [:]
        for name in ["audit.jsonl", "head.json", "checkpoint.json"] {
            out[name] = FileManager.default.contents(atPath: store + "/audit/" + name)
        }
        return out
    }

    @Test("a date in the future is refused, with or without a retention, dry run or not")
    func future() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/store"
        try AuditAgedStore.make(at: store)
        let tomorrow = Day.today().adding(days: 1).belgian
        let before = files(store)
        for extra in [[], ["--dry-run"]] {
            let out = try z.run(["audit", "seal", "--before", tomorrow, "--store", store] + extra)
            #expect(out.status == 1, "\(extra) \(out.stdout)")
            #expect(out.stderr.contains("--before \(tomorrow) ligt in de toekomst"))
            #expect(out.stderr.contains("er is niets veranderd"))
        }
        #expect(try z.run(["audit", "retention", "24", "--store", store]).status == 0)
        let withRetention = files(store)
        let out = try z.run(["audit", "seal", "--before", tomorrow, "--lang", "en", "--store", store])
        #expect(out.status == 1 && out.stderr.contains("is in the future"))
        #expect(files(store) == withRetention)
        #expect(withRetention["checkpoint.json"] == nil && before["checkpoint.json"] == nil)
    }

    @Test("a date inside the retention period is refused; the last day outside it seals")
    func insideRetention() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/store"
        try AuditAgedStore.make(at: store)
        #expect(try z.run(["audit", "retention", "24", "--store", store]).status == 0)
        let latest = RetentionDay.latest(months: 24)
        let before = files(store)
        let refused = try z.run(["audit", "seal", "--before", AuditAgedStore.date(daysAgo: 365), "--store", store])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("ligt binnen de bewaartermijn van 24 maanden"))
        #expect(refused.stderr.contains("verzegel hoogstens tot \(latest.belgian)"))
        #expect(files(store) == before)
        let sealed = try z.run(["audit", "seal", "--before", latest.belgian, "--store", store])
        #expect(sealed.status == 0, "\(sealed.stderr)")
        #expect(sealed.stdout.contains("3 items van voor \(latest.belgian) verzegeld"))
        #expect(try z.run(["audit", "verify", "--store", store]).status == 0)
    }

    @Test("without a retention a date less than a year ago is refused; older seals")
    func withoutRetention() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/store"
        try AuditAgedStore.make(at: store)
        let before = files(store)
        let refused = try z.run(["audit", "seal", "--before", AuditAgedStore.date(daysAgo: 180), "--store", store])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("is minder dan een jaar geleden en er is geen bewaartermijn gezet"))
        #expect(files(store) == before)
        let sealed = try z.run(["audit", "seal", "--before", AuditAgedStore.date(daysAgo: 370), "--store", store])
        #expect(sealed.status == 0, "\(sealed.stderr)")
        #expect(sealed.stdout.contains("4 items van voor"))
        #expect(try z.run(["audit", "verify", "--store", store]).status == 0)
    }
}

/// The last day a seal may cut at, as the program computes it.
enum RetentionDay {
    static func latest(months: Int) -> Day { AuditRetention(months: months).firstKeptDay(today: Day.today()) }
}
