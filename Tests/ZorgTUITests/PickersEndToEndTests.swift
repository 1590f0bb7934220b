import Foundation
import Testing

/// Issue 15, item 7, in the real `zorg` (tmux) on a demo store: `f` opens the list of filters, a choice field of
/// the dossier form is chosen (not typed in full), a note of two lines is written with Enter, shown by its first
/// line and read in full with Enter; the store keeps the line break.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed"), .serialized)
struct PickersEndToEndTests {
    /// Waits until `text` is no longer on the screen; false when it stays.
    private func gone(_ text: String, _ tmux: Tmux) throws -> Bool {
        for _ in 0..<100 {
            if !(try tmux.capture()).contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    @Test func theFilterListAChoiceFieldAndANoteOfTwoLines() throws {
        let shell = try ZorgShell()
        let tmux = shell.tmux
        try shell.startZorg()
        let caseload = try #require(try tmux.waitFor(" dossiers"), "the caseload list appears")
        // "45 van 45 dossiers": all of them, as before any filter.
        let all = try #require(caseload.firstMatch(of: /(\d+) van \1 dossiers/).map { String($0.output.0) })

        // f: the list of filters, with counts; Esc changes nothing, Enter applies.
        try tmux.send("f")
        let list = try #require(try tmux.waitFor("Filter kiezen"), "f opens the list of filters")
        #expect(list.contains("open opvolgingen") && list.contains("wijk "))
        try tmux.send("Escape")
        try #require(try gone("Filter kiezen", tmux), "Esc closes the list")
        try #require(try tmux.waitFor(all) != nil, "and changes nothing")
        try tmux.send("f")
        try #require(try tmux.waitFor("Filter kiezen") != nil)
        try tmux.send("Down")
        try tmux.send("Enter")
        try #require(try tmux.waitFor("filter: open opvolgingen") != nil, "Enter applies the chosen filter")
        try tmux.send("f")
        try #require(try tmux.waitFor("Filter kiezen (nu: open opvolgingen)") != nil)
        try tmux.send("Home")
        try tmux.send("Enter")
        try #require(try gone("Filter kiezen", tmux))
        try #require(try tmux.waitFor(all) != nil)
        #expect(!(try tmux.capture()).contains("filter: open opvolgingen"), "back to all")

        // A choice in the dossier form: letters jump to the value, shown in words; saved as its code.
        try tmux.send("Enter")
        try #require(try tmux.waitFor("Waarom open je") != nil)
        try tmux.send("Enter")
        let dossier = try #require(try tmux.waitFor("Rijksregisternummer"), "the dossier opens")
        let id = try #require(dossier.firstMatch(of: /\d{4}-\d{5}/).map { String($0.output) })
        try tmux.send("4")
        try tmux.send("e")
        try #require(try tmux.waitFor("kies uit 8") != nil, "the tenure is a choice among eight")
        try tmux.type("soc")
        try #require(try tmux.waitFor("< sociale huur >") != nil)
        try tmux.send("Right")
        try #require(try tmux.waitFor("< huur via een SVK") != nil, "→ goes to the next value")
        try tmux.send("C-s")
        try #require(try tmux.waitFor("Opgeslagen (revisie") != nil)

        // A note of two lines.
        try tmux.send("n")
        try #require(try tmux.waitFor("Nieuwe notitie") != nil)
        try tmux.type("Eerste regel e2e")
        try tmux.send("Enter")
        try tmux.type("Tweede regel e2e")
        try #require(try tmux.waitFor("✓ 2 regels") != nil, "Enter started a new line")
        try tmux.send("C-s")
        try #require(try tmux.waitFor("Eerste regel e2e (+1 regel, Enter)") != nil, "the list shows the first line")
        #expect(!(try tmux.capture()).contains("Tweede regel e2e"))
        // Select the note (the selected item's first line starts with ▸; the note's text is under it).
        for _ in 0..<30 {
            let lines = try tmux.capture().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if let i = lines.firstIndex(where: { $0.hasPrefix("▸") }), i + 1 < lines.count,
               lines[i + 1].contains("Eerste regel e2e") { break }
            try tmux.send("Down")
            Thread.sleep(forTimeInterval: 0.05)
        }
        try tmux.send("Enter")
        let note = try #require(try tmux.waitFor("Tweede regel e2e"), "Enter opens the note in full")
        #expect(note.contains("Notitie van"))
        try tmux.send("Escape")
        // The box is as tall as the note, so the list's line may show beside it: wait for the note to go.
        try #require(try gone("Notitie van", tmux), "Esc closes the note")
        #expect(!(try tmux.capture()).contains("Tweede regel e2e"))
        #expect(try tmux.capture().contains("Eerste regel e2e (+1 regel, Enter)"))

        try tmux.send("Escape")
        try #require(try tmux.waitFor(" dossiers") != nil)
        try tmux.send("q")
        try #require(try tmux.waitFor("EXIT=0") != nil, "zorg exits")

        let json = try shell.zorg(["export", id, "--format", "json"])
        try #require(json.status == 0, "\(json.output)")
        let households = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        let household = try #require(households.first)
        let notes = household["notes"] as? [[String: Any]] ?? []
        #expect(notes.contains { $0["text"] as? String == "Eerste regel e2e\nTweede regel e2e" }, "the store keeps the line break")
        let housing = household["housing"] as? [String: Any] ?? [:]
        #expect(housing["tenure"] as? String == "svk")
    }
}
