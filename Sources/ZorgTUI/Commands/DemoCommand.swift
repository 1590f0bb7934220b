import ArgumentParser
import CaseModel
import Foundation

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Bouwt de demostore uit de meegeleverde demogegevens (nooit over een echte store).")

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: "Voeg zoveel gegenereerde huishoudens toe.") var households: Int = 0
    @Option(name: .long, help: "Zaad van de generator (zelfde zaad, zelfde huishoudens).") var seed: UInt64 = 1
    @Flag(name: .long, help: "Bouw een bestaande demostore opnieuw op.") var force = false

    func validate() throws {
        guard households >= 0 else { throw ValidationError("--households moet 0 of meer zijn.") }
    }

    func run() throws {
        // The demo store is the person's own: the service group of a set-group-id zorg has no part in it.
        try StoreAccess.mapped { try ServiceGroup.giveUp() }
        let t = Text(global.lang)
        // --store names the demo store's folder here: it must be empty, absent, or an earlier demo store.
        let path = try global.store ?? StoreAccess.mapped { try StoreLocation.demo(environment: StoreAccess.environment).path }
        let report = try Self.build(path: path, households: households, seed: seed, force: force, lang: global.lang)
        if report.alreadyPresent {
            print(t("De demostore bestaat al in \(report.path) (\(report.households) dossiers). Gebruik --force om ze opnieuw op te bouwen.",
                    "The demo store already exists at \(report.path) (\(report.households) dossiers). Use --force to rebuild it."))
            return
        }
        print(t("Demostore \(report.rebuilt ? "opnieuw " : "")gebouwd in \(report.path): \(report.households) dossiers, \(report.volunteers) vrijwilligers.",
                "Demo store \(report.rebuilt ? "re" : "")built at \(report.path): \(report.households) dossiers, \(report.volunteers) volunteers."))
        print(t("Openen: zorg --demo   (of: zorg --store \(report.path))", "Open it: zorg --demo   (or: zorg --store \(report.path))"))
    }

    /// Builds (or finds) the demo store, reporting progress on standard error for generated households.
    static func build(path: String, households: Int, seed: UInt64, force: Bool, lang: Language) throws -> DemoStore.Report {
        let t = Text(lang)
        do {
            return try StoreAccess.mapped {
                try DemoStore.build(at: path, generated: households, seed: seed, force: force, today: Day.today()) { done, total in
                    FileHandle.standardError.write(Data(t("\rgegenereerd: \(done)/\(total)", "\rgenerated: \(done)/\(total)").utf8))
                    if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
                }
            }
        } catch let problem as DemoStore.Problem {
            throw CommandError.problems(problem.description)
        }
    }
}
