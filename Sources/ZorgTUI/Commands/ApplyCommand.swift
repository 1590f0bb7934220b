import ArgumentParser
import CaseModel
import Foundation

/// `zorg apply D RULE [--person N] [--on DATE] [--where TEXT]` records an application for a right;
/// `zorg apply D RULE [--person N] --granted DATE [--amount A] | --refused DATE --reason R | --withdrawn [--on DATE]`
/// records its outcome. Each is a revision of the dossier with its audit entry. A granted right is recorded as
/// received (the module's status on the person, or on the applicant for a household rule).
struct ApplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Een aanvraag voor een recht vastleggen, en later de beslissing (toegekend, geweigerd, ingetrokken).",
        discussion: """
            zorg apply D RULE [--person N] [--on DATUM] [--where TEKST]     de aanvraag
            zorg apply D RULE [--person N] --granted DATUM [--amount BEDRAG]   toegekend (het statuut wordt vastgelegd)
            zorg apply D RULE [--person N] --refused DATUM --reason R         geweigerd
            zorg apply D RULE [--person N] --withdrawn [--on DATUM]           ingetrokken
            --person is nodig voor een recht per persoon (de positie van het lid: 1, 2, …).
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Dossiernummer.") var dossier: String
    @Argument(help: "De regel (zorg rules list), bv. verhoogde-tegemoetkoming.") var rule: String
    @Option(name: .long, help: "Bij een recht per persoon: de positie van het lid.") var person: Int?
    @Option(name: .long, help: "Datum van de aanvraag (of van de intrekking); standaard vandaag.") var on: DayArgument?
    @Option(name: .customLong("where"), help: "Waar de aanvraag ingediend is.") var place: String?
    @Option(name: .long, help: "Toegekend vanaf deze datum.") var granted: DayArgument?
    @Option(name: .long, help: "Bij toekenning: het bedrag (per maand), bv. 1.234,56.") var amount: String?
    @Option(name: .long, help: "Geweigerd op deze datum.") var refused: DayArgument?
    @Option(name: .long, help: "Reden van de weigering.") var reason: String?
    @Flag(name: .long, help: "De aanvraag is ingetrokken.") var withdrawn = false

    func run() throws {
        let t = Text(global.lang)
        let id = try DossierArgument.id(dossier, t)
        let decisions = [granted != nil, refused != nil, withdrawn].filter { $0 }.count
        if decisions > 1 {
            throw CommandError.usage(t("Kies één van --granted, --refused of --withdrawn.", "Choose one of --granted, --refused or --withdrawn."))
        }
        if amount != nil && granted == nil { throw CommandError.usage(t("--amount hoort bij --granted.", "--amount goes with --granted.")) }
        let office = try StoreAccess.office(global)
        let today = Day.today()
        var decision: RightApplication.Decision?
        if let granted {
            var money: Money?
            if let amount {
                guard case .success(let parsed) = Money.parse(amount) else {
                    throw CommandError.usage(t("Geen bedrag: \(amount) (bv. 1.234,56).", "Not an amount: \(amount) (e.g. 1.234,56)."))
                }
                money = parsed
            }
            decision = .granted(from: granted.day, amount: money)
        } else if let refused {
            guard let reason, !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw CommandError.usage(t("Geef --reason bij een weigering.", "Pass --reason with a refusal."))
            }
            decision = .refused(on: refused.day, reason: reason)
        } else if withdrawn {
            decision = .withdrawn(on: on?.day ?? today)
        }
        if let decision {
            let a = try StoreAccess.mapped { try office.decide(id, rule: rule, person: person, decision) }
            print(t("Aanvraag \(a.number) (\(rule)) in \(id): \(Self.state(a, t)).", "Application \(a.number) (\(rule)) in \(id): \(Self.state(a, t))."))
        } else {
            let a = try StoreAccess.mapped { try office.apply(id, rule: rule, person: person, on: on?.day ?? today, place: place) }
            print(t("Aanvraag \(a.number) (\(rule)) vastgelegd in \(id) op \(a.appliedOn.belgian).",
                    "Application \(a.number) (\(rule)) recorded in \(id) on \(a.appliedOn.belgian)."))
        }
    }

    static func state(_ a: RightApplication, _ t: Text) -> String {
        Strings(language: t.language).applicationDecision(a) ?? t("loopt", "pending")
    }
}

/// `zorg applications [--open] [--format table|json|csv]`: the applications recorded in the caseload, with their
/// state and for how long they have been open.
struct ApplicationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "applications",
        abstract: "De aanvragen voor rechten: aangevraagd, toegekend, geweigerd, lopend en hoe lang.")

    enum Format: String, ExpressibleByArgument { case table, json, csv }

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "Alleen de aanvragen die nog lopen.") var open = false
    @Option(name: .long, help: "table, json of csv.") var format: Format = .table
    @Option(name: .customLong("as-of"), help: "Datum waarop de duur geteld wordt; standaard vandaag.") var asOf: DayArgument?

    func run() throws {
        let t = Text(global.lang)
        let office = try StoreAccess.office(global)
        let day = asOf?.day ?? Day.today()
        let rows = try StoreAccess.mapped { try office.applications(openOnly: open) }
        switch format {
        case .json: print(Self.json(rows, day))
        case .csv: print(Self.csv(rows, day), terminator: "")
        case .table:
            if rows.isEmpty { print(t("Geen aanvragen.", "No applications.")) }
            for r in rows {
                let a = r.application
                let who = r.person.map { " · \($0)" } ?? ""
                let age = a.isOpen ? t(" — \(a.age(on: day)) dagen", " — \(a.age(on: day)) days") : ""
                print("\(r.dossier)  \(r.name)\(who)  \(a.rule)  " + t("aangevraagd \(a.appliedOn.belgian)", "applied \(a.appliedOn.belgian)")
                      + (a.place.map { t(" bij \($0)", " at \($0)") } ?? "") + "  " + ApplyCommand.state(a, t) + age)
            }
        }
    }

    static func json(_ rows: [ApplicationRow], _ day: Day) -> String {
        struct Row: Encodable {
            var dossier: String; var number: Int; var rule: String; var person: Int?; var applied_on: String; var place: String?
            var by: String; var state: String; var decided_on: String?; var amount: Decimal?; var reason: String?; var days_open: Int?
        }
        let out = rows.map { r -> Row in
            let a = r.application
            var row = Row(dossier: r.dossier.rawValue, number: a.number, rule: a.rule, person: a.person, applied_on: a.appliedOn.iso,
                          place: a.place, by: a.by, state: a.stateCode, days_open: a.isOpen ? a.age(on: day) : nil)
            switch a.decision {
            case .granted(let from, let amount)?: row.decided_on = from.iso; row.amount = amount?.decimal
            case .refused(let on, let reason)?: row.decided_on = on.iso; row.reason = reason
            case .withdrawn(let on)?: row.decided_on = on.iso
            case nil: break
            }
            return row
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: (try? encoder.encode(out)) ?? Data(), as: UTF8.self)
    }

    static func csv(_ rows: [ApplicationRow], _ day: Day) -> String { ApplicationsCSV.text(rows, asOf: day) }
}
