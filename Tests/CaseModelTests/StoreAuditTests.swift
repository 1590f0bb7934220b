import Foundation
import Testing
@testable import CaseModel

@Suite("Case store: audit trail")
struct StoreAuditTests {
    /// A store with an init entry and three more: create, change, view.
    private func storeWithHistory(_ folder: TemporaryFolder) throws -> CaseStore {
        let store = try StoreFixture.newStore(folder)
        var h = try store.save(StoreFixture.household("A1"))
        h.address.street = "Andere straat"
        try store.save(h)
        try store.recordView(StoreFixture.id("A1"), reason: "huisbezoek voorbereiden")
        return store
    }

    private func logPath(_ folder: TemporaryFolder) -> String { folder.store + "/audit/audit.jsonl" }

    private func lines(_ folder: TemporaryFolder) throws -> [String] {
        try String(contentsOfFile: logPath(folder), encoding: .utf8).split(separator: "\n").map(String.init)
    }

    private func write(_ lines: [String], _ folder: TemporaryFolder) throws {
        try (lines.joined(separator: "\n") + "\n").write(toFile: logPath(folder), atomically: false, encoding: .utf8)
    }

    @Test func everyChangeAndViewIsOneChainedEntry() throws {
        let folder = TemporaryFolder()
        let store = try storeWithHistory(folder)
        let entries = try store.audit.entries()
        #expect(entries.map(\.action) == [.initialize, .create, .change, .view])
        #expect(entries.map(\.seq) == [1, 2, 3, 4])
        #expect(entries.allSatisfy { $0.user == "alice" })
        #expect(entries[0].prevHash == AuditEntry.genesisHash)
        #expect(entries[2].prevHash == entries[1].hash)
        #expect(entries[2].detail["fields"] == "address")
        #expect(entries[3].detail["reason"] == "huisbezoek voorbereiden")
        #expect(try store.audit.entries(dossier: StoreFixture.id("A1")).count == 3)
        #expect(try store.audit.verify().isIntact)
    }

    @Test func auditTrailHoldsNoNamesOfClients() throws {
        let folder = TemporaryFolder()
        _ = try storeWithHistory(folder)
        let text = try String(contentsOfFile: logPath(folder), encoding: .utf8)
        #expect(!text.contains("Peeters") && !text.contains("Andere straat"))
    }

    @Test func editedLineIsFoundWithItsLineNumber() throws {
        let folder = TemporaryFolder()
        let store = try storeWithHistory(folder)
        var log = try lines(folder)
        log[2] = log[2].replacingOccurrences(of: "\"user\":\"alice\"", with: "\"user\":\"mallory\"")
        try write(log, folder)
        let result = try store.audit.verify()
        #expect(result.firstBreak?.line == 3)
        #expect(result.validEntries == 2)
    }

    @Test func removedLineIsFound() throws {
        let folder = TemporaryFolder()
        let store = try storeWithHistory(folder)
        var log = try lines(folder)
        log.remove(at: 1)
        try write(log, folder)
        #expect(try store.audit.verify().firstBreak?.line == 2)
    }

    @Test func reorderedLinesAreFound() throws {
        let folder = TemporaryFolder()
        let store = try storeWithHistory(folder)
        var log = try lines(folder)
        log.swapAt(1, 2)
        try write(log, folder)
        #expect(try store.audit.verify().firstBreak?.line == 2)
    }

    @Test func cutOffEndIsFound() throws {
        let folder = TemporaryFolder()
        let store = try storeWithHistory(folder)
        let log = try lines(folder)
        try write(Array(log.dropLast()), folder)
        let result = try store.audit.verify()
        #expect(result.firstBreak?.line == 4)
        #expect(result.firstBreak?.reason.contains("weggeknipt") == true)
    }

    @Test func tornLastLineIsFound() throws {
        let folder = TemporaryFolder()
        let store = try storeWithHistory(folder)
        let log = try lines(folder)
        let torn = log.dropLast().joined(separator: "\n") + "\n" + String(log.last!.prefix(20))
        try torn.write(toFile: logPath(folder), atomically: false, encoding: .utf8)
        #expect(try store.audit.verify().firstBreak?.line == 4)
    }

    @Test func appendAfterReopeningContinuesTheChain() throws {
        let folder = TemporaryFolder()
        _ = try storeWithHistory(folder)
        let reopened = try CaseStore(at: folder.store, identity: StoreFixture.alice)
        let entry = try reopened.audit.append(.scan, detail: ["count": "1"])
        #expect(entry.seq == 5)
        #expect(try reopened.audit.verify() == AuditVerification(validEntries: 5, firstBreak: nil))
    }
}
