import ArgumentParser
import CaseModel
import Foundation

/// `zorg users list|grant|revoke`: who may do what in the store (roles.json). Administrators only; every
/// refusal lands in the audit trail (see `Office`, `Permission`).
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Rollen in de store: tonen, toekennen, intrekken (alleen beheerders).",
        discussion: "Rollen: caseworker (maatschappelijk werker), volunteer (vrijwilliger), admin (beheerder).",
        subcommands: [List.self, Grant.self, Revoke.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Toont elke gebruiker met zijn rol.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let office = try StoreAccess.office(global)
            let table = try StoreAccess.mapped { try office.roles() }
            let width = table.roles.keys.map(\.count).max() ?? 0
            for user in table.roles.keys.sorted() {
                print(user.padding(toLength: max(width, 1), withPad: " ", startingAt: 0) + "  " + table.roles[user]!.rawValue)
            }
        }
    }

    struct Grant: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Geeft een gebruiker een rol (of een andere rol).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "De gebruikersnaam van het besturingssysteem.") var user: String
        @Argument(help: "caseworker, volunteer of admin.") var role: String

        func run() throws {
            let t = Text(global.lang)
            try UsersCommand.checkName(user, t)
            guard let granted = Role(rawValue: role.lowercased()) else {
                throw CommandError.usage(t("Onbekende rol \(role): kies caseworker, volunteer of admin.",
                                           "Unknown role \(role): choose caseworker, volunteer or admin."))
            }
            let office = try StoreAccess.office(global)
            try StoreAccess.mapped { try office.grant(granted, to: user) }
            print(t("\(user) is nu \(granted.rawValue).", "\(user) is now \(granted.rawValue)."))
            if getpwnam(user) == nil {
                print(t("Let op: er is geen gebruiker \(user) op deze machine (de rol geldt zodra die bestaat).",
                        "Note: there is no user \(user) on this machine (the role applies once it exists)."))
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Neemt de rol van een gebruiker af.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "De gebruikersnaam van het besturingssysteem.") var user: String

        func run() throws {
            let t = Text(global.lang)
            try UsersCommand.checkName(user, t)
            let office = try StoreAccess.office(global)
            try StoreAccess.mapped {
                do {
                    try office.revoke(user)
                } catch OfficeError.noRole {
                    throw CommandError.problems(t("\(user) heeft geen rol in deze store.", "\(user) has no role in this store."))
                }
            }
            print(t("\(user) heeft geen rol meer.", "\(user) no longer has a role."))
        }
    }

    /// An operating-system user name: letters, digits, `.`, `_`, `-`, at most 32 (useradd's rule, loosely).
    static func checkName(_ user: String, _ t: Text) throws {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        guard !user.isEmpty, user.count <= 32, user.allSatisfy(allowed.contains), !user.hasPrefix("-") else {
            throw CommandError.usage(t("Ongeldige gebruikersnaam \(user.debugDescription).",
                                       "Invalid user name \(user.debugDescription)."))
        }
    }
}
