@testable import CaseModel
import Testing
@testable import ZorgTUI

/// Back on the checks after the dossier changed: the old outcomes are not shown while new ones are computed,
/// a failure says so (with `r` to try again), and a dossier left unchanged keeps its results without a rerun.
@Suite struct ChecksRecomputeTests {
    /// The checks, then the dossier's form opened on a missing fact, as the loop does it.
    private func editing() -> Driver {
        var d = Driver(ChecksFixture.state())
        d.press(.down, .down, .down, .down, .enter, .down, .down, .enter)  // Mantelzorgpremie, "zorgt voor"
        #expect(d.effects == [.editField(ChecksFixture.household.id, column: "zorgt_voor@1")])
        d.send(.dossierOpenedForEdit(ChecksFixture.household, column: "zorgt_voor@1"))
        return d
    }

    @Test func afterASaveTheChecksSayTheyAreRecomputedAndShowNoOldOutcome() {
        var d = editing()
        var saved = ChecksFixture.household
        saved.revision += 1
        d.send(.dossierSaved(saved))
        d.press(.escape)
        #expect(d.effects.last == .runChecks(saved.id, asOf: ChecksFixture.day))
        let text = d.text
        #expect(text.contains("Het dossier is gewijzigd: de uitkomsten worden opnieuw berekend…"))
        #expect(!text.contains("Mantelzorgpremie") && !text.contains("mogelijk"))

        d.send(.flowFailed("de store is vergrendeld"))
        #expect(d.text.contains("konden niet opnieuw berekend") && d.text.contains("(de store is vergrendeld)"))
        #expect(!d.text.contains("Mantelzorgpremie"))
        #expect(d.lines[23].contains("r opnieuw"))
        d.press(.character("r"))
        #expect(d.effects.last == .runChecks(saved.id, asOf: ChecksFixture.day))

        let decided = ChecksFixture.result("mantelzorgpremie", "Mantelzorgpremie", .eligible, amount: 40, personIndex: 0)
        d.send(.checksLoaded(saved, [decided], asOf: ChecksFixture.day))
        #expect(d.state.pages.count == 1)
        #expect(d.text.contains("Mantelzorgpremie") && !d.text.contains("opnieuw berekend"))
        #expect(d.lines[23].contains("0 ontvangt · 1 recht · 0 mogelijk"))
    }

    @Test func leavingTheFormUnchangedKeepsTheResultsWithoutARerun() {
        var d = editing()
        d.press(.escape, .escape)  // the form, then the dossier
        #expect(!d.effects.contains { if case .runChecks = $0 { true } else { false } })
        #expect(d.text.contains("Mantelzorgpremie"))
    }

    @Test func rRunsTheChecksAgainAndIsInTheHelp() {
        var d = Driver(ChecksFixture.state())
        d.press(.character("r"))
        #expect(d.effects == [.runChecks(ChecksFixture.household.id, asOf: ChecksFixture.day)])
        d.press(.character("?"))
        #expect(d.text.contains("opnieuw berekenen"))
    }
}
