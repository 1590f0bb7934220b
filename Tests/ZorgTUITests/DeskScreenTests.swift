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
}
