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
    @Flag(name: .customLong("include-closed"), help: "Ook gesloten dossiers.") var includeClosed = false
    @Flag(name: .long, help: "Vervang namen en rijksregisternummers (voor rapporten die de dienst verlaten).") var pseudonymize = false
    @Option(name: .long, help: "table, json, csv of md.") var format: Format = .table
    @Option(name: .long, help: "Ook de rechten die binnen zoveel maanden openen of eindigen door een datum (een leeftijd, een duur, een nieuw bedrag); 1 tot 120.")
    var upcoming: Int?
    @Option(name: .long, help: "Hoogstens zoveel regels per deel van de tabel (standaard 20); csv, json en md zijn altijd volledig.")
    var limit: Int?

    func validate() throws {
        if let upcoming, !(1...120).contains(upcoming) { throw ValidationError("--upcoming: 1 tot 120 maanden.") }
        if upcoming != nil, format == .csv || format == .md || duplicates {
            throw ValidationError("--upcoming geeft een tabel of json.")
        }
        if let limit {
            if limit < 0 { throw ValidationError("--limit: 0 of meer regels.") }
            if format != .table || duplicates { throw ValidationError("--limit geldt voor de tabel; csv, json en md zijn altijd volledig.") }
        }
    }

    func run() throws {
        let office = try StoreAccess.office(global)
        let date = asOf?.day ?? Day.today()
        if duplicates {
            let run = try StoreAccess.mapped { try office.duplicates() }
            for p in run.quarantined { FileHandle.standardError.write(Data((p.description + "\n").utf8)) }
            showDuplicates(run.pairs, households: run.households)
            return
        }
        // Outcomes, amounts and missing facts on both cores, and the scan's one audit entry (`Office.scan`).
        let run = try StoreAccess.mapped { try office.scan(asOf: date, pseudonymized: pseudonymize, includingClosed: includeClosed) }!
        for p in run.quarantined { FileHandle.standardError.write(Data((p.description + "\n").utf8)) }
        let scan = run.scan
        let language: RuleLanguage = global.lang == .en ? .en : .nl
        let coming = try upcoming.map { months in
            try StoreAccess.mapped { try office.upcoming(asOf: date, months: months, includingClosed: includeClosed) }
        }
        switch format {
        case .table:
            let rows = limit ?? ScanReport.defaultLimit
            print(ScanReport.text(scan, language: language, limit: rows))
            if let coming, let months = upcoming {
                print("\n" + UpcomingChange.section(coming, months: months, language: language, limit: rows))
            }
        case .md: print(ScanReport.markdown(scan, language: language))
        case .csv: print(ScanReport.csv(scan))
        case .json:
            if let coming {
                print("{\"scan\": " + ScanReport.json(scan) + ",\n\"upcoming\": " + UpcomingChange.json(coming) + "}")
            } else {
                print(ScanReport.json(scan))
            }
        }
    }

    /// The same person in two dossiers, side by side for review.
    func showDuplicates(_ pairs: [DuplicatePair], households: [Household]) {
        let t = Text(global.lang)
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
