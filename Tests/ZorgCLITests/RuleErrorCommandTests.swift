@testable import CaseModel
import Foundation
import Testing
@testable import ZorgTUI

/// Issue 12 through the real `zorg` and the TUI's screens: a dossier holding a value out of range is checked
/// without a crash, its results say `possible` with the cause and `zorg check` exits 1; a quarantined file makes
/// `check --all` exit 1 with the other dossiers still checked; a local module that replaces a built-in one
/// says so in `rules list`, `rules show` and the rules screen.
@Suite("Rule errors on the command line and the screens", .serialized)
struct RuleErrorCommandTests {
    static let today = Day(year: 2026, month: 11, day: 23)!

    static func household(_ id: String, income: Money?, epc: Int? = nil) -> Household {
        let born = Day(year: 1950, month: 3, day: 1)!
        var p = Person(firstName: "An", lastName: "Peeters", nationalNumber: NationalNumber.make(birthDate: born, sequence: 33),
                       birthDate: born, role: .aanvrager)
        p.incomeYear = income
        p.statuses = []
        var h = Household(id: DossierID(rawValue: id)!, members: [p], address: Address(postcode: "3600"))
        h.energy.epcScore = epc
        return h
    }

    /// A local module whose calculation leaves the engine's range for the largest income a dossier may hold
    /// (a stored value beyond the bounds never reaches the rules: the file is set aside when it is read).
    static let overflowingModule = """
        id: genk-grootte
        title: {nl: Grootte, en: Size}
        sources:
          stad: {title: Stad Genk, url: "https://www.genk.be", verified: 2026-11-01}
        facts: [inkomen_jaar]
        conditions:
          - test: som(inkomen_jaar) * 1000000 > 5
            nl: Een berekening die buiten bereik gaat.
        """

    /// A store with a dossier holding the largest income there is (€ 9.999.999,99), an ordinary one, and the
    /// local module above.
    static func store(_ z: ZorgProcess) throws -> String {
        let path = z.home + "/store"
        let store = try CaseStore.create(at: path)
        try store.create(household("GOED-1", income: Money(euros: 9000)))
        try store.create(household("RAAR-1", income: Money.maximum, epc: 9_999))
        try overflowingModule.write(toFile: path + "/rules/genk-grootte.yaml", atomically: false, encoding: .utf8)
        return path
    }

    /// Ended by itself (not by a signal) with a status of cli.md.
    static func clean(_ out: ZorgProcess.Output, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect((0...3).contains(out.status), "status \(out.status): \(out.stderr.suffix(500))", sourceLocation: sourceLocation)
    }

    @Test("a value out of range: possible with the error in JSON, table and explanation, exit 1, no crash")
    func outOfRangeValue() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = try Self.store(z)
        let json = try z.run(["check", "--all", "--store", store, "--format", "json", "--as-of", "2026-11-23"])
        Self.clean(json)
        #expect(json.status == 1)
        let results = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let odd = results.filter { $0["dossier"] as? String == "RAAR-1" }
        let failed = odd.filter { $0["error"] != nil }
        #expect(failed.count == 1)
        for r in failed {
            #expect(r["outcome"] as? String == "possible", "\(r)")
            #expect(r["rule"] as? String == "genk-grootte" && r["error"] as? String == "uitkomst buiten bereik: som(inkomen_jaar) * 1000000", "\(r)")
        }
        #expect(results.filter { $0["dossier"] as? String == "GOED-1" }.allSatisfy { $0["error"] == nil })
        #expect(odd.contains { $0["rule"] as? String == "verhoogde-tegemoetkoming" && $0["error"] == nil },
                "the largest income in bounds is an ordinary value for the built-in modules")
        #expect(json.stderr.contains("niet beoordeeld") && json.stderr.contains("RAAR-1"))
        #expect(!json.stderr.contains("Peeters") && !json.stderr.contains("50.03.01"))

        let english = try z.run(["check", "RAAR-1", "--store", store, "--format", "json", "--lang", "en"])
        #expect(english.status == 1)
        #expect(english.stdout.contains(#""error": "result out of range: som(inkomen_jaar) * 1000000""#))
        let table = try z.run(["check", "RAAR-1", "--store", store])
        #expect(table.status == 1)
        #expect(table.stdout.contains("FOUT: uitkomst buiten bereik: som(inkomen_jaar) * 1000000"))
        let explain = try z.run(["check", "RAAR-1", "--store", store, "--rule", "genk-grootte", "--explain"])
        #expect(explain.status == 1)
        #expect(explain.stdout.contains("FOUT: uitkomst buiten bereik: som(inkomen_jaar) * 1000000"))
        let csv = try z.run(["check", "RAAR-1", "--store", store, "--format", "csv"])
        #expect(csv.status == 1 && csv.stdout.hasPrefix("dossier;person;rule;outcome;amount;per;missing\n"))
        // Without the odd dossier, nothing to report.
        #expect(try z.run(["check", "GOED-1", "--store", store]).status == 0)
    }

    @Test("check --all exits 1 when a dossier file had to be quarantined, and still prints the other dossiers' results")
    func quarantinedFile() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/store"
        try CaseStore.create(at: store).create(Self.household("GOED-1", income: Money(euros: 9000)))
        #expect(try z.run(["check", "--all", "--store", store]).status == 0)
        try "{\"id\": \"KAPOT".write(toFile: store + "/dossiers/KAPOT-1.json", atomically: true, encoding: .utf8)
        let out = try z.run(["check", "--all", "--store", store, "--format", "json"])
        Self.clean(out)
        #expect(out.status == 1)
        #expect(out.stderr.contains("dossiers/KAPOT-1.json") && out.stderr.contains("quarantaine"))
        let results = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
        #expect(results.count >= 10 && results.allSatisfy { $0["dossier"] as? String == "GOED-1" })
        // Once set aside, the next check finds nothing to quarantine.
        #expect(try z.run(["check", "--all", "--store", store]).status == 0)
    }

    @Test("a local module that replaces a built-in one says so in rules list and rules show, in Dutch and English")
    func replacingModuleListed() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/store"
        _ = try CaseStore.create(at: store)
        let leefloon = try #require(Embedded.moduleFiles["leefloon.yaml"])
        try leefloon.write(to: URL(fileURLWithPath: store + "/rules/leefloon.yaml"))
        let list = try z.run(["rules", "list", "--store", store])
        #expect(list.status == 0, "\(list.stderr)")
        let line = try #require(list.stdout.split(separator: "\n").first { $0.hasPrefix("leefloon ") })
        #expect(line.contains("lokaal: \(store)/rules/leefloon.yaml, vervangt de ingebouwde module"), "\(line)")
        #expect(list.stdout.split(separator: "\n").filter { $0.contains("vervangt") }.count == 1)
        #expect(try z.run(["rules", "list", "--store", store, "--lang", "en"]).stdout.contains("replaces the built-in module"))
        let show = try z.run(["rules", "show", "leefloon", "--store", store])
        #expect(show.stdout.split(separator: "\n").first?.contains("vervangt de ingebouwde module") == true)
        // A new local module replaces nothing.
        let new = String(decoding: leefloon, as: UTF8.self).replacingOccurrences(of: "id: leefloon", with: "id: leefloon-proef")
        try new.write(toFile: store + "/rules/leefloon-proef.yaml", atomically: true, encoding: .utf8)
        let again = try z.run(["rules", "list", "--store", store])
        #expect(again.stdout.split(separator: "\n").first { $0.hasPrefix("leefloon-proef") }?.contains("vervangt") == false)
    }

    @Test("the rules screen marks a module that replaces a built-in one; the checks screen shows a result's error")
    func screens() throws {
        let folder = NSTemporaryDirectory() + "zorg-screens-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try #require(Embedded.moduleFiles["leefloon.yaml"]).write(to: URL(fileURLWithPath: folder + "/leefloon.yaml"))
        let load = RuleSet.load(localFolder: URL(fileURLWithPath: folder))
        for (language, mark) in [(Language.nl, "vervangt ingebouwd"), (.en, "replaces built-in")] {
            var view = AdminRulesView()
            view.loaded(load, today: Self.today)
            var screen = ScreenBuffer(size: TerminalSize(rows: 30, columns: 80))
            view.draw(&screen, strings: Strings(language: language), plain: false)
            let rows = screen.text.split(separator: "\n")
            #expect(rows.first { $0.contains("leefloon") }?.contains(mark) == true, "\(screen.text)")
            #expect(rows.filter { $0.contains(mark) }.count == 1)
        }

        let h = Self.household("RAAR-1", income: Money(cents: 922_337_203_685_500))
        let results = RuleSet.load().ruleSet.evaluate(household: h, asOf: Self.today, ruleIDs: ["verhoogde-tegemoetkoming"])
        #expect(results.first?.error != nil)
        for (language, mark, line) in [(Language.nl, "! fout", "Fout: waarde buiten bereik: inkomen_jaar"),
                                       (.en, "! error", "Error: value out of range: inkomen_jaar")] {
            let size = TerminalSize(rows: 30, columns: 100)
            let strings = Strings(language: language)
            var checks = ChecksScreen(household: h, results: results, asOf: Self.today, size: size, strings: strings)
            var screen = ScreenBuffer(size: size)
            checks.draw(&screen, strings: strings, plain: false)
            #expect(screen.text.contains(mark), "\(screen.text)")
            _ = checks.handle(.enter, screenSize: size, strings: strings)
            screen = ScreenBuffer(size: size)
            checks.draw(&screen, strings: strings, plain: false)
            #expect(screen.text.contains(line), "\(screen.text)")
        }
    }
}
