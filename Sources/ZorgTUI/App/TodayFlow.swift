import CaseModel

// Vandaag in the app: its messages and keys (TodayScreen.swift draws it).

func updateToday(_ state: AppState, _ message: Message) -> (AppState, [Effect]) {
    var state = state
    switch message {
    case .todayLoaded(let view, let loadedAt, let isStart):
        var page = TodayScreen(view: view, loadedAt: loadedAt, isStartScreen: isStart)
        if case .today(let old) = state.pages.last {
            // Loaded again (back from a dossier): keep the moment it was first loaded, for the "looked" mark.
            page = TodayScreen(view: view, loadedAt: old.loadedAt, isStartScreen: isStart)
            page.resized(to: state.size, strings: state.strings)
            state.pages[state.pages.count - 1] = .today(page)
        } else {
            state.pages.append(.today(page))
        }
    case .startScreenSet(let screen):
        if case .today(var page) = state.pages.last {
            page.startScreenSet(screen == .vandaag)
            state.pages[state.pages.count - 1] = .today(page)
        }
        state.flash = state.strings.startScreenSet(screen == .vandaag)
    default: break
    }
    return (state, [])
}

func handleTodayKey(_ key: Key, _ state: AppState) -> (AppState, [Effect]) {
    var state = state
    guard case .today(var page) = state.pages.last else { return (state, []) }
    let outcome = page.handle(key, screenSize: state.size, strings: state.strings)
    state.pages[state.pages.count - 1] = .today(page)
    switch outcome {
    case .stay: return (state, [])
    case .back:
        state.closePage()
        return (state, [.markTodayLooked(page.view, at: page.loadedAt)])
    case .help: return state.showingHelp(page.keyHelp(state.strings))
    case .open(let id, let name):
        state.reasonChooser = AccessReasonChooser(dossier: id, name: name, preselected: state.lastAccessReason)
        return (state, [])
    case .startScreen(let on):
        return (state, [.setStartScreen(on ? .vandaag : .caseload)])
    }
}
