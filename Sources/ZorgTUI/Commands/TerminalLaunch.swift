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
            if !CaseStore.isStore(at: path) {
                FileHandle.standardError.write(Data(t("De demostore wordt gebouwd in \(path)…\n",
                                                      "Building the demo store at \(path)…\n").utf8))
                _ = try DemoCommand.build(path: path, households: 0, seed: 1, force: false, lang: global.lang)
            }
        } else {
            let location = try StoreAccess.location(global)
            guard CaseStore.isStore(at: location.path) else {
                throw CommandError.environment(t(
                    "Geen Zorg-store in \(location.path). Maak er een met `zorg init` (of `zorg init --store MAP`), probeer de demo met `zorg --demo`, of geef --store MAP.",
                    "No Zorg store at \(location.path). Make one with `zorg init` (or `zorg init --store DIR`), try the demo with `zorg --demo`, or pass --store DIR."))
            }
            path = location.path
        }
        let store = try StoreAccess.open(path: path, allowed: [.volunteer, .caseworker, .admin])
        let role = try StoreAccess.mapped { try store.role(of: store.identity.user) }
        let options = UIOptions(language: global.lang, noColor: noColor, plain: plain)
        let code: Int32
        if role == .volunteer {
            // A volunteer gets the checker and nothing of the caseload: no dossier is read, nothing is written,
            // and the service group is given up before the checker starts.
            try StoreAccess.mapped { try ServiceGroup.giveUp() }
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
    /// The built-in rule modules with the store's local ones, loaded once (refused local modules are left out,
    /// as `zorg check` leaves them out).
    let ruleSet: RuleSet

    /// Whether the administration screens may use this source (the admin role).
    let isAdmin: Bool

    init(store: CaseStore, isAdmin: Bool = false) {
        self.store = store
        self.isAdmin = isAdmin
        ruleSet = RuleSet.load(for: store).ruleSet
    }

    var storeName: String { store.isDemo ? "demo" : store.root }

    /// The caseload list shows every household's name and address: a read of personal data, logged first.
    func entries() throws -> [CaseloadEntry] {
        let households = try StoreAccess.mapped { try store.loadAll() }.households
        try StoreAccess.mapped { try store.recordListView("caseload", dossiers: households.count) }
        return households.map(CaseloadEntry.init(household:))
    }

    func recordListView(_ list: String, dossiers count: Int) throws {
        try StoreAccess.mapped { try store.recordListView(list, dossiers: count) }
    }

    func household(_ id: DossierID) throws -> Household {
        try StoreAccess.mapped { try store.load(id) }
    }

    func recordView(of id: DossierID, reason: AccessReason) throws {
        try StoreAccess.mapped { try store.recordView(id, reason: reason) }
    }
}

/// The dossier screen's work on the store. A stale save throws the store's own `StoreError.stale`, so the
/// screen can explain it.
extension StoreCaseloadSource {
    var userName: String { store.identity.user }

    func save(_ household: Household) throws -> Household { try store.save(household) }

    func history(of id: DossierID) throws -> DossierHistory {
        DossierHistory(revisions: try store.revisions(of: id), entries: try store.audit.entries(dossier: id))
    }

    func household(_ id: DossierID, revision: Int, reason: AccessReason) throws -> Household {
        try store.recordView(id, reason: reason, revision: revision)
        return try store.load(id, revision: revision)
    }

    func flowLines(for household: Household, asOf: Day, language: Language) throws -> [String] {
        let ruleSet = RuleSet.load(for: store).ruleSet
        // Caregivers recorded in other dossiers count for the mantelzorgpremie, as in `zorg check`.
        let lookup = CaregiverIndex(households: try store.loadAll().households)
        return ruleSet.evaluate(household: household, asOf: asOf, lookup: lookup).map { result in
            let line = result.summary(language: language == .nl ? .nl : .en)
            // A person rule gives one line per member: say whose it is.
            guard let i = result.personIndex, household.members.indices.contains(i) else { return line }
            return household.members[i].firstName + ": " + line
        }
    }
}

/// The flows (checks, Housing First, buddy matching) on the store.
extension StoreCaseloadSource: FlowSource {
    func evaluate(_ household: Household, asOf: Day, ruleIDs: [String]?) throws -> [RuleResult] {
        // Only the caregiver rules look across dossiers; the index is built for a full check.
        let lookup = ruleIDs == nil ? CaregiverIndex(households: try allHouseholds()) : nil
        return ruleSet.evaluate(household: household, asOf: asOf, ruleIDs: ruleIDs, lookup: lookup)
    }

    func allHouseholds() throws -> [Household] {
        try StoreAccess.mapped { try store.loadAll() }.households
    }

    func saveIntake(_ household: Household) throws -> Household {
        try StoreAccess.mapped { try store.save(household) }
    }

    func matchingData(asOf: Day) throws -> MatchingData {
        let households = try allHouseholds()
        let volunteers = try StoreAccess.mapped { try store.volunteers().volunteers }
        let round = BuddyRound(households: households, volunteers: volunteers, ruleSet: ruleSet, asOf: asOf)
        let open = Set(round.openFamilies.map(\.dossier) + round.consentNeeded)
        let names = Dictionary(households.filter { open.contains($0.id) }.map { ($0.id, $0.displayName) },
                               uniquingKeysWith: { a, _ in a })
        return MatchingData(round: round, volunteers: volunteers, familyNames: names)
    }

    func confirmBuddy(family: DossierID, volunteer: DossierID, reason: String?, asOf: Day) throws {
        let data = try matchingData(asOf: asOf)
        let proposed = data.round.result.proposals.contains { $0.family == family && $0.volunteer == volunteer }
        try StoreAccess.mapped {
            try store.recordBuddy(family: family, volunteer: volunteer, since: asOf, proposed: proposed, reason: reason)
        }
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
        // The administrator's own file: read with her rights, never the service group's.
        let data: Data
        do {
            data = try PersonalFiles.read(file)
        } catch {
            throw CommandError.environment("kan \(file) niet lezen / cannot read \(file): \(PersonalFileArgument.reason(error))")
        }
        return try StoreAccess.mapped {
            try StoreImport(store: store).plan([UInt8](data), kind: .clients, fileName: file, allOrNothing: false)
        }
    }

    func commitImport(_ plan: ImportPlan, progress: WorkProgress) throws -> StoreImport.CommitOutcome {
        guard isAdmin else { throw NotAdministrator() }
        return try StoreImport(store: store).commit(plan, progress: progress)
    }

    func ruleSetLoad() -> RuleSetLoad { RuleSet.load(for: store) }
}
