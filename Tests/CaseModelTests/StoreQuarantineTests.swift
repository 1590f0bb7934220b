import Foundation
import Testing
@testable import CaseModel

@Suite("Case store: broken files")
struct StoreQuarantineTests {
    @Test func brokenDossierIsSetAsideAndTheRestLoads() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.save(StoreFixture.household("A1"))
        try store.save(StoreFixture.household("C3"))
        let broken = folder.store + "/dossiers/B2.json"
        try #"{"id": "B2", "revision": 1, "members": "nobody"}"#.write(toFile: broken, atomically: false, encoding: .utf8)

        let load = try store.loadAll()
        #expect(load.households.map(\.id.rawValue) == ["A1", "C3"])
        let problem = try #require(load.problems.first)
        #expect(load.problems.count == 1)
        #expect(problem.path == "dossiers/B2.json")
        #expect(problem.reason.contains("members"))
        #expect(problem.quarantinedAs?.hasPrefix("quarantine/B2.json.") == true)
        #expect(!FileManager.default.fileExists(atPath: broken))
        #expect(StoreFixture.names(in: folder.store + "/quarantine").count == 1)

        let last = try #require(try store.audit.entries().last)
        #expect(last.action == .quarantine)
        #expect(last.dossiers == ["B2"])
        #expect(try store.loadAll().problems.isEmpty)
    }

    @Test func invalidJSONIsReportedAsSuch() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try "{ not json".write(toFile: folder.store + "/dossiers/A1.json", atomically: false, encoding: .utf8)
        let error = StoreFixture.storeError { _ = try store.load(StoreFixture.id("A1")) }
        guard case .damaged(let problem) = error else {
            Issue.record("expected a damaged-file error, got \(String(describing: error))")
            return
        }
        #expect(problem.reason.hasPrefix("geen geldige JSON"))
    }

    @Test func missingKeyIsNamed() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.save(StoreFixture.household("A1"))
        var text = try String(contentsOfFile: folder.store + "/dossiers/A1.json", encoding: .utf8)
        text = text.replacingOccurrences(of: "\"firstName\"", with: "\"voornaam\"")
        try text.write(toFile: folder.store + "/dossiers/A1.json", atomically: false, encoding: .utf8)
        let problem = try #require(try store.loadAll().problems.first)
        #expect(problem.reason == "veld members[0].firstName ontbreekt")
    }

    @Test func fileWhoseNumberDiffersFromItsNameIsSetAside() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.save(StoreFixture.household("A1"))
        try FileManager.default.copyItem(atPath: folder.store + "/dossiers/A1.json", toPath: folder.store + "/dossiers/A2.json")
        let load = try store.loadAll()
        #expect(load.households.map(\.id.rawValue) == ["A1"])
        #expect(load.problems.first?.path == "dossiers/A2.json")
    }

    @Test func brokenVolunteerIsSetAside() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.save(volunteer: Volunteer(id: StoreFixture.id("V1"), firstName: "Mia", lastName: "Claes"))
        try "[]".write(toFile: folder.store + "/volunteers/V2.json", atomically: false, encoding: .utf8)
        let load = try store.volunteers()
        #expect(load.volunteers.map(\.id.rawValue) == ["V1"])
        #expect(load.problems.map(\.path) == ["volunteers/V2.json"])
    }
}
