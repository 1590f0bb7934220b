@testable import CaseModel
import Testing
@testable import ZorgTUI

/// Results built by hand, so each test says exactly what the screen gets.
enum ChecksFixture {
    static let day = Day(year: 2026, month: 11, day: 23)!
    static let household = Fixture.households[0]

    static func reason(_ text: String, holds: Bool?, value: String? = nil, threshold: String? = nil,
                       unconfirmed: Bool = false, stale: Bool = false) -> RuleReason {
        RuleReason(condition: RuleText(nl: text, en: "EN " + text), holds: holds, value: value, threshold: threshold,
                   sourceTitle: "Bron \(text)", sourceURL: "https://example.be/\(text.count)", unconfirmed: unconfirmed,
                   verified: Day(year: 2024, month: 1, day: 2)!, stale: stale, informative: false)
    }

    static func result(_ rule: String, _ title: String, _ outcome: RuleOutcome, amount: Int64? = nil,
                       automatic: Bool = false, missing: [String] = [], reasons: [RuleReason] = [],
                       level: String? = nil, priority: Int? = nil, actions: [String] = [],
                       personIndex: Int? = nil) -> RuleResult {
        RuleResult(dossier: household.id, person: personIndex.map { "@\($0 + 1)" }, personIndex: personIndex, rule: rule,
                   title: RuleText(nl: title), outcome: outcome,
                   amount: amount.map { RuleAmount(value: Money(euros: $0), per: .month) }, automatic: automatic,
                   applyAt: RuleText(nl: "het OCMW, Stadsplein 1"), documents: ["identiteitskaart", "loonbrieven"],
                   missing: missing, reasons: reasons, level: level, indicators: level == nil ? nil : ["MEP"],
                   priority: priority, actions: actions.map { RuleText(nl: $0) }, asOf: day)
    }

    static let results: [RuleResult] = [
        result("leefloon", "Leefloon", .notEligible, reasons: [reason("Inkomen onder de grens", holds: false, value: "2000", threshold: "1300")]),
        result("mantelzorgpremie", "Mantelzorgpremie", .possible, amount: 40, missing: ["inkomen_jaar@1", "zorgt_voor@1"],
               reasons: [reason("Zorgt voor iemand", holds: nil)], personIndex: 0),
        result("vt", "Verhoogde tegemoetkoming", .receives, automatic: true,
               reasons: [reason("Heeft het statuut", holds: true, value: "vt")]),
        result("huurpremie", "Vlaamse huurpremie", .eligible, amount: 172,
               reasons: [reason("Op de wachtlijst", holds: true, value: "4 jaar", threshold: "4 jaar", unconfirmed: true),
                         reason("Huur onder het maximum", holds: true, stale: true)]),
        result("energiearmoede", "Energiearmoede", .eligible, reasons: [reason("Budgetmeter", holds: true)],
               level: "high", actions: ["Energiescan aanvragen"]),
        result("housing-first", "Housing First", .eligible, reasons: [reason("Dakloos", holds: true)], priority: 7),
    ]

    static func state(_ results: [RuleResult] = results, size: TerminalSize = TerminalSize(rows: 24, columns: 80)) -> AppState {
        var state = Fixture.state(size: size)
        state = update(state, .checksLoaded(household, results, asOf: day)).0
        return state
    }
}

@Suite struct ChecksScreenTests {
    private func lineIndex(_ lines: [String], _ text: String) -> Int? { lines.firstIndex { $0.contains(text) } }

    private func page(_ d: Driver) -> ChecksScreen? {
        if case .checks(let p) = d.state.pages.last { p } else { nil }
    }

    @Test func cOnTheCaseloadAsksForTheChecksOfTheSelectedHousehold() {
        var d = Driver(Fixture.state())
        d.press(.down, .character("c"))
        #expect(d.effects == [.openChecks(Fixture.households[1].id)])
    }

    @Test func resultsAreGroupedReceivesEligiblePossibleNotEligibleWithAmountAndPeriod() {
        let lines = render(ChecksFixture.state(size: TerminalSize(rows: 40, columns: 100))).lines
        let receives = lineIndex(lines, "Ontvangt al (1)")!
        let eligible = lineIndex(lines, "Rechthebbend (3)")!
        let possible = lineIndex(lines, "Mogelijk (gegevens ontbreken) (1)")!
        let notEligible = lineIndex(lines, "Niet rechthebbend (1)")!
        #expect(receives < eligible && eligible < possible && possible < notEligible)
        let vt = lineIndex(lines, "Verhoogde tegemoetkoming")!
        #expect(receives < vt && vt < eligible)
        let huur = lineIndex(lines, "Vlaamse huurpremie")!
        #expect(eligible < huur && huur < possible)
        #expect(lines[huur].contains("€ 172,00 per maand"))
        let mantelzorg = lineIndex(lines, "Mantelzorgpremie (Ayşe Yılmaz)")!
        #expect(possible < mantelzorg && mantelzorg < notEligible)
        #expect(lineIndex(lines, "Leefloon")! > notEligible)
        #expect(lines[lineIndex(lines, "Energiearmoede")!].contains("niveau hoog"))
        #expect(lines[lineIndex(lines, "Housing First")!].contains("prioriteit 7"))
        #expect(lines.last!.contains("1 ontvangt · 3 recht · 1 mogelijk"))
    }

    @Test func unconfirmedAndStaleParametersAreMarkedOnTheResultAndOnTheReason() {
        var d = Driver(ChecksFixture.state(size: TerminalSize(rows: 40, columns: 100)))
        let summary = d.lines.first { $0.contains("Vlaamse huurpremie") }!
        #expect(summary.contains("! onbevestigd") && summary.contains("! verouderd"))
        #expect(!d.lines.first { $0.contains("Verhoogde tegemoetkoming") }!.contains("!"))
        d.press(.down, .enter)  // the first result is the one received; the second is the rent premium
        let lines = d.lines
        let waiting = lines.first { $0.contains("Op de wachtlijst") }!
        #expect(waiting.contains("✓") && waiting.contains("[waarde 4 jaar; grens 4 jaar]") && waiting.contains("! onbevestigd"))
        #expect(lines.contains { $0.contains("Huur onder het maximum") && $0.contains("niet nagekeken sinds 02-01-2024") })
    }

    @Test func enterExpandsToReasonsSourcesDocumentsWhereToApplyAndNextStep() {
        var d = Driver(ChecksFixture.state(size: TerminalSize(rows: 40, columns: 100)))
        #expect(!d.text.contains("Redenen:"))
        d.press(.down, .enter)
        let text = d.text
        #expect(text.contains("▾ Vlaamse huurpremie"))
        #expect(text.contains("Aan te vragen bij: het OCMW, Stadsplein 1"))
        #expect(text.contains("Mee te brengen: identiteitskaart, loonbrieven"))
        #expect(text.contains("Volgende stap: aanvragen bij het OCMW, Stadsplein 1, met de documenten."))
        #expect(text.contains("bron: Bron Op de wachtlijst — https://example.be/16"))
        d.press(.enter)
        #expect(!d.text.contains("Redenen:"))
        d.press(.right)
        #expect(d.text.contains("Redenen:"))
        d.press(.left)
        #expect(!d.text.contains("Redenen:"))
    }

    @Test func automaticResultsSayGrantedAutomaticallyAndEnergyPovertyShowsLevelAndActions() {
        var d = Driver(ChecksFixture.state(size: TerminalSize(rows: 60, columns: 100)))
        d.press(.character("+"))
        let text = d.text
        #expect(text.contains("Wordt automatisch toegekend."))
        #expect(text.contains("Energiearmoede: niveau hoog (MEP)"))
        #expect(text.contains("→ Energiescan aanvragen"))
        #expect(text.contains("Prioriteit (advies): 7"))
    }

    @Test func possibleResultsListTheMissingFactsInWordsAndEnterAsksToEditTheField() {
        var d = Driver(ChecksFixture.state(size: TerminalSize(rows: 40, columns: 100)))
        d.press(.down, .down, .down, .down, .enter)  // Mantelzorgpremie
        let text = d.text
        #expect(text.contains("Wat nog te vragen"))
        #expect(text.contains("→ Inkomen per jaar — Ayşe Yılmaz"))
        #expect(text.contains("→ Zorgt voor (rijksregisternummer) — Ayşe Yılmaz"))
        #expect(!text.contains("inkomen_jaar"))
        d.press(.down, .down, .enter)
        #expect(d.effects.last == .editField(ChecksFixture.household.id, column: "zorgt_voor@1"))
        // The loop answers the effect by opening the dossier's edit form on that field.
        d.send(.dossierOpenedForEdit(ChecksFixture.household, column: "zorgt_voor@1"))
        let form = d.text
        #expect(form.contains("Zorgt voor"))
        #expect(form.contains("Opslaan"))
    }

    @Test func dChangesTheDateAndRunsTheChecksAgain() {
        var d = Driver(ChecksFixture.state())
        d.type("d31-02-2026")
        d.press(.enter)
        #expect(d.lines[22].contains("„31-02-2026” is geen datum"))
        #expect(d.effects.isEmpty)
        d.press(.escape)
        d.type("d01-01-2025")
        d.press(.enter)
        #expect(d.effects == [.runChecks(ChecksFixture.household.id, asOf: Day(year: 2025, month: 1, day: 1)!)])
        d.send(.checksLoaded(ChecksFixture.household, [], asOf: Day(year: 2025, month: 1, day: 1)!))
        #expect(d.state.pages.count == 1)  // replaced, not stacked
        #expect(d.text.contains("op 01-01-2025"))
        #expect(d.text.contains("Geen regelmodules gaven een uitkomst."))
    }

    @Test func runningAgainKeepsTheOpenedResultsOpen() {
        var d = Driver(ChecksFixture.state(size: TerminalSize(rows: 40, columns: 100)))
        d.press(.down, .enter)  // the rent premium
        d.send(.checksLoaded(ChecksFixture.household, Array(ChecksFixture.results.reversed()), asOf: ChecksFixture.day))
        #expect(d.text.contains("▾ Vlaamse huurpremie"))
        #expect(d.text.contains("Op de wachtlijst"))
        if case .checks(let page) = d.state.pages.last {
            #expect(page.cursor.target(in: page.lines(width: 100, strings: d.state.strings)) == .result(2))
        }
    }

    @Test func helpListsExactlyTheKeysOfTheChecksScreenAndEscGoesBack() {
        var d = Driver(ChecksFixture.state())
        d.press(.character("?"))
        #expect(d.state.help?.entries == page(d)?.keyHelp(d.state.strings))
        #expect(d.text.contains("andere datum (dd-mm-jjjj)"))
        d.press(.escape, .escape)
        #expect(d.state.pages.isEmpty)
    }

    @Test func englishAndSmallAndLargeTerminals() {
        var state = Fixture.state(options: UIOptions(language: .en, environment: [:]))
        state = update(state, .checksLoaded(ChecksFixture.household, ChecksFixture.results, asOf: ChecksFixture.day)).0
        var d = Driver(state)
        #expect(d.text.contains("Checks for 2024-00001"))
        #expect(d.text.contains("Possible (facts missing) (1)"))
        d.press(.down, .enter)
        #expect(d.text.contains("EN Op de wachtlijst"))
        d.send(.resize(TerminalSize(rows: 60, columns: 200)))
        #expect(d.lines.count == 60)
        d.send(.resize(TerminalSize(rows: 10, columns: 50)))
        #expect(d.text.contains("Terminal too small"))
    }

    @Test func plainModeMarksTheSelectedLineWithoutBoxDrawing() {
        var state = Fixture.state(options: UIOptions(plain: true, environment: [:]))
        state = update(state, .checksLoaded(ChecksFixture.household, ChecksFixture.results, asOf: ChecksFixture.day)).0
        let lines = render(state).lines
        #expect(lines.contains { $0.hasPrefix(">  + Verhoogde tegemoetkoming") }, "the selected line > differs from a collapsed item +")
        // No pictographic marks a screen reader would spell out, anywhere on the screen.
        let marks = Set(PlainSymbols.replacements.keys)
        #expect(!lines.joined().contains { marks.contains($0) })
        #expect(render(update(state, .key(.character("?"))).0).lines.joined().allSatisfy { !marks.contains($0) })
    }

    @Test func theTeamsHousingFirstPriorityIsShownBesideTheAdvice() {
        var h = ChecksFixture.household
        h.housingFirst = HousingFirstIntake(priorityOverride: HousingFirstPriorityOverride(
            priority: 12, reason: "r", date: ChecksFixture.day, user: "u"))
        let state = update(Fixture.state(size: TerminalSize(rows: 40, columns: 100)),
                           .checksLoaded(h, ChecksFixture.results, asOf: ChecksFixture.day)).0
        #expect(render(state).lines.contains { $0.contains("Housing First") && $0.contains("prioriteit 7 (team: 12)") })
    }

    @Test func onTheStoreTheLoopRecordsTheViewAndShowsTheChecks() throws {
        let source = try MatchingFixture.demoSource()
        defer { MatchingFixture.remove(source) }
        let keys: [InputEvent] = [.key(.character("/"))] + "Lenaerts".map { .key(.character($0)) }
            + [.key(.enter), .key(.character("c"))]
        let terminal = MemoryTerminal(size: TerminalSize(rows: 30, columns: 100), events: keys)
        _ = try AppLoop.run(terminal: terminal, office: source, options: UIOptions(environment: [:]))
        let text = terminal.screen.text
        #expect(text.contains("Controles voor 2026-00388 — Lenaerts, Kevin"))
        #expect(text.contains("Housing First (Limburg)"))
        let id = DossierID(rawValue: "2026-00388")!
        #expect(try source.store.audit.entries(dossier: id).contains { $0.action.rawValue == "view" })
    }
}

/// "Binnenkort" on the checks screen: after the checks show, the rights that open or end in the coming months are
/// found off the screen (an effect) and shown as a section, with the day and the reason.
@Suite struct ChecksUpcomingTests {
    @Test func theChecksScreenShowsWhatOpensWhenLutgardeReachesThePensionAge() throws {
        let office = try TestOffice.memory()
        let today = Day(year: 2026, month: 12, day: 7)!
        var p = Person(firstName: "Lutgarde", lastName: "Vos", role: .aanvrager)
        p.birthDate = Day(year: 1961, month: 6, day: 15)
        p.civilStatus = .alleenstaand
        p.incomeMonth = Money(cents: 140_000)
        p.incomeYear = Money(cents: 1_790_000)
        p.statuses = [.vt]
        var h = Household(id: DossierID(rawValue: "2024-00802")!, members: [p])
        h.address = Address(street: "Bokrijkstraat", houseNumber: "3", postcode: "3600", municipality: "Genk")
        h.residentSince = Day(year: 1995, month: 5, day: 1)
        h.housing.tenure = .socialeHuur
        h = try office.register(h, today: today)
        var d = try OfficeDriver(office, today: today, size: TerminalSize(rows: 60, columns: 140))
        let results = try office.checks(of: h, asOf: today)
        d.send(.checksLoaded(h, results, asOf: today))
        #expect(d.effects.contains { if case .findUpcoming(let x, let day) = $0 { return x.id == h.id && day == today }; return false })
        let text = d.text
        #expect(text.contains("Binnenkort: wat opent of eindigt in de komende 12 maanden ("), "\(text)")
        #expect(text.contains("15-06-2027 (lid 1) — Inkomensgarantie voor ouderen (IGO): niet van toepassing → "), "\(text)")
        #expect(text.contains("lid 1 wordt 66"))
        // Found for another date or dossier, it is not shown here.
        d.send(.upcomingFound(h.id, asOf: today.adding(days: 1), []))
        #expect(d.text.contains("lid 1 wordt 66"))
    }
}
