import CaseModel
import Testing
@testable import ZorgTUI

@Suite struct CommandLineTests {
    @Test func gotoOpensTheDossier() {
        var d = Driver(Fixture.state())
        d.type(":goto 2024-00003")
        #expect(d.lines[22].hasPrefix(":goto 2024-00003"))
        d.press(.enter)
        #expect(d.effects.isEmpty, "first the reason for opening it is asked, as with Enter on the list")
        #expect(d.state.reasonChooser?.dossier.rawValue == "2024-00003")
        d.press(.enter)  // keeps the pre-selected reason
        #expect(d.effects == [.openDossier(DossierID(rawValue: "2024-00003")!, reason: d.state.lastAccessReason)])
        #expect(d.state.caseload.selectedEntry?.id.rawValue == "2024-00003")
    }

    @Test func gotoAcceptsTheEndOfTheNumber() {
        var d = Driver(Fixture.state())
        d.type(":goto 4")
        d.press(.enter)
        d.press(.enter)
        #expect(d.effects == [.openDossier(DossierID(rawValue: "2024-00004")!, reason: d.state.lastAccessReason)])
    }

    @Test func unknownCommandAndUnknownDossierFlash() {
        var d = Driver(Fixture.state())
        d.type(":zoek")
        d.press(.enter)
        #expect(d.lines[22].contains("Onbekende opdracht :zoek"))
        d.type(":goto 2099-1")
        d.press(.enter)
        #expect(d.lines[22].contains("Geen dossier 2099-1"))
        #expect(d.effects.isEmpty)
    }

    @Test func tabCompletesCommandNames() {
        var line = CommandLineInput(commands: CaseloadCommand.names)
        line.type("g")
        #expect(line.complete() == ["goto"])
        #expect(line.text == "goto ")
        var d = Driver(Fixture.state())
        d.type(":wa")
        d.press(.tab)
        d.press(.enter)
        #expect(d.effects == [.openWaitingList])
    }

    @Test func escCancelsAndKeysDoNotLeak() {
        var d = Driver(Fixture.state())
        d.type(":chq")  // c, h and q would open checks, intake and quit outside the command line
        #expect(d.effects.isEmpty)
        d.press(.escape)
        #expect(d.state.caseload.commandLine == nil)
        #expect(d.effects.isEmpty)
        d.type(":check")
        d.press(.enter)
        #expect(d.effects == [.openChecks(DossierID(rawValue: "2024-00001")!)])
        d.type(":q")
        d.press(.enter)
        #expect(d.effects.last == .quit(exitCode: 0))
    }

    @Test func helpListsTheCommands() {
        var d = Driver(Fixture.state(size: TerminalSize(rows: 60, columns: 100)))
        d.type("?")
        #expect(d.text.contains(":goto DOSSIER"))
        #expect(d.text.contains(":sort naam|dossier|wijk"))
    }
}
