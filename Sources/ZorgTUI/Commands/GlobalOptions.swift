import ArgumentParser
import CaseModel

/// `--lang nl|en` (the language type lives in Localization/).
extension Language: ExpressibleByArgument {}

/// Options every command takes (cli.md "Common to every command").
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "De store (map). Anders ZORG_STORE, /var/lib/zorg of de gebruikersmap.")
    var store: String?

    @Option(name: .long, help: "Taal van de uitvoer: nl of en.")
    var lang: Language = .nl
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
