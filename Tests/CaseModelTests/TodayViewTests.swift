import Foundation
import Testing
@testable import CaseModel

/// "Vandaag" as the office builds it: follow-ups assigned to the caseworker by due date, her dossiers changed by
/// someone else since she last looked, and rights found since then; her state kept in `users/NAME.json`.
@Suite("Office: vandaag")
struct TodayViewTests {
    static let day = Day(year: 2026, month: 12, day: 7)!

    @Test("follow-ups by due date for their owner, changes by others and new rights since the last look")
    func today() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.setRole(.caseworker, for: "bob")
        let alice = try Office.open(at: folder.store, identity: StoreFixture.alice)
        let bob = try Office.open(at: folder.store, identity: StoreFixture.bob)

        var h = StoreFixture.household("2026-00001")
        h.members[0].birthDate = Day(year: 1950, month: 1, day: 1)
        h.members[0].incomeMonth = Money(cents: 600_000)
        h.members[0].incomeYear = Money(cents: 8_000_000)
        h.followUps = [FollowUp(due: Self.day.adding(days: -2), text: "te laat", author: "alice"),
                       FollowUp(due: Self.day, text: "vandaag", author: "bob", assignee: "alice"),
                       FollowUp(due: Self.day.adding(days: 3), text: "deze week", author: "alice"),
                       FollowUp(due: Self.day.adding(days: 10), text: "later", author: "alice"),
                       FollowUp(due: Self.day, text: "aan bob gegeven", author: "alice", assignee: "bob"),
                       FollowUp(due: Self.day, text: "gedaan", author: "alice", done: true)]
        let saved = try alice.register(h, today: Self.day)
        #expect(saved.consulent == "alice")

        func rights(_ h: Household) throws -> Set<String> {
            Set(try alice.checks(of: h, asOf: Self.day).filter { ($0.outcome == .eligible || $0.outcome == .possible) && $0.kind == .right }
                .map { "\($0.rule)|\($0.personIndex.map { String($0 + 1) } ?? "")|\($0.outcome.rawValue)" })
        }
        let before = try rights(saved)
        let first = try alice.today(asOf: Self.day, now: Date(timeIntervalSince1970: 1_765_000_000), markLooked: true)
        #expect(first.overdue.map(\.followUp.text) == ["te laat"])
        #expect(first.dueToday.map(\.followUp.text) == ["vandaag"])
        #expect(first.dueThisWeek.map(\.followUp.text) == ["deze week"])
        #expect(first.changedByOthers.isEmpty && first.newRights.isEmpty, "the first look has nothing 'since'")
        #expect(first.myDossiers == 1)
        #expect(try bob.today(asOf: Self.day, markLooked: false).dueToday.map(\.followUp.text) == ["aan bob gegeven"])

        // Bob changes her dossier; a right appears (a lower income) — both show on her next look, once.
        var changed = try bob.reread(saved.id)
        changed.members[0].incomeMonth = Money(cents: 70_000)
        changed.members[0].incomeYear = Money(cents: 840_000)
        changed.members[0].statuses = []
        let after = try rights(try bob.save(changed))
        let second = try alice.today(asOf: Self.day, markLooked: true)
        let expected = after.subtracting(before)
        #expect(!expected.isEmpty, "a lower income opens a right in this household")
        #expect(Set(second.newRights.map { "\($0.rule)|\($0.person.map(String.init) ?? "")|\($0.outcome.rawValue)" }) == expected)
        #expect(second.since != nil)
        #expect(second.changedByOthers.map(\.user) == ["bob"])
        let third = try alice.today(asOf: Self.day, markLooked: true)
        #expect(third.changedByOthers.isEmpty, "seen once")
        #expect(third.newRights.isEmpty)
        #expect(FileManager.default.fileExists(atPath: folder.store + "/users/alice.json"))
        #expect(try store.audit.entries().contains { $0.action == AuditAction("list") && $0.detail["list"] == "vandaag" })
    }

    @Test("leaving Vandaag marks as seen the rights that view showed, not those found while she looked")
    func markLookedKeepsTheViewsRights() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.setRole(.caseworker, for: "bob")
        let alice = try Office.open(at: folder.store, identity: StoreFixture.alice)
        let bob = try Office.open(at: folder.store, identity: StoreFixture.bob)
        var h = StoreFixture.household("2026-00001")
        h.members[0].incomeMonth = Money(cents: 600_000)
        h.members[0].incomeYear = Money(cents: 8_000_000)
        let saved = try alice.register(h, today: Self.day)
        _ = try alice.today(asOf: Self.day, markLooked: true)

        // She opens Vandaag; while it is on her screen, Bob lowers the income and a right opens.
        let onScreen = try alice.today(asOf: Self.day, now: Date(), markLooked: false)
        var changed = try bob.reread(saved.id)
        changed.members[0].incomeMonth = Money(cents: 70_000)
        changed.members[0].incomeYear = Money(cents: 840_000)
        changed.members[0].statuses = []
        _ = try bob.save(changed)
        try alice.markLooked(onScreen, at: Date())

        // She never saw that right: her next look names it.
        let next = try alice.today(asOf: Self.day, markLooked: false)
        #expect(!next.newRights.isEmpty, "a right that came while she looked is still new")
        #expect(next.newRights.allSatisfy { $0.dossier == saved.id })
        try alice.markLooked(next, at: Date())
        #expect(try alice.today(asOf: Self.day, markLooked: false).newRights.isEmpty, "seen once")
    }

    @Test("the start screen is her own setting; an odd login name never becomes a path")
    func state() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        let alice = try Office.open(at: folder.store, identity: StoreFixture.alice)
        #expect(alice.startScreen == .caseload)
        try alice.setStartScreen(.vandaag)
        #expect(alice.startScreen == .vandaag)
        let odd = try CaseStore(at: folder.store, identity: Identity(user: "../../etc/x"))
        #expect(odd.personStatePath("../../etc/x").hasSuffix("/users/x-2e2e2f2e2e2f6574632f78.json"))
        #expect(store.personStatePath("alice").hasSuffix("/users/alice.json"))
    }

    @Test("a Housing First step planned for today or earlier is listed for her until the step is taken")
    func plannedHousingFirstSteps() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.setRole(.caseworker, for: "bob")
        let alice = try Office.open(at: folder.store, identity: StoreFixture.alice)
        let bob = try Office.open(at: folder.store, identity: StoreFixture.bob)
        func intake(_ id: String, planned state: HousingFirstState?, on day: Day, by user: String) -> Household {
            var h = StoreFixture.household(id)
            var i = HousingFirstIntake()
            try! i.change(to: .aangemeld, on: Self.day.adding(days: -30), by: user, reason: nil)
            if let state { try! i.plan(state, on: day, by: user) }
            h.housingFirst = i
            return h
        }
        let due = try alice.register(intake("2026-00001", planned: .gescreend, on: Self.day, by: "alice"), today: Self.day)
        _ = try alice.register(intake("2026-00002", planned: .gescreend, on: Self.day.adding(days: 1), by: "alice"), today: Self.day)
        let late = try bob.register(intake("2026-00003", planned: .gescreend, on: Self.day.adding(days: -4), by: "alice"), today: Self.day)
        _ = try bob.register(intake("2026-00004", planned: .gescreend, on: Self.day, by: "bob"), today: Self.day)

        let view = try alice.today(asOf: Self.day, markLooked: false)
        // Oldest first: planned by her in Bob's dossier (4 days late), then hers for today; tomorrow's and Bob's own
        // plan in his dossier are not hers today.
        #expect(view.plannedSteps.map(\.dossier) == [late.id, due.id])
        #expect(view.plannedSteps.allSatisfy { $0.step.state == .gescreend })
        #expect(try bob.today(asOf: Self.day, markLooked: false).plannedSteps.map(\.dossier.rawValue) == ["2026-00003", "2026-00004"])

        // The step taken: the plan is gone, and so is the line.
        var taken = try alice.reread(due.id)
        try taken.housingFirst!.change(to: .gescreend, on: Self.day, by: "alice", reason: nil)
        #expect(taken.housingFirst?.plannedStep == nil)
        _ = try alice.save(taken)
        #expect(try alice.today(asOf: Self.day, markLooked: false).plannedSteps.map(\.dossier) == [late.id])

        // Only a step the intake may take next can be planned.
        var i = HousingFirstIntake()
        #expect(throws: HousingFirstIntakeError.self) { try i.plan(.gehuisvest, on: Self.day, by: "alice") }
    }

    @Test("in her dossiers, what opens or ends in the next three months because of a date")
    func upcomingInHerDossiers() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.setRole(.caseworker, for: "bob")
        let alice = try Office.open(at: folder.store, identity: StoreFixture.alice)
        let bob = try Office.open(at: folder.store, identity: StoreFixture.bob)
        func lutgarde(_ id: String) -> Household {
            var h = UpcomingRightsTests.household()
            h.id = DossierID(rawValue: id)!
            h.members[0].nationalNumber = nil
            return h
        }
        _ = try alice.register(lutgarde("2026-00001"), today: Self.day)
        _ = try bob.register(lutgarde("2026-00002"), today: Self.day)
        // 66 on 15-06-2027: more than three months after 07-12-2026, seen from 01-04-2027 on.
        #expect(try alice.today(asOf: Self.day, markLooked: false).upcoming.filter { $0.rule == "inkomensgarantie-ouderen" }.isEmpty)
        let april = try alice.today(asOf: Day(year: 2027, month: 4, day: 1)!, markLooked: false)
        let igo = april.upcoming.filter { $0.rule == "inkomensgarantie-ouderen" }
        #expect(igo.map(\.dossier.rawValue) == ["2026-00001"], "hers, not Bob's")
        #expect(igo.first?.on == Day(year: 2027, month: 6, day: 15)!)
    }
}
