import ArgumentParser
import CaseModel
import Foundation

/// `zorg backup DEST`: a consistent copy of the store while others work (administrators only).
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Maakt een consistente kopie van de store terwijl anderen werken (alleen beheerders).",
        discussion: """
            DEST eindigend op .tar: één POSIX tar-bestand; anders een nieuwe map. DEST mag nog niet bestaan. De kopie \
            is van u (bestanden 0600, mappen 0700) en opent als store; `zorg audit verify --store KOPIE` aanvaardt ze. \
            De afgeleide index en tijdelijke bestanden gaan niet mee. Terugzetten: zie docs/store.md.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Een nieuw .tar-bestand of een nieuwe map.") var destination: String

    func run() throws {
        let t = Text(global.lang)
        let office = try StoreAccess.office(global)
        let report: BackupReport
        do {
            report = try StoreAccess.mapped { try office.backup(to: destination) }
        } catch let error as BackupError {
            switch error {
            case .destinationExists: throw CommandError.problems(error.description)
            case .changedDuringCopy: throw CommandError.environment(error.description)
            }
        }
        let size = String(format: "%.1f", Double(report.bytes) / 1_048_576)
        print(t("Backup geschreven: \(report.path) (\(report.format == .tar ? "tar-bestand" : "map")): \(report.dossiers) dossiers, "
                + "\(report.earlierRevisions) eerdere revisies, \(report.otherFiles) andere bestanden, \(size) MB; "
                + "auditspoor tot item \(report.auditSeq).",
                "Backup written: \(report.path) (\(report.format == .tar ? "tar file" : "folder")): \(report.dossiers) dossiers, "
                + "\(report.earlierRevisions) earlier revisions, \(report.otherFiles) other files, \(size) MB; "
                + "audit trail up to entry \(report.auditSeq)."))
    }
}
