import CaseModel
import Foundation
import Testing

/// `zorg users` and refusals: only an administrator manages roles, the last one cannot go, a volunteer or a
/// user without a role reaches no dossier, and every refusal is an audit entry without personal data. Other
/// users are played by identities injected into the store in the test, never by a switch of the program.
@Suite("Trust: users and refusals", .serialized)
struct TrustUsersTests {
    let me = Identity.current().user

    private func entries(_ store: String) throws -> [AuditEntry] { try CaseStore(at: store).audit.entries() }

    @Test("an administrator lists, grants and revokes; the last administrator cannot be removed or demoted")
    func manageRoles() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/store"
        try CaseStore.create(at: store)
        #expect(try z.run(["users", "list", "--store", store]).stdout == "\(me)  admin\n")
        let grant = try z.run(["users", "grant", "bob", "caseworker", "--store", store])
        #expect(grant.status == 0 && grant.stdout.contains("bob is nu caseworker"))
        #expect(try CaseStore(at: store).role(of: "bob") == .caseworker)
        #expect(try z.run(["users", "list", "--store", store]).stdout.contains("bob"))
        #expect(try z.run(["users", "grant", "bob", "boss", "--store", store]).status == 2)
        #expect(try z.run(["users", "grant", "../x", "admin", "--store", store]).status == 2)
        #expect(try z.run(["users", "revoke", "nobody", "--store", store]).status == 1)

        let last = try z.run(["users", "revoke", me, "--store", store])
        #expect(last.status == 1 && last.stderr.contains("laatste beheerder"))
        let demote = try z.run(["users", "grant", me, "volunteer", "--store", store])
        #expect(demote.status == 1 && demote.stderr.contains("laatste beheerder"))
        #expect(try CaseStore(at: store).role(of: me) == .admin)

        #expect(try z.run(["users", "revoke", "bob", "--store", store]).status == 0)
        #expect(try CaseStore(at: store).role(of: "bob") == nil)
        let roleEntries = try entries(store).filter { $0.action == .role }
        #expect(roleEntries.map { $0.detail["role"] } == ["caseworker", "none"])
    }

    @Test("a volunteer and a user without a role reach no dossier; each refusal is logged without personal data")
    func refusalsAreLogged() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/store"
        let created = try CaseStore.create(at: store)
        try created.create(Household(id: DossierID(rawValue: "2024/00123")!,
                                     members: [Person(firstName: "An", lastName: "Peeters", role: .aanvrager)]))
        try created.setRole(.admin, for: "chef")
        let chef = try CaseStore(at: store, identity: Identity(user: "chef"))
        try chef.setRole(.volunteer, for: me)

        let asked: [[String]] = [["export", "--all"], ["check", "--all"], ["audit", "log"], ["users", "list"],
                                 ["import", z.home + "/Peeters-An.csv"], ["users", "grant", me, "admin"]]
        for arguments in asked {
            let out = try z.run(arguments + ["--store", store])
            #expect(out.status == 1, "\(arguments)")
            #expect(out.stdout.isEmpty && !out.stdout.contains("Peeters"), "\(arguments)")
            #expect(out.stderr.contains("is volunteer; dit vraagt de rol"), "\(arguments): \(out.stderr)")
        }
        try chef.setRole(nil, for: me)
        let none = try z.run(["export", "--all", "--store", store])
        #expect(none.status == 1 && none.stderr.contains("heeft geen rol") && none.stderr.contains("zorg users grant \(me)"))

        let refused = try entries(store).filter { $0.action == .refused }
        #expect(refused.count == asked.count + 1)
        #expect(refused.allSatisfy { $0.user == me && $0.dossiers.isEmpty })
        #expect(refused.map { $0.detail["refused"] ?? "" }
            == ["export", "check", "audit log", "users list", "import", "users grant", "export"])
        #expect(refused.last?.detail["role"] == "none")
        #expect(refused.first?.detail["needed"] == "caseworker,admin")
        let log = try String(contentsOfFile: store + "/audit/audit.jsonl", encoding: .utf8)
        #expect(!log.contains("Peeters") && !log.contains("2024/00123\",\"detail\":{\"needed"))
        #expect(try CaseStore(at: store).audit.verify().isIntact)
    }
}
