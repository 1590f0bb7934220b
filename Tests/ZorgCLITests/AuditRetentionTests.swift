import CaseModel
import Foundation
import Testing

/// `zorg audit retention` and `zorg audit seal` through the built program: only an administrator sets the
/// retention or seals, the sealed log still verifies, and a hand-cut log does not.
@Suite("Trust: audit retention", .serialized)
struct AuditRetentionTests {
    let me = Identity.current().user

    @Test("retention is a setting; seal takes out the old entries; verify still passes; a caseworker may not seal")
    func retentionAndSeal() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/store"
        // A trail that began three years ago: entries 1100, 1000, 800, 400, 200 and 10 days old.
        try AuditAgedStore.make(at: store)
        #expect(try z.run(["audit", "retention", "--store", store]).stdout.contains("onbeperkt"))
        #expect(try z.run(["audit", "retention", "veel", "--store", store]).status == 2)
        let noSetting = try z.run(["audit", "seal", "--store", store])
        #expect(noSetting.status == 2 && noSetting.stderr.contains("zorg audit retention"))
        #expect(try z.run(["audit", "retention", "24", "--store", store]).status == 0)
        #expect(try CaseStore(at: store).auditRetention()?.months == 24)

        let entriesBefore = try CaseStore(at: store).audit.entries().count
        let dry = try z.run(["audit", "seal", "--dry-run", "--store", store])
        #expect(dry.status == 0 && dry.stdout.contains("Zou 3 items"), "\(dry.stdout)")
        #expect(try CaseStore(at: store).audit.checkpoint() == nil)

        // The retention's own cut: what is older than 24 months goes.
        let sealed = try z.run(["audit", "seal", "--archive", z.home + "/oud.jsonl", "--store", store])
        #expect(sealed.status == 0, "\(sealed.stderr)")
        #expect(sealed.stdout.contains("3 items van voor"))
        #expect(FileManager.default.fileExists(atPath: z.home + "/oud.jsonl"))
        #expect(try CaseStore(at: store).audit.entries().count == entriesBefore - 3 + 1)
        let verify = try z.run(["audit", "verify", "--store", store])
        #expect(verify.status == 0, "\(verify.stdout)")
        #expect(try z.run(["audit", "log", "--store", store]).stdout.contains("seal"))
        // Nothing older is left: a second run seals nothing.
        #expect(try z.run(["audit", "seal", "--store", store]).stdout.contains("Niets te verzegelen"))

        // As a caseworker, this user may look but not seal or change the retention.
        try CaseStore(at: store).setRole(.admin, for: "bob")
        try CaseStore(at: store).setRole(.caseworker, for: me)
        #expect(try z.run(["audit", "retention", "--store", store]).status == 0)
        #expect(try z.run(["audit", "retention", "12", "--store", store]).status == 1)
        let refused = try z.run(["audit", "seal", "--before", AuditAgedStore.date(daysAgo: 900), "--store", store])
        #expect(refused.status == 1 && refused.stderr.contains("dit vraagt de rol admin"))
        #expect(try CaseStore(at: store).audit.entries().last?.action == .refused)

        // Cutting the first line by hand behind the checkpoint's back is found.
        let log = store + "/audit/audit.jsonl"
        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        try (lines.dropFirst().joined(separator: "\n") + "\n").write(toFile: log, atomically: false, encoding: .utf8)
        #expect(try z.run(["audit", "verify", "--store", store]).status == 1)
    }
}
