import Foundation
import Testing
@testable import CaseModel

/// Issue 12, item 4: an anchor kept outside the store (`SEQ:HASH`) and what became of it; the rule for a
/// hand-picked seal date.
@Suite("Case store: audit anchors and the seal date")
struct AuditAnchorTests {
    private let hash = String(repeating: "ab", count: 32)

    /// A store with init, create and four views (six entries).
    private func store(_ folder: TemporaryFolder, dossier: String = "A1") throws -> CaseStore {
        let store = try StoreFixture.newStore(folder)
        try store.save(StoreFixture.household(dossier))
        for reason in ["intake", "opvolging", "correctie", "andere"] { try store.recordView(StoreFixture.id(dossier), reason: reason) }
        return store
    }

    private func logPath(_ folder: TemporaryFolder) -> String { folder.store + "/audit/audit.jsonl" }

    private func lines(_ folder: TemporaryFolder) throws -> [String] {
        try String(contentsOfFile: logPath(folder), encoding: .utf8).split(separator: "\n").map(String.init)
    }

    private func write(_ lines: [String], _ folder: TemporaryFolder) throws {
        try (lines.joined(separator: "\n") + "\n").write(toFile: logPath(folder), atomically: false, encoding: .utf8)
    }

    private func anchor(_ store: CaseStore, _ seq: Int) throws -> AuditAnchor {
        let entry = try #require(try store.audit.entries().first { $0.seq == seq })
        return AuditAnchor(seq: entry.seq, hash: entry.hash)
    }

    @Test func anAnchorIsWrittenAndReadAsSeqColonHash() {
        #expect(AuditAnchor("12:\(hash)") == AuditAnchor(seq: 12, hash: hash))
        #expect(AuditAnchor("12:\(hash.uppercased())")?.hash == hash)
        #expect(AuditAnchor(" 7:\(hash) ")?.seq == 7)
        #expect(AuditAnchor(seq: 12, hash: hash).description == "12:\(hash)")
        for bad in ["", "12", "12:", ":\(hash)", "0:\(hash)", "-1:\(hash)", "x:\(hash)", "12:\(hash.dropLast())",
                    "12:\(hash)0", "12:\(hash.dropLast())g", "12:\(hash):1", "١٢:\(hash)"] {
            #expect(AuditAnchor(bad) == nil, "\(bad)")
        }
    }

    @Test func theCurrentAnchorIsTheLastEntryOfAnIntactChain() throws {
        let folder = TemporaryFolder()
        let store = try store(folder)
        let report = try store.audit.verify(expecting: nil)
        #expect(report.holds)
        #expect(report.last == (try anchor(store, 6)))
        // No anchor for a chain that is not intact.
        try FileManager.default.removeItem(atPath: folder.store + "/audit/head.json")
        let headless = try store.audit.verify(expecting: nil)
        #expect(!headless.holds && headless.last == nil)
        #expect(headless.verification.firstBreak?.kind == .endNotProven)
    }

    @Test func anAnchorStillInTheTrailHolds() throws {
        let folder = TemporaryFolder()
        let store = try store(folder)
        let kept = try anchor(store, 4)
        try store.recordView(StoreFixture.id("A1"), reason: "intake")
        let report = try store.audit.verify(expecting: kept)
        #expect(report.expected == .present(line: 4))
        #expect(report.holds)
    }

    @Test func anAnchorCutOffTheEndIsFoundEvenWhenHeadJsonWasRewrittenToo() throws {
        let folder = TemporaryFolder()
        let store = try store(folder)
        let kept = try anchor(store, 6)
        // The careful forger: cuts two lines and writes a head.json that matches the new end.
        let entries = try store.audit.entries()
        try write(Array(try lines(folder).dropLast(2)), folder)
        try StoreCoding.encodeLine(AuditTrail.Head(seq: 4, hash: entries[3].hash))
            .write(to: URL(fileURLWithPath: folder.store + "/audit/head.json"))
        #expect(try store.audit.verify().isIntact)
        let report = try store.audit.verify(expecting: kept)
        #expect(report.expected == .cut(lastSeq: 4))
        #expect(!report.holds)
        #expect(report.expected?.message(kept, english: false).contains("weggeknipt") == true)
        #expect(report.expected?.message(kept, english: true).contains("cut off") == true)
    }

    @Test func anAnchorWhoseEntryWasRewrittenIsFound() throws {
        // Another store's trail of the same length put in place (head.json with it): it verifies on its own.
        let folder = TemporaryFolder(), other = TemporaryFolder()
        let store = try store(folder)
        let kept = try anchor(store, 3)
        _ = try self.store(other, dossier: "Z9")
        for file in ["audit.jsonl", "head.json"] {
            try FileManager.default.removeItem(atPath: folder.store + "/audit/" + file)
            try FileManager.default.copyItem(atPath: other.store + "/audit/" + file, toPath: folder.store + "/audit/" + file)
        }
        #expect(try store.audit.verify().isIntact)
        #expect(try store.audit.verify(expecting: kept).expected == .rewritten(line: 3))
    }

    @Test func anAnchoredLineEditedButKeepingItsHashIsAnEdit() throws {
        let folder = TemporaryFolder()
        let store = try store(folder)
        let kept = try anchor(store, 3)
        var log = try lines(folder)
        log[2] = log[2].replacingOccurrences(of: "\"intake\"", with: "\"andere\"")
        try write(log, folder)
        let report = try store.audit.verify(expecting: kept)
        #expect(report.expected == .edited(line: 3))
        #expect(report.verification.firstBreak?.line == 3)
    }

    @Test func anAnchoredLineRemovedIsFound() throws {
        let folder = TemporaryFolder()
        let store = try store(folder)
        let kept = try anchor(store, 3)
        var log = try lines(folder)
        log.remove(at: 2)
        try write(log, folder)
        #expect(try store.audit.verify(expecting: kept).expected == .removed)
    }

    @Test func anAnchorSealedAwayIsCheckedAgainstTheCheckpointWhenItIsTheCheckpoint() throws {
        let folder = TemporaryFolder()
        let store = try store(folder)
        let early = try anchor(store, 2), last = try anchor(store, 6)
        let result = try store.audit.seal(before: Date().addingTimeInterval(86_400))
        #expect(result.checkpoint?.seq == 6)
        #expect(try store.audit.verify(expecting: last).expected == .confirmedByCheckpoint)
        #expect(try store.audit.verify(expecting: last).holds)
        #expect(try store.audit.verify(expecting: early).expected == .sealedAway(checkpointSeq: 6))
        #expect(try store.audit.verify(expecting: early).holds == false)
        #expect(try store.audit.verify(expecting: AuditAnchor(seq: 6, hash: hash)).expected == .checkpointDiffers)
        // The seal entry itself is in the kept log.
        #expect(try store.audit.verify(expecting: anchor(store, 7)).expected == .present(line: 1))
    }

    // MARK: - The seal date

    @Test func aHandPickedSealDateIsNeitherInTheFutureNorInsideTheRetention() {
        let today = Day(year: 2026, month: 11, day: 23)!
        let twoYears = AuditRetention(months: 24)
        // Future.
        #expect(AuditSealCut.refusal(of: today.adding(days: 1), today: today, retention: twoYears)
                == .inFuture(cut: today.adding(days: 1), today: today))
        #expect(AuditSealCut.refusal(of: today.adding(days: 1), today: today, retention: nil)
                == .inFuture(cut: today.adding(days: 1), today: today))
        // Inside the retention: up to 23-11-2024 may go.
        let latest = Day(year: 2024, month: 11, day: 23)!
        #expect(AuditSealCut.refusal(of: today, today: today, retention: twoYears)
                == .insideRetention(cut: today, months: 24, latest: latest))
        #expect(AuditSealCut.refusal(of: latest.adding(days: 1), today: today, retention: twoYears) != nil)
        #expect(AuditSealCut.refusal(of: latest, today: today, retention: twoYears) == nil)
        #expect(AuditSealCut.refusal(of: Day(year: 2020, month: 1, day: 1)!, today: today, retention: twoYears) == nil)
        // Without a retention: at least a year.
        let yearAgo = Day(year: 2025, month: 11, day: 23)!
        #expect(AuditSealCut.refusal(of: yearAgo.adding(days: 1), today: today, retention: nil)
                == .lessThanAYear(cut: yearAgo.adding(days: 1), latest: yearAgo))
        #expect(AuditSealCut.refusal(of: yearAgo, today: today, retention: nil) == nil)
        // A short retention allows a recent cut, but never a future one.
        #expect(AuditSealCut.refusal(of: Day(year: 2026, month: 10, day: 23)!, today: today, retention: AuditRetention(months: 1)) == nil)
        let message = AuditSealCutRefusal.insideRetention(cut: today, months: 24, latest: latest).message(english: false)
        #expect(message.contains("23-11-2024") && message.contains("24 maanden") && message.contains("niets veranderd"))
    }

    // MARK: - Reading a merge plan

    @Test func aMergePlanShownIsOneEntryNamingBothWithIdsOnly() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.save(StoreFixture.household("A1"))
        try store.save(StoreFixture.household("B2", street: "Molenstraat"))
        let plan = try DossierMerge.plan(keep: store.load(StoreFixture.id("A1")), other: store.load(StoreFixture.id("B2")),
                                         on: Day.today(), by: "alice")
        try store.recordMergePlan(plan)
        let entry = try #require(try store.audit.entries().last)
        #expect(entry.action == .mergePlan)
        #expect(entry.dossiers == ["A1", "B2"])
        #expect(entry.detail == ["keep": "A1", "merged": "B2", "conflicts": String(plan.conflicts.count)])
        let log = try String(contentsOfFile: folder.store + "/audit/audit.jsonl", encoding: .utf8)
        #expect(!log.contains("Peeters") && !log.contains("Molenstraat"))
        // Nothing was written to the dossiers.
        #expect(try store.load(StoreFixture.id("A1")).revision == 1)
        // A volunteer may not.
        try store.setRole(.volunteer, for: "bob")
        let bob = try CaseStore(at: folder.store, identity: StoreFixture.bob)
        #expect(throws: StoreError.self) { try bob.recordMergePlan(plan) }
    }
}
