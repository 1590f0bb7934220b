import CaseModel
import Foundation
import Testing

/// Issue 12, item 4, through the built `zorg`: `zorg audit head` gives an administrator the anchor to keep outside
/// the store; `zorg audit verify --expect SEQ:HASH` finds a trail cut or rewritten behind it, even together with
/// `audit/head.json`; without a readable head.json `verify` does not vouch for the end; a field added to a line
/// is an edit.
@Suite("Trust: audit anchors", .serialized)
struct AuditAnchorCommandTests {
    let me = Identity.current().user

    /// A store with a dossier and a few views: eight entries.
    private func store(_ z: ZorgProcess, _ name: String = "store", dossier: String = "2026-00001") throws -> String {
        let path = z.home + "/" + name
        let store = try CaseStore.create(at: path)
        let id = DossierID(rawValue: dossier)!
        try store.save(Household(id: id, members: [Person(firstName: "An", lastName: "Peeters", role: .aanvrager)]))
        for reason in ["intake", "opvolging", "correctie", "andere", "intake", "opvolging"] { try store.recordView(id, reason: reason) }
        return path
    }

    private func log(_ store: String) -> String { store + "/audit/audit.jsonl" }

    private func lines(_ store: String) throws -> [String] {
        try String(contentsOfFile: log(store), encoding: .utf8).split(separator: "\n").map(String.init)
    }

    private func write(_ lines: [String], _ store: String) throws {
        try (lines.joined(separator: "\n") + "\n").write(toFile: log(store), atomically: false, encoding: .utf8)
    }

    private func anchor(_ store: String, seq: Int? = nil) throws -> String {
        let entries = try CaseStore(at: store).audit.entries()
        let entry = try #require(seq.map { s in entries.first { $0.seq == s } } ?? entries.last)
        return "\(entry.seq):\(entry.hash)"
    }

    @Test("audit head prints SEQ:HASH of the last entry; verify --expect finds it later")
    func headAndExpect() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = try store(z)
        let head = try z.run(["audit", "head", "--store", store])
        #expect(head.status == 0, "\(head.stderr)")
        #expect(head.stdout == (try anchor(store)) + "\n")
        let kept = head.stdout.trimmingCharacters(in: .newlines)
        // Work goes on; the anchor still holds.
        try CaseStore(at: store).recordView(DossierID(rawValue: "2026-00001")!, reason: "intake")
        let later = try z.run(["audit", "verify", "--expect", kept, "--store", store])
        #expect(later.status == 0, "\(later.stdout)")
        #expect(later.stdout.contains("Anker in orde: anker 8 gevonden op regel 8"))
        #expect(later.stdout.contains("Auditspoor in orde"))
        #expect(try CaseStore(at: store).audit.entries().last?.detail["expected"] == "8")
        let en = try z.run(["audit", "verify", "--expect", kept, "--lang", "en", "--store", store])
        #expect(en.stdout.contains("Anchor holds: anchor 8 found on line 8"))
        // A malformed anchor is a usage error.
        let hash = try anchor(store, seq: 8).split(separator: ":").last ?? ""
        for bad in ["8", "8:abc", "acht:\(hash)", "8:\(hash)x"] {
            let out = try z.run(["audit", "verify", "--expect", bad, "--store", store])
            #expect(out.status == 2, "\(bad)")
            #expect(out.stderr.contains("VOLGNUMMER:HASH"))
        }
    }

    @Test("only an administrator gets the anchor; the refusal is logged")
    func headIsForAdministrators() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = try store(z)
        try CaseStore(at: store).setRole(.admin, for: "bob")
        try CaseStore(at: store).setRole(.caseworker, for: me)
        let refused = try z.run(["audit", "head", "--store", store])
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.contains("dit vraagt de rol admin"))
        let last = try #require(try CaseStore(at: store).audit.entries().last)
        #expect(last.action == .refused && last.detail["refused"] == "audit head" && last.detail["role"] == "caseworker")
        // A caseworker may still verify against an anchor.
        #expect(try z.run(["audit", "verify", "--store", store]).status == 0)
    }

    @Test("lines cut off the end with head.json rewritten to match pass verify, but not verify --expect")
    func cutBehindTheAnchor() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = try store(z)
        let kept = try anchor(store)
        let cut = Array(try lines(store).dropLast(3))
        try write(cut, store)
        let end = try #require(try JSONSerialization.jsonObject(with: Data(cut.last!.utf8)) as? [String: Any])
        try "{\"hash\":\"\(end["hash"]!)\",\"seq\":\(end["seq"]!)}".write(toFile: store + "/audit/head.json", atomically: true, encoding: .utf8)
        // Without the anchor the forgery passes (and verify adds its own entry, 6).
        #expect(try z.run(["audit", "verify", "--store", store]).status == 0)
        let out = try z.run(["audit", "verify", "--expect", kept, "--store", store])
        #expect(out.status == 1)
        #expect(out.stdout.contains("Anker klopt NIET: anker 8 staat niet in het spoor: het logboek eindigt bij 6, het einde is weggeknipt"))
        #expect(out.stdout.contains("De keten zelf is intact (6 regels)"))
        #expect(!out.stdout.contains("Auditspoor in orde"))
    }

    @Test("a trail rewritten as a whole (another store's, with its head.json) is found by the anchor")
    func rewrittenTrail() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = try store(z)
        let kept = try anchor(store, seq: 4)
        let other = try self.store(z, "other", dossier: "2026-00002")
        for file in ["audit.jsonl", "head.json"] {
            try FileManager.default.removeItem(atPath: store + "/audit/" + file)
            try FileManager.default.copyItem(atPath: other + "/audit/" + file, toPath: store + "/audit/" + file)
        }
        #expect(try z.run(["audit", "verify", "--store", store]).status == 0)
        let out = try z.run(["audit", "verify", "--expect", kept, "--store", store])
        #expect(out.status == 1)
        #expect(out.stdout.contains("item 4 (regel 4) heeft een andere hash dan het anker: het logboek is vanaf daar of eerder herschreven"))
    }

    @Test("an anchor sealed away says so; the checkpoint itself still checks")
    func sealedAnchor() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = try store(z)
        let early = try anchor(store, seq: 3), last = try anchor(store)
        _ = try CaseStore(at: store).audit.seal(before: Date().addingTimeInterval(86_400))
        let gone = try z.run(["audit", "verify", "--expect", early, "--store", store])
        #expect(gone.status == 1)
        #expect(gone.stdout.contains("Anker niet meer te controleren: anker 3 is verzegeld"))
        let checkpoint = try z.run(["audit", "verify", "--expect", last, "--store", store])
        #expect(checkpoint.status == 0, "\(checkpoint.stdout)")
        #expect(checkpoint.stdout.contains("audit/checkpoint.json noemt het met dezelfde hash"))
    }

    @Test("without head.json (or with a garbled one) verify cannot vouch for the end: exit 1")
    func headless() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = try store(z)
        try write(Array(try lines(store).dropLast(2)), store)
        try FileManager.default.removeItem(atPath: store + "/audit/head.json")
        let out = try z.run(["audit", "verify", "--store", store])
        #expect(out.status == 1)
        #expect(out.stdout.contains("Auditspoor NIET BEWEZEN: audit/head.json ontbreekt"))
        #expect(out.stdout.contains("voor het einde van het logboek kan Zorg niet instaan"))
        let en = try z.run(["audit", "verify", "--lang", "en", "--store", store])
        #expect(en.stdout.contains("Audit trail NOT PROVEN: audit/head.json is missing"))
        try "{\"seq\":".write(toFile: store + "/audit/head.json", atomically: true, encoding: .utf8)
        let garbled = try z.run(["audit", "verify", "--store", store])
        #expect(garbled.status == 1 && garbled.stdout.contains("audit/head.json is onleesbaar"))
        // No anchor is handed out for it either.
        let head = try z.run(["audit", "head", "--store", store])
        #expect(head.status == 1 && head.stdout.isEmpty && head.stderr.contains("Geen anker"))
    }

    @Test("a field added to a line is an edit: exit 1")
    func addedField() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = try store(z)
        var log = try lines(store)
        log[2] = String(log[2].dropLast()) + ",\"x\":1}"
        try write(log, store)
        let out = try z.run(["audit", "verify", "--store", store])
        #expect(out.status == 1)
        #expect(out.stdout.contains("Auditspoor GEBROKEN op regel 3: de hash klopt niet: deze regel is bewerkt"))
    }
}
