import ArgumentParser
import CaseModel
import Foundation

/// `zorg audit retention [MAANDEN|uit]` and `zorg audit seal`: how long the access log keeps its entries, and
/// taking out what is older while the rest of the chain still verifies (docs/security.md).
extension AuditCommand {
    struct Retention: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Toont of zet de bewaartermijn van het auditspoor (in maanden; `uit` = onbeperkt).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Nieuwe termijn in maanden, of `uit`. Zonder: de huidige termijn tonen.") var months: String?

        func run() throws {
            let t = Text(global.lang)
            guard let months else {
                let office = try StoreAccess.office(global)
                let current = try StoreAccess.mapped { try office.auditRetention() }
                print(current.map { t("Bewaartermijn auditspoor: \($0.months) maanden.", "Audit retention: \($0.months) months.") }
                      ?? t("Bewaartermijn auditspoor: onbeperkt (niets wordt verzegeld).",
                           "Audit retention: unlimited (nothing is sealed)."))
                return
            }
            let value: AuditRetention?
            if ["uit", "off", "onbeperkt"].contains(months.lowercased()) {
                value = nil
            } else if let n = Int(months), (1...1200).contains(n) {
                value = AuditRetention(months: n)
            } else {
                throw CommandError.usage(t("Termijn \(months): geef een aantal maanden (1–1200) of `uit`.",
                                           "Retention \(months): give a number of months (1–1200) or `off`."))
            }
            let office = try StoreAccess.office(global)
            try StoreAccess.mapped { try office.setAuditRetention(value) }
            print(value.map { t("Bewaartermijn gezet op \($0.months) maanden. `zorg audit seal` verzegelt wat ouder is.",
                                "Retention set to \($0.months) months. `zorg audit seal` seals what is older.") }
                  ?? t("Bewaartermijn uitgezet: het auditspoor houdt alles.", "Retention off: the audit trail keeps everything."))
        }
    }

    struct Seal: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verzegelt de audit-items ouder dan de bewaartermijn (of --before): ze gaan uit het logboek, "
                + "de keten blijft controleerbaar vanaf een checkpoint.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Verzegel wat ouder is dan deze datum (dd-mm-jjjj): niet in de toekomst, niet binnen de bewaartermijn (zonder termijn: minstens een jaar geleden). Zonder: de bewaartermijn.")
        var before: DayArgument?
        @Option(help: "Schrijf de verzegelde regels eerst naar dit nieuwe bestand (0600), voor het archief.") var archive: String?
        @Flag(name: .customLong("dry-run"), help: "Alleen tonen wat verzegeld zou worden.") var dryRun = false

        func run() throws {
            let t = Text(global.lang)
            let office = try StoreAccess.office(global)
            // The office decides the cut (the store's rule for --before, else the retention) and seals.
            let (result, cutDay) = try StoreAccess.mapped {
                do {
                    return try office.sealAudit(before: before?.day, archive: archive, dryRun: dryRun, today: Day.today())
                } catch OfficeError.sealCutRefused(let refusal) {
                    // A well-formed date the store's rule refuses, like a role refusal: exit 1, nothing changed.
                    throw CommandError.problems(refusal.message(english: global.lang == .en))
                } catch OfficeError.noRetention {
                    throw CommandError.usage(t("Geen bewaartermijn gezet: `zorg audit retention MAANDEN`, of geef --before DATUM.",
                                               "No retention set: `zorg audit retention MONTHS`, or pass --before DATE."))
                } catch let error as AuditSealError {
                    throw CommandError.problems(error.description)
                }
            }
            let cut = cutDay.belgian
            if result.sealedEntries == 0 {
                print(t("Niets te verzegelen: geen audit-items van voor \(cut). \(result.keptEntries) items blijven.",
                        "Nothing to seal: no audit entries before \(cut). \(result.keptEntries) entries stay."))
                return
            }
            let span = "\(result.oldest ?? "?") – \(result.newest ?? "?")"
            if dryRun {
                print(t("Zou \(result.sealedEntries) items van voor \(cut) verzegelen (\(span)); \(result.keptEntries) blijven.",
                        "Would seal \(result.sealedEntries) entries before \(cut) (\(span)); \(result.keptEntries) stay."))
                return
            }
            print(t("\(result.sealedEntries) items van voor \(cut) verzegeld (\(span)); de keten begint nu bij checkpoint "
                    + "\(result.checkpoint!.seq) en blijft controleerbaar (`zorg audit verify`).",
                    "Sealed \(result.sealedEntries) entries before \(cut) (\(span)); the chain now starts at checkpoint "
                    + "\(result.checkpoint!.seq) and still verifies (`zorg audit verify`)."))
            if let archive { print(t("Archief: \(archive)", "Archive: \(archive)")) }
        }
    }
}
