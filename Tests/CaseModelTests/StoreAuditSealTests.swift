import Foundation
import Testing
@testable import CaseModel

/// Retention of the audit trail: sealing the old part keeps the rest verifiable from a checkpoint, and the
/// ways a seal could hide tampering are refused or found.
@Suite("Case store: audit retention (seal)")
struct StoreAuditSealTests {
    // The store's own first entries are written now; the later ones are dated after them, as a log grows.
    private let now = Date()
    private var day1: Date { now.addingTimeInterval(1 * 86_400) }
    private var day2: Date { now.addingTimeInterval(10 * 86_400) }
    private var day3: Date { now.addingTimeInterval(40 * 86_400) }
    /// A cut between day2 and day3: everything but the last view is older.
    private var cut: Date { now.addingTimeInterval(20 * 86_400) }

    /// A store whose log holds init and create (now), 2 views on day1, 2 on day2 and 1 on day3.
    private func agedStore(_ folder: TemporaryFolder) throws -> CaseStore {
        let store = try StoreFixture.newStore(folder)
        try store.save(StoreFixture.household("A1"))
        let id = [StoreFixture.id("A1").rawValue]
        try store.audit.appendLocked(.view, dossiers: id, detail: ["reason": "intake"], now: day1)
        try store.audit.appendLocked(.view, dossiers: id, detail: ["reason": "opvolging"], now: day1)
        try store.audit.appendLocked(.view, dossiers: id, detail: ["reason": "controle"], now: day2)
        try store.audit.appendLocked(.view, dossiers: id, detail: ["reason": "correctie"], now: day2)
        try store.audit.appendLocked(.view, dossiers: id, detail: ["reason": "intake"], now: day3)
        return store
    }

    private func logLines(_ folder: TemporaryFolder) throws -> [String] {
        try String(contentsOfFile: folder.store + "/audit/audit.jsonl", encoding: .utf8).split(separator: "\n").map(String.init)
    }

    private func writeLog(_ lines: [String], _ folder: TemporaryFolder) throws {
        try (lines.joined(separator: "\n") + "\n").write(toFile: folder.store + "/audit/audit.jsonl", atomically: false, encoding: .utf8)
    }

    @Test func sealTakesOutTheOldPrefixAndTheRestStillVerifies() throws {
        let folder = TemporaryFolder()
        let store = try agedStore(folder)
        let before = try store.audit.entries()
        // Nothing is older than yesterday.
        let none = try store.audit.seal(before: now.addingTimeInterval(-86_400))
        #expect(none.sealedEntries == 0)
        #expect(try store.audit.entries() == before)

        let dry = try store.audit.seal(before: cut, dryRun: true)
        #expect(try store.audit.entries() == before)
        #expect(try store.audit.checkpoint() == nil)
        let archive = folder.path + "/sealed.jsonl"
        let result = try store.audit.seal(before: cut, archive: archive, now: day3.addingTimeInterval(3600))
        #expect(result.sealedEntries == dry.sealedEntries)
        let sealedCount = before.count - 1
        #expect(result.sealedEntries == sealedCount)
        let after = try store.audit.entries()
        #expect(after.first?.seq == sealedCount + 1)
        #expect(after.last?.action == .seal)
        #expect(after.last?.detail["upToSeq"] == String(sealedCount))
        let checkpoint = try #require(try store.audit.checkpoint())
        #expect(checkpoint.seq == sealedCount)
        #expect(checkpoint.hash == before[sealedCount - 1].hash)
        #expect(try store.audit.verify().isIntact)
        // The archive holds exactly the sealed lines, readable by the owner only.
        let archived = try String(contentsOfFile: archive, encoding: .utf8).split(separator: "\n")
        #expect(archived.count == sealedCount)
        #expect(StoreFixture.mode(of: archive) & 0o077 == 0)
        // New entries chain on from the kept part.
        try store.recordView(StoreFixture.id("A1"), reason: "intake")
        #expect(try store.audit.verify().isIntact)
    }

    @Test func aSealCutOffBeforeTheLogWasRewrittenStillVerifies() throws {
        let folder = TemporaryFolder()
        let store = try agedStore(folder)
        let full = try logLines(folder)
        _ = try store.audit.seal(before: cut)
        let checkpoint = try #require(try store.audit.checkpoint())
        // The state a crash between writing the checkpoint and cutting the log leaves: the old lines are back.
        let kept = try logLines(folder)
        try writeLog(Array(full.prefix(checkpoint.seq)) + kept, folder)
        #expect(try store.audit.verify().isIntact)
        #expect(try store.audit.entries().first?.seq == checkpoint.seq + 1)
        // …but the last sealed line must still be the one the checkpoint names.
        var edited = full
        edited[checkpoint.seq - 1] = edited[checkpoint.seq - 1].replacingOccurrences(of: "\"user\":\"alice\"", with: "\"user\":\"eve\"")
        try writeLog(Array(edited.prefix(checkpoint.seq - 1)) + [edited[checkpoint.seq - 1]] + kept, folder)
        let broken = try store.audit.verify()
        #expect(broken.firstBreak != nil)
    }

    @Test func linesRemovedByHandWithAForgedCheckpointAreFound() throws {
        let folder = TemporaryFolder()
        let store = try agedStore(folder)
        let lines = try logLines(folder)
        let entries = try store.audit.entries()
        // Take out the first three lines and write a checkpoint that pretends they were sealed.
        let forged = AuditCheckpoint(seq: 3, hash: entries[2].hash, before: "2026-01-01T00:00:00Z",
                                     sealedAt: "2026-11-23T00:00:00Z", sealedBy: "eve", sealedEntries: 3)
        try StoreCoding.encodeLine(forged).write(to: URL(fileURLWithPath: folder.store + "/audit/checkpoint.json"))
        try writeLog(Array(lines.dropFirst(3)), folder)
        let result = try store.audit.verify()
        #expect(result.firstBreak?.reason.contains("verzegel-item") == true)
    }

    @Test func aBrokenChainIsNotSealedAndNothingChanges() throws {
        let folder = TemporaryFolder()
        let store = try agedStore(folder)
        var lines = try logLines(folder)
        lines[3] = lines[3].replacingOccurrences(of: "opvolging", with: "nieuwsgierig")
        try writeLog(lines, folder)
        #expect(throws: AuditSealError.self) {
            _ = try store.audit.seal(before: cut)
        }
        #expect(try logLines(folder) == lines)
        #expect(try store.audit.checkpoint() == nil)
    }

    @Test func aKeptLineEditedAfterASealIsFound() throws {
        let folder = TemporaryFolder()
        let store = try agedStore(folder)
        _ = try store.audit.seal(before: cut)
        var lines = try logLines(folder)
        lines[0] = lines[0].replacingOccurrences(of: "intake", with: "andere")
        try writeLog(lines, folder)
        #expect(try store.audit.verify().firstBreak?.line == 1)
    }

    @Test func retentionSettingIsStoredAuditedAndABrokenFileIsNamed() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        #expect(try store.auditRetention() == nil)
        try store.setAuditRetention(AuditRetention(months: 24))
        #expect(try store.auditRetention() == AuditRetention(months: 24))
        #expect(try store.audit.entries().last?.detail["auditRetentionMonths"] == "24")
        #expect(AuditRetention(months: 24).firstKeptDay(today: Day(year: 2026, month: 11, day: 23)!)
                == Day(year: 2024, month: 11, day: 23)!)
        try store.setAuditRetention(nil)
        #expect(try store.auditRetention() == nil)
        try "{\"months\": \"veel\"}".write(toFile: folder.store + "/audit/retention.json", atomically: true, encoding: .utf8)
        let error = StoreFixture.storeError { _ = try store.auditRetention() }
        #expect(String(describing: error).contains("audit/retention.json"))
    }
}
