import Foundation
import Testing
@testable import CaseModel

/// Issue 12 on the store side: a hand-edited dossier file cannot crash a save or a check, nothing is overwritten or
/// cut silently, and `zorg demo --force` never destroys work.
@Suite("Hardening: what a dossier file may hold")
struct HardeningStoreTests {
    private func stored(_ folder: TemporaryFolder) throws -> CaseStore {
        let store = try StoreFixture.newStore(folder)
        try store.save(StoreFixture.household("A1"))
        try store.save(StoreFixture.household("B2"))
        return store
    }

    private func edit(_ folder: TemporaryFolder, _ name: String, _ change: (inout String) -> Void) throws {
        let path = folder.store + "/dossiers/" + name
        var text = try String(contentsOfFile: path, encoding: .utf8)
        change(&text)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    @Test("a revision, an amount or an EPC score out of bounds in a file is set aside with the field, never a crash",
          arguments: [
            ("\"revision\" : 1", "\"revision\" : 9223372036854775807", "revision"),
            ("\"revision\" : 1", "\"revision\" : 1000000000001", "revision"),
            ("\"firstName\" : \"An\"", "\"firstName\" : \"An\", \"incomeYear\" : \"92233720368547758.07\"", "bedrag boven"),
            ("\"energy\" : {\n\n  }", "\"energy\" : { \"epcScore\" : 9223372036854775807 }", "epc_score"),
            ("\"firstName\" : \"An\"", "\"firstName\" : \"An\", \"disabilityPct\" : 101", "lid 1: invaliditeit_pct"),
          ])
    func numbersOutOfBounds(find: String, replace: String, named: String) throws {
        let folder = TemporaryFolder()
        let store = try stored(folder)
        try edit(folder, "A1.json") { $0 = $0.replacingOccurrences(of: find, with: replace) }
        let load = try store.loadAll()
        #expect(load.households.map(\.id.rawValue) == ["B2"])
        let problem = try #require(load.problems.first)
        #expect(problem.reason.contains(named), "\(problem.reason)")
        #expect(!problem.reason.contains("9223372036854775807"), "the number is not echoed")
        #expect(problem.quarantinedAs != nil)
        // A save of a new dossier of that number now goes through without a crash.
        try store.save(StoreFixture.household("A1"))
    }

    @Test func aRevisionOutOfBoundsIsRefusedOnSaveToo() throws {
        let folder = TemporaryFolder()
        let store = try stored(folder)
        var a1 = try store.load(StoreFixture.id("A1"))
        try edit(folder, "A1.json") { $0 = $0.replacingOccurrences(of: "\"revision\" : 1", with: "\"revision\" : 9223372036854775807") }
        a1.address.street = "Nieuw"
        let error = StoreFixture.storeError { try store.save(a1) }
        #expect(error?.message.contains("revision") == true, "\(String(describing: error))")
    }

    @Test("two broken copies set aside in the same second both survive")
    func quarantineNeverOverwrites() throws {
        let folder = TemporaryFolder()
        let store = try stored(folder)
        try "first broken".write(toFile: folder.store + "/dossiers/A1.json", atomically: false, encoding: .utf8)
        _ = try store.loadAll()
        try "second broken".write(toFile: folder.store + "/dossiers/A1.json", atomically: false, encoding: .utf8)
        _ = try store.loadAll()
        let kept = StoreFixture.names(in: folder.store + "/quarantine").filter { $0.hasPrefix("A1.json.") }
        #expect(kept.count == 2, "\(kept)")
        let contents = Set(try kept.map { try String(contentsOfFile: folder.store + "/quarantine/" + $0, encoding: .utf8) })
        #expect(contents == ["first broken", "second broken"])
    }

    @Test("fields this version does not know: the dossier reads, a save is refused, the file stays as it was")
    func unknownFieldsAreNeverCut() throws {
        let folder = TemporaryFolder()
        let store = try stored(folder)
        try edit(folder, "A1.json") {
            $0 = $0.replacingOccurrences(of: "\"firstName\" : \"An\"", with: "\"firstName\" : \"An\", \"pronouns\" : \"zij\"")
            $0 = $0.replacingOccurrences(of: "\"revision\" : 1", with: "\"flag\" : { \"reason\" : \"x\" },\n  \"revision\" : 1")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: folder.store + "/dossiers/A1.json"))
        var a1 = try store.load(StoreFixture.id("A1"))
        a1.address.street = "Nieuw"
        let error = StoreFixture.storeError { try store.save(a1) }
        #expect(error == .newerFields(.dossier, StoreFixture.id("A1"), fields: ["flag", "members[0].pronouns"]))
        #expect(error?.message.contains("nieuwere Zorg") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.store + "/dossiers/A1.json")) == before)
        // A file this version wrote, re-indented by hand, is still saved (only unknown fields stop a save).
        try edit(folder, "B2.json") { $0 = $0.replacingOccurrences(of: "  ", with: "    ") }
        var b2 = try store.load(StoreFixture.id("B2"))
        b2.address.street = "Nieuw"
        try store.save(b2)
    }

    @Test("a control character in a stored file sets it aside instead of reaching a terminal")
    func controlCharactersInAFile() throws {
        let folder = TemporaryFolder()
        let store = try stored(folder)
        try edit(folder, "A1.json") { $0 = $0.replacingOccurrences(of: "\"Peeters\"", with: "\"Pee\\u001b[2Jters\"") }
        let load = try store.loadAll()
        #expect(load.households.map(\.id.rawValue) == ["B2"])
        #expect(load.problems.first?.reason.contains("U+001B") == true)
        #expect(StoreCoding.controlCharacter(in: Data(#"{"a":"tab\tline\nok \\u0009 \\\\u001b"}"#.utf8)) == nil)
        #expect(StoreCoding.controlCharacter(in: Data("{\"a\":\"x\u{9B}y\"}".utf8)) == "U+009B")
    }

    @Test("a note of several lines keeps its line breaks through the store; an ESC in it is refused before it is written")
    func lineBreaksInANote() throws {
        let folder = TemporaryFolder()
        let store = try stored(folder)
        let day = Day(year: 2026, month: 11, day: 23)!
        var a1 = try store.load(StoreFixture.id("A1"))
        a1.notes.append(Note(date: day, author: "alice", text: "Huisbezoek\nKinderen naar school\r\n\tHuur betaald"))
        try store.save(a1)
        let read = try store.loadAll()
        #expect(read.problems.isEmpty)
        #expect(read.households.first { $0.id.rawValue == "A1" }?.notes.last?.text
                == "Huisbezoek\nKinderen naar school\r\n\tHuur betaald")
        // Other control characters stay refused at the write: nothing is written, nothing is set aside.
        for control in ["\u{1B}[2J", "\u{7}", "\u{9B}31m", "\u{7F}"] {
            var again = try store.load(StoreFixture.id("A1"))
            again.notes.append(Note(date: day, author: "alice", text: "een\nweg" + control))
            let error = StoreFixture.storeError { try store.save(again) }
            guard case .controlCharacter(.dossier, let id, _)? = error else {
                Issue.record("\(control.debugDescription): \(String(describing: error))")
                continue
            }
            #expect(id.rawValue == "A1")
        }
        #expect(try store.load(StoreFixture.id("A1")).notes.count == 1)
        #expect(StoreFixture.names(in: folder.store + "/quarantine").isEmpty)
    }

    @Test("zorg demo --force rebuilds only an untouched demo store, and only for its administrator")
    func demoForceNeverDestroysWork() throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/demo"
        _ = try DemoStore.build(at: path, identity: StoreFixture.alice, today: Day.today())
        let rebuilt = try DemoStore.build(at: path, identity: StoreFixture.alice, force: true, today: Day.today())
        #expect(rebuilt.rebuilt)
        // Editing a demo dossier is allowed.
        let demo = try CaseStore(at: path, identity: StoreFixture.alice)
        var first = try #require(try demo.loadAll().households.first)
        first.address.street = "Gewijzigd"
        try demo.save(first)
        #expect(try DemoStore.build(at: path, identity: StoreFixture.alice, force: true, today: Day.today()).rebuilt)
        // Someone else cannot.
        #expect(throws: DemoStore.Problem.self) { try DemoStore.build(at: path, identity: StoreFixture.bob, force: true, today: Day.today()) }
        // An import of one's own work makes it a store that --force leaves alone.
        let imported = try CaseStore(at: path, identity: StoreFixture.alice)
        let plan = try StoreImport(store: imported).plan(ImportFixture.bytes(ImportFixture.basic), kind: .clients,
                                                          fileName: "mine.csv", allOrNothing: false, today: ImportFixture.today)
        _ = try StoreImport(store: imported).commit(plan)
        let count = try imported.dossierIDs().count
        do {
            _ = try DemoStore.build(at: path, identity: StoreFixture.alice, force: true, today: Day.today())
            Issue.record("--force over an import must be refused")
        } catch let problem as DemoStore.Problem {
            #expect(problem.description.contains("eigen werk"))
        }
        #expect(try CaseStore(at: path, identity: StoreFixture.alice).dossierIDs().count == count)
    }
}
