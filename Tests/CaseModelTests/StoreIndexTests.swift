import Foundation
import Testing
@testable import CaseModel

/// The caseload index (Store/Index/): `loadAll` through it gives exactly what reading every dossier file gives,
/// and a hand-edited, added, removed or damaged file, or a damaged index, is noticed.
@Suite struct StoreIndexTests {
    /// A store with generated households committed as one batch, and its first load (which builds the index).
    private func filledStore(_ folder: TemporaryFolder, count: Int = 40) throws -> CaseStore {
        let store = try StoreFixture.newStore(folder)
        try store.commit(batch: DemoGenerator(seed: 7).households(count: count))
        return store
    }

    private func path(_ store: CaseStore, _ raw: String) -> String {
        store.root + "/dossiers/" + StoreFixture.id(raw).fileStem + ".json"
    }

    @Test func firstLoadBuildsTheIndexAndTheSecondUsesIt() throws {
        let folder = TemporaryFolder()
        let store = try filledStore(folder)
        let first = try store.loadAllReportingIndex()
        #expect(first.index?.fromFiles == 40)
        #expect(first.index?.snapshotWritten == true)
        #expect(FileManager.default.fileExists(atPath: store.root + "/index/caseload.bin"))
        let second = try store.loadAllReportingIndex()
        #expect(second.index?.fromIndex == 40)
        #expect(second.index?.fromFiles == 0)
        #expect(second.index?.snapshotWritten == false && second.index?.deltaAppended == false)
        #expect(second.load.households == (try StoreFixture.fromFiles(store)))
        #expect(second.load.households.map(\.id) == (try store.dossierIDs()))
    }

    @Test func theCompactCopyHoldsEveryFieldOfAFullyFilledCaseload() throws {
        // The generator fills every kind of fact somewhere in 600 households; a field the codec forgot would
        // come back nil and break the equality.
        var households = DemoGenerator(seed: 3).households(count: 600)
        // The generator records no Housing First intake or buddy link: give one household both.
        households[0].housingFirst = HousingFirstIntake(
            earlierExits: "nachtopvang 2024", preferredArea: "Winterslag",
            history: [HousingFirstStateChange(state: .aangemeld, date: Day(year: 2026, month: 10, day: 2)!, user: "an")],
            priorityOverride: HousingFirstPriorityOverride(priority: 12, reason: "kinderen op komst",
                                                           date: Day(year: 2026, month: 10, day: 9)!, user: "an"))
        households[0].buddy = BuddyLink(volunteer: DossierID(rawValue: "VW-003")!, since: Day(year: 2026, month: 11, day: 1)!,
                                        confirmedBy: "an", reason: "taal")
        var w = IndexWriter()
        for h in households { HouseholdIndexCoding.encode(h, into: &w) }
        let back = try w.bytes.withUnsafeBytes { raw -> [Household] in
            var r = IndexReader(raw)
            var out: [Household] = []
            while !r.atEnd { out.append(try HouseholdIndexCoding.decode(&r)) }
            return out
        }
        #expect(back == households)
    }

    @Test func theCodecKnowsEveryFieldOfTheDomainTypes() {
        // When one of these counts changes, add the field to HouseholdIndexCoding and raise its version.
        let person = Person(firstName: "A", lastName: "B")
        #expect(Mirror(reflecting: Household(id: StoreFixture.id("X1"))).children.count == 18)
        #expect(Mirror(reflecting: person).children.count == 22)
        #expect(Mirror(reflecting: Address()).children.count == 5)
        #expect(Mirror(reflecting: Housing()).children.count == 4)
        #expect(Mirror(reflecting: Homelessness()).children.count == 8)
        #expect(Mirror(reflecting: Energy()).children.count == 16)
        #expect(Mirror(reflecting: Problem(domain: .schulden)).children.count == 3)
        #expect(Mirror(reflecting: Note(date: Day(year: 2026, month: 1, day: 1)!, author: "a", text: "t")).children.count == 3)
        #expect(Mirror(reflecting: FollowUp(due: Day(year: 2026, month: 1, day: 1)!, text: "t", author: "a")).children.count == 5)
        #expect(Mirror(reflecting: BuddyLink(volunteer: StoreFixture.id("V1"), since: Day(year: 2026, month: 1, day: 1)!,
                                             confirmedBy: "a")).children.count == 4)
    }

    @Test func aHandEditedFileIsReadAgain() throws {
        let folder = TemporaryFolder()
        let store = try filledStore(folder)
        _ = try store.loadAll()
        let target = path(store, "G-000005")
        var edited = try JSONDecoder().decode(Household.self, from: Data(contentsOf: URL(fileURLWithPath: target)))
        edited.address.street = "Handgewijzigde straat"
        let text = try StoreCoding.encode(edited)
        // Written in place, as an editor may: same inode, new size and times.
        let handle = try #require(FileHandle(forWritingAtPath: target))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: text)
        try handle.close()
        let after = try store.loadAllReportingIndex()
        #expect(after.index?.fromFiles == 1)
        #expect(after.index?.deltaAppended == true)
        #expect(after.load.households.first { $0.id.rawValue == "G-000005" }?.address.street == "Handgewijzigde straat")
        #expect(after.load.households == (try StoreFixture.fromFiles(store)))
        // The change is now in the index.
        let again = try store.loadAllReportingIndex()
        #expect(again.index?.fromFiles == 0)
        #expect(again.load.households == after.load.households)
    }

    @Test func anAddedAndARemovedFileAreNoticed() throws {
        let folder = TemporaryFolder()
        let store = try filledStore(folder)
        _ = try store.loadAll()
        let copied = try Data(contentsOf: URL(fileURLWithPath: path(store, "G-000003")))
        let added = String(decoding: copied, as: UTF8.self).replacingOccurrences(of: "G-000003", with: "H-1")
        try Data(added.utf8).write(to: URL(fileURLWithPath: store.root + "/dossiers/H-1.json"))
        try FileManager.default.removeItem(atPath: path(store, "G-000010"))
        let after = try store.loadAllReportingIndex()
        #expect(after.index?.fromFiles == 1)
        #expect(after.index?.removed == 1)
        let ids = after.load.households.map(\.id.rawValue)
        #expect(ids.contains("H-1") && !ids.contains("G-000010"))
        #expect(ids == ids.sorted())
        #expect(after.load.households == (try StoreFixture.fromFiles(store)))
        #expect(try store.loadAllReportingIndex().load.households == after.load.households)
    }

    @Test func savesAndBatchesKeepTheIndexCurrentThroughTheDelta() throws {
        let folder = TemporaryFolder()
        let store = try filledStore(folder)
        let loaded = try store.loadAll().households
        var changed = loaded[4]
        changed.address.street = "Hoogstraat"
        try store.save(changed)
        try store.create(StoreFixture.household("N-1"))
        try store.commit(batch: Array(loaded[10..<13]).map { var h = $0; h.consentOn = Day(year: 2026, month: 3, day: 1); return h })
        let after = try store.loadAllReportingIndex()
        #expect(after.index?.fromFiles == 0)
        #expect(after.index?.fromIndex == 41)
        #expect(after.load.households == (try StoreFixture.fromFiles(store)))
        #expect(after.load.households.first { $0.id == changed.id }?.address.street == "Hoogstraat")
    }

    @Test func aDamagedIndexIsRebuilt() throws {
        let folder = TemporaryFolder()
        let store = try filledStore(folder)
        let truth = try store.loadAll().households
        let snapshot = store.root + "/index/caseload.bin"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: snapshot))
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: URL(fileURLWithPath: snapshot))
        let after = try store.loadAllReportingIndex()
        #expect(after.index?.fromFiles == 40)
        #expect(after.index?.snapshotWritten == true)
        #expect(after.load.households == truth)
        // Cut short, and then gone altogether.
        try Data(bytes.prefix(100)).write(to: URL(fileURLWithPath: snapshot))
        #expect(try store.loadAllReportingIndex().load.households == truth)
        try FileManager.default.removeItem(atPath: snapshot)
        #expect(try store.loadAllReportingIndex().load.households == truth)
        #expect(try store.loadAllReportingIndex().index?.fromIndex == 40)
    }

    @Test func aTornDeltaRecordIsIgnoredAndTheFileReadInstead() throws {
        let folder = TemporaryFolder()
        let store = try filledStore(folder)
        var h = try store.loadAll().households[0]
        h.address.street = "Nieuwstraat"
        try store.save(h)
        let delta = store.root + "/index/delta.bin"
        let bytes = try Data(contentsOf: URL(fileURLWithPath: delta))
        // The save's last record is its step of the store generation (16 bytes of frame, 17 of body); three bytes
        // more cut into the dossier's record.
        try Data(bytes.dropLast(33 + 3)).write(to: URL(fileURLWithPath: delta))
        let after = try store.loadAllReportingIndex()
        #expect(after.index?.fromFiles == 1)
        #expect(after.load.households == (try StoreFixture.fromFiles(store)))
    }

    @Test func aBrokenDossierFileIsStillQuarantined() throws {
        let folder = TemporaryFolder()
        let store = try filledStore(folder)
        _ = try store.loadAll()
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: path(store, "G-000002")))
        let after = try store.loadAllReportingIndex()
        #expect(after.load.problems.count == 1)
        #expect(after.load.problems.first?.path == "dossiers/G-000002.json")
        #expect(after.load.households.count == 39)
        #expect(try store.loadAllReportingIndex().load.households.count == 39)
    }

    @Test func manyChangesRewriteTheSnapshotInsteadOfGrowingTheDelta() throws {
        let folder = TemporaryFolder()
        let store = try filledStore(folder, count: 10)
        _ = try store.loadAll()
        try store.commit(batch: DemoGenerator(seed: 7).households(count: 300, startingAt: 100))
        let after = try store.loadAllReportingIndex()
        // 300 delta records exceed the limit of max(256, n/8): compacted into a new snapshot.
        #expect(after.index?.fromIndex == 310)
        #expect(after.index?.snapshotWritten == true)
        #expect(after.load.households == (try StoreFixture.fromFiles(store)))
        let delta = try Data(contentsOf: URL(fileURLWithPath: store.root + "/index/delta.bin"))
        #expect(delta.count == CaseloadIndexFile.headerSize)
    }
}
