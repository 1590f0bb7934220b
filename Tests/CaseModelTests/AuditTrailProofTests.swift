import Foundation
import Testing
@testable import CaseModel

/// Issue 12, item 4: the audit trail vouches only for what it can prove. The end of the log is proven by
/// `audit/head.json` (lagging at most one entry after a power cut); without it `verify` says it cannot vouch for
/// the end. Every field of a line is hashed, so a field added by hand is an edit. Trails written before still
/// verify.
@Suite("Case store: what the audit trail proves")
struct AuditTrailProofTests {
    /// A store with init, create, change and view.
    private func storeWithHistory(_ folder: TemporaryFolder) throws -> CaseStore {
        let store = try StoreFixture.newStore(folder)
        var h = try store.save(StoreFixture.household("A1"))
        h.address.street = "Andere straat"
        try store.save(h)
        try store.recordView(StoreFixture.id("A1"), reason: "opvolging")
        return store
    }

    private func logPath(_ folder: TemporaryFolder) -> String { folder.store + "/audit/audit.jsonl" }
    private func headPath(_ folder: TemporaryFolder) -> String { folder.store + "/audit/head.json" }

    private func lines(_ folder: TemporaryFolder) throws -> [String] {
        try String(contentsOfFile: logPath(folder), encoding: .utf8).split(separator: "\n").map(String.init)
    }

    private func write(_ lines: [String], _ folder: TemporaryFolder) throws {
        try (lines.joined(separator: "\n") + "\n").write(toFile: logPath(folder), atomically: false, encoding: .utf8)
    }

    private func writeHead(seq: Int, hash: String, _ folder: TemporaryFolder) throws {
        try StoreCoding.encodeLine(AuditTrail.Head(seq: seq, hash: hash)).write(to: URL(fileURLWithPath: headPath(folder)))
    }

    /// The fixture's files in place of a fresh store's audit folder.
    private func storeWithFixture(_ folder: TemporaryFolder, log: Data, head: Data, checkpoint: Data? = nil) throws -> CaseStore {
        let store = try StoreFixture.newStore(folder)
        try log.write(to: URL(fileURLWithPath: logPath(folder)))
        try head.write(to: URL(fileURLWithPath: headPath(folder)))
        if let checkpoint { try checkpoint.write(to: URL(fileURLWithPath: folder.store + "/audit/checkpoint.json")) }
        return store
    }

    // MARK: - Trails written before still verify

    @Test func aTrailWrittenByTheCodeBeforeStillVerifies() throws {
        let folder = TemporaryFolder()
        let store = try storeWithFixture(folder, log: AuditTrailFixture.trail, head: AuditTrailFixture.head)
        #expect(try store.audit.verify() == AuditVerification(validEntries: 10, firstBreak: nil))
        // …and goes on: a new entry chains to the old ones.
        try store.recordView(StoreFixture.id("A1"), reason: "intake")
        #expect(try store.audit.verify() == AuditVerification(validEntries: 11, firstBreak: nil))
    }

    @Test func aSealedTrailWrittenByTheCodeBeforeStillVerifies() throws {
        let folder = TemporaryFolder()
        let store = try storeWithFixture(folder, log: AuditTrailFixture.sealedTrail, head: AuditTrailFixture.sealedHead,
                                         checkpoint: AuditTrailFixture.sealedCheckpoint)
        #expect(try store.audit.verify() == AuditVerification(validEntries: 2, firstBreak: nil))
    }

    @Test func detailsWithAnyTextStillVerify() throws {
        // The hash is taken over the line as read back; whatever a detail holds, it must read back to the same bytes.
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        var generator = SystemRandomNumberGenerator()
        let pool: [Unicode.Scalar] = (0...0x7F).compactMap(Unicode.Scalar.init)
            + ["é", "ß", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFD}", "😀", "\u{10FFFF}", "ﬁ", "\u{301}", "\u{7F}", "\u{85}", "\u{A0}"]
        func text() -> String {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...12, using: &generator) { s.append(pool.randomElement(using: &generator)!) }
            return String(s)
        }
        for _ in 0..<150 {
            var detail: [String: String] = [:]
            for _ in 0..<Int.random(in: 0...4, using: &generator) { detail[text()] = text() }
            try store.audit.append(AuditAction(text()), detail: detail)
        }
        let result = try store.audit.verify()
        #expect(result.isIntact, "\(String(describing: result.firstBreak))")
        #expect(result.validEntries == 151)
    }

    // MARK: - Every field is hashed

    @Test func aFieldAddedToALineIsReportedAsEdited() throws {
        let folder = TemporaryFolder()
        _ = try storeWithHistory(folder)
        let original = try lines(folder)
        // At the start, in the middle and at the end of line 3, and on the last line (the one head.json names).
        let edits: [(line: Int, edit: (String) -> String)] = [
            (2, { "{\"x\":1," + $0.dropFirst() }),
            (2, { $0.replacingOccurrences(of: ",\"hash\":", with: ",\"x\":1,\"hash\":") }),
            (2, { $0.dropLast() + ",\"x\":1}" }),
            (2, { $0.dropLast() + ",\"zz\":{\"note\":\"achteraf\"}}" }),
            (3, { $0.dropLast() + ",\"x\":1}" }),
        ]
        for (index, edit) in edits {
            var log = original
            log[index] = edit(log[index])
            try write(log, folder)
            let store = try CaseStore(at: folder.store, identity: StoreFixture.alice)
            let result = try store.audit.verify()
            #expect(result.firstBreak?.line == index + 1, "\(log[index])")
            #expect(result.firstBreak?.reason.contains("bewerkt") == true)
            #expect(result.validEntries == index)
        }
    }

    @Test func aFieldAddedToALineOfAnOldTrailIsReportedAsEdited() throws {
        let folder = TemporaryFolder()
        let store = try storeWithFixture(folder, log: AuditTrailFixture.trail, head: AuditTrailFixture.head)
        var log = try lines(folder)
        log[1] = log[1].dropLast() + ",\"x\":1}"
        try write(log, folder)
        #expect(try store.audit.verify().firstBreak?.line == 2)
    }

    // MARK: - The end of the log

    @Test func linesCutOffTheEndWithHeadJsonDeletedAreNotVouchedFor() throws {
        let folder = TemporaryFolder()
        let store = try storeWithHistory(folder)
        try write(Array(try lines(folder).dropLast(2)), folder)
        try FileManager.default.removeItem(atPath: headPath(folder))
        let result = try store.audit.verify()
        let brk = try #require(result.firstBreak)
        #expect(brk.reason.contains("audit/head.json ontbreekt"))
        #expect(brk.reason.contains("weggeknipt"))
        #expect(brk.line == 3)
        #expect(result.validEntries == 2)
    }

    @Test func aGarbledHeadJsonIsNotAnAnchor() throws {
        let folder = TemporaryFolder()
        let store = try storeWithHistory(folder)
        try write(Array(try lines(folder).dropLast()), folder)
        for garbage in ["", "{\"seq\":", "{\"seq\":\"vier\",\"hash\":\"x\"}", "\u{0}\u{0}\u{0}"] {
            try garbage.write(toFile: headPath(folder), atomically: false, encoding: .utf8)
            let brk = try #require(try store.audit.verify().firstBreak, "head.json \(garbage.debugDescription)")
            #expect(brk.reason.contains("audit/head.json is onleesbaar"))
        }
    }

    @Test func aFreshStoreHasAHeadAndVerifies() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        #expect(FileManager.default.fileExists(atPath: headPath(folder)))
        #expect(try store.audit.verify() == AuditVerification(validEntries: 1, firstBreak: nil))
    }

    @Test func aHeadOneEntryBehindIsACrashAndAccepted() throws {
        // A crash (or a power cut) between appending the line and moving head.json on.
        let folder = TemporaryFolder()
        let store = try storeWithHistory(folder)
        let entries = try store.audit.entries()
        try writeHead(seq: entries[2].seq, hash: entries[2].hash, folder)
        #expect(try store.audit.verify() == AuditVerification(validEntries: 4, firstBreak: nil))
        // The next write moves it on.
        try store.recordView(StoreFixture.id("A1"), reason: "intake")
        #expect(try store.audit.verify() == AuditVerification(validEntries: 5, firstBreak: nil))
    }

    @Test func aHeadTwoEntriesBehindIsAnOlderCopyAndNotVouchedFor() throws {
        // An older head.json put back lets the end be cut down to one entry past it; that is not a power cut.
        let folder = TemporaryFolder()
        let store = try storeWithHistory(folder)
        let entries = try store.audit.entries()
        try writeHead(seq: entries[1].seq, hash: entries[1].hash, folder)
        let result = try store.audit.verify()
        let brk = try #require(result.firstBreak)
        #expect(brk.reason.contains("oudere head.json"))
        #expect(brk.line == 4)
        #expect(result.validEntries == 3)
    }

    @Test func aHeadWithAnotherHashForItsEntryIsARewrite() throws {
        let folder = TemporaryFolder()
        let store = try storeWithHistory(folder)
        let entries = try store.audit.entries()
        try writeHead(seq: entries[2].seq, hash: entries[1].hash, folder)
        #expect(try store.audit.verify().firstBreak?.reason.contains("herschreven") == true)
    }

    @Test func verifyWhileAnotherWriterAppendsSeesNoFalseBreak() async throws {
        // Readers take no lock: a verify that reads the log and then a head moved on meanwhile must not take that
        // for a cut (nor a head that lags several entries for an older copy).
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        let done = DoneFlag()
        let writer = Task.detached {
            defer { done.set() }
            for n in 0..<200 { try store.audit.append(.view, dossiers: [StoreFixture.id("A1")], detail: ["n": String(n)]) }
        }
        var checks = 0
        var breaks: [String] = []
        while !done.isSet || checks < 20 {
            if let brk = try store.audit.verify().firstBreak { breaks.append(brk.description) }
            checks += 1
        }
        try await writer.value
        #expect(breaks.isEmpty, "\(breaks.count) of \(checks): \(breaks.prefix(3))")
        #expect(try store.audit.verify() == AuditVerification(validEntries: 201, firstBreak: nil))
    }
}

private final class DoneFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    func set() { lock.withLock { done = true } }
    var isSet: Bool { lock.withLock { done } }
}
