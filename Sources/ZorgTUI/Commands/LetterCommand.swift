import ArgumentParser
import CaseModel
import Foundation

extension LetterFormat: ExpressibleByArgument {}

/// `zorg letter D`: the letter for the client in plain language (Dutch, French or English) as text, Markdown or an
/// HTML page to print on A4. Reading the dossier is a view in the access log (with the reason); writing the letter
/// is one `letter` audit entry.
struct LetterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letter",
        abstract: "Een brief voor de cliënt in eenvoudige taal: wat het gezin al krijgt, wat het kan aanvragen (waar, wat meebrengen) en de vragen die nog open zijn.",
        discussion: "De brief gaat naar de standaarduitvoer: `zorg letter D --format html > brief.html` en open die in een browser om op A4 te printen. "
            + "--lang nl, fr of en.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Dossiernummer.") var dossier: String
    @Option(name: .customLong("as-of"), help: "De datum van de brief en van de regels (jjjj-mm-dd of dd-mm-jjjj); standaard vandaag.")
    var asOf: DayArgument?
    @Option(name: .long, help: "txt, md of html.") var format: LetterFormat = .txt
    @Option(name: .customLong("access-reason"), help: DossierArgument.accessReasonHelp) var accessReason: String = AccessReason.controleRechten.rawValue

    func run() throws {
        let t = Text(global.lang)
        let id = try DossierArgument.id(dossier, t)
        let why = try DossierArgument.accessReason(accessReason, t)
        let language = LetterLanguage(rawValue: global.requestedLanguage.rawValue) ?? .nl
        let office = try StoreAccess.office(global)
        let text = try StoreAccess.mapped {
            try office.letter(id, asOf: asOf?.day ?? Day.today(), language: language, format: format, reason: why)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
