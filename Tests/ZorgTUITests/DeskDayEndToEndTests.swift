import CaseModel
import Foundation
import Testing

/// Issue 15, "Done when": a caseworker's day at the desk in the real `zorg`, in tmux, on a fresh demo store, read
/// from the screen as she would read it. `n` registers a household of two adults and a child (the child's national
/// number is already in the store: the duplicate warning appears and is passed), its checks show, `a` records an
/// application for the leefloon (whose module declares an answer term of 30 days), its follow-up appears in
/// Vandaag, it is marked done, the leefloon is recorded as granted, the scan no longer counts it as
/// under-protection, and the history tab shows each change field by field. Then `q`.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed"), .serialized)
struct DeskDayEndToEndTests {
    /// The demo's Noah Mertens (dossier 2025-00412), born 03-03-2021: the child's national number.
    static let storedChild = "21.03.03-467.31"

    @Test func aDayAtTheDeskFromANewHouseholdToAGrantedRight() throws {
        let binary = try #require(Binary.zorg, "the zorg executable next to the test binary (swift build first)")
        let store = try DemoStoreFolder.make()
        defer { try? FileManager.default.removeItem(at: store) }
        // Plain: the selected line is marked `>`, so the test reads where the cursor is, as a screen reader would
        // (and `·` is `-`, `→` is `>`).
        let tmux = try Tmux(command: "'\(binary.path)' --plain --store '\(store.path)'; echo EXIT=$?; sleep 30",
                            columns: 200, rows: 50, environment: ["LANG": "C.UTF-8"])
        defer { tmux.kill() }
        try #require(try tmux.waitFor("van 55 dossiers") != nil, "the caseload opens")
        let today = Day.today()
        let applicant = NationalNumber.make(birthDate: Day(year: 1990, month: 4, day: 12)!, sequence: 998)
        let partner = NationalNumber.make(birthDate: Day(year: 1957, month: 2, day: 12)!, sequence: 997)

        // n: the applicant and the address, then two members with `+`, each saved with Ctrl-S.
        try tmux.send("n")
        try #require(try tmux.waitFor("De aanvrager en het adres") != nil, "n opens the new household's form")
        try fill(tmux, ["Sanne", "Vermeulen", applicant.formatted, "12-04-1990", "v", "", "0", "geen",
                        "Stalenstraat", "12", "3600", "Genk", "Winterslag"])
        try tmux.send("C-s")
        try #require(try tmux.waitFor("1. Sanne Vermeulen (aanvrager)") != nil, "the applicant is entered")
        try tmux.send("+")
        try #require(try tmux.waitFor("Lid 2") != nil)
        try fill(tmux, ["Jef", "Vermeulen", partner.formatted, "12-02-1957", "m", "partner", "1.200", "pensioen"])
        try tmux.send("C-s")
        try #require(try tmux.waitFor("2. Jef Vermeulen (partner)") != nil, "the partner is entered")
        try tmux.send("+")
        try #require(try tmux.waitFor("Lid 3") != nil)
        try fill(tmux, ["Noah", "Vermeulen", Self.storedChild, "03-03-2021", "m", "kind", "0", "geen"])
        try tmux.send("C-s")
        try #require(try tmux.waitFor("3. Noah Vermeulen (kind)") != nil, "the child is entered")
        #expect(try tmux.waitFor("3 personen") != nil)

        // r: a possible duplicate, side by side; r again registers anyway and the new dossier opens.
        try tmux.send("r")
        // Each text is waited for: tmux may capture a screen that is still being written.
        try #require(try tmux.waitFor("Mogelijk staat iemand al in een dossier") != nil, "the duplicate warning")
        for text in ["Dossier 2025-00412", "nieuw lid 3 ↔ dossier 2025-00412, lid 3: zelfde rijksregisternummer",
                     "! 3. Noah Mertens (kind)"] {
            #expect(try tmux.waitFor(text) != nil, "\(text)")
        }
        try tmux.send("r")
        let registered = try #require(try tmux.waitFor(" geregistreerd met 3 leden."), "the household is registered")
        let id = try #require(Self.dossierNumber(before: " geregistreerd met 3 leden.", in: registered))
        #expect(id.hasPrefix("\(today.year)-"))
        #expect(try tmux.waitFor("Dossier \(id) — Vermeulen, Sanne - Gezin") != nil, "the new dossier opens")

        // The scan before the application: the leefloon is under-protection in so many households, this one too.
        try tmux.send("Escape")
        try #require(try tmux.waitFor("van 56 dossiers") != nil, "the caseload lists the new dossier")
        let before = try #require(try leefloonUnderProtection(tmux), "the scan counts the leefloon's under-protection")

        // Its checks (c on the caseload): the leefloon is found for Sanne.
        try tmux.send("/")
        try tmux.type("Sanne Vermeulen")
        try #require(try tmux.waitFor("1 van 56") != nil, "the search finds the new household")
        try tmux.send("Enter")
        try tmux.send("c")
        try #require(try tmux.waitFor("Controles voor \(id)") != nil, "c shows its checks")
        #expect(try tmux.waitFor("Rechthebbend") != nil)
        #expect(try tmux.waitFor("Leefloon (OCMW) (Sanne Vermeulen)") != nil)

        // a on the leefloon: applied thirty days ago, so its answer is due today.
        try select(tmux) { $0.contains("Leefloon (OCMW) (Sanne") }
        try tmux.send("a")
        try #require(try tmux.waitFor("Aanvraag: Leefloon (OCMW)") != nil, "a asks the application")
        try tmux.type(today.adding(days: -30).belgian)
        try tmux.send("C-s")
        try #require(try tmux.waitFor("Aanvraag 1 geregistreerd (leefloon") != nil, "the application is recorded")
        #expect(try tmux.waitFor("aanvraag loopt (30 dagen)") != nil)

        // Vandaag (v): the answer's follow-up, due today, is there; Enter opens the dossier, x marks it done.
        try tmux.send("Escape")
        try tmux.send("v")
        try #require(try tmux.waitFor("Antwoord op aanvraag 1 leefloon (Sanne)") != nil, "the follow-up in Vandaag")
        #expect(try tmux.waitFor("Opvolgingen vandaag (") != nil)
        try select(tmux) { $0.contains(id) && $0.contains("Antwoord op aanvraag 1") }
        try tmux.send("Enter")
        try #require(try tmux.waitFor("Waarom open je \(id)") != nil, "the reason is asked")
        try tmux.send("2")
        try #require(try tmux.waitFor("Dossier \(id) — Vermeulen, Sanne") != nil)
        try tmux.send("8")
        try #require(try tmux.waitFor("[ ] \(today.belgian)") != nil, "the notes tab lists the open follow-up")
        try tmux.send("x")
        try #require(try tmux.waitFor("Opgeslagen (revisie 3)") != nil, "the follow-up is marked done")
        #expect(try tmux.waitFor("[x] \(today.belgian)") != nil)

        // The decision: c from the dossier, a on the leefloon with an open application: granted.
        try tmux.send("c")
        try #require(try tmux.waitFor("aanvraag loopt (30 dagen)") != nil)
        try select(tmux) { $0.contains("Leefloon (OCMW) (Sanne") }
        try tmux.send("a")
        try #require(try tmux.waitFor("Uitkomst van de aanvraag: Leefloon (OCMW)") != nil, "a asks the outcome")
        try tmux.type("toegekend")
        try tmux.send("C-s")
        try #require(try tmux.waitFor("Aanvraag 1 toegekend.") != nil, "the right is recorded as granted")
        #expect(try tmux.waitFor("Ontvangt al") != nil)
        #expect(try waitUntilGone(tmux, "aanvraag loopt"))

        // The history tab: each change field by field, the newest revision first.
        try tmux.send("Escape")
        try tmux.send("9")
        try #require(try tmux.waitFor("revisie 4 (huidig)") != nil, "the history tab")
        for text in ["Sanne Vermeulen - Statuten [statuten]: geen > leefloon",
                     "aanvraag 1 leefloon (lid 1): toegekend vanaf \(today.belgian)",
                     "opvolging afgevinkt (klaar) tegen \(today.belgian): Antwoord op aanvraag 1 leefloon",
                     "nieuwe opvolging tegen \(today.belgian): Antwoord op aanvraag 1 leefloon",
                     "aanvraag 1 leefloon (lid 1): aangevraagd op \(today.adding(days: -30).belgian)",
                     "revisie 1", "Straat [straat]: onbekend > Stalenstraat"] {
            #expect(try tmux.waitFor(text) != nil, "\(text)")
        }

        // Back on Vandaag (loaded again): the follow-up is done and gone. The scan no longer counts the leefloon.
        try tmux.send("Escape")
        #expect(try tmux.waitFor("Opvolgingen vandaag (") != nil)
        #expect(try waitUntilGone(tmux, "Antwoord op aanvraag 1"), "the follow-up done leaves Vandaag")
        try tmux.send("Escape")
        try #require(try tmux.waitFor("van 56 dossiers") != nil)
        let after = try #require(try leefloonUnderProtection(tmux))
        #expect(after == before - 1, "the granted leefloon is no longer counted: \(before) → \(after)")

        try tmux.send("q")
        #expect(try tmux.waitFor("EXIT=0") != nil)
        let entries = try CaseStore(at: store.path, identity: Identity(user: "test")).audit.entries()
        #expect(entries.contains { $0.action == .create && $0.dossiers == [id] })
        #expect(entries.contains { $0.action == .view && $0.dossiers == ["2025-00412"] && $0.detail["reason"] == "intake" },
                "the stored dossier was read for the intake")
    }

    // MARK: Helpers

    /// Types each value into the focused field and moves on with Tab ("" leaves a field as it is).
    private func fill(_ tmux: Tmux, _ values: [String]) throws {
        for value in values {
            if !value.isEmpty { try tmux.type(value) }
            try tmux.send("Tab")
        }
    }

    /// The screen once it has stopped changing (two captures alike, 0.1 s apart): a capture may catch a screen
    /// still being written.
    private func settled(_ tmux: Tmux) throws -> String {
        var last = try tmux.capture()
        for _ in 0..<50 {
            Thread.sleep(forTimeInterval: 0.1)
            let now = try tmux.capture()
            if now == last { return now }
            last = now
        }
        return last
    }

    /// Polls until `text` is no longer on the screen (a settled one: a blank screen being redrawn does not count).
    private func waitUntilGone(_ tmux: Tmux, _ text: String, timeout: TimeInterval = 10) throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if !(try settled(tmux)).contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.1)
        } while Date() < deadline
        return false
    }

    /// Moves the cursor down until the selected line (`>` in plain mode) is the one wanted.
    private func select(_ tmux: Tmux, _ wanted: (String) -> Bool) throws {
        for _ in 0..<60 {
            if try settled(tmux).split(separator: "\n").contains(where: { $0.hasPrefix(">") && wanted(String($0)) }) { return }
            try tmux.send("Down")
        }
        Issue.record("the line was not found: \(try tmux.capture())")
    }

    /// `S` and, in the overview's chart "Onderbescherming per recht", the number of households for which the
    /// leefloon is under-protection for sure; back on the caseload after.
    private func leefloonUnderProtection(_ tmux: Tmux) throws -> Int? {
        try tmux.send("S")
        try #require(try tmux.waitFor("Onderbescherming per recht", timeout: 60) != nil, "the scan runs")
        // "  Leefloon (OCMW)       #####     21 - € 121.732,56"
        var count: Int?
        let deadline = Date().addingTimeInterval(15)
        while count == nil, Date() < deadline {
            let line = try tmux.capture().split(separator: "\n").first { $0.hasPrefix("  Leefloon (OCMW) ") && $0.contains(" - €") }
            if let line, let dash = line.range(of: " - €") {
                count = Int(line[..<dash.lowerBound].split(separator: " ").last ?? "")
            } else {
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        try tmux.send("Escape")
        try #require(try tmux.waitFor(" dossiers") != nil)
        return count
    }

    /// "Dossier 2026-00451" just before `suffix` on the screen.
    static func dossierNumber(before suffix: String, in screen: String) -> String? {
        guard let end = screen.range(of: suffix)?.lowerBound else { return nil }
        let head = screen[..<end]
        guard let start = head.range(of: "Dossier ", options: .backwards)?.upperBound else { return nil }
        return String(head[start...])
    }
}
