@testable import CaseModel
import Foundation
import Testing

/// The scan screen in the real `zorg`, in tmux, on a fresh demo store: `S` runs the scan, the overview shows its
/// charts, a section lists households, Enter opens one; 80×24 and 200×60; one audit entry for the scan.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed"), .serialized)
struct ScanEndToEndTests {
    @Test func theScanScreenShowsChartsAndOpensADossier() throws {
        let binary = try #require(Binary.zorg, "the zorg executable next to the test binary (swift build first)")
        let store = try DemoStoreFolder.make()
        defer { try? FileManager.default.removeItem(at: store) }
        let tmux = try Tmux(command: "sh", columns: 80, rows: 24, environment: ["LANG": "C.UTF-8"])
        defer { tmux.kill() }
        try tmux.type("echo SHELL=RE\"\"ADY")
        try tmux.send("Enter")
        try #require(try tmux.waitFor("SHELL=READY") != nil, "the shell in tmux answers")
        try tmux.type("clear; TERM=xterm-256color '\(binary.path)' --store '\(store.path)'; echo EXIT=\"$?\"")
        try tmux.send("Enter")
        try #require(try tmux.waitFor(" dossiers") != nil, "the caseload list appears")

        try tmux.send("S")
        // Each text is waited for: tmux may capture a screen that is still being written.
        try #require(try tmux.waitFor("Zekere winst per wijk") != nil, "the scan's overview appears")
        for text in ["Proactieve scan", "1/7 Overzicht", "Scan van 50 dossiers", "█", "€ "] {
            #expect(try tmux.waitFor(text) != nil, "\(text)")
        }

        try tmux.send("Tab")
        try #require(try tmux.waitFor("2/7 Onderbescherming (") != nil, "the under-protection section")
        #expect(try tmux.waitFor("Zeker/jaar") != nil)
        try tmux.send("Enter")  // the reason for opening is asked first; Enter keeps the one chosen
        try tmux.send("Enter")
        #expect(try tmux.waitFor("Rijksregisternummer") != nil, "Enter opens the household's dossier")
        try tmux.send("Escape")
        #expect(try tmux.waitFor("2/7 Onderbescherming (") != nil, "Esc goes back to the scan")

        try tmux.resize(columns: 200, rows: 60)
        try tmux.send("1")
        try #require(try tmux.waitFor("Onderbescherming per recht") != nil, "the overview again, with more charts")
        #expect(try tmux.waitFor("7 Opvolgingen over datum") != nil)  // all sections side by side at 200 columns
        #expect(try tmux.waitFor("Energiearmoede per niveau") != nil)

        try tmux.send("Escape")
        try tmux.send("q")
        #expect(try tmux.waitFor("EXIT=0") != nil)
        let entries = try CaseStore(at: store.path, identity: Identity(user: "test")).audit.entries()
        #expect(entries.filter { $0.action == .scan }.count == 1)
    }
}
