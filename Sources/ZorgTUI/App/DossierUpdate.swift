import CaseModel

/// A key on the dossier screen on top: the screen's outcome becomes effects, a flash, or a page change.
func handleDossierKey(_ key: Key, _ state: AppState) -> (AppState, [Effect]) {
    var state = state
    guard case .dossier(var page) = state.pages.last else { return (state, []) }
    let context = DossierContext(size: state.size, strings: state.strings, today: state.today, user: state.user)
    let outcome = page.handle(key, context: context)
    state.pages[state.pages.count - 1] = .dossier(page)
    switch outcome {
    case .stay: return (state, [])
    case .back:
        state.closePage()
        var effects = recheckAfterEdit(&state, closed: page)
        // Back on Vandaag: load it again (a follow-up marked done leaves it), without marking it looked at.
        if case .today = state.pages.last, page.readOnlyRevision == nil { effects.append(.openToday) }
        return (state, effects)
    case .help: return state.showingHelp(page.keyHelp(state.strings))
    case .flash(let text):
        state.flash = text
        return (state, [])
    case .save(let household): return (state, [.saveDossier(household)])
    case .loadHistory: return (state, [.loadDossierHistory(page.id, reason: page.accessReason)])
    case .loadFlows: return (state, [.loadDossierFlows(page.household, asOf: state.today)])
    case .openRevision(let revision):
        return (state, [.openRevision(page.id, revision: revision, reason: page.accessReason)])
    case .openChecks: return (state, [.openChecks(page.id)])
    case .openHousingFirst: return (state, [.openHousingFirst(page.id)])
    case .openWhatIf: return (state, [.openWhatIf(page.id)])
    case .desk(let request): return (state, [.deskChange(page.id, request)])
    case .writeLetter(let path, let format, let language, let overwrite):
        return (state, [.writeLetter(page.id, path: path, format: format, language: language, overwrite: overwrite,
                                     reason: page.accessReason)])
    }
}

/// The store's answers for the dossier screen. They go to the editable page of that dossier (not a read-only
/// revision on top of it).
func updateDossier(_ state: AppState, _ message: Message) -> (AppState, [Effect]) {
    var state = state
    let s = state.strings
    switch message {
    case .dossierSaved(let household):
        state.caseload.replace(CaseloadEntry(household: household), screenSize: state.size)
        state.flash = s.saved(revision: household.revision)
        return withPage(state, household.id) { $0.saved(household) }
    case .deskChanged(let household, let request, let other):
        // A closed dossier leaves the caseload list, a reopened one comes back; a move changes both rows.
        state.caseload.show(household, screenSize: state.size)
        if let other { state.caseload.show(other, screenSize: state.size) }
        state.flash = s.deskDone(request, revision: household.revision)
        return withPage(state, household.id) { $0.saved(household) }
    case .dossierSaveRefused(let stale, let current):
        return withPage(state, current.id) { $0.refused(stale, current: current) }
    case .dossierSaveFailed(let id, let reason):
        state.flash = s.saveFailed(reason)
        return withPage(state, id) { $0.saveFailed() }
    case .dossierHistoryLoaded(let id, let history):
        return withPage(state, id) { $0.historyLoaded(history) }
    case .dossierFlowsLoaded(let id, let flows):
        return withPage(state, id) { $0.flowsLoaded(flows) }
    case .dossierRevisionOpened(let household):
        let reason = state.pages.last.flatMap { if case .dossier(let p) = $0 { p.accessReason } else { nil } } ?? state.lastAccessReason
        state.pages.append(.dossier(DossierScreen(household: household, readOnlyRevision: household.revision, accessReason: reason)))
        return (state, [])
    default:
        return (state, [])
    }
}

/// Changes the editable page of a dossier, then asks for what its current tab needs (a history that a save
/// made out of date).
private func withPage(_ state: AppState, _ id: DossierID, _ change: (inout DossierScreen) -> Void) -> (AppState, [Effect]) {
    var state = state
    guard let index = state.pages.lastIndex(where: { page in
        if case .dossier(let p) = page { return p.id == id && p.readOnlyRevision == nil }
        return false
    }), case .dossier(var page) = state.pages[index] else { return (state, []) }
    change(&page)
    var effects: [Effect] = []
    if page.needsHistory { effects.append(.loadDossierHistory(id, reason: page.accessReason)) }
    if page.needsFlows { effects.append(.loadDossierFlows(page.household, asOf: state.today)) }
    page.markLoading()
    state.pages[index] = .dossier(page)
    return (state, effects)
}

/// Back on the checks of a dossier that changed while it was open (a missing fact filled in, a note, a reload):
/// the checks are run again on the stored dossier, and until they are back the screen says so instead of
/// showing outcomes of the old one.
private func recheckAfterEdit(_ state: inout AppState, closed: DossierScreen) -> [Effect] {
    guard closed.readOnlyRevision == nil, case .checks(var checks) = state.pages.last, checks.household.id == closed.id,
          checks.household.revision != closed.household.revision else { return [] }
    checks.markRecomputing(size: state.size, strings: state.strings)
    state.pages[state.pages.count - 1] = .checks(checks)
    return [.runChecks(closed.id, asOf: checks.asOf)]
}
