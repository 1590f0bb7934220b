import CaseModel
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `zorg letter D` and `zorg offices` (issue 16.2, Done when): on a demo household with rights to apply for, the
/// letter holds no `_`, no rule id and no code, names each right's office address and documents, speaks French and
/// English too, and its HTML parses; the offices are an administrator's, set in one audit entry, a bad file refused
/// with its line; `--lang fr` belongs to the letter only.
@Suite("zorg letter and zorg offices", .serialized)
struct LetterCommandTests {
    static let asOf = "2026-12-07"
    let me = Identity.current().user

    /// A demo store and a dossier in it with a right to apply for (at an office with an address) and one that may apply.
    static func demo(_ z: ZorgProcess) throws -> (store: String, dossier: String, results: [[String: Any]]) {
        let store = z.home + "/demo"
        try #require(try z.run(["demo", "--store", store]).status == 0)
        let check = try z.run(["check", "--all", "--as-of", asOf, "--format", "json", "--store", store])
        let all = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [[String: Any]])
        let rules = RuleSet.load().ruleSet
        func applies(_ r: [String: Any]) -> Bool {
            guard r["outcome"] as? String == "eligible", r["automatic"] as? Bool == false, let id = r["rule"] as? String,
                  let module = rules.module(id), module.kind == .right else { return false }
            return module.letter?.offices.contains { ServiceOffices.builtIn.office($0)?.address != nil } == true
        }
        let byDossier = Dictionary(grouping: all) { $0["dossier"] as? String ?? "" }
        let dossier = try #require(byDossier.keys.sorted().first { d in
            byDossier[d]!.contains(where: applies) && byDossier[d]!.contains { $0["outcome"] as? String == "possible" }
        }, "a demo household with a right to apply for and a possible one")
        return (store, dossier, byDossier[dossier]!)
    }

    /// The text as one line: a wrapped sentence is found whole.
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test("a demo household's letter: plain words, the offices and the documents, nl/fr/en, HTML that parses; logged")
    func demoLetter() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let (store, dossier, results) = try Self.demo(z)
        let rules = RuleSet.load().ruleSet
        let idTokens = Set(rules.modules.map(\.id).filter { $0.contains("-") })
        let codeTokens: Set<String> = ["vt", "igo", "ivt", "gib", "svk", "hbo5"]
        let id = DossierID(rawValue: dossier)!
        let viewsBefore = try CaseStore(at: store).audit.entries(dossier: id).filter { $0.action == .view }.count
        for language in ["nl", "fr", "en"] {
            let run = try z.run(["letter", dossier, "--as-of", Self.asOf, "--lang", language, "--store", store])
            #expect(run.status == 0, "\(run.stderr)")
            let text = run.stdout
            #expect(!text.contains("_"), "\(language): an underscore")
            let tokens = text.split { !($0.isLetter || $0.isNumber || $0 == "-") }.map(String.init)
            #expect(tokens.filter { idTokens.contains($0) || codeTokens.contains($0) }.isEmpty, "\(language): a rule id or code")
            #expect(text.contains(dossier) && text.contains("07-12-2026"))
            // Each right to apply for: its name, its offices' addresses, what to bring.
            let flat = Self.flat(text)
            for r in results where r["outcome"] as? String == "eligible" {
                guard let module = rules.module(r["rule"] as? String ?? ""), module.kind == .right, let letter = module.letter else { continue }
                let words = letter.wording(LetterLanguage(rawValue: language)!)
                #expect(flat.contains(Self.flat(words.name)), "\(language): \(words.name)")
                guard r["automatic"] as? Bool == false else { continue }
                for office in letter.offices.compactMap(ServiceOffices.builtIn.office) {
                    if let address = office.address { #expect(flat.contains(address), "\(module.id): \(address)") }
                }
                for item in words.bring { #expect(flat.contains(Self.flat(item)), "\(module.id): \(item)") }
            }
        }
        let fr = try z.run(["letter", dossier, "--as-of", Self.asOf, "--lang", "fr", "--store", store]).stdout
        #expect(fr.contains("Vos droits sociaux") && fr.contains("Ce que vous pouvez demander") && fr.contains("Nos questions pour vous"))
        let en = try z.run(["letter", dossier, "--as-of", Self.asOf, "--lang", "en", "--format", "md", "--store", store]).stdout
        #expect(en.hasPrefix("# Your social rights") && en.contains("## What you can apply for"))

        let html = try z.run(["letter", dossier, "--as-of", Self.asOf, "--format", "html", "--store", store])
        #expect(html.status == 0)
        #expect(html.stdout.contains("@page { size: A4"))
        let document = try XMLDocument(data: Data(html.stdout.utf8), options: [])
        #expect(document.rootElement()?.name == "html")
        #expect(try document.nodes(forXPath: "//h3").count >= 2, "a heading per right")

        // Each letter: a view with its reason, then one `letter` entry naming the dossier, the format and the language.
        let entries = try CaseStore(at: store).audit.entries(dossier: id)
        let letters = entries.filter { $0.action == AuditAction("letter") }
        #expect(letters.map { $0.detail["lang"] ?? "" } == ["nl", "fr", "en", "fr", "en", "nl"])
        #expect(letters.map { $0.detail["format"] ?? "" } == ["txt", "txt", "txt", "txt", "md", "html"])
        #expect(letters.allSatisfy { $0.detail["to"] == "stdout" && $0.detail["as_of"] == Self.asOf })
        let views = entries.filter { $0.action == .view }
        #expect(views.count == viewsBefore + 6)
        #expect(views.suffix(6).allSatisfy { $0.detail["reason"] == "controle-rechten" })
    }

    @Test("--lang fr is for zorg letter only: any other command exits 2 saying so")
    func frenchIsForTheLetter() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/s"
        try z.run(["init", "--store", store])
        for arguments in [["check", "--all"], ["rules", "list"], ["offices", "show"]] {
            let run = try z.run(arguments + ["--lang", "fr", "--store", store])
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.contains("--lang fr is alleen voor zorg letter"), "\(run.stderr)")
        }
        let nobody = try z.run(["letter", "X1", "--lang", "de", "--store", store])
        #expect(nobody.status == 2)
    }

    @Test("zorg offices: show and set by an administrator (one audit entry), a bad file refused with its line, a caseworker refused")
    func offices() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/s"
        try z.run(["init", "--store", store])
        let shown = try z.run(["offices", "show", "--store", store])
        #expect(shown.status == 0 && shown.stdout.contains("sociaal-huis-genk:"))
        #expect(shown.stderr.contains("ingebouwde lijst"))
        let changed = shown.stdout.replacingOccurrences(of: "Welzijnscampus 11, 3600 Genk", with: "Stadsplein 1, 3600 Genk")
        try Data(changed.utf8).write(to: URL(fileURLWithPath: z.home + "/kantoren.yaml"))
        let before = try CaseStore(at: store).audit.entries().count
        let set = try z.run(["offices", "set", z.home + "/kantoren.yaml", "--store", store])
        #expect(set.status == 0, "\(set.stderr)")
        let after = try CaseStore(at: store).audit.entries()
        #expect(after.count == before + 1 && after.last?.action == AuditAction("offices"))
        #expect(try z.run(["offices", "show", "--store", store]).stdout == changed)

        // A malformed file: exit 1, the file, the line and the problem; the old offices stay.
        let broken = changed.replacingOccurrences(of: "    phone: 089 57 32 00\n", with: "    phone: [089]\n")
        try Data(broken.utf8).write(to: URL(fileURLWithPath: z.home + "/fout.yaml"))
        let refused = try z.run(["offices", "set", z.home + "/fout.yaml", "--store", store])
        #expect(refused.status == 1)
        let line = broken.components(separatedBy: "\n").firstIndex(of: "    phone: [089]")! + 1
        #expect(refused.stderr.contains("fout.yaml:\(line): sociaal-huis-genk.phone must be a single value"), "\(refused.stderr)")
        #expect(refused.stderr.contains("er is niets veranderd"))
        #expect(try z.run(["offices", "show", "--store", store]).stdout == changed)
        #expect(try CaseStore(at: store).audit.entries().count == before + 1)

        // A caseworker may not.
        try CaseStore(at: store).setRole(.admin, for: "iemand-anders")
        try CaseStore(at: store).setRole(.caseworker, for: me)
        for arguments in [["offices", "show"], ["offices", "set", z.home + "/kantoren.yaml"]] {
            let run = try z.run(arguments + ["--store", store])
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stderr.contains("dit vraagt de rol admin"), "\(run.stderr)")
        }
        let last = try #require(try CaseStore(at: store).audit.entries().last)
        #expect(last.action == .refused && last.detail["refused"] == "offices set")
    }
}
