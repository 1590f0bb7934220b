import ArgumentParser
import CaseModel
import Foundation

/// `zorg close D --reason R [--on DATE]`: closes a dossier. It leaves the caseload list, `check --all`,
/// `export --all` and the scan (unless `--include-closed`) and keeps its history.
struct CloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "Een dossier sluiten (met reden en datum); het blijft bewaard met zijn historiek.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Dossiernummer.") var dossier: String
    @Option(name: .long, help: "Waarom het dossier sluit.") var reason: String
    @Option(name: .long, help: "Datum van sluiting (vandaag of vroeger); standaard vandaag.") var on: DayArgument?

    func run() throws {
        let c = try DossierCommand(dossier, global)
        let (t, id, office, today) = (c.t, c.id, c.office, c.today)
        let saved = try StoreAccess.mapped { try office.close(id, on: on?.day ?? today, reason: reason, today: today) }
        print(t("Dossier \(id) gesloten op \((on?.day ?? today).belgian) (revisie \(saved.revision)).",
                "Dossier \(id) closed on \((on?.day ?? today).belgian) (revision \(saved.revision))."))
    }
}

/// `zorg reopen D`: a closed dossier is open again.
struct ReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reopen", abstract: "Een gesloten dossier heropenen.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Dossiernummer.") var dossier: String

    func run() throws {
        let c = try DossierCommand(dossier, global)
        let (t, id) = (c.t, c.id)
        let saved = try StoreAccess.mapped { try c.office.reopen(id) }
        print(t("Dossier \(id) is heropend (revisie \(saved.revision)).", "Dossier \(id) is open again (revision \(saved.revision))."))
    }
}
