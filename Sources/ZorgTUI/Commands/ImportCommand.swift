import ArgumentParser
import CaseModel
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Leest een cliëntenlijst (of met --volunteers een vrijwilligerslijst) in.",
        discussion: "Het formaat staat in docs/import-format.md. Exit 1 wanneer rijen geweigerd werden.")

    enum Format: String, ExpressibleByArgument { case text, json }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Het CSV-bestand.") var file: String
    @Flag(name: .long, help: "Een vrijwilligerslijst in plaats van een cliëntenlijst.") var volunteers = false
    @Flag(name: .long, help: "Toon wat er zou gebeuren en schrijf niets.") var dryRun = false
    @Option(name: .long, help: "Schrijf de geweigerde rijen (met een kolom reden) naar dit bestand.") var rejects: String?
    @Flag(name: .long, help: "Importeer niets wanneer één rij geweigerd wordt.") var allOrNothing = false
    @Flag(name: .long, help: "Vervang een bestaand --rejects-bestand (anders geweigerd).") var overwrite = false
    @Option(name: .long, help: "Uitvoer: text of json.") var format: Format = .text

    func run() throws {
        let t = Text(global.lang)
        let office = try StoreAccess.office(global)
        try StoreAccess.mapped { try office.require(.importLists) }
        // A rejects file is a new file of the administrator's, unless she says to replace one: refused before
        // anything is imported, so nothing is half done.
        if let rejects, !overwrite, Office.personalFileExists(rejects) {
            throw CommandError.problems(t("\(rejects) bestaat al; kies een nieuwe naam of geef --overwrite (er is niets ingelezen).",
                                          "\(rejects) already exists; choose a new name or pass --overwrite (nothing was imported)."))
        }
        // The list is the administrator's own file: the office reads it with her rights, never the service group's.
        let plan = try StoreAccess.mapped {
            do {
                return try office.planImport(file: file, kind: volunteers ? .volunteers : .clients, allOrNothing: allOrNothing,
                                              today: Day.today())
            } catch let error as PersonalFileError {
                throw CommandError.environment(t("Kan \(file) niet lezen (\(error.reason)).", "Cannot read \(file) (\(error.reason))."))
            }
        }
        let language: ImportLanguage = global.lang == .en ? .en : .nl
        var written = 0
        if !dryRun { written = try StoreAccess.mapped { try office.commitImport(plan) } }
        if let rejects, let bytes = plan.rejectsFile(language: language) {
            try Self.writePrivately(Data(bytes), to: rejects, overwrite: overwrite, t)
        }
        switch format {
        case .text:
            print(plan.summary(language: language, dryRun: dryRun))
            if !dryRun {
                print(t("Opgeslagen: \(written) \(volunteers ? "vrijwilligers" : "dossiers"). Afgewezen rijen zijn niet ingelezen; de store bevat de goede rijen.",
                        "Saved: \(written) \(volunteers ? "volunteers" : "dossiers"). Rejected rows were not imported; the store holds the good rows."))
            }
        case .json: FileHandle.standardOutput.write(plan.json(language: language, dryRun: dryRun) + Data("\n".utf8))
        }
        if plan.hasProblems { throw ExitCode(ExitStatus.problems.rawValue) }
    }

    /// The rejects file holds personal data in full: created new (never through a link), 0600, with the
    /// administrator's own rights; an existing file only with `overwrite`.
    static func writePrivately(_ data: Data, to path: String, overwrite: Bool, _ t: Text) throws {
        do {
            guard try Office.writePersonalFile(data, to: path, overwrite: overwrite) else {
                throw CommandError.problems(t("\(path) bestaat al; geef --overwrite om het te vervangen.",
                                              "\(path) already exists; pass --overwrite to replace it."))
            }
        } catch let error as CommandError {
            throw error
        } catch {
            let reason = (error as? PersonalFileError)?.reason ?? String(describing: error)
            throw CommandError.environment(t("Kan \(path) niet schrijven: \(reason)", "Cannot write \(path): \(reason)"))
        }
    }
}
