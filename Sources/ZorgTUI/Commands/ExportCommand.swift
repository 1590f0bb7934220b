import ArgumentParser
import CaseModel
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Dossiers naar buiten: csv (opnieuw in te lezen), json (het dossier zoals bewaard) of md (inzage, AVG art. 15).")

    enum Format: String, ExpressibleByArgument { case csv, json, md }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Dossiernummers.") var dossiers: [String] = []
    @Flag(name: .long, help: "Alle dossiers.") var all = false
    @Flag(name: .customLong("include-closed"), help: "Ook gesloten dossiers (met --all).") var includeClosed = false
    @Flag(name: .long, help: "De vrijwilligers in plaats van dossiers.") var volunteers = false
    @Option(name: .long, help: "csv, json of md.") var format: Format = .csv
    @Flag(name: .long, help: "CSV: cellen precies zoals bewaard, zonder de ' die een rekenblad belet =… als formule uit te voeren.")
    var raw = false

    func validate() throws {
        if !volunteers && all == !dossiers.isEmpty {
            throw ValidationError("Geef dossiernummers of --all (niet allebei).")
        }
    }

    func run() throws {
        let t = Text(global.lang)
        let office = try StoreAccess.office(global)
        if volunteers {
            let written: Format = format == .csv ? .csv : .json
            // The volunteers' list holds their names and addresses: one audit entry with their numbers, first.
            let list = try StoreAccess.mapped { try office.exportVolunteers(format: written.rawValue) }
            let out = written == .csv ? Data(VolunteerExport.csv(list, raw: raw)) : try HouseholdJSONExport.json(list)
            FileHandle.standardOutput.write(out)
            return
        }
        let ids = all ? nil : try DossierArgument.ids(dossiers, t)
        // An export reads personal data: the office writes one audit entry naming the dossiers first.
        let export = try StoreAccess.mapped { try office.exportHouseholds(ids, format: format.rawValue, includingClosed: includeClosed) }
        for p in export.quarantined { FileHandle.standardError.write(Data((p.description + "\n").utf8)) }
        let households = export.households
        switch format {
        case .csv:
            let result = ClientListExport.csv(households, raw: raw)
            FileHandle.standardOutput.write(Data(result.bytes))
            for id in result.skipped {
                FileHandle.standardError.write(Data(t("Overgeslagen (geen leden): \(id)\n", "Skipped (no members): \(id)\n").utf8))
            }
        case .json:
            FileHandle.standardOutput.write(try HouseholdJSONExport.json(households))
        case .md:
            FileHandle.standardOutput.write(Data(try AccessReport.markdown(households, office: office, language: global.lang).utf8))
        }
    }
}


/// `zorg export --format md`: each dossier's right-of-access copy, read after the export's own audit entry
/// so the access log includes this export.
enum AccessReport {
    static func markdown(_ households: [Household], office: Office, language: Language) throws -> String {
        let reports = try StoreAccess.mapped {
            try office.accessReports(households, asOf: Day.today(), language: language == .en ? .en : .nl)
        }
        return reports.map(\.markdown).joined(separator: "\n---\n\n")
    }
}
