import CaseModel
import Foundation
import Testing

/// `zorg consent`, the consent records in `zorg match` and `zorg export --format md`, and the access reason in
/// `zorg audit log --dossier`.
@Suite("zorg consent", .serialized)
struct ConsentCommandTests {
    let me = Identity.current().user

    @Test("list, give and withdraw, with the exit codes of the other commands and audit entries naming the action")
    func giveAndWithdraw() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/s"
        try z.run(["demo", "--store", store])
        let list = try z.run(["consent", "2024-00451", "--store", store])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("1. buddy"))
        #expect(list.stdout.contains("actief"))
        #expect(list.stdout.contains("2. andere (gegevens delen met het CAW voor schuldbemiddeling)"))
        #expect(list.stdout.contains("ingetrokken op 15-09-2026"))
        #expect(list.stdout.contains("-***.**") && !list.stdout.contains("bereik: naam-adres, gezinssamenstelling, talen, probleemdomeinen, inkomen"))
        let imported = try z.run(["consent", "2025-00277", "--store", store])
        #expect(imported.stdout.contains("01-07-2025: uit import, bereik niet vastgelegd"))

        // 2023-00888 has no buddy consent: zorg match does not propose it and says it needs one.
        let before = try z.run(["match", "--store", store])
        #expect(before.stdout.contains("Toestemming nodig (buddywerking), niet gekoppeld: 1 gezin(nen): 2023-00888"))
        #expect(before.stdout.contains("de vrijwilliger ziet (toestemming 1): naam-adres, talen, probleemdomeinen"))
        let refusedPair = try z.run(["match", "--confirm", "2023-00888=VW-003", "--reason", "x", "--store", store])
        #expect(refusedPair.status == 1 && refusedPair.stderr.contains("geen actieve toestemming voor buddywerking"))

        let give = try z.run(["consent", "2023-00888", "give", "--purpose", "buddy", "--by", "1", "--on", "20-11-2026",
                              "--scope", "naam-adres,talen", "--store", store])
        #expect(give.status == 0, "\(give.stderr)")
        #expect(give.stdout.contains("Toestemming 1 vastgelegd in 2023-00888"))
        let after = try z.run(["match", "--format", "json", "--store", store])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any])
        #expect((json["consent_needed"] as? [String]) == [])
        let shared = json["shared_with_volunteer"] as? [String: [String]] ?? [:]
        if let scope = shared["2023-00888"] { #expect(scope == ["naam-adres", "talen"]) }

        // Usage errors exit 2; a withdrawal that cannot be done exits 1.
        #expect(try z.run(["consent", "2023-00888", "give", "--purpose", "buddy", "--store", store]).status == 2)
        #expect(try z.run(["consent", "2023-00888", "give", "--purpose", "schoenen", "--by", "1", "--store", store]).status == 2)
        #expect(try z.run(["consent", "2023-00888", "give", "--purpose", "andere", "--by", "1", "--store", store]).status == 2)
        #expect(try z.run(["consent", "2023-00888", "give", "--purpose", "buddy", "--by", "1", "--scope", "x", "--store", store]).status == 2)
        #expect(try z.run(["consent", "2023-00888", "withdraw", "1", "--store", store]).status == 2)
        #expect(try z.run(["consent", "2023-00888", "withdraw", "9", "--reason", "r", "--store", store]).status == 1)
        #expect(try z.run(["consent", "nope!", "--store", store]).status == 2)
        #expect(try z.run(["consent", "2099-00001", "--store", store]).status == 1)
        let withdraw = try z.run(["consent", "2023-00888", "withdraw", "1", "--reason", "wil geen buddy meer", "--store", store])
        #expect(withdraw.status == 0, "\(withdraw.stderr)")
        #expect(try z.run(["consent", "2023-00888", "withdraw", "1", "--reason", "nog eens", "--store", store]).status == 1)

        #expect(try z.run(["consent", "2023-00888", "--access-reason", "koffie", "--store", store]).status == 2)
        let listed = try z.run(["consent", "2023-00888", "--access-reason", "buddy", "--store", store])
        #expect(listed.stdout.contains("ingetrokken op") && listed.stdout.contains("(wil geen buddy meer)"))
        let saved = try CaseStore(at: store).load(DossierID(rawValue: "2023-00888")!)
        #expect(saved.consentRecords.first?.withdrawal?.reason == "wil geen buddy meer")
        let log = try z.run(["audit", "log", "--dossier", "2023-00888", "--store", store])
        #expect(log.stdout.contains("consent  2023-00888  consent=give:buddy:1"))
        #expect(log.stdout.contains("consent=withdraw:buddy:1"))
        #expect(log.stdout.contains("view  2023-00888  reason=buddy"))
        #expect(!log.stdout.contains("wil geen buddy"))

        // The right-of-access copy lists the records.
        let md = try z.run(["export", "2023-00888", "--format", "md", "--store", store])
        #expect(md.stdout.contains("## Toestemmingen"))
        #expect(md.stdout.contains("- 1. buddywerking (gegevens delen met een vrijwilliger) — gegeven op 20-11-2026"))
        #expect(md.stdout.contains("bereik: naam-adres, talen; ingetrokken op"))
    }

    @Test("a volunteer is refused, and the refusal is logged without the dossier")
    func volunteerRefused() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/s"
        try z.run(["demo", "--store", store])
        let chef = try CaseStore(at: store, identity: Identity(user: "chef"))
        try CaseStore(at: store).setRole(.admin, for: "chef")
        try chef.setRole(.volunteer, for: me)
        let out = try z.run(["consent", "2024-00451", "--store", store])
        #expect(out.status == 1)
        #expect(out.stdout.isEmpty && out.stderr.contains("is volunteer"))
        let give = try z.run(["consent", "2024-00451", "give", "--purpose", "buddy", "--by", "1", "--store", store])
        #expect(give.status == 1)
        let refused = try chef.audit.entries().filter { $0.action == .refused }
        #expect(refused.map { $0.detail["refused"] } == ["consent", "consent"])
        #expect(refused.allSatisfy { $0.dossiers.isEmpty })
    }

    @Test("audit log --dossier shows the reason a dossier was opened for")
    func accessReasonInTheLog() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/s"
        try z.run(["demo", "--store", store])
        let caseStore = try CaseStore(at: store)
        try caseStore.recordView(DossierID(rawValue: "2024-00123")!, reason: .controleRechten)
        try caseStore.recordView(DossierID(rawValue: "2024-00123")!, reason: .housingFirst, revision: 1)
        let log = try z.run(["audit", "log", "--dossier", "2024-00123", "--store", store])
        #expect(log.status == 0)
        #expect(log.stdout.contains("view  2024-00123  reason=controle-rechten"))
        #expect(log.stdout.contains("view  2024-00123  reason=housing-first revision=1"))
    }
}
