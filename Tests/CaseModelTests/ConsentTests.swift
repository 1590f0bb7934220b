@testable import CaseModel
import Foundation
import Testing

/// Consent records: giving and withdrawing through the store, the `toestemming` date that follows them, the index,
/// the buddy round that matches only families with a buddy consent, and what a volunteer is shown.
@Suite("Consent records")
struct ConsentTests {
    let day = Day(year: 2026, month: 11, day: 23)!
    let an = NationalNumber("85.07.30-033.28")!

    func family() -> Household {
        var h = StoreFixture.household("C1")
        h.members[0].nationalNumber = an
        h.members.append(Person(firstName: "Emre", lastName: "Peeters", role: .kind))
        return h
    }

    @Test("a consent given and withdrawn is saved, read back, and named in the audit trail without personal data")
    func storeRoundTrip() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        var h = try store.create(family())
        let record = try h.giveConsent(.other, purposeText: "delen met het CAW (An Peeters)", givenOn: day,
                                       givenBy: ConsentGiver(nationalNumber: an, position: 1), scope: [.income, .nameAddress],
                                       recordedBy: "alice", recordedOn: day)
        #expect(record.number == 1)
        #expect(record.scope == [.nameAddress, .income])  // kept in the catalogue's order
        h = try store.save(h)
        try h.withdrawConsent(1, on: day, reason: "wil het zelf regelen", by: "alice")
        h = try store.save(h)
        let back = try store.load(StoreFixture.id("C1"))
        #expect(back.consentRecords == h.consentRecords)
        #expect(back.consentRecords.first?.withdrawal == ConsentWithdrawal(on: day, reason: "wil het zelf regelen", by: "alice"))
        #expect(back.consentRecords.first?.isActive(on: day) == false)
        #expect(back.consentRecords.first?.isActive(on: day.adding(days: -1)) == false)  // given that day, not before
        let entries = try store.audit.entries(dossier: StoreFixture.id("C1")).filter { $0.action == .consent }
        #expect(entries.map { $0.detail["consent"] } == ["give:andere:1", "withdraw:andere:1"])
        #expect(entries.allSatisfy { $0.detail["fields"] == "consents" && $0.detail["revision"] != nil })
        let log = try String(contentsOfFile: folder.store + "/audit/audit.jsonl", encoding: .utf8)
        #expect(!log.contains("CAW") && !log.contains("Peeters") && !log.contains("zelf regelen"))
        // An earlier revision still holds the consent as it was.
        #expect(try store.load(StoreFixture.id("C1"), revision: 2).consentRecords.first?.withdrawal == nil)
    }

    @Test("the Housing First consent sets toestemming; withdrawing the last one clears it; an import date is named")
    func consentOnFollowsTheHousingFirstRecords() throws {
        var h = family()
        h.consentOn = Day(year: 2025, month: 1, day: 5)
        #expect(h.consentOnFromImport)
        let giver = ConsentGiver(position: 1)
        try h.giveConsent(.buddy, givenOn: day, givenBy: giver, scope: ConsentPurpose.buddy.defaultScope, recordedBy: "a", recordedOn: day)
        #expect(h.consentOn == Day(year: 2025, month: 1, day: 5))  // a buddy consent leaves it alone
        try h.giveConsent(.housingFirst, givenOn: Day(year: 2026, month: 3, day: 1)!, givenBy: giver,
                          scope: ConsentPurpose.housingFirst.defaultScope, recordedBy: "a", recordedOn: day)
        #expect(h.consentOn == Day(year: 2026, month: 3, day: 1))
        #expect(!h.consentOnFromImport)
        try h.giveConsent(.housingFirst, givenOn: day, givenBy: giver, scope: [.housing], recordedBy: "a", recordedOn: day)
        #expect(h.consentOn == day)
        try h.withdrawConsent(3, on: day, reason: "wil niet meer", by: "a")
        #expect(h.consentOn == Day(year: 2026, month: 3, day: 1))  // the earlier one still holds
        try h.withdrawConsent(2, on: day, reason: "wil niet meer", by: "a")
        #expect(h.consentOn == nil)
        #expect(h.activeConsent(for: .housingFirst, on: day) == nil)
        #expect(h.activeConsent(for: .buddy, on: day)?.number == 1)
    }

    @Test("withdrawing Housing First consent stops the module's assessment")
    func withdrawalStopsTheHousingFirstAssessment() throws {
        let folder = TemporaryFolder()
        _ = try DemoStore.build(at: folder.store, identity: StoreFixture.alice, today: Day.today())
        let store = try CaseStore(at: folder.store, identity: StoreFixture.alice)
        let module = try #require(RuleSet.load().ruleSet.module("housing-first"))
        var h = try store.load(StoreFixture.id("2026-00388"))
        let record = try #require(h.activeConsent(for: .housingFirst, on: day), "the demo seeds record it")
        #expect(h.consentOn == record.givenOn)
        #expect(module.evaluate(h, asOf: day).first?.outcome == .eligible)
        try h.withdrawConsent(record.number, on: day, reason: "trekt aanmelding in", by: "alice")
        let saved = try store.save(h)
        #expect(saved.consentOn == nil)
        #expect(module.evaluate(saved, asOf: day).first?.outcome != .eligible)
    }

    @Test("refusals: andere without text, an empty scope, an unknown member, no reason, twice withdrawn")
    func refusals() throws {
        var h = family()
        let giver = ConsentGiver(position: 1)
        #expect(throws: ConsentError.purposeTextRequired) {
            try h.giveConsent(.other, purposeText: "  ", givenOn: day, givenBy: giver, scope: [.nameAddress], recordedBy: "a", recordedOn: day)
        }
        #expect(throws: ConsentError.emptyScope) {
            try h.giveConsent(.buddy, givenOn: day, givenBy: giver, scope: [], recordedBy: "a", recordedOn: day)
        }
        #expect(throws: ConsentError.unknownGiver("3")) {
            try h.giveConsent(.buddy, givenOn: day, givenBy: ConsentGiver(position: 3), scope: [.languages], recordedBy: "a", recordedOn: day)
        }
        try h.giveConsent(.buddy, givenOn: day, givenBy: giver, scope: [.languages], recordedBy: "a", recordedOn: day)
        #expect(throws: ConsentError.reasonRequired) { try h.withdrawConsent(1, on: day, reason: " ", by: "a") }
        #expect(throws: ConsentError.withdrawalBeforeGiven(1, given: day)) {
            try h.withdrawConsent(1, on: day.adding(days: -1), reason: "x", by: "a")
        }
        try h.withdrawConsent(1, on: day, reason: "x", by: "a")
        #expect(throws: ConsentError.alreadyWithdrawn(1, on: day)) { try h.withdrawConsent(1, on: day, reason: "x", by: "a") }
        #expect(throws: ConsentError.noSuchRecord(7)) { try h.withdrawConsent(7, on: day, reason: "x", by: "a") }
        // The giver is shown with a masked national number only.
        #expect(ConsentGiver(nationalNumber: an, position: 1).display(in: h) == "An (\(an.masked))")
        #expect(!ConsentGiver(nationalNumber: an, position: 1).display(in: h).contains("033"))
    }

    @Test("consent records survive the caseload index, and an index of the previous version is not used")
    func indexRoundTrip() throws {
        var h = family()
        try h.giveConsent(.other, purposeText: "tekst", givenOn: day, givenBy: ConsentGiver(nationalNumber: an, position: 1),
                          scope: [.health, .income], recordedBy: "a", recordedOn: day)
        try h.giveConsent(.buddy, givenOn: day, givenBy: ConsentGiver(position: 2), scope: [.languages], recordedBy: "b", recordedOn: day)
        try h.withdrawConsent(1, on: day, reason: "r", by: "c")
        var w = IndexWriter()
        HouseholdIndexCoding.encode(h, into: &w)
        HouseholdIndexCoding.encode(family(), into: &w)
        let back = try w.bytes.withUnsafeBytes { raw -> [Household] in
            var r = IndexReader(raw)
            return [try HouseholdIndexCoding.decode(&r), try HouseholdIndexCoding.decode(&r)]
        }
        #expect(back == [h, family()])
        #expect(back[1].consents == nil)
        #expect(HouseholdIndexCoding.version >= 3, "consent records arrived with version 3")
    }

    @Test("a dossier file written before consent records existed still reads; a broken record names its field")
    func olderAndBrokenFiles() throws {
        var h = family()
        let plain = try StoreCoding.encode(h)
        #expect(!String(decoding: plain, as: UTF8.self).contains("consents"))
        #expect(try StoreCoding.decode(Household.self, from: plain) == h)
        try h.giveConsent(.buddy, givenOn: day, givenBy: ConsentGiver(position: 1), scope: [.languages], recordedBy: "a", recordedOn: day)
        let text = String(decoding: try StoreCoding.encode(h), as: UTF8.self).replacingOccurrences(of: "\"buddy\"", with: "\"buddies\"")
        do {
            _ = try StoreCoding.decode(Household.self, from: Data(text.utf8))
            Issue.record("a purpose that does not exist was read")
        } catch {
            #expect(StoreCoding.readable(error).contains("consents[0].purpose"))
        }
    }

    @Test("the buddy round matches only families with a buddy consent and lists the others as needing it")
    func roundNeedsConsent() throws {
        let folder = TemporaryFolder()
        _ = try DemoStore.build(at: folder.store, identity: StoreFixture.alice, today: Day.today())
        let store = try CaseStore(at: folder.store, identity: StoreFixture.alice)
        var households = try store.loadAll().households
        let volunteers = try store.volunteers().volunteers
        let ruleSet = RuleSet.load().ruleSet
        let round = BuddyRound(households: households, volunteers: volunteers, ruleSet: ruleSet, asOf: day)
        let open = round.openFamilies.map(\.dossier.rawValue)
        #expect(open.contains("2024-00451") && open.contains("2023-00349"))
        #expect(round.consentNeeded.map(\.rawValue) == ["2023-00888"])
        #expect(!round.result.proposals.contains { $0.family.rawValue == "2023-00888" })
        #expect(!round.result.unmatched.contains { $0.family.rawValue == "2023-00888" })
        // Withdrawing 2024-00451's buddy consent takes it out of the round.
        let i = try #require(households.firstIndex { $0.id.rawValue == "2024-00451" })
        let buddy = try #require(households[i].activeConsent(for: .buddy, on: day))
        try households[i].withdrawConsent(buddy.number, on: day, reason: "wil geen buddy meer", by: "alice")
        let again = BuddyRound(households: households, volunteers: volunteers, ruleSet: ruleSet, asOf: day)
        #expect(!again.openFamilies.contains { $0.dossier.rawValue == "2024-00451" })
        #expect(again.consentNeeded.map(\.rawValue) == ["2023-00888", "2024-00451"])
    }

    @Test("a volunteer is shown only the kinds of data in the family's scope")
    func disclosureFollowsTheScope() throws {
        var h = family()
        h.members[0].languages = ["nl", "tr"]
        h.members[0].incomeMonth = Money(cents: 145_000)
        h.problems = [Problem(domain: .schulden, severity: 3)]
        #expect(BuddyDisclosure(household: h, asOf: day) == nil)
        try h.giveConsent(.buddy, givenOn: day, givenBy: ConsentGiver(position: 1), scope: [.languages, .problems],
                          recordedBy: "a", recordedOn: day)
        let d = try #require(BuddyDisclosure(household: h, asOf: day))
        #expect(d.shared.map(\.category) == [.languages, .problems])
        #expect(d.shared.map(\.value) == ["nl, tr", "schulden"])
        #expect(d.withheld == [.nameAddress, .household, .income, .housing, .health])
        let all = d.shared.map(\.value).joined()
        #expect(!all.contains("Peeters") && !all.contains("Stalenstraat") && !all.contains("1.450"))
        // With income in the scope, it is shown.
        try h.giveConsent(.buddy, givenOn: day, givenBy: ConsentGiver(position: 1), scope: [.income, .nameAddress],
                          recordedBy: "a", recordedOn: day)
        let wider = try #require(BuddyDisclosure(household: h, asOf: day))
        #expect(wider.shared.map(\.value) == ["An Peeters, Stalenstraat 12, 3600 Genk", "€ 1.450,00 / maand"])
    }

    @Test("the generator gives most multi-problem families a buddy consent and every consenting homeless person a record")
    func generatedConsents() {
        let households = DemoGenerator(seed: 7).households(count: 2_000)
        #expect(households == DemoGenerator(seed: 7).households(count: 2_000))  // deterministic
        let module = RuleSet.load().ruleSet.module("multiprobleemgezin")!
        let multi = households.filter { module.evaluate($0, asOf: day).first?.outcome == .eligible }
        let withBuddyConsent = multi.filter { $0.activeConsent(for: .buddy, on: day) != nil }
        #expect(multi.count > 50)
        #expect(withBuddyConsent.count * 10 >= multi.count * 6, "\(withBuddyConsent.count) of \(multi.count)")
        #expect(withBuddyConsent.count < multi.count, "some families still need consent")
        let homelessWithDate = households.filter { $0.homelessness.ethos != nil && $0.consentOn != nil }
        let consenting = households.filter { h in h.consentRecords.contains { $0.purpose == .housingFirst } }
        #expect(!consenting.isEmpty && consenting.count == homelessWithDate.count)
        // Each Housing First record backs the toestemming date the rule reads.
        #expect(consenting.allSatisfy { $0.consentOn == $0.activeConsent(for: .housingFirst, on: day)?.givenOn && !$0.consentOnFromImport })
        #expect(households.allSatisfy { h in h.consentRecords.allSatisfy { !$0.scope.contains(.income) } })
    }

    @Test("opening a dossier records the reason code, and the revision when an earlier one is read")
    func accessReason() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.create(family())
        try store.recordView(StoreFixture.id("C1"), reason: .controleRechten)
        try store.recordView(StoreFixture.id("C1"), reason: .correctie, revision: 1)
        let views = try store.audit.entries(dossier: StoreFixture.id("C1")).filter { $0.action == .view }
        #expect(views.map(\.detail) == [["reason": "controle-rechten"], ["reason": "correctie", "revision": "1"]])
        #expect(AccessReason(code: "follow-up") == .opvolging && AccessReason(code: "Intake") == .intake)
        #expect(AccessReason(code: "raadplegen") == nil)
        let bob = try CaseStore(at: folder.store, identity: StoreFixture.bob)
        #expect(StoreFixture.storeError { try bob.recordView(StoreFixture.id("C1"), reason: .intake) } == .noRole(user: "bob"))
    }
}
