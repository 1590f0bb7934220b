import Foundation
import Testing
@testable import CaseModel

/// `CaseStore.openCaseload()`: with a current index the dossiers are decoded from it a chunk at a time, and they
/// are exactly `loadAll`'s, in the same order — dossiers added since the snapshot put in their place; otherwise
/// it is `loadAll` itself.
@Suite struct CaseloadSourceTests {
    private func store(_ folder: TemporaryFolder) throws -> CaseStore {
        let store = try StoreFixture.newStore(folder)
        try store.commit(batch: DemoGenerator(seed: 5).households(count: 60))
        _ = try store.loadAll()  // builds the index
        return store
    }

    @Test func aCurrentIndexGivesLoadAllsDossiersInItsOrder() throws {
        let folder = TemporaryFolder()
        let store = try store(folder)
        let ids = try store.dossierIDs()
        // Added after the snapshot, so in the delta: before the first, between two, after the last.
        for raw in ["0000-1", ids[20].rawValue + "5", "9999-99999"] {
            try store.create(StoreFixture.household(raw))
        }
        var changed = try store.load(ids[7])
        changed.address.street = "Deltastraat"
        try store.save(changed)
        var closed = try store.load(ids[9])
        try closed.close(on: Day(year: 2026, month: 12, day: 1)!, reason: "verhuisd", by: "alice", today: Day(year: 2026, month: 12, day: 7)!)
        try store.save(closed)
        let source = try store.openCaseload()
        #expect(source.isIndexed)
        #expect(source.count == 63)
        let truth = try store.loadAll().households
        #expect(try source.all() == truth)
        #expect(try source.households(at: [62, 0, 21]) == [truth[62], truth[0], truth[21]])
        // The surveys the first pass reads instead of the dossiers: the same as worked out from them.
        #expect(try source.surveys() == truth.map(DossierSurvey.init))
        #expect(try source.surveys().filter(\.isClosed).count == 1)
        #expect(try source.surveys().contains { !$0.caresFor.isEmpty })
        #expect(try (0..<source.count).map { try source.id(at: $0) } == truth.map(\.id))
    }

    @Test func aFileChangedBehindTheIndexIsReadThroughLoadAll() throws {
        let folder = TemporaryFolder()
        let store = try store(folder)
        let id = try store.dossierIDs()[3]
        let path = store.root + "/dossiers/" + id.fileStem + ".json"
        var h = try JSONDecoder().decode(Household.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        h.address.street = "Handmatigstraat"
        try StoreCoding.encode(h).write(to: URL(fileURLWithPath: path))
        let source = try store.openCaseload()
        #expect(!source.isIndexed)
        #expect(try source.all().first { $0.id == id }?.address.street == "Handmatigstraat")
        // That load brought the index up to date: the next source reads from it again.
        let next = try store.openCaseload()
        #expect(next.isIndexed)
        #expect(try next.all() == (try source.all()))
    }

    @Test func aDamagedIndexIsNotUsedAndTheResultIsTheSame() throws {
        let folder = TemporaryFolder()
        let store = try store(folder)
        let truth = try store.loadAll().households
        let snapshot = URL(fileURLWithPath: store.root + "/index/caseload.bin")
        var bytes = try Data(contentsOf: snapshot)
        bytes[bytes.count / 2] ^= 0x33
        try bytes.write(to: snapshot)
        let source = try store.openCaseload()
        #expect(!source.isIndexed)
        #expect(try source.all() == truth)
        #expect(try store.openCaseload().isIndexed)
    }
}
