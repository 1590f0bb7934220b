import Foundation
import CaseModel
import Testing
@testable import ZorgTUI

/// Drives `update` like the loop does, answering the dossier effects as a store would (without one).
struct DossierDriver {
    var state: AppState
    var stored: [DossierID: Household]
    private(set) var effects: [Effect] = []

    static let today = Day(year: 2026, month: 11, day: 23)!

    init(_ households: [Household] = Fixture.households, size: TerminalSize = TerminalSize(rows: 24, columns: 80),
         language: Language = .nl, plain: Bool = false) {
        state = AppState(entries: households.map(CaseloadEntry.init(household:)), storeName: "test", size: size,
                         options: UIOptions(language: language, plain: plain, environment: [:]), today: Self.today, user: "jan")
        stored = Dictionary(uniqueKeysWithValues: households.map { ($0.id, $0) })
    }

    mutating func send(_ message: Message) {
        let (next, newEffects) = update(state, message)
        state = next
        effects += newEffects
        for effect in newEffects { answer(effect) }
    }

    private mutating func answer(_ effect: Effect) {
        switch effect {
        case .openDossier(let id, _): if let h = stored[id] { send(.dossierOpened(h)) }
        case .saveDossier(var h):
            guard let now = stored[h.id] else { return }
            guard now.revision == h.revision else {
                send(.dossierSaveRefused(StaleInfo(editedRevision: h.revision, storedRevision: now.revision,
                                                   savedBy: "piet", savedAt: "2026-11-23T14:05:09Z"), current: now))
                return
            }
            h.revision += 1
            stored[h.id] = h
            send(.dossierSaved(h))
        case .loadDossierHistory(let id, _):
            let revisions = Array(0...(stored[id]?.revision ?? 0))
            send(.dossierHistoryLoaded(id, .loaded(DossierHistory(revisions: revisions, entries: []))))
        case .loadDossierFlows(let h, _):
            send(.dossierFlowsLoaded(h.id, .loaded(["Leefloon — mogelijk — ontbreekt: inkomen_maand@1"])))
        default: break
        }
    }

    /// Someone else saves the dossier in between.
    mutating func otherSave(_ id: DossierID, _ change: (inout Household) -> Void) {
        var h = stored[id]!
        change(&h)
        h.revision += 1
        stored[id] = h
    }

    mutating func press(_ keys: Key...) { keys.forEach { send(.key($0)) } }
    mutating func type(_ text: String) { text.forEach { send(.key(.character($0))) } }
    mutating func erase(_ n: Int) { for _ in 0..<n { send(.key(.backspace)) } }

    var page: DossierScreen? {
        if case .dossier(let p) = state.pages.last { return p }
        return nil
    }
    var lines: [String] { render(state).lines }
    var text: String { render(state).text }
    var savedHouseholds: [Household] {
        effects.compactMap { if case .saveDossier(let h) = $0 { return h }; return nil }
    }
}

@Suite struct DossierScreenTests {
    static let ayse = Fixture.households[0].members[0]

    @Test func enterOpensTheDossierOnTheHouseholdTabWithAddressAndMembers() {
        var d = DossierDriver()
        d.press(.enter, .enter)
        let text = d.text
        #expect(text.contains("Dossier 2024-00001 — Yılmaz, Ayşe · Gezin"))
        #expect(text.contains("1 Gezin"))
        #expect(d.lines.contains { $0.contains("Straat") && $0.contains("Stalenstraat") })
        #expect(d.lines.contains { $0.contains("Toestemming op") && $0.contains("onbekend") })
        // Scroll down to Ayşe's block: her national number is shown formatted.
        d.press(.down)
        #expect(d.text.contains(Self.ayse.nationalNumber!.formatted))
        #expect(d.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test func cAndCapitalHOpenTheChecksAndTheIntakeFromInsideTheDossier() {
        var d = DossierDriver()
        d.press(.enter, .enter)
        let id = d.page!.id
        d.press(.character("c"))
        #expect(d.effects.contains { if case .openChecks(let x) = $0 { return x == id }; return false })
        d.press(.character("H"))
        #expect(d.effects.contains { if case .openHousingFirst(let x) = $0 { return x == id }; return false })
        d.press(.character("h"))
        #expect(d.page?.tab == .consents, "h stays the previous tab")
    }

    @Test func everyFactTabShowsUnknownAsOnbekend() {
        var d = DossierDriver()
        d.press(.enter, .enter, .character("2"))
        #expect(d.text.contains("· Inkomen"))
        let income = d.lines.first { $0.contains("Inkomen (maand, netto)") }
        #expect(income?.hasSuffix("onbekend") == true)
        d.press(.character("4"))
        #expect(d.lines.first { $0.contains("Woonsituatie") }?.hasSuffix("onbekend") == true)
        d.press(.character("5"))
        #expect(d.lines.first { $0.contains("Dementie") }?.hasSuffix("onbekend") == true)
        d.press(.character("6"))
        #expect(d.lines.first { $0.contains("Problemen (domein") }?.hasSuffix("onbekend") == true)
        d.press(.character("3"))
        #expect(d.lines.first { $0.contains("Statuten") && $0.contains("leefloon") }?.contains("leefloon, vt") == true)
        // Tab and Shift-Tab go round.
        d.press(.tab)
        #expect(d.page?.tab == .housing)
        d.press(.backTab, .backTab)
        #expect(d.page?.tab == .income)
    }

    @Test func recordedFactsShowAsBelgianAmountsDatesAndJaNee() {
        var h = Fixture.households[0]
        h.members[0].incomeMonth = Money(cents: 123_456)
        h.members[0].dependant = false
        h.housing.waitingListSince = Day(year: 2025, month: 3, day: 5)
        var d = DossierDriver([h])
        d.press(.enter, .enter, .character("2"))
        #expect(d.lines.first { $0.contains("Inkomen (maand, netto)") }?.hasSuffix("€ 1.234,56") == true)
        #expect(d.lines.first { $0.contains("Ten laste") }?.hasSuffix("nee") == true)
        d.press(.character("4"))
        #expect(d.lines.first { $0.contains("Wachtlijst sinds") }?.hasSuffix("05-03-2025") == true)
    }

    @Test func editingAnIncomeSavesTheEditedHouseholdAndFlashesTheRevision() {
        var d = DossierDriver()
        d.press(.enter, .enter, .character("2"), .character("e"))
        #expect(d.text.contains("Bewerken: Ayşe Yılmaz (aanvrager)"))
        d.press(.tab)  // to the monthly income
        d.type("1.234,5")
        #expect(d.text.contains("✓ € 1.234,50"))
        d.press(.other(19))  // Ctrl-S
        let saved = d.savedHouseholds
        #expect(saved.count == 1)
        #expect(saved.first?.members[0].incomeMonth == Money(cents: 123_450))
        #expect(saved.first?.members[1] == Fixture.households[0].members[1])
        #expect(d.state.flash == "Opgeslagen (revisie 1)")
        #expect(d.text.contains("Opgeslagen (revisie 1)"))
        #expect(d.page?.household.revision == 1)
        #expect(d.lines.first { $0.contains("Inkomen (maand, netto)") }?.hasSuffix("€ 1.234,50") == true)
    }

    @Test func badValuesAreExplainedPerFieldAndNotSaved() {
        var d = DossierDriver()
        d.press(.enter, .enter, .character("2"), .character("e"), .tab)
        d.type("12,345")
        #expect(d.text.contains("✗ hoogstens 2 cijfers na de komma"))
        d.press(.other(19))
        #expect(d.savedHouseholds.isEmpty)
        #expect(d.text.contains("Niet opgeslagen: verbeter eerst de velden"))
        // The national number on the household tab.
        var e = DossierDriver()
        e.press(.enter, .enter, .down, .character("e"), .tab, .tab)
        #expect(e.page?.session?.form.fields[e.page!.session!.form.focus].key == "rijksregisternummer")
        e.erase(20)
        e.type("81031201799")
        #expect(e.text.contains("✗ controlegetal klopt niet"))
        e.erase(20)
        e.type("8103")
        #expect(e.text.contains("✗ een rijksregisternummer heeft 11 cijfers, dit heeft er 4"))
        // A date on the housing tab.
        var f = DossierDriver()
        f.press(.enter, .enter, .character("4"), .character("e"), .tab, .tab, .tab)
        f.type("31-02-2025")
        #expect(f.text.contains("✗ geen datum: dd-mm-jjjj"))
    }

    @Test func enterOnTheSaveButtonSavesAndEmptyMeansUnknown() {
        var h = Fixture.households[0]
        h.housing.rentMonth = Money(euros: 600)
        var d = DossierDriver([h])
        d.press(.enter, .enter, .character("4"), .character("e"), .tab)
        d.erase(10)
        #expect(d.text.contains("✓ onbekend"))
        d.press(.tab, .tab, .tab)
        #expect(d.page?.session?.form.isOnSaveButton == true)
        d.press(.enter)
        #expect(d.savedHouseholds.first?.housing.rentMonth == nil)
        #expect(d.lines.first { $0.contains("Huur per maand") }?.hasSuffix("onbekend") == true)
    }

    @Test func escWithChangesAsksBeforeDiscarding() {
        var d = DossierDriver()
        d.press(.enter, .enter, .character("2"), .character("e"))
        d.type("5")
        d.press(.escape)
        #expect(d.text.contains("Wijzigingen niet opgeslagen. Weggooien?"))
        d.press(.character("n"))
        #expect(d.page?.session?.form.hasChanges == true)
        d.press(.escape, .character("j"))
        #expect(d.page?.isEditing == false)
        #expect(d.savedHouseholds.isEmpty)
        // Without changes Esc just closes the form.
        d.press(.character("e"), .escape)
        #expect(d.page?.isEditing == false)
    }

    @Test func aStaleSaveIsRefusedAndExplainedWithWhoWhenAndWhat() {
        var d = DossierDriver(size: TerminalSize(rows: 30, columns: 140))
        d.press(.enter, .enter, .character("2"), .character("e"), .tab)
        d.type("1500")
        // Meanwhile piet records another income for Ayşe and the rent.
        d.otherSave(Fixture.households[0].id) {
            $0.members[0].incomeMonth = Money(euros: 1400)
            $0.housing.rentMonth = Money(euros: 650)
        }
        d.press(.other(19))
        let text = d.text
        #expect(text.contains("dit dossier is intussen gewijzigd door piet op 23-11-2026 15:05"))
        #expect(text.contains("nu revisie 1; u bewerkte revisie 0"))
        #expect(text.contains("Huur per maand [huur_maand]: onbekend → € 650,00"))
        #expect(text.contains("Ayşe Yılmaz · Inkomen (maand, netto) [inkomen_maand]: onbekend → € 1.400,00 ← ook door u gewijzigd"))
        #expect(text.contains("Uw wijzigingen (gaan verloren bij herladen):"))
        #expect(text.contains("Ayşe Yılmaz · Inkomen (maand, netto) [inkomen_maand]: onbekend → € 1.500,00"))
        #expect(render(d.state).lines.allSatisfy { DisplayWidth.of($0) <= 140 })
        // Cancel keeps the edits; reload drops them and shows the stored dossier.
        d.press(.escape)
        #expect(d.page?.session?.form.field("inkomen_maand")?.text == "1500")
        d.press(.other(19), .character("r"))
        #expect(d.page?.isEditing == false)
        #expect(d.page?.household.revision == 1)
        #expect(d.state.flash == "Herladen: revisie 1; 1 wijziging(en) niet bewaard.")
        #expect(d.lines.first { $0.contains("Inkomen (maand, netto)") }?.hasSuffix("€ 1.400,00") == true)
    }

    @Test func aStaleExplanationWrapsAt80Columns() {
        var d = DossierDriver()
        d.press(.enter, .enter, .character("2"), .character("e"), .tab)
        d.type("1500")
        d.otherSave(Fixture.households[0].id) { $0.members[0].incomeMonth = Money(euros: 1400) }
        d.press(.other(19))
        #expect(d.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(d.text.contains("ook door u gewijzigd"))
        #expect(d.text.contains("r = herladen"))
    }

    @Test func notesAndFollowUpsAreAddedDatedAndMarkedDone() {
        var d = DossierDriver()
        d.press(.enter, .enter, .character("n"))
        #expect(d.page?.tab == .notes)
        #expect(d.text.contains("Nieuwe notitie (23-11-2026, jan)"))
        d.type("Huisbezoek gedaan")
        d.press(.other(19))
        #expect(d.savedHouseholds.last?.notes == [Note(date: DossierDriver.today, author: "jan", text: "Huisbezoek gedaan")])
        #expect(d.text.contains("23-11-2026  jan"))
        #expect(d.text.contains("Huisbezoek gedaan"))

        d.press(.character("f"))
        d.type("20-11-2026")
        d.press(.tab)
        d.type("Bel de huisbaas")
        d.press(.other(19))
        #expect(d.savedHouseholds.last?.followUps == [FollowUp(due: Day(year: 2026, month: 11, day: 20)!, text: "Bel de huisbaas", author: "jan")])
        #expect(d.lines.contains { $0.contains("[ ] 20-11-2026  ACHTERSTALLIG  Bel de huisbaas (jan)") })
        #expect(d.state.flash == "Opgeslagen (revisie 2)")

        d.press(.home, .character("x"))
        #expect(d.savedHouseholds.last?.followUps.first?.done == true)
        #expect(d.lines.contains { $0.contains("[x] 20-11-2026  klaar  Bel de huisbaas") })
    }

    @Test func aFollowUpWithoutADueDateIsRefused() {
        var d = DossierDriver()
        d.press(.enter, .enter, .character("f"), .tab)
        d.type("Bellen")
        d.press(.other(19))
        #expect(d.savedHouseholds.isEmpty)
        #expect(d.text.contains("✗ verplicht"))
    }

    @Test func historyTabListsRevisionsAndOpensOneReadOnly() {
        var d = DossierDriver()
        d.press(.enter, .enter, .character("2"), .character("e"), .tab)
        d.type("900")
        d.press(.other(19), .character("9"))
        #expect(d.effects.contains(.loadDossierHistory(Fixture.households[0].id, reason: .opvolging)))
        #expect(d.text.contains("revisie 1 (huidig)"))
        #expect(d.text.contains("revisie 0"))
        d.press(.down, .enter)
        #expect(d.effects.contains(.openRevision(Fixture.households[0].id, revision: 0, reason: .opvolging)))
        var old = Fixture.households[0]
        old.revision = 0
        d.send(.dossierRevisionOpened(old))
        #expect(d.text.contains("(revisie 0, alleen lezen)"))
        d.press(.character("2"), .character("e"))
        #expect(d.page?.isEditing == false)  // read-only
        d.press(.escape)
        #expect(d.page?.readOnlyRevision == nil)
    }

    @Test func historyShowsWhoWhenAndWhat() {
        let s = Strings(language: .nl)
        let json = """
        {"seq":4,"time":"2026-11-23T14:05:09Z","user":"piet","action":"change","dossiers":["2024-00001"],
         "detail":{"revision":"3","fields":"members,housing"},"prevHash":"x","hash":"y"}
        """
        let entry = try! JSONDecoder().decode(AuditEntry.self, from: Data(json.utf8))
        #expect(s.auditLine(entry) == "23-11-2026 15:05  piet  gewijzigd, revisie 3: members, housing")
    }

    @Test func flowsTabShowsOneLinePerFlow() {
        var d = DossierDriver()
        d.press(.enter, .enter, .character("7"))
        #expect(d.text.contains("Leefloon — mogelijk — ontbreekt: inkomen_maand@1"))
    }

    @Test func englishLabels() {
        var d = DossierDriver(language: .en)
        d.press(.enter, .enter, .character("2"))
        #expect(d.text.contains("· Income"))
        #expect(d.lines.first { $0.contains("Income (month, net)") }?.hasSuffix("unknown") == true)
    }

    @Test func helpListsTheDossierKeys() {
        var d = DossierDriver()
        d.press(.enter, .enter, .character("?"))
        #expect(d.text.contains("notitie toevoegen"))
        #expect(d.text.contains("velden van dit blok bewerken"))
    }

    @Test func smallAndPlainScreensStayWithinTheirWidth() {
        var d = DossierDriver(size: TerminalSize(rows: 24, columns: 80))
        d.press(.enter, .enter)
        #expect(d.lines[1].contains("1 Gezin") && !d.lines[1].contains("2 Inkomen"))  // compact tab bar at 80
        var wide = DossierDriver(size: TerminalSize(rows: 40, columns: 140))
        wide.press(.enter, .enter)
        #expect(wide.lines[1].contains("9 Historiek"))
    }

    @Test func plainModeMarksTheTabAndTheSelectionWithCharacters() {
        var d = DossierDriver(plain: true)
        d.press(.enter, .enter)
        #expect(d.lines[1].contains("[1 Gezin]"))
        #expect(d.lines.contains { $0.hasPrefix("> Adres") })
        #expect(!d.text.contains("▸"))
    }

    @Test func aResizeWhileEditingKeepsTheFormAndItsFocus() {
        var d = DossierDriver()
        d.press(.enter, .enter, .character("4"), .character("e"), .tab)
        d.type("700")
        d.send(.resize(TerminalSize(rows: 60, columns: 200)))
        #expect(d.lines[1].contains("4 Wonen & energie"))
        #expect(d.text.contains("> Huur per maand"))
        d.send(.resize(TerminalSize(rows: 24, columns: 80)))
        #expect(d.text.contains("✓ € 700,00"))
        #expect(d.lines.count == 24 && d.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }
}
