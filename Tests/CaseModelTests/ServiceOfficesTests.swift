import Foundation
import Testing
@testable import CaseModel

/// The offices letters name (issue 16.2): data in the store, set by an administrator in one audit entry; a file
/// that does not read is refused with its line and leaves the old offices; the built-in list applies until then.
@Suite("Offices")
struct ServiceOfficesTests {
    static let file = """
        offices:
          sociaal-huis-genk:
            name: {nl: Sociaal Huis, fr: CPAS, en: Social House}
            address: Dorpsstraat 1, 3600 Genk
            phone: 089 00 00 00
            hours: {nl: maandag, fr: lundi, en: Monday}
            source: {title: Genk, url: https://www.genk.be, verified: 2026-12-07}
            unconfirmed: [hours]

        """

    /// The built-in list plus the test's office in place of the Sociaal Huis: every office a module names is there.
    static var complete: String {
        ServiceOffices.builtIn.text.replacingOccurrences(of: "address: Welzijnscampus 11, 3600 Genk", with: "address: Dorpsstraat 1, 3600 Genk")
    }

    @Test("an offices file reads: names per language, details, source, the unconfirmed fields")
    func reads() throws {
        let offices = try ServiceOffices.parse(Self.file, file: "offices.yaml")
        let o = try #require(offices.office("sociaal-huis-genk"))
        #expect(o.name.fr == "CPAS" && o.hours?.en == "Monday" && o.phone == "089 00 00 00")
        #expect(o.unconfirmed == [.hours])
        #expect(o.source?.url == "https://www.genk.be")
        #expect(offices.text == Self.file)
    }

    @Test("a malformed offices file names the line and the problem", arguments: [
        ("    phone: 089 00 00 00\n", "    phone: [089]\n", 5, "sociaal-huis-genk.phone must be a single value"),
        ("  sociaal-huis-genk:\n", "  Sociaal Huis:\n", 2, "office id 'Sociaal Huis' may hold only"),
        ("    unconfirmed: [hours]\n", "    unconfirmed: [web]\n", 8, "names web, which the office does not have"),
        ("    hours: {nl: maandag, fr: lundi, en: Monday}\n", "    hours: {nl: maandag, en: Monday}\n", 6, "needs 'fr'"),
        ("    address: Dorpsstraat 1, 3600 Genk\n", "    adres: Dorpsstraat 1\n", 4, "unknown key 'adres'"),
    ])
    func malformed(_ find: String, _ replace: String, _ line: Int, _ says: String) {
        let text = Self.file.replacingOccurrences(of: find, with: replace)
        #expect(text != Self.file)
        #expect(throws: RuleProblem.self) { try ServiceOffices.parse(text, file: "mijn-kantoren.yaml") }
        do {
            _ = try ServiceOffices.parse(text, file: "mijn-kantoren.yaml")
        } catch let problem as RuleProblem {
            #expect(problem.file == "mijn-kantoren.yaml")
            #expect(problem.line == line, "\(problem)")
            #expect(problem.reason.contains(says), "\(problem)")
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test("set by an administrator: one audit entry, the letter uses it; a bad file leaves the old offices; a caseworker is refused")
    func setInTheStore() throws {
        let folder = TemporaryFolder()
        try StoreFixture.newStore(folder).setRole(.caseworker, for: "bob")
        let admin = try Office.open(at: folder.store, identity: StoreFixture.alice)
        #expect(try admin.offices().builtIn)
        let path = folder.path + "/kantoren.yaml"
        try Data(Self.complete.utf8).write(to: URL(fileURLWithPath: path))
        let before = try CaseStore(at: folder.store, identity: StoreFixture.alice).audit.entries().count
        try admin.setOffices(file: path)
        let entries = try CaseStore(at: folder.store, identity: StoreFixture.alice).audit.entries()
        #expect(entries.count == before + 1)
        #expect(entries.last?.action == AuditAction("offices"))
        #expect(entries.last?.detail["offices"] == String(ServiceOffices.builtIn.offices.count))
        let (stored, builtIn) = try admin.offices()
        #expect(!builtIn && stored.office("sociaal-huis-genk")?.address == "Dorpsstraat 1, 3600 Genk")

        // A file with a mistake: refused with its line, nothing changed, no entry.
        try Data(Self.complete.replacingOccurrences(of: "    phone: 089 57 32 00\n", with: "    phone: [1]\n").utf8)
            .write(to: URL(fileURLWithPath: path))
        #expect {
            try admin.setOffices(file: path)
        } throws: { error in
            guard case OfficesFileError.refused(let problem) = error else { return false }
            return problem.line != nil && problem.reason.contains("must be a single value")
        }
        // A file without an office a module names is refused too.
        try Data(Self.file.utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            try admin.setOffices(file: path)
        } throws: { error in
            guard case OfficesFileError.missingOffice(let id, _, _) = error else { return false }
            return !id.isEmpty
        }
        #expect(try admin.offices().offices.office("sociaal-huis-genk")?.address == "Dorpsstraat 1, 3600 Genk")
        #expect(try CaseStore(at: folder.store, identity: StoreFixture.alice).audit.entries().count == before + 1)

        // A caseworker may neither show nor set them (each refusal logged).
        let caseworker = try Office.open(at: folder.store, identity: StoreFixture.bob)
        #expect(StoreFixture.storeError { _ = try caseworker.offices() } != nil)
        #expect(StoreFixture.storeError { try caseworker.setOffices(file: path) } != nil)
        let refused = try CaseStore(at: folder.store, identity: StoreFixture.alice).audit.entries().filter { $0.action == .refused }
        #expect(refused.count == 2)
    }

    @Test("the store's offices go into a backup")
    func backedUp() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        _ = try store.setOffices(text: Self.complete, file: "kantoren.yaml", namedBy: [])
        _ = try store.backup(to: folder.path + "/kopie")
        #expect(try String(contentsOfFile: folder.path + "/kopie/offices.yaml", encoding: .utf8) == Self.complete)
    }
}
