import ArgumentParser
import CaseModel

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Het auditspoor: controleren, verankeren of tonen.",
        subcommands: [Verify.self, Head.self, Log.self, Retention.self, Seal.self]
    )

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Controleert de hash-keten van het auditspoor (exit 1 bij een breuk of een einde dat niet bewezen is) "
                + "en vergelijkt elk dossierbestand met de index.",
            discussion: "Met --expect VOLGNUMMER:HASH (zoals `zorg audit head` het gaf): ook nagaan dat het spoor dat item "
                + "nog bevat, met die hash.")
        @OptionGroup var global: GlobalOptions
        @Option(name: .long, help: "Een anker dat u buiten de store bewaarde: VOLGNUMMER:HASH.") var expect: String?

        func run() throws {
            let t = Text(global.lang)
            var anchor: AuditAnchor?
            if let expect {
                guard let parsed = AuditAnchor(expect) else {
                    throw CommandError.usage(t("--expect \(expect): verwacht VOLGNUMMER:HASH (een getal, een dubbele punt en "
                                               + "64 hexadecimale tekens), zoals `zorg audit head` het toont.",
                                               "--expect \(expect): expected SEQ:HASH (a number, a colon and 64 hexadecimal "
                                               + "characters), as `zorg audit head` prints it."))
                }
                anchor = parsed
            }
            let office = try StoreAccess.office(global)
            // The office writes the `verify` entry when the trail holds.
            let report = try StoreAccess.mapped { try office.verifyAudit(expecting: anchor) }
            let result = report.verification
            if let brk = result.firstBreak {
                let reason = t(brk.reason, brk.english)
                switch brk.kind {
                case .broken:
                    print(t("Auditspoor GEBROKEN op regel \(brk.line): \(reason)", "Audit trail BROKEN at line \(brk.line): \(reason)"))
                    print(t("\(result.validEntries) regels ervoor zijn in orde.", "\(result.validEntries) lines before it are intact."))
                case .endNotProven:
                    print(t("Auditspoor NIET BEWEZEN: \(reason)", "Audit trail NOT PROVEN: \(reason)"))
                    print(t("De keten van de \(result.validEntries) regels is intact, maar voor het einde van het logboek kan "
                            + "Zorg niet instaan.",
                            "The chain of the \(result.validEntries) lines is intact, but Zorg cannot vouch for the end of the log."))
                }
            }
            if let anchor, let check = report.expected {
                let headline: String
                switch check {
                case .present, .confirmedByCheckpoint: headline = t("Anker in orde: ", "Anchor holds: ")
                case .sealedAway: headline = t("Anker niet meer te controleren: ", "Anchor can no longer be checked: ")
                default: headline = t("Anker klopt NIET: ", "Anchor does NOT hold: ")
                }
                print(headline + check.message(anchor, english: t.language == .en) + ".")
                if !check.holds, result.isIntact {
                    print(t("De keten zelf is intact (\(result.validEntries) regels).",
                            "The chain itself is intact (\(result.validEntries) lines)."))
                }
            }
            if let index = report.index { print(Self.indexLine(index, t)) }
            guard report.holds else { throw ExitCode(ExitStatus.problems.rawValue) }
            print(t("Auditspoor in orde: \(result.validEntries) regels, keten intact.",
                    "Audit trail intact: \(result.validEntries) entries, chain unbroken."))
        }

        /// What comparing every dossier file with the caseload index found.
        static func indexLine(_ index: CaseloadIndexReport, _ t: Text) -> String {
            let changed = index.fromFiles, gone = index.removed
            guard changed + gone > 0 else {
                return t("Dossierbestanden: alle \(index.fromIndex) komen overeen met de index.",
                         "Dossier files: all \(index.fromIndex) match the index.")
            }
            return t("Dossierbestanden: \(changed) gewijzigd of nieuw en \(gone) verdwenen sinds de index ze las (buiten Zorg "
                     + "om, of door een schrijver die werd onderbroken); de index is bijgewerkt.",
                     "Dossier files: \(changed) changed or new and \(gone) gone since the index read them (outside Zorg, "
                     + "or by a writer that was cut off); the index is brought up to date.")
        }
    }

    struct Head: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Toont het laatste item van het auditspoor als VOLGNUMMER:HASH, om buiten de store te bewaren "
                + "(alleen beheerders).",
            discussion: "Later toont `zorg audit verify --expect VOLGNUMMER:HASH` of het spoor dat item nog bevat: wie het "
                + "logboek inkort of herschrijft, ook samen met audit/head.json, valt dan op. Een gebroken spoor krijgt "
                + "geen anker (exit 1).")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let t = Text(global.lang)
            let office = try StoreAccess.office(global)
            let report = try StoreAccess.mapped { try office.auditHead() }
            guard let last = report.last, report.holds else {
                let why = report.verification.firstBreak.map { t($0.reason, $0.english) } ?? t("het logboek is leeg", "the log is empty")
                throw CommandError.problems(t("Geen anker: het auditspoor is niet in orde (\(why)). Een anker zou dat "
                                              + "vastleggen; zoek eerst uit wat er gebeurd is (`zorg audit verify`).",
                                              "No anchor: the audit trail is not intact (\(why)). An anchor would seal that "
                                              + "in; find out first what happened (`zorg audit verify`)."))
            }
            print(last.description)
        }
    }

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Toont het auditspoor, eventueel van één dossier.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Alleen de regels over dit dossier.") var dossier: String?

        func run() throws {
            let office = try StoreAccess.office(global)
            try StoreAccess.mapped { try office.require(.readCases) }
            var id: DossierID?
            if let dossier {
                guard let parsed = DossierID(rawValue: dossier) else {
                    throw CommandError.usage(Text(global.lang)("Ongeldig dossiernummer: \(dossier)", "Invalid dossier number: \(dossier)"))
                }
                id = parsed
            }
            let entries = try StoreAccess.mapped { try office.auditEntries(dossier: id) }
            for e in entries {
                let details = e.detail.keys.sorted().map { "\($0)=\(e.detail[$0]!)" }.joined(separator: " ")
                let dossiers = e.dossiers.count > 5 ? "\(e.dossiers.count) dossiers" : e.dossiers.joined(separator: ",")
                print([String(e.seq), e.time, e.user, e.action.rawValue, dossiers, details]
                    .filter { !$0.isEmpty }.joined(separator: "  "))
            }
        }
    }
}
