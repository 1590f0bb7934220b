import ArgumentParser
import CaseModel
import Foundation

struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Proactieve opsporing over de hele caseload: onderbescherming, energiearmoede, multiprobleemgezinnen, "
            + "Housing First-wachtlijst, opvolgingen over datum.")

    enum Format: String, ExpressibleByArgument { case table, json, csv, md }

    @OptionGroup var global: GlobalOptions
    @Option(name: .customLong("as-of"), help: "Datum; standaard vandaag.") var asOf: DayArgument?
    @Flag(name: .long, help: "Vervang namen en rijksregisternummers (voor rapporten die de dienst verlaten).") var pseudonymize = false
    @Option(name: .long, help: "table, json, csv of md.") var format: Format = .table

    func run() throws {
        let store = try StoreAccess.open(global)
        let date = asOf?.day ?? Day.today()
        let caseload = try StoreAccess.mapped { try store.loadAll() }
        for p in caseload.problems { FileHandle.standardError.write(Data((p.description + "\n").utf8)) }
        let ruleSet = RuleSet.load(for: store).ruleSet
        let lookup = CaregiverIndex(households: caseload.households)
        let results = caseload.households.map { ruleSet.evaluate(household: $0, asOf: date, lookup: lookup) }
        var scan = CaseloadScan(households: caseload.households, results: results, ruleSet: ruleSet, asOf: date)
        if pseudonymize { scan = scan.pseudonymized() }
        // A caseload-wide scan is one audit entry, not one per dossier.
        _ = try StoreAccess.mapped {
            try store.audit.append(.scan, detail: ["as_of": date.iso, "dossiers": String(caseload.households.count),
                                                   "pseudonymized": pseudonymize ? "yes" : "no"])
        }
        let language: RuleLanguage = global.lang == .en ? .en : .nl
        switch format {
        case .table: print(ScanReport.text(scan, language: language))
        case .md: print(ScanReport.markdown(scan, language: language))
        case .csv: print(ScanReport.csv(scan))
        case .json: print(ScanReport.json(scan))
        }
    }
}
