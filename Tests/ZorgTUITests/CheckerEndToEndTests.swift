import Foundation
import Testing

/// The volunteer checker in a real terminal (tmux): `zorg check --interactive` with a store option and
/// `ZORG_STORE` that lead nowhere, a few answers, the result, the summary saved where the volunteer says (and
/// an overwrite refused), resizes, and quitting. Skipped when tmux is not installed.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed"), .serialized)
struct CheckerEndToEndTests {
    @Test func aVolunteerChecksAHouseholdAndSavesTheSummary() throws {
        let binary = try #require(Binary.zorg, "the zorg executable next to the test binary (swift build first)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zorg-checker-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Started from an interactive shell in the terminal, as a person would (the shell also hands the program
        // the terminal's signals, such as the resize signal).
        let tmux = try Tmux(command: "sh", columns: 80, rows: 24, directory: folder,
                            environment: ["LANG": "C.UTF-8", "ZORG_STORE": "/nonexistent/zorg", "HOME": folder.path])
        defer { tmux.kill() }
        try tmux.type("'\(binary.path)' check --interactive --store '\(folder.path)/geen-store'; echo EXIT=\"$?\"")
        try tmux.send("Enter")

        // Each text waited for on its own: one capture can catch a screen half written on a busy machine.
        try #require(try tmux.waitFor("vraag 1 van 11") != nil, "the first question appears")
        #expect(try tmux.waitFor("zonder store — niets wordt bewaard") != nil)
        try tmux.type("70")
        try tmux.send("Enter")
        try #require(try tmux.waitFor("Vraag 2 van 11 — Partner") != nil)
        try tmux.send("Right", "Right", "Enter")          // no partner: one question less
        try #require(try tmux.waitFor("Vraag 3 van 10") != nil)
        try tmux.send("Enter")                            // children: skipped by leaving it empty
        try tmux.type("3600")
        try tmux.send("Enter")
        try tmux.type("14000")
        try tmux.send("Enter")
        try #require(try tmux.waitFor("Wat ontvangt Persoon 1 al?") != nil)
        try tmux.send("Down", "Down", "Down", "Space")    // IGO
        try #require(try tmux.waitFor("[x] inkomensgarantie") != nil)
        try tmux.send("Enter")
        for _ in 0..<4 { try tmux.send("s") }
        try #require(try tmux.waitFor("Waarschijnlijk recht op") != nil, "the result appears")
        #expect(try tmux.waitFor("Verhoogde tegemoetkoming") != nil)
        #expect(try tmux.waitFor("Waar: het ziekenfonds") != nil)

        try tmux.resize(columns: 200, rows: 60)
        #expect(try tmux.waitFor("Waarschijnlijk geen recht op") != nil)  // the taller terminal shows more
        try tmux.resize(columns: 80, rows: 24)
        #expect(try tmux.waitFor("Waarschijnlijk recht op") != nil)

        try tmux.send("p")
        try #require(try tmux.waitFor("Bestand voor de samenvatting:") != nil)
        try tmux.type("voor-de-burger.txt")
        try tmux.send("Enter")
        #expect(try tmux.waitFor("Samenvatting opgeslagen in voor-de-burger.txt") != nil)
        try tmux.send("p")
        try tmux.type("voor-de-burger.txt")
        try tmux.send("Enter")
        #expect(try tmux.waitFor("bestaat al. Overschrijven? (j/n)") != nil)
        try tmux.send("n")
        #expect(try tmux.waitFor("Niet opgeslagen.") != nil)

        try tmux.send("q")
        #expect(try tmux.waitFor("EXIT=0") != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["voor-de-burger.txt"])
        let summary = try String(contentsOf: folder.appendingPathComponent("voor-de-burger.txt"), encoding: .utf8)
        #expect(summary.contains("Verhoogde tegemoetkoming"))
        #expect(summary.contains("Meebrengen: "))
    }
}
