import ArgumentParser
import CaseModel

/// `--lang nl|en` (the language type lives in Localization/).
extension Language: ExpressibleByArgument {}

/// The language asked for on the command line: `nl`, `en`, or `fr`, which only `zorg letter` speaks.
enum LanguageChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
    case nl, fr, en
}

/// Options every command takes (cli.md "Common to every command").
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "De store (map). Anders ZORG_STORE, /var/lib/zorg of de gebruikersmap.")
    var store: String?

    @Option(name: .customLong("lang"), help: "Taal van de uitvoer: nl of en (fr alleen voor zorg letter).")
    var requestedLanguage: LanguageChoice = .nl

    /// The language of every command but `zorg letter`: Dutch or English.
    var lang: Language { requestedLanguage == .en ? .en : .nl }

    /// French is for the letter only (cli.md): any other command with `--lang fr` is a usage error (exit 2).
    func validate() throws {
        if requestedLanguage == .fr && StoreAccess.commandName != LetterCommand.configuration.commandName {
            throw ValidationError("--lang fr is alleen voor zorg letter; kies nl of en. / --lang fr is only for zorg letter; choose nl or en.")
        }
    }
}

/// A date on the command line: `jjjj-mm-dd` or `dd-mm-jjjj`.
struct DayArgument: ExpressibleByArgument, Sendable {
    var day: Day
    init?(argument: String) {
        guard let d = Day(parsing: argument) else { return nil }
        day = d
    }
    static var defaultCompletionKind: CompletionKind { .default }
}
