import ArgumentParser
import CaseModel
import Foundation

/// `zorg offices show | set FILE`: the offices' addresses and opening hours that letters name (administrators).
struct OfficesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "offices",
        abstract: "De adressen en openingsuren van de diensten die een brief noemt (alleen beheerders).",
        subcommands: [Show.self, Set.self])

    /// `zorg offices show`: the offices file as the store has it (else the built-in list), to edit and set again.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Toont het kantorenbestand van de store (of de ingebouwde lijst voor Genk) in YAML, om aan te passen.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let t = Text(global.lang)
            let office = try StoreAccess.office(global)
            let (offices, builtIn) = try StoreAccess.mapped { try office.offices() }
            if builtIn {
                FileHandle.standardError.write(Data(t("zorg: deze store heeft nog geen eigen kantorenbestand; dit is de ingebouwde lijst voor Genk.\n",
                                                      "zorg: this store has no offices file of its own yet; this is the built-in list for Genk.\n").utf8))
            }
            FileHandle.standardOutput.write(Data(offices.text.utf8))
        }
    }

    /// `zorg offices set FILE`: replaces the store's offices; a file that does not read is refused with its line.
    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Vervangt de kantoren van de store door dit YAML-bestand (alleen beheerders; één audit-item).",
            discussion: "Een fout bestand wordt geweigerd met regel en reden; de oude gegevens blijven dan.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Het YAML-bestand (zie `zorg offices show`).") var file: String

        func run() throws {
            let t = Text(global.lang)
            let office = try StoreAccess.office(global)
            let offices = try StoreAccess.mapped {
                try PersonalFileArgument.working(on: file, t) {
                    do {
                        return try office.setOffices(file: file)
                    } catch let error as OfficesFileError {
                        throw CommandError.problems(error.description)
                    }
                }
            }
            print(t("Kantoren gezet: \(offices.offices.count).", "Offices set: \(offices.offices.count)."))
        }
    }
}
