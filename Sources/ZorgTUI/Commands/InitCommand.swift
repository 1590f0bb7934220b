import ArgumentParser
import CaseModel
import Foundation

/// `zorg init`: an empty store, as docs/store.md describes it, with its first administrator.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Maakt een nieuwe, lege store; de aanroeper (of --admin) wordt de eerste beheerder.",
        discussion: """
            Zonder --store: met --shared de dienststore /var/lib/zorg, anders de eigen map (~/.local/share/zorg). \
            ZORG_STORE telt hier niet: de omgeving beslist niet waar een store komt. Een afwezige map wordt gemaakt; \
            een lege map (of een met alleen lost+found) wordt gebruikt; al het andere wordt geweigerd en blijft zoals \
            het was (exit 1). --shared --group GROEP maakt een store voor een dienstgroep waar niemand lid van is \
            (mappen 2770, bestanden 0660), bereikt via een set-group-id zorg: dat doet root, met --admin NAAM \
            (zie docs/security.md).
            """)

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "Een gedeelde store voor een dienstgroep (root; zie docs/security.md).") var shared = false
    @Option(name: .long, help: "De dienstgroep van een gedeelde store (standaard zorg).") var group: String?
    @Option(name: .long, help: "De eerste beheerder (verplicht wanneer root een gedeelde store maakt).") var admin: String?

    func validate() throws {
        if group != nil && !shared { throw ValidationError("--group hoort bij --shared.") }
    }

    func run() throws {
        let t = Text(global.lang)
        let caller = Identity.current()
        if let admin { try UsersCommand.checkName(admin, t) }
        // root has no role in the service's store unless granted one; its own personal store is its own.
        if getuid() == 0 && admin == nil && shared {
            throw CommandError.usage(t(
                "root heeft geen rol in een gedeelde store; geef de eerste beheerder met --admin GEBRUIKER.",
                "root has no role in a shared store; name the first administrator with --admin USER."))
        }
        let path = try StoreAccess.mapped {
            if let store = global.store, !store.isEmpty { return store }
            return shared ? StoreLocation.serviceStorePath : try StoreLocation.userStore(environment: StoreAccess.environment).path
        }
        let groupName = group ?? "zorg"
        let store = try StoreAccess.mapped {
            try Office.create(at: path, mode: shared ? .shared(group: groupName) : .personal, identity: caller,
                                 administrator: admin)
        }
        let administrator = admin ?? caller.user
        if shared {
            print(t("Gedeelde store gemaakt in \(store.root) voor groep \(groupName) (mappen 2770, bestanden 0660).",
                    "Shared store made at \(store.root) for group \(groupName) (folders 2770, files 0660)."))
        } else {
            print(t("Persoonlijke store gemaakt in \(store.root) (mappen 0700, bestanden 0600).",
                    "Personal store made at \(store.root) (folders 0700, files 0600)."))
        }
        print(t("Eerste beheerder: \(administrator).", "First administrator: \(administrator)."))
        if admin != nil && getpwnam(administrator) == nil {
            print(t("Let op: er is geen gebruiker \(administrator) op deze machine (de rol geldt zodra die bestaat).",
                    "Note: there is no user \(administrator) on this machine (the role applies once it exists)."))
        }
        if shared && getuid() != 0 {
            print(t("Let op: deze map is van u; alleen een store van root, bereikt via een set-group-id zorg, houdt "
                    + "mensen buiten de bestanden (docs/security.md). Tot dan zijn de rollen een afspraak.",
                    "Note: this folder is yours; only a store owned by root, reached through a set-group-id zorg, keeps "
                    + "people out of the files (docs/security.md). Until then the roles are advisory."))
        }
        let option = global.store == nil && shared ? "" : " --store \(store.root)"
        print(t("Verder: zorg users grant GEBRUIKER caseworker\(option)   ·   zorg import clients.csv\(option)",
                "Next: zorg users grant USER caseworker\(option)   ·   zorg import clients.csv\(option)"))
    }
}
