@testable import CaseModel
import Testing
@testable import ZorgTUI

/// The Housing First waiting list is defined once (issue 14): `zorg scan` (the office's scan), the scan screen
/// and the `w` list show the same households in the same order — with a team's priority override and a housed
/// intake among them.
@Suite struct WaitingListOnceTests {
    static let today = Day(year: 2026, month: 11, day: 23)!

    private func intake(_ id: String, referred: Day, state: HousingFirstState, override: Int? = nil) -> Household {
        var h = Fixture.household(id, [Fixture.person("P", id, born: "01-01-1980")])
        h.homelessness = Homelessness(ethos: 1, homelessSince: Day(year: 2023, month: 1, day: 1), monthsHomeless24m: 20,
                                      mentalHealth: true, addiction: nil, physicalHealth: false, referredOn: referred)
        h.consentOn = referred
        var intake = HousingFirstIntake()
        intake.history = [HousingFirstStateChange(state: state, date: referred, user: "u")]
        if let override {
            intake.priorityOverride = HousingFirstPriorityOverride(priority: override, reason: "team", date: referred, user: "u")
        }
        h.housingFirst = intake
        return h
    }

    @Test func scanScreenAndWaitingListAgree() throws {
        let households = [
            intake("2026-00001", referred: Day(year: 2026, month: 1, day: 5)!, state: .wachtlijst),
            intake("2026-00002", referred: Day(year: 2026, month: 3, day: 1)!, state: .wachtlijst, override: 12),
            intake("2026-00003", referred: Day(year: 2025, month: 6, day: 1)!, state: .gehuisvest),
            intake("2026-00004", referred: Day(year: 2025, month: 9, day: 1)!, state: .wachtlijst),
        ]
        let office = try TestOffice.memory(households)
        let list = try office.waitingList(asOf: Self.today)
        let scan = try #require(try office.scan(asOf: Self.today)?.scan)
        #expect(scan.housingFirstWaitingList == list)
        // The override puts its household first; the housed intake is on neither.
        #expect(list.first?.dossier.rawValue == "2026-00002")
        #expect(!list.contains { $0.dossier.rawValue == "2026-00003" })
        #expect(list.count == 3)
        // The `w` list is what the office returns, through the effect runner.
        guard case .waitingListLoaded(let shown, _)? = TestOffice.run(.openWaitingList, office, today: Self.today) else {
            Issue.record("no waiting list"); return
        }
        #expect(shown == list)
        // The caseload's `wachtlijst` filter counts the same households.
        let flags = try #require(try office.caseloadFlags(asOf: Self.today))
        #expect(Set(flags.filter(\.value.housingFirstWaiting).keys) == Set(list.map(\.dossier)))
    }
}
