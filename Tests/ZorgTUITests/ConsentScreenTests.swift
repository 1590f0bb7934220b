@testable import CaseModel
import Foundation
import Testing
@testable import ZorgTUI

/// The access-reason chooser before a dossier opens, the dossier's consent tab (record, withdraw), the Housing
/// First intake's consent step and the buddy matching screen's consent rules.
@Suite struct ConsentScreenTests {
    static let today = DossierDriver.today

    @Test func theReasonIsAskedWithTheLastOnePreselected() {
        var d = Driver(Fixture.state())
        d.press(.enter)
        #expect(d.text.contains("Waarom open je 2024-00001 Yılmaz, Ayşe?"))
        #expect(d.lines.contains { $0.contains("▸ 2  Opvolging") })
        #expect(d.text.contains("Controle rechten") && d.text.contains("Housing First") && d.text.contains("Andere"))
        d.press(.up, .enter)  // intake
        #expect(d.effects == [.openDossier(Fixture.households[0].id, reason: .intake)])
        d.press(.escape, .down, .enter)
        #expect(d.lines.contains { $0.contains("▸ 1  Intake") }, "the last choice is pre-selected")
        d.press(.enter)
        #expect(d.effects.last == .openDossier(Fixture.households[1].id, reason: .intake))
        // A digit chooses at once; Esc opens nothing.
        d.press(.escape, .enter, .character("6"))
        #expect(d.effects.last == .openDossier(Fixture.households[1].id, reason: .buddy))
        let before = d.effects.count
        d.press(.escape, .enter, .escape)
        #expect(d.effects.count == before)
        #expect(d.state.pages.isEmpty && d.state.reasonChooser == nil)
        #expect(!d.text.contains("Waarom open je"))
    }

    @Test func plainModeMarksTheReasonWithoutBoxCharacters() {
        var d = Driver(Fixture.state(options: UIOptions(plain: true, environment: [:])))
        d.press(.enter)
        #expect(d.lines.contains { $0.contains("> 2  Opvolging") })
        #expect(!d.text.unicodeScalars.contains { (0x2500...0x257F).contains($0.value) })
    }

    @Test func theChosenReasonIsKeptForAnEarlierRevision() {
        var d = DossierDriver()
        d.press(.enter, .character("4"))  // correctie
        #expect(d.page?.accessReason == .correctie)
        d.press(.character("9"), .enter)
        #expect(d.effects.contains(.openRevision(Fixture.households[0].id, revision: 0, reason: .correctie)))
    }

    @Test func theHistoryTabShowsTheReasonAndTheConsentAction() {
        var d = DossierDriver()
        d.press(.enter, .enter, .character("9"))
        let id = Fixture.households[0].id
        let view = AuditEntry(body: .init(seq: 3, time: "2026-11-23T09:00:00Z", user: "els", action: .view, dossiers: [id.rawValue],
                                          detail: ["reason": "controle-rechten"], prevHash: ""), hash: "")
        let consent = AuditEntry(body: .init(seq: 4, time: "2026-11-23T09:05:00Z", user: "els", action: .consent,
                                             dossiers: [id.rawValue], detail: ["consent": "give:buddy:1", "revision": "2"],
                                             prevHash: ""), hash: "")
        d.send(.dossierHistoryLoaded(id, .loaded(DossierHistory(revisions: [1, 2], entries: [view, consent]))))
        #expect(d.lines.contains { $0.contains("els  geopend (Controle rechten)") })
        #expect(d.lines.contains { $0.contains("els  toestemming, revisie 2 (give:buddy:1)") })
    }

    @Test func theConsentTabListsRecordsWithTheirState() throws {
        var h = Fixture.households[0]
        h.consentOn = Day(year: 2025, month: 2, day: 1)
        try h.giveConsent(.buddy, givenOn: Day(year: 2026, month: 5, day: 2)!, givenBy: ConsentGiver(nationalNumber: h.members[0].nationalNumber, position: 1),
                          scope: ConsentPurpose.buddy.defaultScope, recordedBy: "els", recordedOn: Day(year: 2026, month: 5, day: 2)!)
        try h.giveConsent(.other, purposeText: "delen met het CAW", givenOn: Day(year: 2026, month: 5, day: 2)!,
                          givenBy: ConsentGiver(position: 1), scope: [.income], recordedBy: "els", recordedOn: Day(year: 2026, month: 5, day: 2)!)
        try h.withdrawConsent(2, on: Day(year: 2026, month: 9, day: 15)!, reason: "loopt via het OCMW", by: "jan")
        var d = DossierDriver([h], size: TerminalSize(rows: 30, columns: 100))
        d.press(.enter, .enter, .character("0"))
        #expect(d.page?.tab == .consents)
        let text = d.text
        #expect(text.contains("0 Toestemming"))
        #expect(text.contains("Toestemming Housing First 01-02-2025: uit import, bereik niet vastgelegd"))
        #expect(d.lines.contains { $0.contains("1. Buddywerking") && $0.hasSuffix("actief") })
        #expect(d.lines.contains { $0.contains("2. Andere: delen met het CAW") && $0.contains("ingetrokken op 15-09-2026") })
        #expect(text.contains("bereik: naam en adres, gezinssamenstelling, talen, probleemdomeinen"))
        #expect(text.contains("reden intrekking: loopt via het OCMW (jan)"))
        #expect(text.contains("door Ayşe (81.03.12-***.**)"))
        #expect(!text.contains("81.03.12-017"))
        // w on a withdrawn record says so and opens nothing.
        d.press(.character("w"))
        #expect(d.state.flash == "Toestemming 2 is al ingetrokken.")
        #expect(d.page?.isEditing == false)
    }

    @Test func aConsentIsRecordedAndWithdrawnThroughTheDossierSave() throws {
        var d = DossierDriver(size: TerminalSize(rows: 30, columns: 100))
        d.press(.enter, .enter, .character("g"))
        #expect(d.page?.tab == .consents)
        #expect(d.text.contains("Toestemming vastleggen"))
        // Purpose buddy (pre-filled), no text, today, member 1; the scope typed: languages and problems only.
        d.press(.tab, .tab, .tab, .tab)
        d.type("talen | probleemdomeinen")
        d.press(.other(19))
        let saved = try #require(d.savedHouseholds.last)
        let record = try #require(saved.consentRecords.first)
        #expect(record.purpose == .buddy && record.scope == [.languages, .problems])
        #expect(record.givenOn == Self.today && record.recordedBy == "jan" && record.givenBy.position == 1)
        #expect(d.text.contains("1. Buddywerking"))
        #expect(d.state.flash == "Opgeslagen (revisie 1)")
        // Withdraw it: the reason is required.
        d.press(.character("w"))
        #expect(d.text.contains("Toestemming 1 intrekken"))
        d.press(.other(19))
        #expect(d.savedHouseholds.count == 1, "no withdrawal without a reason")
        // The refused save put the cursor in the reason.
        d.type("wil geen buddy meer")
        d.press(.other(19))
        let withdrawn = try #require(d.savedHouseholds.last?.consentRecords.first?.withdrawal, "\(d.lines.suffix(12))")
        #expect(withdrawn == ConsentWithdrawal(on: Self.today, reason: "wil geen buddy meer", by: "jan"))
        #expect(d.text.contains("ingetrokken op 23-11-2026"))
    }

    @Test func anotherPurposeNeedsItsDescription() {
        var d = DossierDriver(size: TerminalSize(rows: 30, columns: 100))
        d.press(.enter, .enter, .character("g"))
        d.type("andere")
        d.press(.other(19))
        #expect(d.savedHouseholds.isEmpty)
        d.press(.tab)
        d.type("gegevens naar de huisarts")
        d.press(.other(19))
        #expect(d.savedHouseholds.last?.consentRecords.first?.purposeText == "gegevens naar de huisarts")
        #expect(d.savedHouseholds.last?.consentRecords.first?.scope == [.nameAddress])
    }

    @Test func theIntakeShowsAnImportedDateAsSuchAndARecordedConsentCannotBeCleared() throws {
        var d = IntakeFixture.driver(IntakeFixture.household(consent: Day(year: 2026, month: 10, day: 1)))
        #expect(d.text.contains("01-10-2026 — uit import, bereik niet vastgelegd"))
        d.press(.enter)
        d.press(.enter)  // the imported date, now recorded with the Housing First scope
        let record = try #require(IntakeFixture.page(d)?.consentRecord)
        #expect(record.givenOn == Day(year: 2026, month: 10, day: 1) && record.recordedBy == "lotte")
        #expect(d.text.contains("bereik: naam en adres, gezinssamenstelling, woonsituatie,"))
        d.press(.character("x"))
        #expect(d.text.contains("De toestemming is vastgelegd; intrekken kan in het dossier"), "\(d.lines.suffix(4))")
        #expect(IntakeFixture.page(d)?.draft.consentOn == Day(year: 2026, month: 10, day: 1))
    }

    @Test func theIntakeScopeCanBeChosenBeforeTheDate() throws {
        var d = IntakeFixture.driver()
        d.press(.down, .enter)
        for _ in 0..<80 { d.press(.backspace) }
        d.type("naam-adres, inkomen")
        d.press(.enter)
        #expect(d.text.contains("naam en adres, inkomen"))
        d.press(.up, .enter)
        d.type("20-11-2026")
        d.press(.enter)
        let record = try #require(IntakeFixture.page(d)?.consentRecord)
        #expect(record.scope == [.nameAddress, .income])
        #expect(record.purpose == .housingFirst)
        d.press(.character("s"))
        #expect(IntakeFixture.saved(d)?.consentRecords == [record])
        // An unknown scope is refused in place.
        var e = IntakeFixture.driver()
        e.press(.down, .enter)
        for _ in 0..<80 { e.press(.backspace) }
        e.type("talen,schoenmaat")
        e.press(.enter)
        #expect(e.text.contains("onbekend bereik schoenmaat"))
    }

    @Test func matchingListsFamiliesWithoutConsentAndShowsOnlyTheScope() throws {
        let data = try MatchingFixture.demoData()
        #expect(data.round.consentNeeded.map(\.rawValue) == ["2023-00888"])
        var d = MatchingFixture.driver(data, size: TerminalSize(rows: 60, columns: 110))
        #expect(d.text.contains("Toestemming nodig (niet gekoppeld): 1 gezin"))
        #expect(d.text.contains("2023-00888 Ilunga, Esther"))
        // 2023-00349 agreed to name and address, languages and problem domains only.
        for _ in 0..<10 where MatchingFixture.page(d)?.selectedFamily?.rawValue != "2023-00349" { d.press(.down) }
        #expect(MatchingFixture.page(d)?.selectedFamily?.rawValue == "2023-00349")
        let lines = d.lines
        let heading = try #require(lines.firstIndex { $0.contains("De vrijwilliger ziet (toestemming 1):") })
        let shown = lines[heading...].prefix(5).joined(separator: "\n")
        #expect(shown.contains("naam en adres: Khadija El Idrissi"))
        #expect(shown.contains("talen: "))
        #expect(shown.contains("probleemdomeinen: "))
        #expect(shown.contains("Niet gedeeld: gezinssamenstelling, inkomen, woonsituatie, gezondheid"))
        #expect(!shown.contains("€"))
    }
}
