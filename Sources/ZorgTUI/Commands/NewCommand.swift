import ArgumentParser
import CaseModel
import Foundation

/// `zorg new --from-csv FILE [--despite-duplicate]`: a new household at the desk from one household's rows in the
/// import's columns (docs/import-format.md; the `dossier` column's value is ignored). The number is the year's
/// next `JJJJ-NNNNN`. A person who may already be in a stored dossier (closed ones too) stops it (exit 1) unless
/// `--despite-duplicate`.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Een nieuw huishouden registreren (nummer JJJJ-NNNNN wordt toegekend).",
        discussion: """
            Het bestand bevat de rijen van één huishouden in de kolommen van de import (docs/import-format.md);
            de waarde in de kolom dossier wordt genegeerd, maar is voor alle rijen dezelfde.
            Staat iemand mogelijk al in een dossier (zelfde rijksregisternummer, of bijna dezelfde naam en
            dezelfde geboortedatum; ook gesloten dossiers), dan stopt zorg new (exit 1), tenzij --despite-duplicate.
            """)

    @OptionGroup var global: GlobalOptions
    @Option(name: .customLong("from-csv"), help: "CSV-bestand met de rijen van één huishouden.") var file: String
    @Flag(name: .customLong("despite-duplicate"), help: "Toch registreren wanneer iemand al in een dossier lijkt te staan.")
    var despiteDuplicate = false

    func run() throws {
        let t = Text(global.lang)
        let office = try StoreAccess.office(global)
        let today = Day.today()
        let read = try StoreAccess.mapped { try office.household(fromFile: file, today: today) }
        guard let household = read.household else {
            throw CommandError.problems(read.problems.joined(separator: "\n"))
        }
        let duplicates = try StoreAccess.mapped { try office.possibleDuplicates(of: household) }
        for d in duplicates {
            FileHandle.standardError.write(Data((Self.describe(d, t) + "\n").utf8))
        }
        if !duplicates.isEmpty && !despiteDuplicate {
            throw CommandError.problems(t("Niets geregistreerd: bekijk de dossiers hierboven (zorg export D), of registreer toch met --despite-duplicate.",
                                          "Nothing registered: look at the dossiers above (zorg export D), or register anyway with --despite-duplicate."))
        }
        let saved = try StoreAccess.mapped { try office.register(household, today: today) }
        print(t("Dossier \(saved.id) gemaakt met \(saved.members.count) leden (consulent \(saved.consulent ?? "—")).",
                "Dossier \(saved.id) made with \(saved.members.count) members (caseworker \(saved.consulent ?? "—"))."))
    }

    static func describe(_ d: PossibleDuplicate, _ t: Text) -> String {
        let basis = d.basis == .nationalNumber ? t("zelfde rijksregisternummer", "same national number")
            : t("(bijna) dezelfde naam en dezelfde geboortedatum", "(nearly) the same name and the same birth date")
        let closed = d.closed ? t(" (gesloten)", " (closed)") : ""
        return t("mogelijk dubbel: lid \(d.newMember) ↔ dossier \(d.dossier)\(closed), lid \(d.storedMember): \(basis)",
                 "possible duplicate: member \(d.newMember) ↔ dossier \(d.dossier)\(closed), member \(d.storedMember): \(basis)")
    }
}
