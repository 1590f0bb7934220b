import CaseModel
import Foundation
import Testing
@testable import ZorgTUI

/// `p` in a dossier (issue 16.2): the letter for the client is written to the path the caseworker types (the
/// default in her home folder), with the language chosen by Tab and the format by the extension; an existing file
/// is only overwritten after a yes, a planted link is never followed; each letter written is a view and a `letter`
/// entry in the audit trail.
@Suite("p writes the letter", .serialized)
struct LetterKeyTests {
    /// Opens the first dossier for "controle rechten" (reason 3), then presses `p`.
    static let openAndAsk: [InputEvent] = [.key(.enter), .key(.character("3")), .key(.character("p"))]

    /// Erases the default path and types `path`.
    static func typePath(_ path: String) -> [InputEvent] {
        Array(repeating: .key(.backspace), count: 80) + path.map { .key(.character($0)) }
    }

    static func run(_ events: [InputEvent], office: Office) -> MemoryTerminal {
        let terminal = MemoryTerminal(size: TerminalSize(rows: 30, columns: 120), events: events)
        _ = try? AppLoop.run(terminal: terminal, office: office, options: UIOptions(environment: [:]), runner: InlineEffectRunner())
        return terminal
    }

    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.path + "/zorg-letter-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("the prompt offers ~/brief-<dossier>-<day>.html; Tab changes the language; Esc writes nothing")
    func thePrompt() throws {
        let office = try TestOffice.memory()
        let terminal = Self.run(Self.openAndAsk + [.key(.tab)], office: office)
        let today = Day.today()
        #expect(terminal.screen.text.contains("Brief (Français) opslaan als: ~/brief-2024-00001-\(today.iso).html"),
                "\(terminal.screen.text)")
        let cancelled = Self.run(Self.openAndAsk + [.key(.escape)], office: office)
        #expect(cancelled.screen.text.contains("Geen brief opgeslagen."))
        #expect(try office.auditEntries().filter { $0.action == AuditAction("letter") }.isEmpty)
    }

    @Test("p writes the letter to the typed path; again: asks before overwriting; a yes overwrites; each write is logged")
    func writesAndAsksBeforeOverwriting() throws {
        let office = try TestOffice.memory()
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/brief.html"
        let first = Self.run(Self.openAndAsk + Self.typePath(path) + [.key(.enter)], office: office)
        #expect(first.screen.text.contains("Brief opgeslagen: \(path)"), "\(first.screen.text)")
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("Uw sociale rechten") && html.contains("2024-00001"))
        var st = stat()
        #expect(stat(path, &st) == 0 && st.st_mode & 0o777 == 0o600, "the caseworker's own file, not readable by others")

        // The same path again: a question; no leaves the file as it was, yes writes it in French.
        try Data("oud".utf8).write(to: URL(fileURLWithPath: path))
        let no = Self.run(Self.openAndAsk + Self.typePath(path) + [.key(.enter), .key(.character("n"))], office: office)
        #expect(no.screen.text.contains("Geen brief opgeslagen."))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "oud")
        let yes = Self.run(Self.openAndAsk + [.key(.tab)] + Self.typePath(dir + "/brief.txt") + [.key(.enter)], office: office)
        #expect(yes.screen.text.contains("Brief opgeslagen"))
        try Data("oud".utf8).write(to: URL(fileURLWithPath: dir + "/brief.txt"))
        let over = Self.run(Self.openAndAsk + [.key(.tab)] + Self.typePath(dir + "/brief.txt")
                            + [.key(.enter), .key(.character("j"))], office: office)
        #expect(over.screen.text.contains("Brief opgeslagen: \(dir)/brief.txt"), "\(over.screen.text)")
        let french = try String(contentsOfFile: dir + "/brief.txt", encoding: .utf8)
        #expect(french.hasPrefix("Vos droits sociaux"))

        // Three letters written, each after a view of the dossier; the refused overwrite wrote and logged nothing.
        let letters = try office.auditEntries().filter { $0.action == AuditAction("letter") }
        #expect(letters.map { $0.detail["format"] ?? "" } == ["html", "txt", "txt"])
        #expect(letters.map { $0.detail["lang"] ?? "" } == ["nl", "fr", "fr"])
        #expect(letters.allSatisfy { $0.dossiers == ["2024-00001"] && $0.detail["to"] == "file" })
    }

    @Test("a name without .html, .md or .txt is asked again; a link planted at the path is not followed")
    func refusals() throws {
        let office = try TestOffice.memory()
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let noFormat = Self.run(Self.openAndAsk + Self.typePath(dir + "/brief.doc") + [.key(.enter)], office: office)
        #expect(noFormat.screen.text.contains("Geef de naam een einde .html, .md of .txt."))
        #expect(!FileManager.default.fileExists(atPath: dir + "/brief.doc"))

        let target = dir + "/elders.txt"
        try Data("van iemand anders".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: dir + "/brief.html", withDestinationPath: target)
        let link = Self.run(Self.openAndAsk + Self.typePath(dir + "/brief.html") + [.key(.enter), .key(.character("j"))],
                            office: office)
        #expect(link.screen.text.contains("Brief niet opgeslagen"), "\(link.screen.text)")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "van iemand anders")
    }

    @Test("p is in the dossier's help, and not in an earlier revision's keys")
    func keys() {
        let s = Strings(language: .nl)
        #expect(DossierScreen.keys.keyHelp(s).contains { $0.keys == "p" && $0.action == s.dossierKeyLetter })
        #expect(DossierScreen.keys.action(for: .character("p")) == .letter)
        #expect(DossierScreen.readOnlyKeys.action(for: .character("p")) == nil)
    }
}
