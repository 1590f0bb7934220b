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
            path = try StoreAccess.mapped { try StoreLocation.demo(environment: StoreAccess.environment).path }
            if !CaseStore.isStore(at: path) {
                FileHandle.standardError.write(Data(t("De demostore wordt gebouwd in \(path)…\n",
                                                      "Building the demo store at \(path)…\n").utf8))
                _ = try DemoCommand.build(path: path, households: 0, seed: 1, force: false, lang: global.lang)
            }
        } else {
            let location = try StoreAccess.location(global)
            guard CaseStore.isStore(at: location.path) else {
                throw CommandError.environment(t(
                    "Geen Zorg-store in \(location.path). Probeer de demo met `zorg --demo`, of geef --store MAP.",
                    "No Zorg store at \(location.path). Try the demo with `zorg --demo`, or pass --store DIR."))
            }
            path = location.path
        }
        let store = try StoreAccess.open(path: path, allowed: [.volunteer, .caseworker, .admin])
        let role = try StoreAccess.mapped { try store.role(of: store.identity.user) }
        let options = UIOptions(language: global.lang, noColor: noColor, plain: plain)
        let code: Int32
        if role == .volunteer {
            // A volunteer gets the checker and nothing of the caseload: no dossier is read, nothing is written.
            code = runCheckerUI(options: options)
        } else {
            let source = StoreCaseloadSource(store: store, isAdmin: role == .admin)
            code = runTerminalUI(caseload: source, options: options, isAdmin: role == .admin)
        }
        if code != 0 { throw ExitCode(code) }
    }
}

/// The case store as the UI sees it: the caseload list, a dossier, and the access log.
struct StoreCaseloadSource: CaseloadSource {
    let store: CaseStore
    /// Whether the administration screens may use this source (the admin role).
    var isAdmin = false

    var storeName: String { store.isDemo ? "demo" : store.root }

    func entries() throws -> [CaseloadEntry] {
        try StoreAccess.mapped { try store.loadAll() }.households.map(CaseloadEntry.init(household:))
    }

    func household(_ id: DossierID) throws -> Household {
        try StoreAccess.mapped { try store.load(id) }
    }

    func recordView(of id: DossierID) throws {
        try StoreAccess.mapped { try store.recordView(id, reason: "raadplegen") }
    }
}

/// The administration screens' door to the store: only for an administrator.
extension StoreCaseloadSource: AdministrationSource {
    struct NotAdministrator: Error, CustomStringConvertible {
        var description: String { "this needs the admin role" }
    }

    func planClientImport(path: String) throws -> ImportPlan {
        guard isAdmin else { throw NotAdministrator() }
        let file = SummaryFile.expand(path)
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandError.environment("kan \(file) niet lezen / cannot read \(file)")
        }
        return try StoreAccess.mapped {
            try StoreImport(store: store).plan([UInt8](data), kind: .clients, fileName: file, allOrNothing: false)
        }
    }

    func commitImport(_ plan: ImportPlan) throws -> Int {
        guard isAdmin else { throw NotAdministrator() }
        return try StoreAccess.mapped { try StoreImport(store: store).commit(plan) }
    }

    func ruleSetLoad() -> RuleSetLoad { RuleSet.load(for: store) }
}
