import CaseModel
import Foundation
import Testing

/// The desk work on the command line: `zorg new`, `zorg members`, `zorg close`/`reopen`, `zorg history`, and the
/// import's refusal of a number that another household already has.
@Suite("zorg new, members, close, reopen, history", .serialized)
struct DeskCommandTests {
    static let family = """
        dossier;rijksregisternummer;voornaam;naam;geboortedatum;rol;inkomen_maand;straat;huisnummer;postcode;gemeente;woonsituatie;huur_maand
        nieuw;;Sara;Peeters;12-04-1990;aanvrager;1.250,00;Stalenstraat;4;3600;Genk;private_huur;650,00
        nieuw;;Tom;Janssens;03-09-1988;partner;900,00;Stalenstraat;4;3600;Genk;private_huur;650,00
        nieuw;;Lena;Janssens;15-06-2022;kind;;Stalenstraat;4;3600;Genk;private_huur;650,00

        """

    func write(_ text: String, _ path: String) throws { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) }

    func audit(_ store: String) throws -> [AuditEntry] { try CaseStore(at: store).audit.entries() }

    @Test("zorg new allocates the year's next number, stops on a possible duplicate (exit 1) unless told, and reports bad rows")
    func newHousehold() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/s"
        try z.run(["demo", "--store", store])
        let ids = try CaseStore(at: store).dossierIDs().map(\.rawValue)
        let year = Day.today().year
        let highest = ids.filter { $0.hasPrefix("\(year)-") }.compactMap { Int($0.dropFirst(5)) }.max() ?? 0
        let expected = String(format: "%04d-%05d", year, highest + 1)

        try write(Self.family, z.home + "/gezin.csv")
        let made = try z.run(["new", "--from-csv", z.home + "/gezin.csv", "--store", store])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("Dossier \(expected) gemaakt met 3 leden"), "\(made.stdout)")
        let saved = try CaseStore(at: store).load(DossierID(rawValue: expected)!)
        #expect(saved.members.map(\.firstName) == ["Sara", "Tom", "Lena"])
        #expect(saved.consulent == Identity.current().user)
        #expect(try audit(store).last { $0.action == .create }?.dossiers == [expected])

        // The same family again: every member is a possible duplicate of the new dossier; nothing is made.
        let again = try z.run(["new", "--from-csv", z.home + "/gezin.csv", "--store", store])
        #expect(again.status == 1)
        #expect(again.stderr.contains("mogelijk dubbel: lid 1 ↔ dossier \(expected), lid 1"), "\(again.stderr)")
        #expect(try CaseStore(at: store).dossierIDs().count == ids.count + 1)
        // A national number already in a (demo) dossier, despite the warning.
        try write(Self.family.replacingOccurrences(of: "nieuw;;Tom;Janssens;03-09-1988", with: "nieuw;38.03.14-150.55;Tom;Janssens;03-09-1988")
                  .replacingOccurrences(of: "Sara;Peeters", with: "Saar;Pieters").replacingOccurrences(of: "Lena;Janssens;15-06-2022", with: "Lien;Jans;15-06-2021"),
                  z.home + "/dubbel.csv")
        let despite = try z.run(["new", "--from-csv", z.home + "/dubbel.csv", "--despite-duplicate", "--store", store])
        #expect(despite.status == 0, "\(despite.stderr)")
        #expect(despite.stderr.contains("lid 2 ↔ dossier 2024-00123, lid 1: zelfde rijksregisternummer"), "\(despite.stderr)")
        #expect(try audit(store).contains { $0.action == AuditAction("list") && $0.detail["list"] == "duplicates" })

        // A broken row names its line and column; two households in one file are refused; nothing is made.
        try write(Self.family.replacingOccurrences(of: "12-04-1990", with: "31-02-1990"), z.home + "/fout.csv")
        let broken = try z.run(["new", "--from-csv", z.home + "/fout.csv", "--store", store])
        #expect(broken.status == 1 && broken.stderr.contains("fout.csv:2") && broken.stderr.contains("geboortedatum"), "\(broken.stderr)")
        try write(Self.family.replacingOccurrences(of: "nieuw;;Lena", with: "ander;;Lena"), z.home + "/twee.csv")
        let two = try z.run(["new", "--from-csv", z.home + "/twee.csv", "--store", store])
        #expect(two.status == 1 && two.stderr.contains("2 huishoudens"), "\(two.stderr)")
        #expect(try z.run(["new", "--from-csv", z.home + "/bestaat-niet.csv", "--store", store]).status == 3)
        #expect(try CaseStore(at: store).dossierIDs().count == ids.count + 2)
    }

    @Test("members join, leave and move, each a revision with its audit entry; the history says what changed")
    func membersAndHistory() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/s"
        try z.run(["demo", "--store", store])
        try write(Self.family, z.home + "/gezin.csv")
        try z.run(["new", "--from-csv", z.home + "/gezin.csv", "--store", store])
        let id = try #require(try CaseStore(at: store).dossierIDs().filter { try CaseStore(at: store).load($0).consulent != nil }.first?.rawValue)

        let end = try z.run(["members", id, "end", "2", "--on", "30-11-2026", "--reason", "verhuisd", "--store", store])
        #expect(end.status == 0, "\(end.stderr)")
        #expect(try audit(store).last?.detail["members"] == "end:1")
        #expect(try z.run(["members", id, "end", "2", "--on", "30-11-2026", "--reason", "verhuisd", "--store", store]).status == 1)
        #expect(try z.run(["members", id, "end", "9", "--reason", "overleden", "--store", store]).status == 1)
        #expect(try z.run(["members", id, "end", "1", "--reason", "ontvoerd", "--store", store]).status == 2)

        let move = try z.run(["members", id, "move", "3", "--to", "2024-00123", "--store", store])
        #expect(move.status == 0, "\(move.stderr)")
        let moved = try audit(store).last!
        #expect(moved.action == .move && Set(moved.dossiers) == [id, "2024-00123"])
        let target = try CaseStore(at: store).load(DossierID(rawValue: "2024-00123")!)
        #expect(target.members.last?.firstName == "Lena" && target.members.last?.departure == nil)
        let left = try CaseStore(at: store).load(DossierID(rawValue: id)!)
        #expect(left.members[2].departure?.movedTo?.rawValue == "2024-00123")

        try write("dossier;voornaam;naam;geboortedatum;rol\nx;Noor;Janssens;01-12-2026;kind\n", z.home + "/baby.csv")
        let add = try z.run(["members", id, "add", "--from-csv", z.home + "/baby.csv", "--store", store])
        #expect(add.status == 0 && add.stdout.contains("heeft nu 4 leden"), "\(add.stderr)")
        #expect(try audit(store).last?.detail["members"] == "add:1")

        let history = try z.run(["history", id, "--store", store])
        #expect(history.status == 0, "\(history.stderr)")
        for text in ["revisie 1 — ", "Huur per maand [huur_maand]: onbekend → € 650,00", "Sara Peeters · Geboortedatum [geboortedatum]: onbekend → 12-04-1990",
                     "revisie 2 — ", "Tom Janssens: verhuisd op 30-11-2026", "Lena Janssens: verhuisd naar dossier 2024-00123 op",
                     "Noor Janssens · Geboortedatum [geboortedatum]: onbekend → 01-12-2026", "leden: 3 → 4"] {
            #expect(history.stdout.contains(text), "\(text)\n\(history.stdout)")
        }
        #expect(!history.stdout.contains("Noor Janssens · Voornaam"), "a new member is named, not changed")
        #expect(try audit(store).last?.action == .view)
        let english = try z.run(["history", id, "--lang", "en", "--store", store])
        #expect(english.stdout.contains("revision 2") && english.stdout.contains("Tom Janssens: moved out on 30-11-2026"), "\(english.stdout)")
    }

    @Test("a closed dossier leaves check --all, export --all and the scan unless --include-closed, and can be reopened")
    func closeAndReopen() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/s"
        try z.run(["demo", "--store", store])
        let total = try CaseStore(at: store).dossierIDs().count
        func checked(_ extra: [String]) throws -> Set<String> {
            let out = try z.run(["check", "--all", "--format", "json", "--store", store] + extra)
            let list = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
            return Set(list.compactMap { $0["dossier"] as? String })
        }
        #expect(try z.run(["close", "2024-00123", "--store", store]).status == 2, "a reason is required")
        #expect(try z.run(["close", "2024-00123", "--reason", "verhuisd naar Hasselt", "--on", "01-01-2099", "--store", store]).status == 1)
        let close = try z.run(["close", "2024-00123", "--reason", "verhuisd naar Hasselt", "--store", store])
        #expect(close.status == 0, "\(close.stderr)")
        #expect(try audit(store).last?.detail["closure"] == "close")
        #expect(try z.run(["close", "2024-00123", "--reason", "nog eens", "--store", store]).status == 1)
        // A control character typed into a reason is refused before anything is written (it would make the file
        // unreadable and set it aside on the next read).
        let control = try z.run(["reopen", "2024-00123", "--store", store])
        #expect(control.status == 0)
        let refused = try z.run(["close", "2024-00123", "--reason", "weg\u{1B}[31m", "--store", store])
        #expect(refused.status == 1 && refused.stderr.contains("stuurteken (U+001B)"), "\(refused.stderr)")
        #expect(FileManager.default.fileExists(atPath: store + "/dossiers/2024-00123.json"))
        #expect((try? FileManager.default.contentsOfDirectory(atPath: store + "/quarantine")) ?? [] == [])
        #expect(try z.run(["close", "2024-00123", "--reason", "verhuisd naar Hasselt", "--store", store]).status == 0)
        #expect(try checked([]).count == total - 1 && !(try checked([])).contains("2024-00123"))
        #expect(try checked(["--include-closed"]).count == total)
        let export = try z.run(["export", "--all", "--format", "json", "--store", store])
        #expect(!export.stdout.contains("\"2024-00123\""))
        #expect(try z.run(["export", "--all", "--include-closed", "--format", "json", "--store", store]).stdout.contains("\"2024-00123\""))
        let scan = try z.run(["scan", "--format", "json", "--store", store])
        #expect(scan.stdout.contains("\"households\" : \(total - 1)") || scan.stdout.contains("\"households\":\(total - 1)"), "\(scan.stdout.prefix(300))")
        #expect(try z.run(["members", "2024-00123", "end", "1", "--reason", "overleden", "--store", store]).status == 1)

        let reopen = try z.run(["reopen", "2024-00123", "--store", store])
        #expect(reopen.status == 0, "\(reopen.stderr)")
        #expect(try audit(store).last?.detail["closure"] == "reopen")
        #expect(try z.run(["reopen", "2024-00123", "--store", store]).status == 1)
        #expect(try checked([]).count == total)
        let history = try z.run(["history", "2024-00123", "--store", store])
        #expect(history.stdout.contains("dossier gesloten op") && history.stdout.contains("verhuisd naar Hasselt")
                && history.stdout.contains("dossier heropend"), "\(history.stdout)")
    }

    @Test("an import whose dossier shares no person with the stored dossier of that number is refused, naming the line")
    func numberConflict() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/s"
        try z.run(["demo", "--store", store])
        try write("dossier;voornaam;naam;geboortedatum;rol\n2024-00123;Kim;Vos;01-01-1970;aanvrager\n", z.home + "/ander.csv")
        let before = try CaseStore(at: store).load(DossierID(rawValue: "2024-00123")!)
        let out = try z.run(["import", z.home + "/ander.csv", "--store", store])
        #expect(out.status == 1)
        #expect(out.stdout.contains("ander.csv:2: dossier 2024-00123: het bewaarde dossier met dit nummer"), "\(out.stdout)")
        #expect(try CaseStore(at: store).load(DossierID(rawValue: "2024-00123")!) == before)
        // The same person under the same number is an update, as before.
        try write("dossier;rijksregisternummer;voornaam;naam\n2024-00123;38.03.14-150.55;Maria;Vanderstraeten\n", z.home + "/zelfde.csv")
        #expect(try z.run(["import", z.home + "/zelfde.csv", "--store", store]).status == 0)
    }
}
