import ArgumentParser
import CaseModel
import Foundation

/// `zorg`: without a subcommand, the terminal UI on the store.
struct ZorgCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zorg",
        abstract: "Zorg — dossiers en sociale rechten voor het Sociaal Huis Genk.",
        discussion: "Zonder subcommando opent Zorg het scherm op de store. `zorg --demo` opent de demostore.",
        subcommands: [InitCommand.self, BackupCommand.self, DemoCommand.self, ImportCommand.self, ExportCommand.self, CheckCommand.self, ScanCommand.self,
                      RulesCommand.self, MatchCommand.self, MergeCommand.self, AuditCommand.self, UsersCommand.self, ConsentCommand.self,
                      NewCommand.self, MembersCommand.self, CloseCommand.self, ReopenCommand.self, HistoryCommand.self, ApplyCommand.self, ApplicationsCommand.self,
                      LetterCommand.self, OfficesCommand.self, BenchCommand.self]
    )

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "Open de demostore (en bouw ze eerst wanneer ze ontbreekt).") var demo = false
    @Flag(name: .customLong("no-color"), help: "Zonder kleuren (ook met de omgevingsvariabele NO_COLOR).") var noColor = false
    @Flag(name: .long, help: "Zonder lijntekens, voor schermlezers.") var plain = false

    func run() throws {
        try TerminalLaunch(global: global, demo: demo, noColor: noColor, plain: plain).run()
    }
}
