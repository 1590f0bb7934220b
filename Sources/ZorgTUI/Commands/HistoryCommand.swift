import ArgumentParser
import CaseModel
import Foundation

/// `zorg history D`: the dossier's revisions, who saved each and when, and which fields changed from what to
/// what (field names in words, values as the dossier shows them). Reading it is one view in the access log.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "De historiek van een dossier: per revisie wie, wanneer en welke velden veranderden.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Dossiernummer.") var dossier: String
    @Option(name: .customLong("access-reason"), help: "Waarom het dossier gelezen wordt: intake, opvolging, controle-rechten, correctie, housing-first, buddy, andere.")
    var accessReason: String = AccessReason.opvolging.rawValue

    func run() throws {
        let t = Text(global.lang)
        let id = try DossierArgument.id(dossier, t)
        let why = try DossierArgument.accessReason(accessReason, t)
        let office = try StoreAccess.office(global)
        let revisions = try StoreAccess.mapped { try office.changes(of: id, reason: why) }
        print(Self.text(revisions, Strings(language: global.lang), t))
    }

    static func text(_ revisions: [RevisionChanges], _ s: Strings, _ t: Text) -> String {
        var lines: [String] = []
        for r in revisions {
            let when = r.time.map { AuditTime.belgian($0) } ?? "?"
            lines.append(t("revisie \(r.revision) — \(when) — \(r.user ?? "?")", "revision \(r.revision) — \(when) — \(r.user ?? "?")"))
            if r.changes.isEmpty { lines.append(t("  (geen velden gewijzigd)", "  (no fields changed)")) }
            for change in r.changes { lines.append("  " + change.text(s)) }
        }
        return lines.joined(separator: "\n")
    }
}

/// An audit entry's UTC time (`2026-12-07T14:05:09Z`) as `07-12-2026 14:05 UTC`.
enum AuditTime {
    static func belgian(_ iso: String) -> String {
        guard iso.count >= 16, let day = Day(parsing: String(iso.prefix(10))) else { return iso }
        let clock = iso.dropFirst(11).prefix(5)
        return "\(day.belgian) \(clock) UTC"
    }
}
