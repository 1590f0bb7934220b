import CaseModel
import Foundation
import Testing

/// Issue 17.2 through the built `zorg`: `zorg audit verify` also compares every dossier file with the caseload
/// index — the check that finds a shared store's file changed outside `zorg`, which a load believing the store
/// generation does not — and brings the index up to date.
@Suite("Trust: audit verify checks the index")
struct AuditVerifyIndexCommandTests {
    @Test func verifyNamesAFileChangedOutsideZorgAndTheNextLoadSeesIt() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let path = z.home + "/store"
        let group = try #require(getgrgid(getegid())).pointee
        let store = try CaseStore.create(at: path, mode: .shared(group: String(cString: group.gr_name)))
        try store.commit(batch: DemoGenerator(seed: 2).households(count: 12))
        _ = try store.loadAll()
        let clean = try z.run(["audit", "verify", "--store", path])
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(clean.stdout.contains("Dossierbestanden: alle 12 komen overeen met de index."))

        // A file rewritten in place behind zorg's back: the generation does not move, so a load believes the index.
        let id = try store.dossierIDs()[4]
        let file = path + "/dossiers/" + id.fileStem + ".json"
        var h = try JSONDecoder().decode(Household.self, from: Data(contentsOf: URL(fileURLWithPath: file)))
        h.address.street = "Buitenomstraat"
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: JSONEncoder().encode(h))
        try handle.close()
        #expect(try CaseStore(at: path).loadAllReportingIndex().index?.unstamped == true)

        let found = try z.run(["audit", "verify", "--store", path, "--lang", "en"])
        #expect(found.status == 0, "\(found.stderr)")
        #expect(found.stdout.contains("Dossier files: 1 changed or new and 0 gone since the index read them"))
        let after = try CaseStore(at: path).loadAllReportingIndex()
        #expect(after.index?.unstamped == true)
        #expect(after.load.households.first { $0.id == id }?.address.street == "Buitenomstraat")
    }
}
