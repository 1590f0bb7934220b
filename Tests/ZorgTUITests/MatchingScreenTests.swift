@testable import CaseModel
import Foundation
import Testing
@testable import ZorgTUI

/// A demo store in a fresh temporary folder, opened as the UI opens it.
enum MatchingFixture {
    static let day = Day(year: 2026, month: 11, day: 23)!

    static func demoSource() throws -> Office {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zorg-matching-\(UUID().uuidString)").path
        let identity = Identity(user: "lotte")
        _ = try DemoStore.build(at: path, identity: identity, today: Day.today())
        return try Office.open(at: path, identity: identity)
    }

    /// The demo round as of `day`; the store is removed again.
    static func demoData() throws -> MatchingData {
        let source = try demoSource()
        defer { remove(source) }
        return try source.buddyRound(asOf: day, shown: .screen)
    }

    static func remove(_ source: Office) {
        try? FileManager.default.removeItem(atPath: source.root)
    }

    static func driver(_ data: MatchingData, size: TerminalSize = TerminalSize(rows: 40, columns: 100)) -> Driver {
        var d = Driver(Fixture.state(size: size))
        d.send(.matchingLoaded(data, recorded: nil))
        return d
    }

    static func page(_ d: Driver) -> MatchingScreen? {
        if case .matching(let p) = d.state.pages.last { p } else { nil }
    }
}

@Suite struct MatchingScreenTests {
    @Test func bOnTheCaseloadOpensBuddyMatching() {
        var d = Driver(Fixture.state())
        d.press(.character("b"))
        #expect(d.effects == [.openMatching])
    }

    @Test func theProposalIsShownWithItsScoreBreakdownAndTheVolunteersLoad() throws {
        let data = try MatchingFixture.demoData()
        let first = try #require(data.round.result.proposals.first { $0.family == data.round.openFamilies.first?.dossier })
        let volunteer = try #require(data.volunteers.first { $0.id == first.volunteer })
        let d = MatchingFixture.driver(data)
        let lines = d.lines
        let row = try #require(lines.first { $0.contains(first.family.rawValue) })
        #expect(row.contains("→ \(volunteer.fullName)"))
        #expect(row.contains("score \(first.score.total)/\(data.round.policy.maximumScore)"))
        for part in first.score.parts {
            #expect(lines.contains { $0.contains("\(part.name) \(part.points)/\(part.maximum)") })
        }
        #expect(lines.contains { $0.contains(volunteer.fullName) && $0.contains("last \(volunteer.families.count)/\(volunteer.capacity ?? 1)") })
        #expect(lines.contains { $0.contains("uittreksel strafregister verlopen") })  // a volunteer who cannot now says why
    }

    @Test func confirmingAProposalAsksOnceMoreThenRecordsIt() throws {
        let data = try MatchingFixture.demoData()
        let first = try #require(data.round.result.proposals.first { $0.family == data.round.openFamilies.first?.dossier })
        var d = MatchingFixture.driver(data)
        d.press(.character("a"))
        #expect(d.effects.isEmpty, "nothing is shared before the answer")
        d.press(.character("j"))
        #expect(d.effects == [.confirmBuddy(family: first.family, volunteer: first.volunteer, reason: nil)])
    }

    @Test func aRejectedProposalIsDroppedFromThisRound() throws {
        let data = try MatchingFixture.demoData()
        let family = try #require(data.round.openFamilies.first?.dossier)
        var d = MatchingFixture.driver(data)
        d.press(.character("r"))
        #expect(MatchingFixture.page(d)?.proposal(for: family) == nil)
        #expect(d.lines.first { $0.contains(family.rawValue) }!.contains("voorstel afgewezen"))
        d.press(.character("a"))
        #expect(d.effects.isEmpty)
        #expect(d.lines[38].contains("Geen voorstel om te bevestigen"))
    }

    @Test func anOverrideChoosesAnotherFeasibleVolunteerAndNeedsAReason() throws {
        let data = try MatchingFixture.demoData()
        let family = try #require(data.round.openFamilies.first?.dossier)
        var d = MatchingFixture.driver(data)
        let options = MatchingFixture.page(d)!.alternatives(for: family)
        try #require(options.count >= 2)
        #expect(!options.contains { $0.volunteer.id == MatchingFixture.page(d)!.proposal(for: family)?.volunteer })
        d.press(.character("o"))
        #expect(d.text.contains("Andere vrijwilliger voor \(family.rawValue)"))
        #expect(d.text.contains(options[0].volunteer.fullName))
        d.press(.down, .enter, .enter)  // the second option; no reason yet
        #expect(d.effects.isEmpty)
        #expect(d.lines[38].contains("een reden is verplicht"))
        d.type("kent het gezin al")
        d.press(.enter)
        #expect(d.effects.isEmpty, "the override is asked once more too")
        d.press(.character("j"))
        #expect(d.effects == [.confirmBuddy(family: family, volunteer: options[1].volunteer.id, reason: "kent het gezin al")])
    }

    @Test func aConfirmationIsRecordedInTheDossierAndTheVolunteersLoadLikeZorgMatch() throws {
        let source = try MatchingFixture.demoSource()
        defer { MatchingFixture.remove(source) }
        let data = try source.buddyRound(asOf: MatchingFixture.day, shown: .screen)
        let first = try #require(data.round.result.proposals.first)
        let reply = TestOffice.run(.confirmBuddy(family: first.family, volunteer: first.volunteer, reason: nil), source, today: MatchingFixture.day)
        guard case .matchingLoaded(let after, let recorded)? = reply else {
            Issue.record("expected the round again, got \(String(describing: reply))")
            return
        }
        #expect(recorded?.family == first.family && recorded?.volunteer == first.volunteer)
        #expect(!after.round.openFamilies.contains { $0.dossier == first.family })
        let household = try source.store.load(first.family)
        #expect(household.buddy == BuddyLink(volunteer: first.volunteer, since: MatchingFixture.day, confirmedBy: "lotte"))
        #expect(try source.store.volunteer(first.volunteer).families.contains(first.family))
        var d = MatchingFixture.driver(data)
        d.send(reply!)
        #expect(d.state.pages.count == 1)
        #expect(d.lines[38].contains("Vastgelegd: \(first.family.rawValue) krijgt buddy"))
    }

    @Test func anOverrideIsRecordedWithItsReason() throws {
        let source = try MatchingFixture.demoSource()
        defer { MatchingFixture.remove(source) }
        let data = try source.buddyRound(asOf: MatchingFixture.day, shown: .screen)
        let family = try #require(data.round.openFamilies.first?.dossier)
        let screen = MatchingScreen(data: data)
        let other = try #require(screen.alternatives(for: family).first)
        _ = TestOffice.run(.confirmBuddy(family: family, volunteer: other.volunteer.id, reason: "kent het gezin"), source, today: MatchingFixture.day)
        #expect(try source.store.load(family).buddy?.reason == "kent het gezin")
    }

    @Test func helpListsTheMatchingKeys() throws {
        let data = try MatchingFixture.demoData()
        var d = MatchingFixture.driver(data, size: TerminalSize(rows: 24, columns: 80))
        #expect(d.lines[23].contains("a bevestigen"))
        d.press(.character("?"))
        #expect(d.state.help?.entries == MatchingFixture.page(d)?.keyHelp(d.state.strings))
        #expect(d.text.contains("voorstel afwijzen"))
    }
}
