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
        let store = try StoreAccess.open(global)
        if volunteers {
            let list = try StoreAccess.mapped { try store.volunteers().volunteers }
            let written: Format = format == .csv ? .csv : .json
            // The volunteers' list holds their names and addresses: one audit entry with their numbers, first.
            _ = try StoreAccess.mapped {
                try store.audit.append(.export, detail: ["format": written.rawValue,
                                                         "volunteers": list.map(\.id.rawValue).sorted().joined(separator: ",")])
            }
            let out = written == .csv ? Data(VolunteerExport.csv(list, raw: raw)) : try HouseholdJSONExport.json(list)
            FileHandle.standardOutput.write(out)
            return
        }
        var households: [Household] = []
        if all {
            let load = try StoreAccess.mapped { try store.loadAll() }
            for p in load.problems { FileHandle.standardError.write(Data((p.description + "\n").utf8)) }
            households = load.households
        } else {
            for raw in dossiers {
                guard let id = DossierID(rawValue: raw) else {
                    throw CommandError.usage(t("Ongeldig dossiernummer: \(raw)", "Invalid dossier number: \(raw)"))
                }
                households.append(try StoreAccess.mapped { try store.load(id) })
            }
        }
        // An export reads personal data: one audit entry names the dossiers.
        _ = try StoreAccess.mapped {
            try store.audit.append(.export, dossiers: households.map(\.id), detail: ["format": format.rawValue])
        }
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
            FileHandle.standardOutput.write(Data(try AccessReport.markdown(households, store: store, language: global.lang).utf8))
        }
    }
}


/// `zorg export --format md`: each dossier's right-of-access copy, read after the export's own audit entry
/// so the access log includes this export.
enum AccessReport {
    static func markdown(_ households: [Household], store: CaseStore, language: Language) throws -> String {
        let ruleLanguage: RuleLanguage = language == .en ? .en : .nl
        let ruleSet = RuleSet.load(for: store).ruleSet
        // The caregiver lookup needs the caseload (as `zorg check` does); only this dossier's results are shown.
        let caseload = try StoreAccess.mapped { try store.loadAll() }
        let lookup = CaregiverIndex(households: caseload.households)
        let today = Day.today()
        let pages = try households.map { h in
            let revisions = try StoreAccess.mapped { try store.revisions(of: h.id) }
            let log = try StoreAccess.mapped { try store.audit.entries(dossier: h.id) }
            let results = ruleSet.evaluate(household: h, asOf: today, lookup: lookup)
            return DossierReport(household: h, revisions: revisions, accessLog: log, results: results,
                                 asOf: today, language: ruleLanguage).markdown
        }
        return pages.joined(separator: "\n---\n\n")
    }
}
