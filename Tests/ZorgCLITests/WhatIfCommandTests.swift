import CaseModel
import Foundation
import Testing

/// `zorg check D --what-if …` (issue 16.1, the command line): the checks on a scratch copy with facts changed, before
/// → after per right and the two sums; nothing saved, a view in the access log; bad changes are usage errors.
@Suite("zorg check --what-if", .serialized)
struct WhatIfCommandTests {
    static let family = """
        dossier;voornaam;naam;geboortedatum;rol;inkomen_maand;inkomen_jaar;statuten;straat;huisnummer;postcode;gemeente;woonsituatie;huur_maand
        W1;Sara;Peeters;12-04-1990;aanvrager;2.400,00;28.800,00;geen;Stalenstraat;4;3600;Genk;private_huur;650,00

        """

    @Test("a lower income: leefloon and VT open, the certain sum grows; nothing is saved; the view is logged")
    func lowerIncome() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/s"
        try z.run(["init", "--store", store])
        try Data(Self.family.utf8).write(to: URL(fileURLWithPath: z.home + "/w.csv"))
        let imported = try z.run(["import", z.home + "/w.csv", "--store", store])
        #expect(imported.status == 0, "\(imported.stderr)")
        let before = try Data(contentsOf: URL(fileURLWithPath: store + "/dossiers/W1.json"))

        let run = try z.run(["check", "W1", "--what-if", "inkomen_maand@1=0", "--what-if", "inkomen_jaar@1=0",
                             "--as-of", "2026-12-07", "--format", "json", "--store", store])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["dossier"] as? String == "W1")
        let rules = try #require(json["rules"] as? [[String: Any]])
        let leefloon = try #require(rules.first { $0["rule"] as? String == "leefloon" })
        #expect((leefloon["before"] as? [String: Any])?["outcome"] as? String == "not_eligible")
        #expect((leefloon["after"] as? [String: Any])?["outcome"] as? String == "eligible")
        #expect(leefloon["changed"] as? Bool == true)
        let leefloonYear = try #require(((leefloon["after"] as? [String: Any])?["amount"] as? [String: Any])?["value"] as? Double) * 12
        let totals = try #require(json["totals"] as? [String: Any])
        let certain = try #require(totals["certain"] as? [String: Any])
        let year = try #require(certain["year"] as? Double)
        #expect(year >= leefloonYear - 0.01, "the certain sum holds at least the leefloon for a year: \(year)")
        #expect(rules.contains { $0["changed"] as? Bool == false }, "unchanged rights are listed as unchanged")

        // Nothing saved; one view of W1 with the reason controle-rechten.
        #expect(try Data(contentsOf: URL(fileURLWithPath: store + "/dossiers/W1.json")) == before)
        let views = try CaseStore(at: store).audit.entries().filter { $0.action == .view && $0.dossiers == ["W1"] }
        #expect(views.last?.detail["reason"] == "controle-rechten")

        // The table says better off, per month and per year, in Belgian amounts.
        let table = try z.run(["check", "W1", "--what-if", "inkomen_maand@1=0", "--what-if", "inkomen_jaar@1=0",
                               "--as-of", "2026-12-07", "--store", store])
        #expect(table.stdout.contains("Leefloon (OCMW) (lid 1): niet rechthebbend → rechthebbend €"), "\(table.stdout)")
        #expect(table.stdout.contains("zeker: beter af met €") && table.stdout.contains("per jaar)"), "\(table.stdout)")
    }

    @Test("bad changes are usage errors naming what is wrong (exit 2); a member out of range is exit 1; csv is refused")
    func refusals() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/s"
        try z.run(["init", "--store", store])
        try Data(Self.family.utf8).write(to: URL(fileURLWithPath: z.home + "/w.csv"))
        try z.run(["import", z.home + "/w.csv", "--store", store])
        for (spec, says) in [("inkomen_maand=0", "zeg welk lid"), ("woonsituatie@1=eigenaar", "zonder @"),
                             ("bestaat_niet@1=1", "onbekende kolom"), ("inkomen_maand@1=veel", "kolom inkomen_maand"),
                             ("geen gelijkteken", "verwacht KOLOM@LID=WAARDE"), ("inkomen_maand@x=1", "geen lid: x")] {
            let r = try z.run(["check", "W1", "--what-if", spec, "--store", store])
            #expect(r.status == 2, "\(spec): \(r.status)")
            #expect(r.stderr.contains(says), "\(spec): \(r.stderr)")
        }
        let far = try z.run(["check", "W1", "--what-if", "inkomen_maand@5=0", "--store", store])
        #expect(far.status == 1 && far.stderr.contains("geen lid 5: het dossier heeft 1 leden"), "\(far.stderr)")
        let csv = try z.run(["check", "W1", "--what-if", "inkomen_maand@1=0", "--format", "csv", "--store", store])
        #expect(csv.status == 2)
        let two = try z.run(["check", "W1", "W2", "--what-if", "inkomen_maand@1=0", "--store", store])
        #expect(two.status == 2 && two.stderr.contains("één dossier"))
        let huge = try z.run(["check", "W1", "--what-if", "inkomen_maand@1=" + String(repeating: "9", count: 100_000), "--store", store])
        #expect(huge.status == 2, "a value of 100,000 digits is an error, not a crash")
    }
}

/// `zorg scan --upcoming MONTHS` (issue 16.3, the command line): the scan with a section of the rights that open or
/// end within the months because of a date, found by the modules themselves.
@Suite("zorg scan --upcoming", .serialized)
struct UpcomingCommandTests {
    @Test("the demo's scan lists the income guarantee that opens when Lutgarde reaches the pension age")
    func upcomingOnTheDemo() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/s"
        try z.run(["demo", "--store", store])
        let table = try z.run(["scan", "--upcoming", "12", "--as-of", "2026-12-07", "--store", store])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("Binnenkort (de komende 12 maanden)"), "\(table.stdout)")
        #expect(table.stdout.contains("15-06-2027  2024-00802  Vos, Lutgarde (lid 1) — Inkomensgarantie voor ouderen (IGO)"), "\(table.stdout)")
        #expect(table.stdout.contains("lid 1 wordt 66"))
        let json = try z.run(["scan", "--upcoming", "12", "--as-of", "2026-12-07", "--format", "json", "--store", store])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let upcoming = try #require(object["upcoming"] as? [[String: Any]])
        #expect(upcoming.contains { $0["rule"] as? String == "inkomensgarantie-ouderen" && $0["on"] as? String == "2027-06-15" })
        #expect(object["scan"] is [String: Any])
        #expect(try CaseStore(at: store).audit.entries().contains { $0.detail["list"] == "binnenkort" })
        // Six months ahead: someone reaches an age that opens a right; the check on that day agrees.
        let six = try z.run(["scan", "--upcoming", "6", "--as-of", "2026-12-07", "--format", "json", "--store", store])
        let sixObject = try #require(try JSONSerialization.jsonObject(with: Data(six.stdout.utf8)) as? [String: Any])
        let opening = try #require((sixObject["upcoming"] as? [[String: Any]])?.first {
            $0["opens"] as? Bool == true && ($0["because"] as? [String])?.contains { $0.contains("turns") } == true
        }, "a right that opens because someone reaches an age within six months")
        let on = try #require(opening["on"] as? String)
        #expect(on > "2026-12-07" && on <= "2027-06-07")
        let dossier = try #require(opening["dossier"] as? String)
        let check = try z.run(["check", dossier, "--as-of", on, "--rule", try #require(opening["rule"] as? String),
                               "--format", "json", "--store", store])
        let results = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [[String: Any]])
        let same = results.first { ($0["person"] as? String) == (opening["person"] as? String) }
        #expect(same?["outcome"] as? String == opening["after"] as? String, "\(opening) against \(results)")
        for bad in [["--upcoming", "0"], ["--upcoming", "12", "--format", "csv"]] {
            #expect(try z.run(["scan"] + bad + ["--store", store]).status == 2, "\(bad)")
        }
    }
}
