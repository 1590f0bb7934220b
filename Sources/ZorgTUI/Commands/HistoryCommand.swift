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
    @Option(name: .customLong("access-reason"), help: DossierArgument.accessReasonHelp) var accessReason: String = AccessReason.opvolging.rawValue

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
            // The same heading as the history tab: the time in Brussels, the author.
            lines.append(t("revisie \(r.revision) ", "revision \(r.revision) ") + s.revisionBy(user: r.user, time: r.time))
            if r.changes.isEmpty { lines.append(t("  (geen velden gewijzigd)", "  (no fields changed)")) }
            for change in r.changes { lines.append("  " + change.text(s)) }
        }
        return lines.joined(separator: "\n")
    }
}
