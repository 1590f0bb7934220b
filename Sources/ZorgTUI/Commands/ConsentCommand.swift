import ArgumentParser
import CaseModel
import Foundation

/// `zorg consent DOSSIER [give|withdraw]`: the client's consent records. Listing records a view in the access
/// log; giving or withdrawing is a normal save of the dossier (revision checked, one `consent` audit entry).
struct ConsentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consent",
        abstract: "Toestemmingen van een dossier: tonen, vastleggen (give) of intrekken (withdraw).",
        discussion: """
            zorg consent D                          toont alle toestemmingen met hun stand
            zorg consent D give --purpose buddy --by 1 [--on DATUM] [--scope naam-adres,talen,…]
            zorg consent D give --purpose andere --text "…" --by 85.07.30-033.28
            zorg consent D withdraw 2 --reason "…" [--on DATUM]
            Doelen: housing-first, buddy, andere. Bereik: \(ConsentCategory.allCases.map(\.rawValue).joined(separator: ", ")).
            Zonder --scope geldt het standaardbereik van het doel (inkomen nooit standaard).
            """)

    enum Action: String, ExpressibleByArgument { case list, give, withdraw }
    enum Format: String, ExpressibleByArgument { case table, json }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Dossiernummer.") var dossier: String
    @Argument(help: "list (standaard), give of withdraw.") var action: Action = .list
    @Argument(help: "Bij withdraw: het nummer van de toestemming.") var number: Int?
    @Option(name: .long, help: "housing-first, buddy of andere.") var purpose: String?
    @Option(name: .long, help: "Omschrijving van het doel (verplicht bij andere).") var text: String?
    @Option(name: .long, help: "Wie toestemt: positie van het lid (1, 2, …) of rijksregisternummer.") var by: String?
    @Option(name: .long, help: "Datum van de toestemming of intrekking; standaard vandaag.") var on: DayArgument?
    @Option(name: .long, help: "Soorten gegevens, met komma's gescheiden.") var scope: String?
    @Option(name: .long, help: "Reden van de intrekking.") var reason: String?
    @Option(name: .long, help: "table of json (bij list).") var format: Format = .table
    @Option(name: .customLong("access-reason"), help: "Waarom het dossier gelezen wordt (bij list): intake, opvolging, controle-rechten, correctie, housing-first, buddy, andere.")
    var accessReason: String = AccessReason.opvolging.rawValue

    func run() throws {
        let c = try DossierCommand(dossier, global)
        let (t, id, office, today) = (c.t, c.id, c.office, c.today)
        switch action {
        case .list:
            let why = try DossierArgument.accessReason(accessReason, t)
            let h = try StoreAccess.mapped { try office.open(id, reason: why) }
            print(format == .json ? Self.json(h) : Self.table(h, today: today, t))
        case .give:
            guard let raw = purpose, let p = ConsentPurpose(rawValue: raw.lowercased()) ?? (raw.lowercased() == "other" ? .other : nil) else {
                throw CommandError.usage(t("Geef --purpose housing-first, buddy of andere.", "Pass --purpose housing-first, buddy or other."))
            }
            var categories = p.defaultScope
            if let scope {
                categories = []
                for code in scope.split(separator: ",").map(String.init) where !code.trimmingCharacters(in: .whitespaces).isEmpty {
                    guard let c = ConsentCategory(code: code) else {
                        throw CommandError.usage(t("Onbekend bereik: \(code). Kies uit \(ConsentCategory.allCases.map(\.rawValue).joined(separator: ", ")).",
                                                   "Unknown scope: \(code). Choose from \(ConsentCategory.allCases.map(\.english).joined(separator: ", "))."))
                    }
                    categories.append(c)
                }
            }
            // Loaded, changed and saved by the office (revision checked, one `consent` entry).
            var record: ConsentRecord?
            let saved = try StoreAccess.mapped {
                try office.change(id) { h in
                    guard let who = by, let giver = Self.giver(who, in: h) else {
                        throw CommandError.usage(t("Geef --by: de positie van het lid (1–\(h.members.count)) of zijn rijksregisternummer.",
                                                   "Pass --by: the member's position (1–\(h.members.count)) or national number."))
                    }
                    do {
                        record = try h.giveConsent(p, purposeText: text, givenOn: on?.day ?? today, givenBy: giver,
                                                   scope: categories, recordedBy: office.user, recordedOn: today)
                    } catch let error as ConsentError {
                        throw CommandError.usage(error.description)
                    }
                }
            }
            print(t("Toestemming \(record!.number) vastgelegd in \(id) (revisie \(saved.revision)).",
                    "Consent \(record!.number) recorded in \(id) (revision \(saved.revision))."))
        case .withdraw:
            guard let number else {
                throw CommandError.usage(t("Geef het nummer van de toestemming: zorg consent \(id) withdraw N --reason …",
                                           "Pass the consent's number: zorg consent \(id) withdraw N --reason …"))
            }
            let saved = try StoreAccess.mapped {
                try office.change(id) { h in
                    do {
                        try h.withdrawConsent(number, on: on?.day ?? today, reason: reason ?? "", by: office.user)
                    } catch ConsentError.reasonRequired {
                        throw CommandError.usage(t("Geef --reason: een intrekking heeft een reden nodig.", "Pass --reason: a withdrawal needs a reason."))
                    } catch let error as ConsentError {
                        throw CommandError.problems(error.description)
                    }
                }
            }
            print(t("Toestemming \(number) ingetrokken in \(id) (revisie \(saved.revision)).",
                    "Consent \(number) withdrawn in \(id) (revision \(saved.revision))."))
        }
    }

    /// `2` (a position) or a national number of a member.
    static func giver(_ text: String, in h: Household) -> ConsentGiver? {
        if let n = Int(text), h.members.indices.contains(n - 1) {
            return ConsentGiver(nationalNumber: h.members[n - 1].nationalNumber, position: n)
        }
        guard let number = NationalNumber(text), let i = h.members.firstIndex(where: { $0.nationalNumber == number }) else { return nil }
        return ConsentGiver(nationalNumber: number, position: i + 1)
    }

    static func table(_ h: Household, today: Day, _ t: Text) -> String {
        var lines = [t("Toestemmingen van \(h.id):", "Consents of \(h.id):")]
        for c in h.consentRecords {
            let state = c.withdrawal.map { t("ingetrokken op \($0.on.belgian) (\($0.reason))", "withdrawn on \($0.on.belgian) (\($0.reason))") }
                ?? (c.isActive(on: today) ? t("actief", "active") : t("vanaf \(c.givenOn.belgian)", "from \(c.givenOn.belgian)"))
            lines.append("  \(c.number). \(c.purpose.rawValue)" + (c.purposeText.map { " (\($0))" } ?? "")
                         + t("  gegeven \(c.givenOn.belgian) door \(c.givenBy.display(in: h))", "  given \(c.givenOn.belgian) by \(c.givenBy.display(in: h))")
                         + "  " + state)
            lines.append("     " + t("bereik: ", "scope: ") + c.scope.map { t.language == .en ? $0.english : $0.rawValue }.joined(separator: ", ")
                         + t("; vastgelegd door \(c.recordedBy) op \(c.recordedOn.belgian)", "; recorded by \(c.recordedBy) on \(c.recordedOn.belgian)"))
        }
        if h.consentOnFromImport, let d = h.consentOn {
            lines.append(t("  toestemming (Housing First) \(d.belgian): uit import, bereik niet vastgelegd",
                           "  consent (Housing First) \(d.belgian): from an import, scope not recorded"))
        }
        if lines.count == 1 { lines.append(t("  geen", "  none")) }
        return lines.joined(separator: "\n")
    }

    static func json(_ h: Household) -> String {
        struct Out: Encodable {
            var dossier: String
            var consents: [ConsentRecord]
            var imported_consent_on: String?
        }
        let out = Out(dossier: h.id.rawValue, consents: h.consentRecords,
                      imported_consent_on: h.consentOnFromImport ? h.consentOn?.iso : nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: (try? encoder.encode(out)) ?? Data(), as: UTF8.self)
    }
}
