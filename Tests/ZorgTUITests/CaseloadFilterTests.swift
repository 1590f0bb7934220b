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

    @Test func flowFilterAsksForTheEvaluationOnceAndShowsBusyMeanwhile() {
        var d = Driver(Fixture.state())
        d.type("ff")  // all → open follow-ups → energy poverty
        #expect(d.effects == [.startJob(.caseloadFlags(asOf: d.state.today))])
        #expect(d.text.contains("bezig…"))
        d.send(.jobFinished(.flagsEvaluated(flags)))
        #expect(ids(d) == ["2024-00001"])
        #expect(d.lines[23].contains("1 van 5 dossiers · filter: energiearmoede hoog"))
        d.type("f")
        #expect(ids(d) == ["2024-00001", "2024-00003"])
        #expect(d.effects == [.startJob(.caseloadFlags(asOf: d.state.today))])  // computed once
        d.type("f")
        #expect(ids(d) == ["2024-00002"])
        d.type("f")
        #expect(ids(d) == ["2024-00003"])
        #expect(d.lines[23].contains("filter: multiprobleemgezin zonder buddy"))
        #expect(d.lines[23].contains("? help"), "a long filter label never pushes the help key off an 80-column line")
    }

    @Test func districtFiltersFollowTheFlowFiltersAndCombineWithSearch() {
        var d = Driver(Fixture.state())
        d.type("ff")  // all → open follow-ups → energy poverty: the caseload is checked first
        d.send(.jobFinished(.flagsEvaluated(flags)))
        d.type("fff")  // … → multi-problem without buddy, the last flow filter
        d.type("f")  // then the first district, alphabetically
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
        d.type("f")
        #expect(d.effects.isEmpty)
        #expect(ids(d) == ["2024-00003"])
        #expect(d.lines[23].contains("filter: open opvolgingen"))
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
        d.type("f")  // while it runs, keys do not reach the list
        #expect(d.state.caseload.activeFilter == .withoutBuddy)
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
