@testable import CaseModel
import Foundation
import Testing
@testable import ZorgTUI

enum IntakeFixture {
    static let today = Day(year: 2026, month: 11, day: 23)!

    static func household(consent: Day? = nil) -> Household {
        var h = Fixture.households[1]
        h.consentOn = consent
        return h
    }

    static func driver(_ household: Household = household(), result: RuleResult? = nil,
                       size: TerminalSize = TerminalSize(rows: 40, columns: 100)) -> Driver {
        var d = Driver(Fixture.state(size: size))
        d.send(.housingFirstLoaded(household, result, user: "lotte", today: today, saved: false))
        return d
    }

    static func page(_ d: Driver) -> HousingFirstIntakeScreen? {
        if case .housingFirst(let p) = d.state.pages.last { p } else { nil }
    }

    /// The household of the last save effect.
    static func saved(_ d: Driver) -> Household? {
        for effect in d.effects.reversed() { if case .saveHousingFirst(let h) = effect { return h } }
        return nil
    }
}

@Suite struct HousingFirstIntakeTests {
    @Test func hOnTheCaseloadOpensTheIntakeOfTheSelectedHousehold() {
        var d = Driver(Fixture.state())
        d.press(.character("h"))
        #expect(d.effects == [.openHousingFirst(Fixture.households[0].id)])
    }

    @Test func withoutConsentNothingElseIsAsked() throws {
        var d = IntakeFixture.driver()
        #expect(IntakeFixture.page(d)?.askedFields == [.consent, .consentScope])
        #expect(d.text.contains("Toestemming gegeven op"))
        #expect(!d.text.contains("ETHOS-categorie"))
        #expect(!d.text.contains("Psychische problemen"))
        #expect(d.text.contains("Geen toestemming: enkel een minimale aanmelding, geen beoordeling."))
        d.press(.down, .down, .character("o"))  // nothing to move to; no override without consent
        #expect(d.text.contains("Eerst een toestemmingsdatum."))
        // The first step asks the scope (the Housing First default shown) and the date.
        #expect(d.text.contains("naam en adres, gezinssamenstelling, woonsituatie, gezondheid"))
        d.press(.up, .up, .enter)
        d.type("12-11-2026")
        d.press(.enter)
        #expect(d.text.contains("ETHOS-categorie"))
        #expect(d.text.contains("Voorkeur: buurt"))
        #expect(IntakeFixture.page(d)?.draft.consentOn == Day(year: 2026, month: 11, day: 12))
        // It is recorded as a consent record, which the dossier's consent tab lists.
        let record = try #require(IntakeFixture.page(d)?.draft.consentRecords.first)
        #expect(record.purpose == .housingFirst)
        #expect(record.scope == ConsentPurpose.housingFirst.defaultScope)
        #expect(record.givenOn == Day(year: 2026, month: 11, day: 12))
        #expect(d.text.contains("toestemming 1"))
        #expect(d.text.contains("Niet bewaard"))
    }

    @Test func aDateThatIsNoDateIsRefusedInPlace() {
        var d = IntakeFixture.driver()
        d.press(.enter)
        d.type("31-11-2026")
        d.press(.enter)
        #expect(d.lines[38].contains("„31-11-2026” is geen datum"))
        #expect(IntakeFixture.page(d)?.draft.consentOn == nil)
        d.press(.escape)
        #expect(IntakeFixture.page(d)?.mode == .browse)
    }

    @Test func everyQuestionMayBeSkippedAndSavingKeepsTheUnknowns() {
        var d = IntakeFixture.driver(IntakeFixture.household(consent: IntakeFixture.today))
        d.press(.down, .down)  // referral date, then ETHOS
        d.press(.enter)
        // While the category is typed, all thirteen are listed with their labels.
        #expect(d.text.contains(" 1  op straat") && d.text.contains("13  extreme overbewoning"))
        d.type("3")
        d.press(.enter)
        #expect(!d.text.contains("13  extreme overbewoning"))
        #expect(d.text.contains("3 — thuislozenopvang, tijdelijk verblijf"))
        d.press(.character("x"))  // skipped after all
        #expect(IntakeFixture.page(d)?.draft.homelessness.ethos == nil)
        d.press(.down, .down, .down)  // months, since, mental health
        d.press(.character(" "))
        #expect(IntakeFixture.page(d)?.draft.homelessness.mentalHealth == true)
        d.press(.character(" "))
        #expect(IntakeFixture.page(d)?.draft.homelessness.mentalHealth == false)
        d.press(.character(" "))
        #expect(IntakeFixture.page(d)?.draft.homelessness.mentalHealth == nil)
        d.press(.down, .down, .down, .enter)  // earlier exits: free text
        d.type("weg uit nachtopvang 2024")
        d.press(.enter, .character("s"))
        let saved = IntakeFixture.saved(d)
        #expect(saved?.housingFirst?.earlierExits == "weg uit nachtopvang 2024")
        #expect(saved?.homelessness.ethos == nil && saved?.homelessness.monthsHomeless24m == nil)
        #expect(saved?.consentOn == IntakeFixture.today)
    }

    @Test func stateChangesAreKeptWithDateUserAndReasonAndClosingNeedsAReason() {
        var d = IntakeFixture.driver(IntakeFixture.household(consent: IntakeFixture.today))
        d.press(.character("t"))
        #expect(d.lines[38].contains("1 aangemeld"))
        d.press(.character("1"))
        d.type("via CAW")
        d.press(.enter)
        var saved = IntakeFixture.saved(d)!
        #expect(saved.housingFirst?.history == [HousingFirstStateChange(state: .aangemeld, date: IntakeFixture.today,
                                                                       user: "lotte", reason: "via CAW")])
        d.send(.housingFirstLoaded(saved, nil, user: "lotte", today: IntakeFixture.today, saved: true))
        #expect(d.state.pages.count == 1)
        #expect(d.lines[38].contains("Bewaard: Housing First 2024-00002"))
        #expect(d.text.contains("23-11-2026  aangemeld  lotte — via CAW"))
        d.press(.character("t"))
        #expect(d.lines[38].contains("1 gescreend  2 afgesloten"))
        d.press(.character("2"), .enter)
        #expect(d.lines[38].contains("een reden is verplicht"))
        let effectsBefore = d.effects.count
        d.type("verhuisd naar Hasselt")
        d.press(.enter)
        #expect(d.effects.count == effectsBefore + 1)
        saved = IntakeFixture.saved(d)!
        #expect(saved.housingFirst?.state == .afgesloten)
        #expect(saved.housingFirst?.history.last?.reason == "verhuisd naar Hasselt")
    }

    @Test func overridingThePriorityNeedsAReason() {
        var d = IntakeFixture.driver(IntakeFixture.household(consent: IntakeFixture.today))
        d.press(.character("o"))
        d.type("x")
        d.press(.enter)
        #expect(d.lines[38].contains("is geen getal van 0 tot 99"))
        d.press(.backspace)
        d.type("11")
        d.press(.enter, .enter)
        #expect(d.lines[38].contains("een reden is verplicht"))
        #expect(IntakeFixture.saved(d) == nil)
        d.type("drie crisisopnames")
        d.press(.enter)
        #expect(IntakeFixture.saved(d)?.housingFirst?.priorityOverride
                == HousingFirstPriorityOverride(priority: 11, reason: "drie crisisopnames", date: IntakeFixture.today, user: "lotte"))
    }

    @Test func pPlansTheNextStepOnADateShownOnThePath() {
        var d = IntakeFixture.driver(IntakeFixture.household(consent: IntakeFixture.today))
        d.press(.character("p"))
        #expect(d.lines[38].contains("Stap plannen"))
        #expect(d.lines[38].contains("1 aangemeld"))
        d.press(.character("1"))
        d.type("31-02-2026")
        d.press(.enter)
        #expect(IntakeFixture.saved(d) == nil, "not a date: nothing saved")
        #expect(d.lines[38].contains("31-02-2026"))
        for _ in 0..<10 { d.press(.backspace) }
        d.type("01-12-2026")
        d.press(.enter)
        let saved = IntakeFixture.saved(d)
        #expect(saved?.housingFirst?.plannedStep == HousingFirstPlannedStep(state: .aangemeld, on: Day(year: 2026, month: 12, day: 1)!, by: "lotte"))
        d.send(.housingFirstLoaded(saved!, nil, user: "lotte", today: IntakeFixture.today, saved: true))
        #expect(d.text.contains("Gepland: aangemeld op 01-12-2026 (door lotte)"))
        // Esc while choosing leaves the plan as it was.
        d.press(.character("p"), .escape)
        #expect(d.lines[38].contains("Stap plannen") == false)
    }

    @Test func eligibilityAndAdvisoryPriorityWithReasonsFromTheModule() {
        var h = IntakeFixture.household(consent: IntakeFixture.today)
        h.homelessness = Homelessness(ethos: 1, homelessSince: Day(year: 2023, month: 1, day: 1), monthsHomeless24m: 20,
                                      mentalHealth: true, addiction: nil, physicalHealth: false, referredOn: IntakeFixture.today)
        let result = RuleSet.load().ruleSet.evaluate(household: h, asOf: IntakeFixture.today, ruleIDs: ["housing-first"]).first
        #expect(result?.outcome == .eligible)
        let d = IntakeFixture.driver(h, result: result, size: TerminalSize(rows: 60, columns: 120))
        let text = d.text
        #expect(text.contains("Uitkomst: komt in aanmerking"), "a programme, not a right")
        #expect(text.contains("Prioriteit (advies): \(result!.priority!)"))
        #expect(text.contains("✓ Dakloos of thuisloos (ETHOS 1–7)"))
        #expect(text.contains("1 — op straat"))
    }

    @Test func escWithUnsavedAnswersWarnsOnce() {
        var d = IntakeFixture.driver(IntakeFixture.household(consent: IntakeFixture.today))
        d.press(.down, .down, .character(" "))
        d.press(.escape)
        #expect(d.state.pages.count == 1)
        #expect(d.lines[38].contains("Niet bewaard. s bewaart"))
        d.press(.escape)
        #expect(d.state.pages.isEmpty)
    }

    @Test func aRefusedSaveLeavesTheAnswersUnsavedAndSaysWhy() throws {
        let source = try MatchingFixture.demoSource()
        defer { MatchingFixture.remove(source) }
        let id = DossierID(rawValue: "2026-00388")!
        var d = IntakeFixture.driver(try source.store.load(id))
        var someoneElse = try source.store.load(id)
        someoneElse.homelessness.monthsHomeless24m = 20
        _ = try source.save(someoneElse)
        d.press(.down, .down, .character(" "), .character("s"))
        let reply = try #require(TestOffice.run(d.effects.last!, source, today: IntakeFixture.today))
        d.send(reply)
        #expect(d.lines[38].hasPrefix("Mislukt: dossier 2026-00388 is intussen gewijzigd"))
        #expect(d.lines[2].hasPrefix(" Mislukt: dossier 2026-00388 is intussen gewijzigd"))
        #expect(d.text.contains("open het dossier opnieuw"))
        #expect(d.text.contains("Niet bewaard: s bewaart"))
    }

    @Test func helpListsTheIntakeKeys() {
        var d = IntakeFixture.driver()
        d.press(.character("?"))
        #expect(d.state.help?.entries == IntakeFixture.page(d)?.keyHelp(d.state.strings))
        #expect(d.text.contains("vraag overslaan"))
    }

    @Test func theIntakeIsStoredInTheDossierAndOldDossiersStillRead() throws {
        var h = IntakeFixture.household(consent: IntakeFixture.today)
        var intake = HousingFirstIntake(preferredArea: "Winterslag")
        try intake.change(to: .aangemeld, on: IntakeFixture.today, by: "lotte", reason: nil)
        #expect(throws: HousingFirstIntakeError.reasonRequired) {
            try intake.change(to: .afgesloten, on: IntakeFixture.today, by: "lotte", reason: " ")
        }
        #expect(throws: HousingFirstIntakeError.notAllowed(from: .aangemeld, to: .gehuisvest)) {
            try intake.change(to: .gehuisvest, on: IntakeFixture.today, by: "lotte", reason: nil)
        }
        h.housingFirst = intake
        let data = try StoreCoding.encode(h)
        #expect(try StoreCoding.decode(Household.self, from: data) == h)
        var old = h
        old.housingFirst = nil
        let oldData = try StoreCoding.encode(old)
        #expect(!String(decoding: oldData, as: UTF8.self).contains("housingFirst"))
        #expect(try StoreCoding.decode(Household.self, from: oldData).housingFirst == nil)
    }
}

@Suite struct HousingFirstWaitingListTests {
    private func result(_ h: Household, _ outcome: RuleOutcome, priority: Int?) -> RuleResult {
        RuleResult(dossier: h.id, person: nil, personIndex: nil, rule: "housing-first", title: RuleText(nl: "Housing First"),
                   outcome: outcome, amount: nil, automatic: false, applyAt: nil, documents: [], missing: [], reasons: [],
                   level: nil, indicators: nil, priority: priority, actions: [], asOf: IntakeFixture.today)
    }

    /// A household referred on `referred`, its intake in `state` since that day (none: no intake).
    private func household(_ id: String, referred: String?, state: HousingFirstState? = .wachtlijst,
                           override: Int? = nil) -> Household {
        var h = Fixture.household(id, [Fixture.person("P", id)])
        let day = referred.flatMap { Day(parsing: $0) }
        h.homelessness.referredOn = day
        if state != nil || override != nil {
            var intake = HousingFirstIntake()
            if let state { intake.history = [HousingFirstStateChange(state: state, date: day ?? IntakeFixture.today, user: "u")] }
            if let override {
                intake.priorityOverride = HousingFirstPriorityOverride(priority: override, reason: "r", date: IntakeFixture.today, user: "u")
            }
            h.housingFirst = intake
        }
        return h
    }

    /// Households and the module's advice for each.
    private var candidates: [(household: Household, result: RuleResult?)] {
        let a = household("A-1", referred: "01-06-2026")
        let b = household("B-1", referred: "01-01-2026")
        let c = household("C-1", referred: "01-01-2019", state: .aangemeld)
        let d = household("D-1", referred: "01-01-2025", override: 12)
        let e = household("E-1", referred: "01-01-2020", state: .gehuisvest)
        let f = household("F-1", referred: "01-01-2020")
        let g = household("G-1", referred: "01-03-2026")
        let h = household("H-1", referred: "01-01-2018", state: nil)
        return [(a, result(a, .eligible, priority: 7)), (b, result(b, .eligible, priority: 7)), (c, result(c, .eligible, priority: 9)),
                (d, result(d, .eligible, priority: 3)), (e, result(e, .eligible, priority: 9)), (f, result(f, .notEligible, priority: nil)),
                (g, result(g, .eligible, priority: 5)), (h, result(h, .eligible, priority: 9))]
    }

    private var waiting: [HousingFirstWaitingList.Entry] {
        HousingFirstWaitingList.ordered(candidates.compactMap { HousingFirstWaitingList.entry($0.household, advisory: $0.result?.priority) })
    }

    @Test func theIntakesInStateWachtlijstByTheTeamsPriorityElseTheAdviceThenWaitingSince() {
        let entries = waiting
        // Only the intakes on the list (not the housed, not one merely referred, not an eligible household without
        // an intake); D's team priority 12 beats the advice; among the 7s the longest waiting first; F, not
        // eligible by the module but put on the list by the team, without a priority last.
        #expect(entries.map(\.dossier.rawValue) == ["D-1", "B-1", "A-1", "G-1", "F-1"])
        #expect(entries[0].priority == 12 && entries[0].advisory == 3)
    }

    @Test func theScreenShowsRankPriorityWaitingDaysAndStateAndOpensTheIntake() {
        var d = Driver(Fixture.state(size: TerminalSize(rows: 24, columns: 100)))
        d.press(.character("w"))
        #expect(d.effects == [.openWaitingList])
        d.send(.waitingListLoaded(waiting, today: IntakeFixture.today))
        let lines = d.lines
        let first = lines.firstIndex { $0.contains("D-1") }!
        #expect(lines[first].contains("12*") && lines[first].contains("01-01-2025") && lines[first].contains("691 d"))
        #expect(lines.firstIndex { $0.contains("B-1") }! == first + 1)
        #expect(lines.first { $0.contains("G-1") }!.contains("wachtlijst"))
        #expect(!lines.contains { $0.contains("E-1") || $0.contains("C-1") || $0.contains("H-1") })
        #expect(lines[23].contains("5 op de wachtlijst"))
        d.press(.down, .enter)
        #expect(d.effects.last == .openHousingFirst(DossierID(rawValue: "B-1")!))
        d.send(.resize(TerminalSize(rows: 24, columns: 80)))
        let narrow = d.lines.first { $0.contains("D-1") }!
        #expect(narrow.contains("D-1, P") && narrow.contains("12*") && !narrow.contains("691 d"))
    }
}
