import CaseModel
import Foundation
import Testing

/// Issue 16, "Done when": in a demo dossier, `W`, a member's monthly income raised: a right flips and the total
/// difference shows; Esc leaves the dossier unchanged (its JSON export identical before and after), the access log
/// has the view, and `zorg check D --what-if` on the command line says the same difference.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed"), .serialized)
struct WhatIfEndToEndTests {
    @Test func wRaisesAnIncomeAndTheCommandLineSaysTheSame() throws {
        let binary = try #require(Binary.zorg, "the zorg executable next to the test binary (swift build first)")
        let store = try DemoStoreFolder.make()
        defer { try? FileManager.default.removeItem(at: store) }
        func zorg(_ arguments: [String]) throws -> String {
            try Subprocess.run(binary.path, arguments + ["--store", store.path], environment: ["LANG": "C.UTF-8"]).output
        }
        let id = "2018-00256"
        let before = try zorg(["export", id, "--format", "json"])
        #expect(before.contains("\"Lombardi\""))

        let tmux = try Tmux(command: "'\(binary.path)' --plain --store '\(store.path)'; echo EXIT=$?; sleep 30",
                            columns: 200, rows: 50, environment: ["LANG": "C.UTF-8"])
        defer { tmux.kill() }
        try #require(try tmux.waitFor("van 55 dossiers") != nil, "the caseload opens")
        try tmux.send("/")
        try tmux.type("Lombardi")
        try tmux.send("Enter")
        try tmux.send("Enter")
        try #require(try tmux.waitFor("Waarom open je \(id)") != nil)
        try tmux.send("2")
        try #require(try tmux.waitFor("Dossier \(id)") != nil)
        try tmux.send("W")
        try #require(try tmux.waitFor("Scenario 1 van 1") != nil, "W opens what if")
        try tmux.send("Enter")                     // the first member's income, in the dossier's form
        try #require(try tmux.waitFor("Inkomen (maand") != nil)
        try tmux.send("Tab")
        try tmux.send("C-u")
        try tmux.type("3000")
        try tmux.send("C-s")
        try #require(try tmux.waitFor("Pro-deo advocaat (juridische tweedelijnsbijstand): rechthebbend > niet rechthebbend") != nil,
                     "a right flips")
        try #require(try tmux.waitFor("zeker: slechter af met") != nil, "the total difference")
        let screen = try tmux.capture()
        let verdicts = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("zeker: ") || $0.hasPrefix("mogelijk: ") }
        #expect(verdicts.count == 2, "\(screen)")

        try tmux.send("Escape")
        try #require(try tmux.waitFor("Dossier \(id)") != nil, "Esc goes back to the dossier")
        try tmux.send("Escape")
        try tmux.send("q")
        #expect(try tmux.waitFor("EXIT=0") != nil)

        // Nothing changed; the view is in the access log.
        #expect(try zorg(["export", id, "--format", "json"]) == before)
        let views = try CaseStore(at: store.path).audit.entries(dossier: DossierID(rawValue: id)!)
            .filter { $0.action == .view && $0.detail["reason"] == "controle-rechten" }
        #expect(!views.isEmpty)

        // The command line gives the same differences as the screen.
        let cli = try zorg(["check", id, "--what-if", "inkomen_maand@1=3000"])
        for verdict in verdicts { #expect(cli.contains(verdict), "\(verdict) in\n\(cli)") }
        #expect(cli.contains("Pro-deo advocaat (juridische tweedelijnsbijstand): rechthebbend → niet rechthebbend"))
    }
}
