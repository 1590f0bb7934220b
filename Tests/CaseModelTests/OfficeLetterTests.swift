import Foundation
import Testing
@testable import CaseModel

/// The letter through the use-case layer: signed with the account's full name (else the login), the dossier read
/// for a reason before it, one `letter` entry after; a file in the way is not touched and nothing is read or logged.
@Suite("Office.letter")
struct OfficeLetterTests {
    static let day = Day(year: 2026, month: 12, day: 7)!

    static func office(_ folder: TemporaryFolder, as identity: Identity) throws -> Office {
        if !Office.isStore(at: folder.store) {
            let store = try StoreFixture.newStore(folder)
            _ = try store.save(StoreFixture.household("B1"))
        }
        return try Office.open(at: folder.store, identity: identity)
    }

    @Test("signed with the full name, else the login; a view with the reason, then one letter entry")
    func signedAndLogged() throws {
        let folder = TemporaryFolder()
        let named = try Self.office(folder, as: Identity(user: "alice", fullName: "Alice Vermeulen"))
        let id = StoreFixture.id("B1")
        let text = try named.letter(id, asOf: Self.day, language: .en, format: .txt, reason: .opvolging)
        #expect(text.contains("Your social worker: Alice Vermeulen"))
        #expect(text.hasSuffix("Kind regards,\nAlice Vermeulen\n"))
        let entries = try CaseStore(at: folder.store, identity: StoreFixture.alice).audit.entries(dossier: id)
        #expect(entries.suffix(2).map(\.action) == [.view, AuditAction("letter")])
        #expect(entries.suffix(2).first?.detail["reason"] == "opvolging")
        #expect(entries.last?.detail == ["format": "txt", "lang": "en", "as_of": "2026-12-07", "to": "stdout"])

        let login = try Self.office(folder, as: StoreFixture.alice)
        #expect(try login.letter(id, asOf: Self.day, language: .nl, format: .md, reason: .opvolging).contains("**Uw maatschappelijk werker:** alice"))
    }

    @Test("writeLetter: a new file of 0600; a file in the way is left as it is, unread and unlogged, unless overwriting")
    func writes() throws {
        let folder = TemporaryFolder()
        let office = try Self.office(folder, as: StoreFixture.alice)
        let id = StoreFixture.id("B1")
        let path = folder.path + "/brief.html"
        #expect(try office.writeLetter(id, to: path, overwrite: false, asOf: Self.day, language: .fr, format: .html,
                                       reason: .controleRechten) == .written(path: path))
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("<html lang=\"fr\">"))
        #expect(StoreFixture.mode(of: path) == 0o600)
        let count = try CaseStore(at: folder.store, identity: StoreFixture.alice).audit.entries().count
        #expect(try office.writeLetter(id, to: path, overwrite: false, asOf: Self.day, language: .nl, format: .html,
                                       reason: .controleRechten) == .exists(path: path))
        #expect(try CaseStore(at: folder.store, identity: StoreFixture.alice).audit.entries().count == count)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("<html lang=\"fr\">"))
        #expect(try office.writeLetter(id, to: path, overwrite: true, asOf: Self.day, language: .nl, format: .html,
                                       reason: .controleRechten) == .written(path: path))
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("<html lang=\"nl\">"))
        #expect(throws: PersonalFileError.self) {
            try office.writeLetter(id, to: folder.path, overwrite: true, asOf: Self.day, language: .nl, format: .txt, reason: .opvolging)
        }
    }

    @Test("a volunteer gets no letter (refused, logged, nothing read)")
    func volunteerRefused() throws {
        let folder = TemporaryFolder()
        _ = try Self.office(folder, as: StoreFixture.alice)
        try CaseStore(at: folder.store, identity: StoreFixture.alice).setRole(.volunteer, for: "bob")
        let volunteer = try Office.open(at: folder.store, identity: StoreFixture.bob)
        #expect(StoreFixture.storeError {
            _ = try volunteer.letter(StoreFixture.id("B1"), asOf: Self.day, language: .nl, format: .txt, reason: .opvolging)
        } != nil)
        let entries = try CaseStore(at: folder.store, identity: StoreFixture.alice).audit.entries()
        #expect(entries.last?.action == .refused)
        #expect(!entries.contains { $0.action == .view && $0.user == "bob" })
    }
}
