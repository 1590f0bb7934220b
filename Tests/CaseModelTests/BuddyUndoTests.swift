@testable import CaseModel
import Foundation
import Testing

/// Undoing a confirmed buddy pair: the link leaves the family's dossier (a normal revisioned save), the family
/// leaves the volunteer's load, and one `unmatch` entry names only the dossier and the volunteer number.
@Suite("Undoing a buddy pair")
struct BuddyUndoTests {
    static let day = Day(year: 2026, month: 11, day: 23)!
    static let volunteerID = DossierID(rawValue: "V-0004")!

    /// A store with one family (applicant without statuses recorded, or with `statuses`) and one volunteer.
    private func store(_ folder: TemporaryFolder, statuses: [Status]? = [.leefloon]) throws -> (CaseStore, DossierID) {
        let store = try StoreFixture.newStore(folder)
        var family = StoreFixture.household("2024-00123")
        family.members[0].statuses = statuses
        try store.create(family)
        var volunteer = Volunteer(id: Self.volunteerID, firstName: "Jan", lastName: "Janssens")
        volunteer.capacity = 2
        _ = try store.save(volunteer: volunteer)
        return (store, family.id)
    }

    @Test("the link, the volunteer's load and the buddy status go; one unmatch entry without names")
    func undo() throws {
        let folder = TemporaryFolder()
        let (store, family) = try store(folder)
        try store.recordBuddy(family: family, volunteer: Self.volunteerID, since: Self.day, proposed: true, reason: nil)
        let linked = try store.load(family)
        #expect(linked.buddy?.volunteer == Self.volunteerID)
        #expect(linked.members[0].statuses?.contains(.buddy) == true)

        try store.undoBuddy(family: family, volunteer: Self.volunteerID)
        let after = try store.load(family)
        #expect(after.buddy == nil)
        #expect(after.members[0].statuses == [.leefloon], "the status the confirmation added is taken back")
        #expect(after.revision == linked.revision + 1, "a normal revisioned save")
        #expect(try store.revisions(of: family).contains(linked.revision), "the linked revision stays readable")
        #expect(try store.volunteer(Self.volunteerID).families.isEmpty)

        let entry = try #require(try store.audit.entries().last)
        #expect(entry.action == .unmatch)
        #expect(entry.action.rawValue == "unmatch")
        #expect(entry.dossiers == [family.rawValue])
        #expect(entry.detail == ["volunteer": Self.volunteerID.rawValue])
        #expect(entry.user == StoreFixture.alice.user)
        let written = try String(contentsOfFile: folder.store + "/audit/audit.jsonl", encoding: .utf8)
        #expect(!written.contains("Peeters") && !written.contains("Janssens"))
        #expect(try store.audit.verify().isIntact)
    }

    @Test("a buddy status recorded before the confirmation stays")
    func earlierStatusStays() throws {
        let folder = TemporaryFolder()
        let (store, family) = try store(folder, statuses: [.buddy, .leefloon])
        try store.recordBuddy(family: family, volunteer: Self.volunteerID, since: Self.day, proposed: true, reason: nil)
        try store.undoBuddy(family: family, volunteer: Self.volunteerID)
        #expect(try store.load(family).members[0].statuses == [.buddy, .leefloon])
    }

    @Test("a pair that is not linked is refused and nothing is written")
    func notLinked() throws {
        let folder = TemporaryFolder()
        let (store, family) = try store(folder)
        let entries = try store.audit.entries().count
        #expect(throws: BuddyUndoError.notLinked(family: family, volunteer: Self.volunteerID)) {
            try store.undoBuddy(family: family, volunteer: Self.volunteerID)
        }
        #expect(try store.audit.entries().count == entries)
        #expect(try store.load(family).revision == 1)
    }
}
