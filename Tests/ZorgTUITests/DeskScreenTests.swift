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
}
