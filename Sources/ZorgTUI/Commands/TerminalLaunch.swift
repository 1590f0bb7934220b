import ArgumentParser
import CaseModel
import Foundation

/// Opens the terminal UI on the store (or on the demo store, building it first when absent).
struct TerminalLaunch {
    var global: GlobalOptions
    var demo: Bool
    var noColor: Bool
    var plain: Bool

    func run() throws {
        let t = Text(global.lang)
        let path: String
        if demo {
            try StoreAccess.mapped { try ServiceGroup.giveUp() }
            path = try StoreAccess.mapped { try StoreLocation.demo(environment: StoreAccess.environment).path }
            if !Office.isStore(at: path) {
                FileHandle.standardError.write(Data(t("De demostore wordt gebouwd in \(path)…\n",
                                                      "Building the demo store at \(path)…\n").utf8))
                _ = try DemoCommand.build(path: path, households: 0, seed: 1, force: false, lang: global.lang)
            }
        } else {
            let location = try StoreAccess.location(global)
            guard Office.isStore(at: location.path) else {
                throw CommandError.environment(t(
                    "Geen Zorg-store in \(location.path). Maak er een met `zorg init` (of `zorg init --store MAP`), probeer de demo met `zorg --demo`, of geef --store MAP.",
                    "No Zorg store at \(location.path). Make one with `zorg init` (or `zorg init --store DIR`), try the demo with `zorg --demo`, or pass --store DIR."))
            }
            path = location.path
        }
        let office = try StoreAccess.office(path: path)
        let role = try StoreAccess.mapped { try office.sessionRole() }
        let options = UIOptions(language: global.lang, noColor: noColor, plain: plain)
        // The one reading of the clock for the session: the screens get the day from here.
        let today = Day.today()
        let code: Int32
        if role == .volunteer {
            // A volunteer gets the checker and nothing of the caseload: no dossier is read, nothing is written,
            // and the service group is given up before the checker starts.
            try StoreAccess.mapped { try ServiceGroup.giveUp() }
            code = runCheckerUI(options: options, today: today)
        } else {
            code = runTerminalUI(office: office, options: options, isAdmin: role == .admin, today: today)
        }
        if code != 0 { throw ExitCode(code) }
    }
}
