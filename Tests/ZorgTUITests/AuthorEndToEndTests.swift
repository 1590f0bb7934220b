import Foundation
import Testing

/// Who wrote it: a note and a follow-up added in the real `zorg` (tmux) on a demo store carry the OS user as
/// their author, in the form, in the dossier, in `zorg export --format json` and in the Markdown copy.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed"), .serialized)
struct AuthorEndToEndTests {
    @Test func aNoteAndAFollowUpMadeInTheTerminalUIRecordTheOSUser() throws {
        let user = ZorgShell.osUser
        let shell = try ZorgShell()
        let tmux = shell.tmux
        try shell.startZorg()
        try #require(try tmux.waitFor(" dossiers") != nil, "the caseload list appears")
        try tmux.send("Enter")
        try #require(try tmux.waitFor("Waarom open je") != nil, "the reason is asked")
        try tmux.send("Enter")
        let dossier = try #require(try tmux.waitFor("Rijksregisternummer"), "the dossier opens")
        // The title bar names the dossier: "Zorg · demo · Dossier 2018-00256 — …".
        let id = try #require(dossier.firstMatch(of: /\d{4}-\d{5}/).map { String($0.output) })

        try tmux.send("n")
        let form = try #require(try tmux.waitFor("Nieuwe notitie"), "the note form opens")
        #expect(form.contains(", \(user))"), "the form says who writes the note")
        try tmux.type("Eerste gesprek e2e")
        try tmux.send("C-s")
        try #require(try tmux.waitFor("Opgeslagen (revisie") != nil, "the note is saved")

        try tmux.send("f")
        let followUpForm = try #require(try tmux.waitFor("Nieuwe opvolging"), "the follow-up form opens")
        #expect(followUpForm.contains(user), "the form says who records the follow-up")
        try tmux.type("31-12-2030")
        try tmux.send("Tab")
        try tmux.type("Bel terug e2e")
        try tmux.send("C-s")
        try #require(try tmux.waitFor("Bel terug e2e (\(user))") != nil, "the follow-up is saved and shown with its author")
        #expect(try tmux.capture().contains("  \(user)"), "the note is shown with its author")

        try tmux.send("Escape")
        try #require(try tmux.waitFor(" dossiers") != nil)
        try tmux.send("q")
        try #require(try tmux.waitFor("EXIT=0") != nil, "zorg exits")

        let json = try shell.zorg(["export", id, "--format", "json"])
        try #require(json.status == 0, "\(json.output)")
        let households = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        let household = try #require(households.first)
        let notes = household["notes"] as? [[String: Any]] ?? []
        let followUps = household["followUps"] as? [[String: Any]] ?? []
        let note = try #require(notes.first { $0["text"] as? String == "Eerste gesprek e2e" }, "the note is stored")
        let followUp = try #require(followUps.first { $0["text"] as? String == "Bel terug e2e" }, "the follow-up is stored")
        #expect(note["author"] as? String == user)
        #expect(followUp["author"] as? String == user)

        let markdown = try shell.zorg(["export", id, "--format", "md"])
        try #require(markdown.status == 0, "\(markdown.output)")
        #expect(markdown.output.contains(", \(user): Eerste gesprek e2e"))
        #expect(markdown.output.contains("31-12-2030, \(user): Bel terug e2e"))
    }
}
