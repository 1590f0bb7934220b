import ArgumentParser
import CaseModel
import Foundation

/// `zorg merge KEEP OTHER [--dry-run]`: merges a duplicate dossier into the one that stays (see `DossierMerge`).
/// Both are written in one store commit with one `merge` audit entry naming both; OTHER stays readable. A dry run
/// writes a `merge-plan` entry naming both before it shows the plan.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Voeg dubbel dossier OTHER samen in KEEP (OTHER blijft leesbaar, gemarkeerd als samengevoegd).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Het dossier dat blijft.") var keep: String
    @Argument(help: "Het dubbele dossier.") var other: String
    @Flag(name: .customLong("dry-run"), help: "Toon alleen wat er zou gebeuren.") var dryRun = false

    func run() throws {
        let t = Text(global.lang)
        guard let keepID = DossierID(rawValue: keep), let otherID = DossierID(rawValue: other) else {
            throw CommandError.usage(t("Ongeldig dossiernummer.", "Invalid dossier number."))
        }
        let office = try StoreAccess.office(global)
        // The plan shows both dossiers' members (names, addresses): it is printed only once an audit entry names
        // both — the merge itself, or for a dry run a `merge-plan` entry.
        let plan = try StoreAccess.mapped {
            do {
                return try office.mergePlan(keep: keepID, other: otherID, on: Day.today(), show: dryRun)
            } catch let error as DossierMergeError {
                throw CommandError.usage(error.description)
            }
        }
        if !dryRun { try StoreAccess.mapped { try office.merge(plan) } }
        print(plan.lines(language: global.lang == .en ? .en : .nl).joined(separator: "\n"))
        if dryRun {
            print(t("(proef: niets geschreven)", "(dry run: nothing written)"))
            return
        }
        print(t("Samengevoegd.", "Merged."))
    }
}
