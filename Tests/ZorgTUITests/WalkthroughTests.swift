import Foundation
import Testing

/// A caseworker's and a volunteer's day in a real terminal: the built `zorg` in tmux on a fresh demo store.
/// Each step asserts what the screen shows, as a person would check it.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed"), .serialized)
struct WalkthroughTests {
    @Test func aCaseworkersDay() throws {
        let binary = try #require(Binary.zorg, "the zorg executable next to the test binary")
        let store = try DemoStoreFolder.make()
        defer { try? FileManager.default.removeItem(at: store) }
        let tmux = try Tmux(command: "'\(binary.path)' --store '\(store.path)'; echo EXIT=$?; sleep 30",
                            columns: 100, rows: 30, environment: ["LANG": "C.UTF-8"])
        defer { tmux.kill() }
        try #require(try tmux.waitFor("van 55 dossiers") != nil, "the caseload opens")

        // Find a dossier by typing, open it, edit an income and save.
        try tmux.send("/")
        try #require(try tmux.waitFor("Zoeken:") != nil, "the search prompt opens")
        try tmux.type("ayşe demir")
        let found = try #require(try tmux.waitFor("1 van 55"), "the search narrows to one household")
        #expect(found.contains("Demir, Ayşe"))
        try tmux.send("Enter")
        try tmux.send("Enter")
        let chooser = try #require(try tmux.waitFor("Waarom open je 2022-00402"), "the reason for opening is asked")
        #expect(chooser.contains("Controle rechten"))
        try tmux.send("4")  // correctie: an income is corrected
        try #require(try tmux.waitFor("Dossier 2022-00402") != nil, "the dossier opens")
        try tmux.send("2")
        try #require(try tmux.waitFor("€ 21.900,00") != nil, "the income tab shows the yearly income")
        try tmux.send("e")
        try #require(try tmux.waitFor("[ Opslaan ]") != nil, "the edit form opens")
        try tmux.type("19.500")
        #expect(try tmux.waitFor("✓ € 19.500,00") != nil, "the amount is checked as it is typed")
        try tmux.send("C-s")
        let saved = try #require(try tmux.waitFor("Opgeslagen (revisie 2)"), "the save is confirmed")
        #expect(saved.contains("€ 19.500,00"))

        // Run the checks and open a reason with its source.
        try tmux.send("Escape")
        try tmux.send("c")
        let checks = try #require(try tmux.waitFor("Rechthebbend"), "the checks are grouped")
        #expect(checks.contains("Leefloon (OCMW)"))
        try tmux.send("Down")
        try tmux.send("Down")
        try tmux.send("Enter")
        let reason = try #require(try tmux.waitFor("bron:"), "a result opens to its reasons and sources")
        #expect(reason.contains("Redenen"))

        // A Housing First intake: a recorded state change.
        try tmux.send("Escape")
        try tmux.send("/")
        try tmux.send("C-u")
        try tmux.send("Escape")
        try tmux.send("/")
        try #require(try tmux.waitFor("Zoeken:") != nil)
        try tmux.type("lenaerts")
        try #require(try tmux.waitFor("1 van 55") != nil)
        try tmux.send("Enter")
        try tmux.send("h")
        let intake = try #require(try tmux.waitFor("Prioriteit (advies)"), "the intake shows eligibility and priority")
        #expect(intake.contains("Toestemming eerst"))
        #expect(intake.contains("toestemming 1"), "the recorded Housing First consent is shown first")
        try tmux.send("t")
        try #require(try tmux.waitFor("Nieuwe stap") != nil)
        try tmux.send("1")
        try tmux.type("verwezen door het straathoekwerk")
        try tmux.send("Enter")
        #expect(try tmux.waitFor("Bewaard: Housing First 2026-00388") != nil, "the state change is saved")

        // Confirm a buddy match.
        try tmux.send("Escape")
        try tmux.send("b")
        let matching = try #require(try tmux.waitFor("Open multiprobleemgezinnen"), "the matching screen proposes pairs")
        #expect(matching.contains("score"))
        try tmux.send("a")
        #expect(try tmux.waitFor("delen met vrijwilliger") != nil, "sharing the family's details is asked first")
        try tmux.send("j")
        #expect(try tmux.waitFor("Vastgelegd: ") != nil, "the match is recorded")
        // A mistake: undone from the same screen.
        try tmux.send("u")
        #expect(try tmux.waitFor("maken? (j/n)") != nil, "undoing is asked first")
        try tmux.send("j")
        #expect(try tmux.waitFor("Ongedaan gemaakt: ") != nil, "the match is undone")

        // Resize to 80×24 and 200×60, then quit.
        try tmux.send("Escape")
        try tmux.resize(columns: 80, rows: 24)
        #expect(try tmux.waitFor("Dossiers") != nil, "the caseload is drawn again at 80×24")
        try tmux.resize(columns: 200, rows: 60)
        let wide = try #require(try tmux.waitFor("Adres"), "a wide terminal also shows the address column")
        #expect(wide.contains("Dossier"))
        try tmux.send("q")
        #expect(try tmux.waitFor("EXIT=0") != nil)
    }

    @Test func aVolunteersCheckNeedsNoStore() throws {
        let binary = try #require(Binary.zorg, "the zorg executable next to the test binary")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zorg-walk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = try Tmux(command: "'\(binary.path)' check --interactive; echo EXIT=$?; sleep 30", columns: 100, rows: 30,
                            directory: folder, environment: ["LANG": "C.UTF-8", "ZORG_STORE": "/nonexistent/store"])
        defer { tmux.kill() }
        try #require(try tmux.waitFor("Vraag 1 van") != nil, "the questionnaire starts without a store")
        try tmux.type("72")
        try tmux.send("Enter")
        #expect(try tmux.waitFor("Vraag 2 van") != nil, "the step counter moves on")
        for _ in 0..<12 { try tmux.send("s") }
        let results = try #require(try tmux.waitFor("Wat het gezin waarschijnlijk kan krijgen"), "likely rights are shown")
        #expect(results.contains("Meebrengen") || results.contains("Nog na te gaan"))
        try tmux.send("q")
        #expect(try tmux.waitFor("EXIT=0") != nil)
        // Nothing was written where it ran.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
