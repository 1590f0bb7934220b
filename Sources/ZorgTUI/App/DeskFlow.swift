import CaseModel

// A new household at the desk in the app: its keys and the office's answers (NewHouseholdScreen.swift draws it).
// The dossier's member and closing keys answer through `updateDossier` (`deskChanged`).

func handleNewHouseholdKey(_ key: Key, _ state: AppState) -> (AppState, [Effect]) {
    var state = state
    guard case .newHousehold(var page) = state.pages.last else { return (state, []) }
    let outcome = page.handle(key, strings: state.strings)
    state.pages[state.pages.count - 1] = .newHousehold(page)
    switch outcome {
    case .stay: return (state, [])
    case .cancel:
        state.closePage()
        state.flash = state.strings.newHousehold(.cancelled)
        return (state, [])
    case .help: return state.showingHelp(page.keyHelp(state.strings))
    case .flash(let text):
        state.flash = DisplayWidth.truncate(text, to: state.size.columns)
        return (state, [])
    case .register(let household, let despite):
        return (state, [.registerHousehold(household, despiteDuplicates: despite)])
    case .openExisting(let household):
        // Read for the intake when the duplicates were looked for (its view is in the access log then).
        state.pages.append(.dossier(DossierScreen(household: household, accessReason: .intake)))
        return (state, [])
    }
}

func updateNewHousehold(_ state: AppState, _ message: Message) -> (AppState, [Effect]) {
    var state = state
    let s = state.strings
    guard let index = state.pages.lastIndex(where: { if case .newHousehold = $0 { return true }; return false }),
          case .newHousehold(var page) = state.pages[index] else { return (state, []) }
    switch message {
    case .possibleDuplicatesFound(let found, let candidates):
        page.duplicatesFound(found, candidates: candidates)
        state.pages[index] = .newHousehold(page)
    case .newHouseholdFailed(let reason):
        page.registerFailed()
        state.pages[index] = .newHousehold(page)
        state.flash = DisplayWidth.truncate(s.newHouseholdFailed(reason), to: state.size.columns)
    case .householdRegistered(let household, let failure):
        // The entry is done: the new dossier takes its place (and that of a stored dossier opened beside it).
        state.pages.removeSubrange(index...)
        state.caseload.show(household, screenSize: state.size)
        if let failure {
            state.flash = DisplayWidth.truncate(s.householdRegisteredNotOpened(household.id.rawValue, reason: failure),
                                                to: state.size.columns)
        } else {
            state.pages.append(.dossier(DossierScreen(household: household, accessReason: .intake)))
            state.flash = s.householdRegistered(household.id.rawValue, members: household.members.count)
        }
    default: break
    }
    return (state, [])
}
