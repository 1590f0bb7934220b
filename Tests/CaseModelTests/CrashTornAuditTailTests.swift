import Foundation
import Testing
@testable import CaseModel

/// What the store does with a last audit line torn by a crash mid-append (docs/security.md, docs/store.md):
/// `verify()` accepts it when head.json never moved past the line before (the entry was never acknowledged);
/// the next write moves it to `quarantine/` and records that, so the chain stays whole.
@Suite("Crash: a torn last audit line")
struct CrashTornAuditTailTests {
    private func logPath(_ folder: TemporaryFolder) -> String { folder.store + "/audit/audit.jsonl" }

    private func tearTail(_ folder: TemporaryFolder, _ bytes: String) throws {
        let handle = try #require(FileHandle(forWritingAtPath: logPath(folder)))
        handle.seekToEndOfFile()
        handle.write(Data(bytes.utf8))
        handle.closeFile()
    }

    @Test func tornTailLeftByACrashIsNotABreak() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.save(StoreFixture.household("A1"))
        try tearTail(folder, #"{"action":"change","detail":{"revi"#)
        let result = try store.audit.verify()
        #expect(result.isIntact)
        #expect(result.tornTailBytes == 34)
        #expect(result.validEntries == 2)
    }

    @Test func nextWriteSetsTheTornTailAsideAndTheChainVerifies() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        var h = try store.save(StoreFixture.household("A1"))
        try tearTail(folder, #"{"action":"chan"#)
        h.address.street = "Andere straat"
        try store.save(h)
        let result = try store.audit.verify()
        #expect(result.isIntact && result.tornTailBytes == 0)
        let entries = try store.audit.entries()
        #expect(entries.map(\.action) == [.initialize, .create, .quarantine, .change])
        let moved = try #require(entries[2].detail["movedTo"])
        #expect(entries[2].detail["tornBytes"] == "15")
        #expect(try String(contentsOfFile: folder.store + "/" + moved, encoding: .utf8) == #"{"action":"chan"#)
        #expect(StoreFixture.mode(of: folder.store + "/" + moved) == 0o600)
    }

    @Test func aTornLineThatHeadJsonAlreadyKnowsIsABreak() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.save(StoreFixture.household("A1"))
        // Half of the last acknowledged line cut away: head.json names it, so this is not a crash but damage.
        let text = try String(contentsOfFile: logPath(folder), encoding: .utf8)
        try String(text.dropLast(30)).write(toFile: logPath(folder), atomically: false, encoding: .utf8)
        #expect(try store.audit.verify().firstBreak?.line == 2)
    }
}
