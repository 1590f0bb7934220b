import Foundation
import Testing
@testable import CaseModel

/// The import spread over the cores (issue 17.3): rows parsed a block of dossiers at a time on every core, records
/// encoded and staged on every core. The outcome must be what one core gives: the same rows in the same dossiers,
/// the same files, the same all-or-nothing.
@Suite("Import: on every core")
struct ImportParallelTests {
    @Test("ParallelMap gives the serial map's results, in order, on either side of its chunk")
    func parallelMapInOrder() {
        for count in [0, 1, 31, 32, 33, 1000, 4099] {
            let mapped = ParallelMap.map(count, chunk: 32) { i in "\(i * i)" }
            #expect(mapped == (0..<count).map { "\($0 * $0)" })
        }
    }

    /// Dossiers of 1 to 3 rows over several parse blocks; one bad row far into the file: every row keeps its own
    /// dossier and line, and the bad one is reported on its own line in its own dossier.
    @Test("Rows parsed in blocks stay with their dossiers and lines")
    func blocksKeepRowsInPlace() {
        let dossiers = ClientListImport.dossiersPerBlock * 2 + 77
        var lines = ["dossier;voornaam;naam;geboortedatum;rol;postcode"]
        var expected: [String: [Int]] = [:]
        let bad = "D\(dossiers - 40)"
        for d in 1...dossiers {
            for m in 0..<(d % 3 + 1) {
                let birth = m == 1 && "D\(d)" == bad ? "31-02-1990" : "0\(m + 1)-01-19\(50 + d % 40)"
                lines.append("D\(d);Voornaam\(d)x\(m);Naam\(d);\(birth);\(m == 0 ? "aanvrager" : "kind");3600")
                expected["D\(d)", default: []].append(lines.count)
            }
        }
        let plan = ImportFixture.plan(lines)
        #expect(plan.records.count == dossiers)
        #expect(plan.records.map(\.id) == (1...dossiers).map { "D\($0)" })
        for record in plan.records { #expect(record.lines == expected[record.id]) }
        for row in plan.rows { #expect(expected[row.id!]?.contains(row.line) == true) }
        let badLine = expected[bad]![1]
        #expect(plan.errors.map(\.line) == [badLine])
        #expect(plan.row(line: badLine)?.id == bad)
        #expect(plan.row(line: badLine)?.outcome.code == "rejected")
        #expect(plan.householdsToWrite.count == dossiers)
        let written = plan.household(bad)!
        #expect(written.members.count == expected[bad]!.count - 1)
        #expect(plan.household("D\(dossiers)")?.members.map(\.firstName) == (0..<(dossiers % 3 + 1)).map { "Voornaam\(dossiers)x\($0)" })
    }

    /// A batch of 300 where 100 dossiers are stored already: the new ones are known from one listing, the stored
    /// ones are still read, revision-checked and kept in their history.
    @Test("A large batch of new and stored dossiers: revisions and history as one by one")
    func largeBatchMixesNewAndStored() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        let stored = try store.commit(batch: DemoGenerator(seed: 3).households(count: 100))
        let changed = stored.map { var h = $0; h.address.houseNumber = "9"; return h }
        let fresh = DemoGenerator(seed: 3).households(count: 200, startingAt: 101)
        let saved = try store.commit(batch: changed + fresh)
        #expect(saved.prefix(100).allSatisfy { $0.revision == 2 })
        #expect(saved.dropFirst(100).allSatisfy { $0.revision == 1 })
        for h in saved {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder.store + "/dossiers/\(h.id.fileStem).json"))
            #expect(data == (try StoreCoding.encode(h)))
        }
        #expect(try store.revisions(of: changed[0].id) == [1, 2])
        #expect(try store.load(changed[99].id, revision: 1).address.houseNumber == stored[99].address.houseNumber)
        // A stored dossier sent again at its old revision, in a large batch: refused, nothing written.
        let before = StoreFixture.names(in: folder.store + "/dossiers")
        let more = DemoGenerator(seed: 3).households(count: 100, startingAt: 401)
        #expect(StoreFixture.storeError { try store.commit(batch: more + [changed[5]]) }.map { if case .stale = $0 { true } else { false } } == true)
        #expect(StoreFixture.names(in: folder.store + "/dossiers") == before)
    }

    /// One record of a large batch cannot be written (a control character in a name): the error names it, and
    /// no staged file of any core is left behind.
    @Test("A record refused in the middle of a large batch leaves nothing behind")
    func refusedRecordLeavesNothing() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        var batch = DemoGenerator(seed: 4).households(count: 700)
        batch[450].members[0].firstName = "An\u{1B}[2J"
        let error = StoreFixture.storeError { try store.commit(batch: batch) }
        guard case .controlCharacter(_, let id, _) = error else {
            Issue.record("expected a control-character refusal, got \(String(describing: error))")
            return
        }
        #expect(id == batch[450].id)
        #expect(StoreFixture.names(in: folder.store + "/dossiers") == [])
        #expect(try store.loadAll().households.isEmpty)
    }
}
