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
    @Flag(name: .long, help: "Zoek dezelfde persoon in meerdere dossiers (zelfde rijksregisternummer, of bijna dezelfde naam en dezelfde geboortedatum).")
    var duplicates = false
    @Flag(name: .long, help: "Vervang namen en rijksregisternummers (voor rapporten die de dienst verlaten).") var pseudonymize = false
    @Option(name: .long, help: "table, json, csv of md.") var format: Format = .table

    func run() throws {
        let store = try StoreAccess.open(global)
        let date = asOf?.day ?? Day.today()
        let caseload = try StoreAccess.mapped { try store.loadAll() }
        for p in caseload.problems { FileHandle.standardError.write(Data((p.description + "\n").utf8)) }
        if duplicates {
            try showDuplicates(caseload.households, store: store)
            return
        }
        let ruleSet = RuleSet.load(for: store).ruleSet
        let lookup = CaregiverIndex(households: caseload.households)
        // Outcomes, amounts and missing facts on both cores; the scan does not print the reasons behind them.
        var scan = CaseloadScan.run(households: caseload.households, ruleSet: ruleSet, asOf: date, lookup: lookup)!
        if pseudonymize { scan = scan.pseudonymized() }
        // A caseload-wide scan is one audit entry, not one per dossier.
        try StoreAccess.mapped {
            try CaseloadScan.record(in: store, asOf: date, dossiers: caseload.households.count, pseudonymized: pseudonymize)
        }
        let language: RuleLanguage = global.lang == .en ? .en : .nl
        switch format {
        case .table: print(ScanReport.text(scan, language: language))
        case .md: print(ScanReport.markdown(scan, language: language))
        case .csv: print(ScanReport.csv(scan))
        case .json: print(ScanReport.json(scan))
        }
    }

    /// The same person in two dossiers, side by side for review.
    func showDuplicates(_ households: [Household], store: CaseStore) throws {
        let t = Text(global.lang)
        let pairs = DuplicateFinder.find(in: households)
        _ = try StoreAccess.mapped { try store.audit.append(.scan, detail: ["duplicates": String(pairs.count)]) }
        let byID = Dictionary(households.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        print(t("Mogelijke dubbels: \(pairs.count)", "Possible duplicates: \(pairs.count)"))
        for p in pairs {
            guard let a = byID[p.first.dossier]?.members[p.first.member], let b = byID[p.second.dossier]?.members[p.second.member] else { continue }
            func side(_ d: DossierID, _ m: Person) -> String {
                let name = pseudonymize ? t("persoon", "person") : m.fullName
                let number = m.nationalNumber.map { pseudonymize ? "" : $0.masked } ?? "—"
                return "\(d)  \(name)  \(m.birthDate?.belgian ?? "?")  \(number)"
            }
            print("  \(side(p.first.dossier, a))")
            print("  \(side(p.second.dossier, b))   [\(p.basis.rawValue), \(p.similarity)%]")
            print("")
        }
    }
}
