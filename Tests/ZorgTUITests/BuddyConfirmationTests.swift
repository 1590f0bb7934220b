@testable import CaseModel
import Foundation
import Testing
@testable import ZorgTUI

/// Confirming a buddy pair shares a family's details with a volunteer: the screen asks once more, naming both,
/// and a pair confirmed in this round can be undone from the same screen (audited, without names).
@Suite struct BuddyConfirmationTests {
    @Test func theQuestionNamesTheFamilyAndTheVolunteerAndNoCancels() throws {
        let data = try MatchingFixture.demoData()
        let first = try #require(data.round.result.proposals.first { $0.family == data.round.openFamilies.first?.dossier })
        let volunteer = try #require(data.volunteers.first { $0.id == first.volunteer })
        let family = try #require(data.familyNames[first.family])
        var d = MatchingFixture.driver(data, size: TerminalSize(rows: 24, columns: 80))
        d.press(.character("a"))
        // Two rows at 80 columns: the start above the message line, the question at its end.
        let question = d.lines[21] + " " + d.lines[22]
        #expect(question.contains("Gegevens van gezin \(family) (\(first.family.rawValue)) delen met vrijwilliger"))
        #expect(question.contains("\(volunteer.fullName) (\(volunteer.id.rawValue))? (j/n)"))
        #expect(d.lines[23].contains("j ja") && d.lines[23].contains("n nee"))
        d.press(.character("x"))
        #expect(d.effects.isEmpty, "another key is no answer")
        d.press(.character("n"))
        #expect(d.effects.isEmpty)
        #expect(!d.text.contains("delen met vrijwilliger"))
        d.press(.escape)
        #expect(d.state.pages.isEmpty, "Esc goes back once the question is gone")
    }

    @Test func inEnglishTheQuestionAsksYesOrNo() throws {
        let data = try MatchingFixture.demoData()
        var d = Driver(Fixture.state(size: TerminalSize(rows: 40, columns: 160), options: UIOptions(language: .en, environment: [:])))
        d.send(.matchingLoaded(data, recorded: nil))
        d.press(.character("a"))
        #expect(d.lines[38].contains("Share the details of family") && d.lines[38].hasSuffix("? (y/n)"))
        d.press(.character("y"))
        #expect(d.effects.count == 1)
    }

    @Test func aConfirmedPairIsUndoneFromTheSameScreenAndTheStoreTakesItBack() throws {
        let source = try MatchingFixture.demoSource()
        defer { MatchingFixture.remove(source) }
        let day = MatchingFixture.day
        let data = try source.buddyRound(asOf: day, shown: .screen)
        let first = try #require(data.round.result.proposals.first { $0.family == data.round.openFamilies.first?.dossier })
        let name = try #require(data.familyNames[first.family])
        let loadBefore = try source.store.volunteer(first.volunteer).families
        var d = MatchingFixture.driver(data)
        d.press(.character("a"), .character("j"))
        let confirm = try #require(d.effects.last)
        let recorded = try #require(TestOffice.run(confirm, source, today: day))
        d.send(recorded)
        #expect(try source.store.load(first.family).buddy?.volunteer == first.volunteer)

        // The pair is listed on top, selected; u asks, naming both; j takes it back.
        #expect(d.text.contains("Bevestigd in deze ronde"))
        let row = try #require(d.lines.first { $0.contains(first.family.rawValue) })
        #expect(row.contains(name) && row.contains(first.volunteer.rawValue))
        d.press(.character("u"))
        #expect(d.text.contains("Koppeling van gezin \(name) (\(first.family.rawValue)) met vrijwilliger"))
        #expect(d.lines[38].hasSuffix("maken? (j/n)"))
        d.press(.character("j"))
        #expect(d.effects.last == .undoBuddy(family: first.family, volunteer: first.volunteer))
        let undone = try #require(TestOffice.run(.undoBuddy(family: first.family, volunteer: first.volunteer), source, today: day))
        d.send(undone)

        #expect(d.lines[38].contains("Ongedaan gemaakt: \(first.family.rawValue)"))
        #expect(!d.text.contains("Bevestigd in deze ronde"))
        #expect(MatchingFixture.page(d)?.data.round.openFamilies.contains { $0.dossier == first.family } == true,
                "the family is open again")
        let household = try source.store.load(first.family)
        #expect(household.buddy == nil)
        #expect(try source.store.volunteer(first.volunteer).families == loadBefore)
        let entry = try #require(try source.store.audit.entries().last)
        #expect(entry.action == .unmatch && entry.dossiers == [first.family.rawValue])
        #expect(entry.detail == ["volunteer": first.volunteer.rawValue])
        #expect(entry.user == "lotte")
    }

    @Test func onlyAPairOfThisRoundCanBeUndoneAndItCannotBeConfirmedTwice() throws {
        let data = try MatchingFixture.demoData()
        var d = MatchingFixture.driver(data)
        d.press(.character("u"))
        #expect(d.effects.isEmpty)
        #expect(d.lines[38].contains("Alleen een koppeling uit deze ronde"))
        let first = try #require(data.round.result.proposals.first { $0.family == data.round.openFamilies.first?.dossier })
        d.send(.matchingLoaded(data, recorded: (first.family, first.volunteer)))
        #expect(d.lines[39].contains("u ongedaan maken"))
        d.press(.character("a"))
        #expect(d.effects.isEmpty)
        #expect(d.lines[38].contains("Al bevestigd in deze ronde"))
        d.press(.character("?"))
        #expect(d.text.contains("koppeling uit deze ronde ongedaan maken"))
    }
}
