import Testing
@testable import ZorgTUI

@Suite struct HelpOverlayTests {
    @Test func questionMarkListsExactlyTheKeysOfTheCaseload() {
        var d = Driver(Fixture.state())
        d.press(.character("?"))
        let text = d.text
        for action in ["vorige / volgende", "pagina omhoog / omlaag", "eerste / laatste", "dossier openen",
                       "zoeken (typ om te beperken)", "zoekopdracht wissen", "deze hulp", "stoppen"] {
            #expect(text.contains(action), "\(action)")
        }
        #expect(!text.contains("terug naar de lijst"))  // a key of the members view, not of this screen
    }

    @Test func helpOnTheMembersViewListsItsOwnKeys() {
        var d = Driver(Fixture.state())
        d.press(.enter, .enter, .character("?"))
        #expect(d.text.contains("terug naar de lijst"))
        #expect(!d.text.contains("dossier openen"))
    }

    @Test func typingFiltersTheHelpByWordsOrByKey() {
        var d = Driver(Fixture.state())
        d.press(.character("?"))
        d.type("zoek")
        #expect(d.state.help?.visibleEntries.map(\.keys) == ["/", "Esc"])
        d.press(.backspace, .backspace, .backspace, .backspace)
        d.type("pgdn")
        #expect(d.state.help?.visibleEntries.map(\.action) == ["pagina omhoog / omlaag"])
        d.press(.backspace, .backspace, .backspace, .backspace)
        d.type("xyz")
        #expect(d.text.contains("Geen toetsen gevonden."))
    }

    @Test func keysTypedInTheHelpDoNotReachTheScreenBelowAndEscCloses() {
        var d = Driver(Fixture.state())
        d.press(.character("?"))
        d.type("qj")
        #expect(d.effects.isEmpty)
        #expect(d.state.caseload.cursor.selected == 0)
        d.press(.escape)
        #expect(d.state.help == nil)
        #expect(!d.text.contains("Toetsen —"))
    }
}
