@testable import CaseModel
import Testing

@Suite("Merging a duplicate dossier")
struct DossierMergeTests {
    let today = Day(year: 2026, month: 11, day: 23)!
    let birth = Day(year: 1985, month: 7, day: 30)!

    func fixture() -> (Household, Household) {
        let nn = NationalNumber.make(birthDate: birth, sequence: 33)
        var an = Person(firstName: "An", lastName: "Peeters", nationalNumber: nn, birthDate: birth, role: .aanvrager)
        an.incomeMonth = Money(euros: 1200)
        var keep = Household(id: DossierID(rawValue: "2024-00277")!, revision: 3, members: [an])
        keep.address.street = "Stalenstraat"
        keep.notes = [Note(date: today, author: "els", text: "eerste gesprek")]
        var anAgain = Person(firstName: "an", lastName: "PEETERS", nationalNumber: nn, birthDate: birth, sex: .v)
        anAgain.incomeMonth = Money(euros: 1350)
        let child = Person(firstName: "Lotte", lastName: "Peeters", birthDate: Day(year: 2015, month: 2, day: 1))
        var other = Household(id: DossierID(rawValue: "2026-00430")!, revision: 1, members: [anAgain, child])
        other.address.street = "Vennestraat"
        other.address.postcode = "3600"
        other.notes = [Note(date: today, author: "jan", text: "huurachterstal")]
        other.followUps = [FollowUp(due: today, text: "bel verhuurder", author: "jan")]
        return (keep, other)
    }

    @Test("a shared member is combined: KEEP wins a conflict, OTHER fills unknowns; new members are added")
    func combines() throws {
        let (keep, other) = fixture()
        let plan = try DossierMerge.plan(keep: keep, other: other, on: today, by: "els")
        #expect(plan.matches.count == 1)
        #expect(plan.matches.first?.basis == .nationalNumber)
        #expect(plan.added == [1])
        let merged = plan.merged
        #expect(merged.revision == 3)
        #expect(merged.members.count == 2)
        #expect(merged.members[0].firstName == "An")
        #expect(merged.members[0].sex == .v)
        #expect(merged.members[0].incomeMonth == Money(euros: 1200))
        #expect(plan.conflicts.contains { $0.column == "inkomen_maand" && $0.member == "An Peeters" })
        #expect(!plan.conflicts.contains { $0.column == "voornaam" })
        #expect(merged.address.street == "Stalenstraat")
        #expect(merged.address.postcode == "3600")
        #expect(plan.conflicts.contains { $0.column == "straat" && $0.member == nil })
        #expect(merged.notes.map(\.text).contains("huurachterstal"))
        #expect(merged.notes.map(\.text).contains("eerste gesprek"))
        #expect(merged.followUps.map(\.text) == ["bel verhuurder"])
    }

    @Test("OTHER's consents are carried over, numbered after KEEP's, a giver by position moved with the member")
    func carriesConsents() throws {
        var (keep, other) = fixture()
        _ = try keep.giveConsent(.housingFirst, givenOn: today, givenBy: ConsentGiver(position: 1),
                                 scope: ConsentPurpose.housingFirst.defaultScope, recordedBy: "els", recordedOn: today)
        // The child (position 2 in OTHER) gave nothing, but record one by position to see it follow her.
        _ = try other.giveConsent(.buddy, givenOn: today, givenBy: ConsentGiver(position: 2),
                                  scope: ConsentPurpose.buddy.defaultScope, recordedBy: "jan", recordedOn: today)
        let plan = try DossierMerge.plan(keep: keep, other: other, on: today, by: "els")
        #expect(plan.consentsAdded == 1)
        let consents = try #require(plan.merged.consents)
        #expect(consents.map(\.number) == [1, 2])
        #expect(consents[1].purpose == .buddy)
        // Lotte is added to KEEP as its second member.
        #expect(consents[1].givenBy.member(in: plan.merged)?.firstName == "Lotte")
        #expect(plan.merged.activeConsent(for: .buddy, on: today) != nil)
        #expect(plan.lines().contains { $0.contains("toestemmingen overgenomen: 1") })
    }

    @Test("OTHER keeps its facts, gets the marker note and closed follow-ups, and cannot be merged twice")
    func marksOther() throws {
        let (keep, other) = fixture()
        let plan = try DossierMerge.plan(keep: keep, other: other, on: today, by: "els")
        #expect(plan.closedOther.members == other.members)
        #expect(DossierMerge.mergedInto(plan.closedOther) == keep.id)
        #expect(DossierMerge.mergedInto(plan.merged) == nil)
        #expect(plan.closedOther.followUps.allSatisfy { $0.done })
        #expect(throws: DossierMergeError.alreadyMerged(other.id, into: keep.id)) {
            try DossierMerge.plan(keep: keep, other: plan.closedOther, on: today, by: "els")
        }
        #expect(throws: DossierMergeError.sameDossier(keep.id)) {
            try DossierMerge.plan(keep: keep, other: keep, on: today, by: "els")
        }
    }

    @Test("without national numbers, name and birth date match; a different birth date does not")
    func nameAndBirthDate() throws {
        var (keep, other) = fixture()
        keep.members[0].nationalNumber = nil
        other.members[0].nationalNumber = nil
        let plan = try DossierMerge.plan(keep: keep, other: other, on: today, by: "els")
        #expect(plan.matches.first?.basis == .nameAndBirthDate)
        other.members[0].birthDate = Day(year: 1986, month: 7, day: 30)
        let apart = try DossierMerge.plan(keep: keep, other: other, on: today, by: "els")
        #expect(apart.matches.isEmpty)
        #expect(apart.merged.members.count == 3)
    }
}

@Suite("Merging in the store")
struct DossierMergeStoreTests {
    @Test("one merge entry names both; both earlier revisions stay readable; a stale plan is refused")
    func storeMerge() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        let keep = try store.create(StoreFixture.household("2024-00277"))
        var second = StoreFixture.household("2026-00430", street: "Vennestraat")
        second.members.append(Person(firstName: "Lotte", lastName: "Peeters"))
        let other = try store.create(second)
        let today = Day(year: 2026, month: 11, day: 23)!
        let plan = try DossierMerge.plan(keep: keep, other: other, on: today, by: "alice")
        // Same name, no birth date: not proof of the same person, so both are kept in KEEP.
        #expect(plan.merged.members.count == 3)
        let (kept, merged) = try store.merge(plan)
        #expect(kept.revision == keep.revision + 1)
        #expect(try store.load(other.id).notes.last?.text == "Samengevoegd met 2024-00277")
        #expect(merged.revision == other.revision + 1)
        #expect(try store.load(keep.id, revision: keep.revision) == keep)
        #expect(try store.load(other.id, revision: other.revision) == other)
        let merges = try store.audit.entries().filter { $0.action == .merge }
        #expect(merges.count == 1)
        #expect(merges.first?.dossiers == ["2024-00277", "2026-00430"])
        #expect(merges.first?.detail["keep"] == "2024-00277")
        // The same plan again is stale: KEEP moved on.
        #expect(StoreFixture.storeError { _ = try store.merge(plan) } != nil)
    }
}
