import ArgumentParser
import CaseModel

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Het auditspoor: controleren of tonen.",
        subcommands: [Verify.self, Log.self, Retention.self, Seal.self]
    )

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Controleert de hash-keten van het auditspoor (exit 1 bij een breuk).")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let store = try StoreAccess.open(global, allowed: [.admin, .caseworker])
            let result = try StoreAccess.mapped { try store.audit.verify() }
            let t = Text(global.lang)
            if let brk = result.firstBreak {
                print(t("Auditspoor GEBROKEN op regel \(brk.line): \(brk.reason)",
                        "Audit trail BROKEN at line \(brk.line): \(brk.reason)"))
                print(t("\(result.validEntries) regels ervoor zijn in orde.", "\(result.validEntries) lines before it are intact."))
                throw ExitCode(ExitStatus.problems.rawValue)
            }
            _ = try StoreAccess.mapped { try store.audit.append(.verify, detail: ["entries": String(result.validEntries)]) }
            print(t("Auditspoor in orde: \(result.validEntries) regels, keten intact.",
                    "Audit trail intact: \(result.validEntries) entries, chain unbroken."))
        }
    }

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Toont het auditspoor, eventueel van één dossier.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Alleen de regels over dit dossier.") var dossier: String?

        func run() throws {
            let store = try StoreAccess.open(global, allowed: [.admin, .caseworker])
            var id: DossierID?
            if let dossier {
                guard let parsed = DossierID(rawValue: dossier) else {
                    throw CommandError.usage(Text(global.lang)("Ongeldig dossiernummer: \(dossier)", "Invalid dossier number: \(dossier)"))
                }
                id = parsed
            }
            let entries = try StoreAccess.mapped { try store.audit.entries(dossier: id) }
            for e in entries {
                let details = e.detail.keys.sorted().map { "\($0)=\(e.detail[$0]!)" }.joined(separator: " ")
                let dossiers = e.dossiers.count > 5 ? "\(e.dossiers.count) dossiers" : e.dossiers.joined(separator: ",")
                print([String(e.seq), e.time, e.user, e.action.rawValue, dossiers, details]
                    .filter { !$0.isEmpty }.joined(separator: "  "))
            }
        }
    }
}
