import CaseModel
import Foundation
import Testing
@testable import ZorgTUI

/// Drives `update` like the loop does, running every effect at once on a real office over a store in memory
/// (the desk screens of issue 15: history, Vandaag, applications, a new household, members).
struct OfficeDriver {
    var state: AppState
    let office: Office
    let today: Day
    private(set) var effects: [Effect] = []

    init(_ office: Office, today: Day = Day(year: 2026, month: 11, day: 23)!, size: TerminalSize = TerminalSize(rows: 30, columns: 100),
         language: Language = .nl) throws {
        self.office = office
        self.today = today
        state = AppState(entries: try EffectWork.caseloadEntries(office), storeName: "test", size: size,
                         options: UIOptions(language: language, plain: false, environment: [:]), today: today, user: office.user)
    }

    mutating func send(_ message: Message) {
        let (next, newEffects) = update(state, message)
        state = next
        effects += newEffects
        for effect in newEffects {
            if let answer = TestOffice.run(effect, office, today: today, language: state.options.language) { send(answer) }
        }
    }

    mutating func press(_ keys: Key...) { keys.forEach { send(.key($0)) } }
    mutating func type(_ text: String) { text.forEach { send(.key(.character($0))) } }
    var text: String { render(state).text }
    var lines: [String] { render(state).lines }
}

@Suite struct DeskScreenTests {
    static let today = Day(year: 2026, month: 11, day: 23)!

    /// Opens the first dossier (reason 1, intake) and its history tab.
    @Test func historyTabShowsPerRevisionWhoAndWhichFieldsChangedFromWhatToWhat() throws {
        let office = try TestOffice.memory()
        var d = try OfficeDriver(office)
        d.press(.enter, .character("2"))          // the reason: opvolging (the second)
        d.press(.character("2"), .character("e"), .tab)  // income tab, edit the first member's monthly income
        d.type("900")
        d.press(.other(19))                       // Ctrl-S
        #expect(d.text.contains("Opgeslagen"))
        d.press(.character("9"))
        let text = d.text
        #expect(text.contains("revisie 2 (huidig)  — "))
        #expect(text.contains("alice"))
        #expect(text.contains("[inkomen_maand]: onbekend → € 900,00"))
        // The first revision shows the household as made.
        #expect(text.contains("revisie 1  — "))
        // Reading the changes is a view for the reason the dossier was opened.
        let views = try TestOffice.views(office)
        #expect(views.filter { $0.1 == "opvolging" }.count >= 2)
        // Enter on a revision still opens it read-only.
        d.press(.down, .enter)
        #expect(d.text.contains("(revisie 1, alleen lezen)"))
    }

    @Test func vandaagListsMyFollowUpsBySectionOpensADossierAndIsMarkedLookedWhenLeft() throws {
        var households = Fixture.households
        let t = Self.today
        households[0].followUps = [FollowUp(due: t.adding(days: -2), text: "Bellen over huur", author: "alice")]
        households[1].followUps = [FollowUp(due: t, text: "Attest ophalen", author: "alice")]
        households[2].followUps = [FollowUp(due: t.adding(days: 3), text: "Huisbezoek", author: "alice"),
                                   FollowUp(due: t, text: "Van een ander", author: "alice", assignee: "bob")]
        let office = try TestOffice.memory(households)
        var d = try OfficeDriver(office)
        d.press(.character("v"))
        var text = d.text
        #expect(text.contains("Vandaag"))
        #expect(text.contains("Opvolgingen achterstallig (1)"))
        #expect(text.contains("21-11-2026  2024-00001"))
        #expect(text.contains("Bellen over huur"))
        #expect(text.contains("Opvolgingen vandaag (1)"))
        #expect(text.contains("Attest ophalen"))
        #expect(text.contains("Opvolgingen deze week (1)"))
        #expect(!text.contains("Van een ander"))
        #expect(text.contains("eerste keer"))

        // `s`: Zorg opens on Vandaag from now on (her setting in the store).
        d.press(.character("s"))
        #expect(office.startScreen == .vandaag)
        #expect(d.text.contains("Zorg opent hier"))

        // Enter asks the access reason, then opens the dossier; back on Vandaag it is loaded again.
        d.press(.enter)
        #expect(d.text.contains("Waarom open je 2024-00001"))
        d.press(.character("2"))
        guard case .dossier(let page)? = d.state.pages.last else { Issue.record("no dossier"); return }
        #expect(page.id.rawValue == "2024-00001")
        d.press(.escape)
        #expect(d.effects.last == .openToday)
        text = d.text
        #expect(text.contains("Bellen over huur"))

        // Leaving Vandaag records the look: the next one is "since your last look".
        d.press(.escape)
        guard case .markTodayLooked? = d.effects.last else { Issue.record("not marked"); return }
        #expect(d.state.pages.isEmpty)
        d.press(.character("v"))
        #expect(d.text.contains("sinds je laatste blik"))
    }

    /// `a` on a right found eligible records an application; the result then says "aanvraag loopt"; `a` again
    /// records its outcome (granted), and the right is received.
    @Test func checksScreenRecordsAnApplicationAndItsOutcome() throws {
        let office = try MatchingFixture.demoSource()
        defer { MatchingFixture.remove(office) }
        let today = Day.today()
        var found: (Household, [RuleResult], Int)?
        for entry in try EffectWork.caseloadEntries(office) where found == nil {
            let h = try office.reread(entry.id)
            let results = try office.checks(of: h, asOf: today)
            if let i = results.firstIndex(where: { $0.kind == .right && $0.outcome == .eligible && $0.personIndex == nil
                                                  && h.openApplication(rule: $0.rule, person: nil) == nil }) {
                found = (h, results, i)
            }
        }
        let (household, results, index) = try #require(found, "the demo has a household right found eligible")
        let rule = results[index].rule
        var d = try OfficeDriver(office, today: today)
        d.send(.checksLoaded(household, results, asOf: today))
        func page() -> ChecksScreen? { if case .checks(let p)? = d.state.pages.last { return p }; return nil }
        for _ in 0..<200 {
            guard let p = page() else { break }
            if p.cursor.target(in: p.lines(width: 100, strings: d.state.strings)) == .result(index) { break }
            d.press(.down)
        }
        d.press(.character("a"))
        #expect(d.text.contains("Aanvraag: "))
        #expect(d.text.contains("Aangevraagd op"))
        #expect(d.text.contains(today.belgian))
        d.press(.tab)
        d.type("CM Genk")
        d.press(Form.ctrlS)
        #expect(d.text.contains("Aanvraag 1 geregistreerd"))
        #expect(d.text.contains("aanvraag loopt (0 dagen)"))
        var stored = try office.reread(household.id)
        #expect(stored.openApplication(rule: rule, person: nil)?.place == "CM Genk")

        // `a` again: the outcome. A refusal without a reason is refused by the form.
        d.press(.character("a"))
        #expect(d.text.contains("Uitkomst van de aanvraag"))
        d.type("geweigerd")
        d.press(Form.ctrlS)
        #expect(d.text.contains("Een weigering heeft een reden."))
        d.press(Form.ctrlU)
        d.type("toegekend")
        d.press(.tab, .tab)
        d.type("45,50")
        d.press(Form.ctrlS)
        #expect(d.text.contains("Aanvraag 1 toegekend."))
        stored = try office.reread(household.id)
        guard case .granted(let from, let amount)? = stored.rightApplications.last?.decision else {
            Issue.record("not granted"); return
        }
        #expect(from == today && amount == Money(cents: 4550))
        #expect(!d.text.contains("aanvraag loopt"))
    }
}
