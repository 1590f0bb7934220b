/// The app's logic: the next state for a message, and the effects to run. Pure, so every screen is tested by
/// feeding it messages.
func update(_ state: AppState, _ message: Message) -> (AppState, [Effect]) {
    var state = state
    switch message {
    case .terminate:
        return (state, [.quit(exitCode: 143)])
    case .invalidInput:
        state.flash = DisplayWidth.truncate(state.strings(.invalidInput), to: state.size.columns)
        return (state, [])
    case .key(.interrupt):
        return (state, [.quit(exitCode: 130)])
    case .resize(let size):
        state.size = size
        state.caseload.resized(to: size)
        resizeFlowPages(&state)
        return (state, [])
    case .dossierOpened(let household):
        state.pages.append(.dossier(DossierScreen(household: household, accessReason: state.lastAccessReason)))
        return (state, [])
    case .dossierSaved, .dossierSaveRefused, .dossierSaveFailed, .dossierHistoryLoaded, .dossierFlowsLoaded,
         .dossierRevisionOpened:
        return updateDossier(state, message)
    case .dossierOpenedForEdit(let household, let column):
        var page = DossierScreen(household: household, accessReason: .controleRechten)
        if !page.startEditing(column: column, strings: state.strings) {
            state.flash = state.strings.fillInField(column)
        }
        state.pages.append(.dossier(page))
        return (state, [])
    case .dossierFailed(let id, let reason):
        state.flash = state.strings.openFailed(id.rawValue, reason: reason)
        return (state, [])
    case .checker(let message):
        return updateChecker(state, message)
    case .admin(let message):
        return updateAdmin(state, message)
    case .key(let key):
        if state.job != nil { return handleJobKey(key, state) }
        state.flash = nil
        return handleKey(key, state)
    case .jobProgress, .jobFinished:
        return updateJob(state, message)
    case .caseloadEvaluated(let flags):
        state.caseload.evaluated(flags, screenSize: state.size)
        return (state, [])
    case .caseloadEvaluationFailed(let reason):
        state.caseload.evaluationFailed(screenSize: state.size)
        state.flash = DisplayWidth.truncate(state.strings.caseloadEvaluationFailed(reason), to: state.size.columns)
        return (state, [])
    case .todayLoaded, .startScreenSet, .todayLooked:
        return updateToday(state, message)
    case .checksLoaded, .upcomingFound, .applicationRecorded, .housingFirstLoaded, .waitingListLoaded, .matchingLoaded, .buddyUndone, .flowFailed:
        return updateFlow(state, message)
    case .whatIfOpened, .whatIfComputed:
        return updateWhatIf(state, message)
    case .possibleDuplicatesFound, .householdRegistered, .newHouseholdFailed:
        return updateNewHousehold(state, message)
    case .deskChanged:
        return updateDossier(state, message)
    case .letterWritten, .letterFailed:
        return updateLetter(state, message)
    }
}

private func handleKey(_ key: Key, _ state: AppState) -> (AppState, [Effect]) {
    var state = state
    if var help = state.help {
        switch help.handle(key, screenSize: state.size, plain: state.options.plain) {
        case .stay: state.help = help
        case .close: state.help = nil
        }
        return (state, [])
    }
    if state.reasonChooser != nil { return handleReasonChooserKey(key, state) }
    switch state.pages.last {
    case .dossier:
        return handleDossierKey(key, state)
    case .checks, .housingFirst, .waitingList, .matching:
        return handleFlowKey(key, state)
    case .checker:
        return handleCheckerKey(key, state)
    case .admin:
        return handleAdminKey(key, state)
    case .scan:
        return handleScanKey(key, state)
    case .today:
        return handleTodayKey(key, state)
    case .newHousehold:
        return handleNewHouseholdKey(key, state)
    case .whatIf:
        return handleWhatIfKey(key, state)
    case nil:
        switch state.caseload.handle(key, screenSize: state.size, administrator: state.isAdmin) {
        case .stay: return (state, [])
        case .open(let id): return askAccessReason(for: id, state)
        case .quit: return (state, [.quit(exitCode: 0)])
        case .evaluate: return startJob(state, .caseloadFlags(asOf: state.today))
        case .command(let name, let argument): return runCaseloadCommand(state, name: name, argument: argument)
        case .checks(let id): return (state, [.openChecks(id)])
        case .housingFirst(let id): return (state, [.openHousingFirst(id)])
        case .waitingList: return (state, [.openWaitingList])
        case .matching: return (state, [.openMatching])
        case .scan: return openScan(state)
        case .administration: return openAdministration(state)
        case .today: return (state, [.openToday])
        case .newHousehold:
            state.pages.append(.newHousehold(NewHouseholdScreen(strings: state.strings)))
            return (state, [])
        case .help:
            state.help = HelpOverlay(screenTitle: state.screenTitle,
                                     entries: state.caseload.keyHelp(state.strings, administrator: state.isAdmin)
                                         + (state.caseload.filterPicker == nil ? CaseloadCommand.keyHelp(state.strings) : []))
            return (state, [])
        }
    }
}
