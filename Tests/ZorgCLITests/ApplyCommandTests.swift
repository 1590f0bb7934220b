import CaseModel
import Foundation
import Testing

/// `zorg apply` and `zorg applications`: an application recorded from a check result, followed to its outcome;
/// an open one is no under-protection in the scan, a granted one is a status received.
@Suite("zorg apply and zorg applications", .serialized)
struct ApplyCommandTests {
    func scanRules(_ z: ZorgProcess, _ store: String, _ dossier: String) throws -> (rules: [String], open: [[String: Any]]) {
        let out = try z.run(["scan", "--format", "json", "--store", store])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let under = json["under_protection"] as? [[String: Any]] ?? []
        let rules = (under.first { $0["dossier"] as? String == dossier }?["rights"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        return (rules, json["applications_open"] as? [[String: Any]] ?? [])
    }

    @Test("applied: pending, out of under-protection; granted: the status is recorded; refused and withdrawn; exit codes")
    func applyAndDecide() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/s"
        try z.run(["demo", "--store", store])
        #expect(try scanRules(z, store, "2026-00397").rules.contains("verhoogde-tegemoetkoming"))

        let apply = try z.run(["apply", "2026-00397", "verhoogde-tegemoetkoming", "--on", "20-11-2026", "--where", "CM Genk", "--store", store])
        #expect(apply.status == 0, "\(apply.stderr)")
        #expect(apply.stdout.contains("Aanvraag 1 (verhoogde-tegemoetkoming) vastgelegd in 2026-00397 op 20-11-2026"))
        var scan = try scanRules(z, store, "2026-00397")
        #expect(!scan.rules.contains("verhoogde-tegemoetkoming"), "an open application is followed, not under-protection")
        #expect(scan.open.contains { $0["dossier"] as? String == "2026-00397" && $0["rule"] as? String == "verhoogde-tegemoetkoming" })
        #expect(try CaseStore(at: store).audit.entries().last { $0.action == .change }?.detail["fields"] == "applications")

        #expect(try z.run(["apply", "2026-00397", "verhoogde-tegemoetkoming", "--store", store]).status == 1, "one open application per right")
        #expect(try z.run(["apply", "2026-00397", "leefloon", "--store", store]).status == 1, "a person rule names the person")
        #expect(try z.run(["apply", "2026-00397", "energiearmoede", "--store", store]).status == 1, "a signal is not applied for")
        #expect(try z.run(["apply", "2026-00397", "onbestaand", "--store", store]).status == 1)
        #expect(try z.run(["apply", "2026-00397", "verhoogde-tegemoetkoming", "--granted", "01-12-2026", "--refused", "01-12-2026", "--store", store]).status == 2)
        #expect(try z.run(["apply", "2026-00397", "verhoogde-tegemoetkoming", "--refused", "01-12-2026", "--store", store]).status == 2)

        let grant = try z.run(["apply", "2026-00397", "verhoogde-tegemoetkoming", "--granted", "01-12-2026", "--store", store])
        #expect(grant.status == 0 && grant.stdout.contains("toegekend vanaf 01-12-2026"), "\(grant.stderr)")
        let h = try CaseStore(at: store).load(DossierID(rawValue: "2026-00397")!)
        #expect(h.headOfHousehold?.statuses?.contains(.vt) == true, "a household right granted is a status of the applicant")
        scan = try scanRules(z, store, "2026-00397")
        #expect(!scan.rules.contains("verhoogde-tegemoetkoming") && !scan.open.contains { $0["dossier"] as? String == "2026-00397" })
        #expect(try z.run(["apply", "2026-00397", "verhoogde-tegemoetkoming", "--withdrawn", "--store", store]).status == 1, "decided already")

        #expect(try z.run(["apply", "2026-00397", "leefloon", "--person", "1", "--on", "01-12-2026", "--store", store]).status == 0)
        #expect(try z.run(["apply", "2026-00397", "leefloon", "--person", "1", "--refused", "30-11-2026", "--reason", "r", "--store", store]).status == 1,
                "a refusal before the application")
        #expect(try z.run(["apply", "2026-00397", "leefloon", "--person", "1", "--refused", "05-12-2026", "--reason", "inkomen te hoog", "--store", store]).status == 0)
        // Applied on a fixed day (without `--on` it is today, and the days counted below would depend on the run's date).
        #expect(try z.run(["apply", "2026-00401", "leefloon", "--person", "1", "--on", "07-12-2026", "--store", store]).status == 0)

        let all = try z.run(["applications", "--format", "json", "--as-of", "07-12-2026", "--store", store])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["state"] as? String } == ["granted", "refused", "open"], "\(all.stdout)")
        #expect(rows[1]["reason"] as? String == "inkomen te hoog")
        let open = try z.run(["applications", "--open", "--as-of", "09-12-2026", "--store", store])
        #expect(open.stdout.contains("2026-00401") && !open.stdout.contains("2026-00397"), "\(open.stdout)")
        #expect(open.stdout.contains("loopt — 2 dagen"), "\(open.stdout)")
        let csv = try z.run(["applications", "--format", "csv", "--store", store])
        #expect(csv.stdout.hasPrefix("dossier;naam;nummer;regel;lid;aangevraagd_op"))
        #expect(try CaseStore(at: store).audit.entries().last?.detail["list"] == "applications")

        let history = try z.run(["history", "2026-00397", "--store", store])
        #expect(history.stdout.contains("aanvraag 1 verhoogde-tegemoetkoming: aangevraagd op 20-11-2026 bij CM Genk"))
        #expect(history.stdout.contains("aanvraag 1 verhoogde-tegemoetkoming: toegekend vanaf 01-12-2026"))
        #expect(history.stdout.contains("aanvraag 2 leefloon (lid 1): geweigerd op 05-12-2026: inkomen te hoog"))
    }
}

@Suite("answer terms", .serialized)
struct AnswerTermTests {
    @Test("a module's answer term makes a follow-up for the day the answer is due, and the scan lists an application past it")
    func answerTerm() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/s"
        try z.run(["demo", "--store", store])
        #expect(try z.run(["apply", "2026-00397", "leefloon", "--person", "1", "--on", "01-10-2026", "--store", store]).status == 0)
        let h = try CaseStore(at: store).load(DossierID(rawValue: "2026-00397")!)
        #expect(h.followUps.contains { $0.due == Day(year: 2026, month: 10, day: 31)! && $0.text.contains("leefloon") && !$0.done })
        // A right without an answer term makes none.
        let before = h.followUps.count
        #expect(try z.run(["apply", "2026-00397", "verhoogde-tegemoetkoming", "--store", store]).status == 0)
        #expect(try CaseStore(at: store).load(DossierID(rawValue: "2026-00397")!).followUps.count == before)
        let scan = try z.run(["scan", "--as-of", "2026-12-07", "--store", store])
        #expect(scan.stdout.contains("Aanvragen langer open dan hun termijn: 1"), "\(scan.stdout.suffix(600))")
        #expect(scan.stdout.contains("leefloon (lid 1)  aangevraagd 01-10-2026, 67 dagen (termijn 30)"))
        let json = try z.run(["scan", "--as-of", "2026-12-07", "--format", "json", "--store", store])
        #expect(json.stdout.contains("\"over_term\" : true"))
    }

    @Test("a malformed answer term refuses the module with its line")
    func malformed() throws {
        let text = sampleModuleForAnswerTerm.replacingOccurrences(of: "answer_term:\n  days: 30", with: "answer_term:\n  days: dertig")
        let load = RuleSet.load(builtIn: ["t.yaml": Data(text.utf8)])
        #expect(load.problems.first?.reason.contains("answer_term.days") == true, "\(load.problems)")
        let unknown = sampleModuleForAnswerTerm.replacingOccurrences(of: "source: s", with: "source: nergens")
        #expect(RuleSet.load(builtIn: ["t.yaml": Data(unknown.utf8)]).problems.first?.reason.contains("not one of the module's sources") == true)
        let good = RuleSet.load(builtIn: ["t.yaml": Data(sampleModuleForAnswerTerm.utf8)])
        #expect(good.ruleSet.module("t")?.answerTerm?.days == 30, "\(good.problems)")
    }
}

let sampleModuleForAnswerTerm = """
id: t
title: {nl: T, en: T}
answer_term:
  days: 30
  source: s
sources:
  s: {title: S, url: "https://example.org", verified: 2026-12-07}
facts: [inkomen_jaar]
conditions:
  all:
    - test: som(inkomen_jaar) < 10
      nl: laag
      en: low
"""
