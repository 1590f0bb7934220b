import CaseModel
import Foundation

/// A plan carried by an effect; two are the same import when file, checksum and dossiers to write agree.
struct PlannedImport: Equatable, Sendable {
    let plan: ImportPlan
    init(_ plan: ImportPlan) { self.plan = plan }
    static func == (a: PlannedImport, b: PlannedImport) -> Bool {
        a.plan.fileName == b.plan.fileName && a.plan.checksum == b.plan.checksum && a.plan.writtenIDs == b.plan.writtenIDs
    }
}

enum AdminEffect: Equatable, Sendable {
    case planImport(path: String)
    case commitImport(PlannedImport)
    case loadRules
    case runRuleTests
}

enum AdminMessage: Sendable {
    case importPlanned(ImportPlan)
    case importFailed(String)
    /// The dry run was stopped before its end: back to the path.
    case importPlanCancelled
    /// Written count, and the caseload read again so the new dossiers show (nil when it could not be read).
    case importCommitted(written: Int, entries: [CaseloadEntry]?)
    /// The commit stopped before the end (cancelled: `reason` nil; or failed): `written` of `total` are saved.
    case importStopped(written: Int, total: Int, reason: String?, entries: [CaseloadEntry]?)
    case rulesLoaded(RuleSetLoad, today: Day)
    case ruleTestsRan([String: RuleTestReport])
}

func openAdministration(_ state: AppState) -> (AppState, [Effect]) {
    var state = state
    state.pages.append(.admin(AdminScreen()))
    return (state, [])
}

func updateAdmin(_ state: AppState, _ message: AdminMessage) -> (AppState, [Effect]) {
    var state = state
    guard case .admin(var page) = state.pages.last else { return (state, []) }
    switch message {
    case .importPlanned(let plan): page.importer.planned(plan)
    case .importPlanCancelled:
        page.importer.planCancelled()
        state.flash = state.strings.scan(.planCancelled)
    case .importFailed(let reason):
        page.importer.failed(reason)
        state.flash = state.strings.importFailed(reason)
    case .importCommitted(let written, let entries):
        page.importer.committed(written: written)
        if let entries { state.caseload = CaseloadScreen(entries: entries, today: state.today) }
    case .importStopped(let written, let total, let reason, let entries):
        let text = reason.map { state.strings.importFailedWhole(written: written, total: total, reason: $0) }
            ?? state.strings.importStopped(written: written, total: total)
        page.importer.stopped(text)  // the page shows it, over two lines when it must
        if let entries { state.caseload = CaseloadScreen(entries: entries, today: state.today) }
    case .rulesLoaded(let load, let today): page.rules.loaded(load, today: today)
    case .ruleTestsRan(let reports): page.rules.tested(reports)
    }
    state.pages[state.pages.count - 1] = .admin(page)
    return (state, [])
}

func handleAdminKey(_ key: Key, _ state: AppState) -> (AppState, [Effect]) {
    var state = state
    guard case .admin(var page) = state.pages.last else { return (state, []) }
    let outcome = page.handle(key, screenSize: state.size, strings: state.strings)
    state.pages[state.pages.count - 1] = .admin(page)
    switch outcome {
    case .stay: return (state, [])
    case .back: return state.closingPage()
    case .help: return state.showingHelp(page.keyHelp(state.strings))
    case .work(.planImport(let path)):
        // Reading a large list and the store takes a while: a job, so the screen shows it is working.
        return startJob(state, .importPlan(path: path))
    case .work(.commitImport(let planned)):
        // Written in batches on a thread of its own, with progress; Esc stops it between batches.
        return startJob(state, .importCommit(planned))
    case .work(let effect): return (state, [.admin(effect)])
    }
}
