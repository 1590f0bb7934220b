@testable import CaseModel
import Testing
@testable import ZorgTUI

@Suite struct CaseloadFilterTests {
    private func ids(_ d: Driver) -> [String] { d.state.caseload.visible.map { d.state.caseload.entries[$0].id.rawValue } }
    private func id(_ s: String) -> DossierID { DossierID(rawValue: s)! }

    /// The answer a fake source gives to `.evaluateCaseload`.
    private let flags: [DossierID: CaseloadFlags] = [
        DossierID(rawValue: "2024-00001")!: CaseloadFlags(energyPovertyHigh: true, possibleRights: true),
        DossierID(rawValue: "2024-00002")!: CaseloadFlags(housingFirstWaiting: true),
        DossierID(rawValue: "2024-00003")!: CaseloadFlags(possibleRights: true, multiProblemWithoutBuddy: true),
    ]

    /// `f`, then down `steps` times, then Enter: the filter that many places below the one in effect.
    private func choose(_ d: inout Driver, down steps: Int) {
        d.type("f")
        for _ in 0..<steps { d.press(.down) }
        d.press(.enter)
    }

    @Test func fOpensAListOfEveryFilterWithItsCountAndEscChangesNothing() {
        var households = Fixture.households
        households[2].followUps = [FollowUp(due: Day(parsing: "01-01-2030")!, text: "bellen", author: "t")]
        var d = Driver(Fixture.state(households))
        d.type("f")
        let picker = try! #require(d.state.caseload.filterPicker)
        #expect(picker.options.map(\.filter) == [.all, .openFollowUps, .energyPoverty, .possibleRights, .waitingList, .withoutBuddy,
                                                 .district("Bret-Gelieren"), .district("Genk-Centrum"), .district("Waterschei"),
                                                 .district("Winterslag"), .district("Zwartberg")])
        #expect(picker.options.map(\.count) == [5, 1, nil, nil, nil, nil, 1, 1, 1, 1, 1])
        let text = d.text
        #expect(text.contains("Filter kiezen (nu: alle)"))
        #expect(d.lines.contains { $0.contains("▸* alle") && $0.contains(" 5") })
        #expect(d.lines.contains { $0.contains(#/open opvolgingen +1 /#) })
        #expect(d.lines.contains { $0.contains("energiearmoede hoog") && $0.contains("…") })
        #expect(text.contains("… = wordt nagekeken als u die filter kiest"))
        #expect(d.lines[23].contains("Enter toepassen") && d.lines[23].contains("Esc sluiten"))
        #expect(d.effects.isEmpty, "opening the list checks nothing")
        // j k and the arrows move; Esc closes without a change.
        d.press(.down, .character("j"), .character("k"))
        #expect(d.state.caseload.filterPicker?.selected == .openFollowUps)
        d.press(.escape)
        #expect(d.state.caseload.filterPicker == nil)
        #expect(d.state.caseload.activeFilter == .all && ids(d).count == 5)
        // `q` in the list closes the list, not the program.
        d.type("fq")
        #expect(d.state.caseload.filterPicker == nil && d.effects.isEmpty)
        // Enter applies the chosen one, shown on the status line as before.
        choose(&d, down: 1)
        #expect(d.effects.isEmpty)
        #expect(ids(d) == ["2024-00003"])
        #expect(d.lines[23].contains("filter: open opvolgingen"))
        // Opened again, the list starts on the filter in effect.
        d.type("f")
        #expect(d.state.caseload.filterPicker?.selected == .openFollowUps)
        #expect(d.text.contains("Filter kiezen (nu: open opvolgingen)"))
        d.press(.home, .enter)
        #expect(d.state.caseload.activeFilter == .all)
    }

    @Test func flowFilterAsksForTheEvaluationOnceAndShowsBusyMeanwhile() {
        var d = Driver(Fixture.state())
        choose(&d, down: 2)  // all, open follow-ups, energy poverty
        #expect(d.effects == [.startJob(.caseloadFlags(asOf: d.state.today))])
        #expect(d.text.contains("bezig…"))
        d.send(.jobFinished(.flagsEvaluated(flags)))
        #expect(ids(d) == ["2024-00001"])
        #expect(d.lines[23].contains("1 van 5 dossiers · filter: energiearmoede hoog"))
        // Now the flow filters have their counts.
        d.type("f")
        #expect(d.state.caseload.filterPicker?.options.map(\.count).prefix(6) == [5, 0, 1, 2, 1, 1])
        #expect(!d.text.contains("… = wordt nagekeken als u die filter kiest"))
        #expect(d.lines[23].contains("Enter toepassen") && d.lines[23].contains("Esc sluiten"),
                "with the list open, the status line has room for its keys: \(d.lines[23])")
        d.press(.down, .enter)
        #expect(ids(d) == ["2024-00001", "2024-00003"])
        #expect(d.effects == [.startJob(.caseloadFlags(asOf: d.state.today))])  // computed once
        choose(&d, down: 1)
        #expect(ids(d) == ["2024-00002"])
        choose(&d, down: 1)
        #expect(ids(d) == ["2024-00003"])
        #expect(d.lines[23].contains("filter: multiprobleemgezin zonder buddy"))
        #expect(d.lines[23].contains("? help"), "a long filter label never pushes the help key off an 80-column line")
    }

    @Test func districtFiltersFollowTheFlowFiltersAndCombineWithSearch() {
        var d = Driver(Fixture.state())
        choose(&d, down: 2)  // energy poverty: the caseload is checked first
        d.send(.jobFinished(.flagsEvaluated(flags)))
        choose(&d, down: 4)  // … past the last flow filter to the first district, alphabetically
        #expect(ids(d) == ["2024-00004"])
        #expect(d.lines[23].contains("filter: wijk Bret-Gelieren"))
        d.type(":filter rechten")
        d.press(.enter)
        d.type("/yil")
        d.press(.enter)
        #expect(ids(d) == ["2024-00001"])
        d.press(.escape)  // clears the search, keeps the filter
        #expect(ids(d) == ["2024-00001", "2024-00003"])
    }

    @Test func openFollowUpsFilterNeedsNoEvaluation() {
        var households = Fixture.households
        households[2].followUps = [FollowUp(due: Day(parsing: "01-01-2030")!, text: "bellen", author: "t")]
        var d = Driver(Fixture.state(households))
        choose(&d, down: 1)
        #expect(d.effects.isEmpty)
        #expect(ids(d) == ["2024-00003"])
        #expect(d.lines[23].contains("filter: open opvolgingen"))
    }

    @Test func theFilterListFitsSmallTerminalsAndScrolls() {
        // Twenty-five districts: more filters than the box has rows at 80×24.
        let households = (1...25).map { i in
            Fixture.household(String(format: "2024-%05d", i), [Fixture.person("A\(i)", "B")], district: "Wijk \(i)")
        }
        var d = Driver(Fixture.state(households))
        d.type("f")
        d.press(.end)
        #expect(d.state.caseload.filterPicker?.selected == .district("Wijk 9"))
        #expect(d.lines.contains { $0.contains("wijk Wijk 9") })
        #expect(d.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        d.press(.pageUp, .pageUp, .pageUp)
        #expect(d.state.caseload.filterPicker?.selected == .all)
        for size in [TerminalSize(rows: 15, columns: 60), TerminalSize(rows: 5, columns: 20), TerminalSize(rows: 1, columns: 1)] {
            var small = Driver(Fixture.state(households, size: size))
            small.type("f")
            small.press(.end, .down, .pageDown, .up, .home)
            small.send(.resize(TerminalSize(rows: 3, columns: 10)))
            small.press(.end, .enter)
            #expect(small.state.caseload.activeFilter == .district("Wijk 9"))
            #expect(small.lines.count == 3)
        }
        var plain = Driver(Fixture.state(households, options: UIOptions(plain: true, environment: [:])))
        plain.type("f")
        #expect(plain.lines.contains { $0.contains(">* alle") })
        #expect(!plain.text.contains("▸") && !plain.text.contains("│"))
    }

    @Test func failedEvaluationFallsBackToAll() {
        var d = Driver(Fixture.state())
        d.type(":filter buddy")
        d.press(.enter)
        d.send(.jobFinished(.flagsFailed("kapot")))
        #expect(ids(d).count == 5)
        #expect(d.text.contains("kapot"))
    }

    @Test func theEvaluationShowsProgressAndEscStopsIt() {
        var d = Driver(Fixture.state())
        d.type(":filter buddy")
        d.press(.enter)
        d.send(.jobProgress(WorkProgress.Snapshot(phase: .evaluating, done: 2, total: 5), elapsedSeconds: 3))
        #expect(d.text.contains("2 / 5"))
        d.type("f")  // while it runs, keys do not reach the list (no filter list opens)
        #expect(d.state.caseload.activeFilter == .withoutBuddy && d.state.caseload.filterPicker == nil)
        d.press(.escape)
        #expect(d.effects.last == .cancelJob)
        d.send(.jobFinished(.flagsEvaluated(nil)))
        #expect(d.state.job == nil)
        #expect(ids(d).count == 5)
        #expect(d.state.caseload.activeFilter == .all)
        #expect(d.text.contains("Gestopt: de caseload is niet nagekeken"))
    }

    @Test func flagsComeFromRuleResults() {
        var h = Fixture.households[0]
        // On the waiting list: the intake is in state `wachtlijst` (HousingFirstWaitingList), whatever the module says.
        h.housingFirst = HousingFirstIntake(history: [HousingFirstStateChange(state: .wachtlijst, date: Day(parsing: "01-12-2025")!, user: "u")])
        func result(_ rule: String, _ outcome: RuleOutcome, level: String? = nil) -> RuleResult {
            RuleResult(dossier: h.id, person: nil, personIndex: nil, rule: rule, title: RuleText(nl: rule, en: rule),
                       outcome: outcome, amount: nil, automatic: false, applyAt: nil, documents: [], missing: [],
                       reasons: [], level: level, indicators: nil, priority: nil, actions: [], asOf: Day(parsing: "01-01-2026")!)
        }
        let f = CaseloadFlags(household: h, results: [result("energiearmoede", .eligible, level: "urgent"),
                                                      result("leefloon", .possible), result("housing-first", .eligible),
                                                      result("multiprobleemgezin", .eligible)])
        #expect(f == CaseloadFlags(energyPovertyHigh: true, possibleRights: true, housingFirstWaiting: true,
                                   multiProblemWithoutBuddy: true))
        let eligibleOnly = CaseloadFlags(household: Fixture.households[0], results: [result("housing-first", .eligible)])
        #expect(!eligibleOnly.housingFirstWaiting, "eligible by the module but not put on the list by the team")
        let none = CaseloadFlags(household: Fixture.households[0], results: [result("energiearmoede", .eligible, level: "medium"),
                                                                             result("leefloon", .eligible)])
        #expect(none == CaseloadFlags())
    }

    @Test func sortCyclesDossierNameDistrict() {
        var d = Driver(Fixture.state())
        #expect(ids(d) == ["2024-00001", "2024-00002", "2024-00003", "2024-00004", "2024-00005"])
        d.type("s")
        #expect(ids(d) == ["2024-00004", "2024-00005", "2024-00002", "2024-00003", "2024-00001"])
        #expect(d.lines[23].contains("sortering: naam"))
        d.type("s")
        #expect(ids(d) == ["2024-00004", "2024-00005", "2024-00002", "2024-00001", "2024-00003"])
        d.type(":sort dossier")
        d.press(.enter)
        #expect(ids(d) == ["2024-00001", "2024-00002", "2024-00003", "2024-00004", "2024-00005"])
    }
}
