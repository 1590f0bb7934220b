/// The app's logic: the next state for a message, and the effects to run. Pure, so every screen is tested by
/// feeding it messages.
func update(_ state: AppState, _ message: Message) -> (AppState, [Effect]) {
    var state = state
    switch message {
    case .terminate:
        return (state, [.quit(exitCode: 143)])
    case .key(.interrupt):
        return (state, [.quit(exitCode: 130)])
    case .resize(let size):
        state.size = size
        state.caseload.resized(to: size)
        if case .members(var page) = state.pages.last {
            page.resized(to: size, strings: state.strings)
            state.pages[state.pages.count - 1] = .members(page)
        }
        return (state, [])
    case .dossierOpened(let household):
        state.pages.append(.members(MembersScreen(household: household)))
        return (state, [])
    case .dossierFailed(let id, let reason):
        state.flash = state.strings.openFailed(id.rawValue, reason: reason)
        return (state, [])
    case .checker(let message):
        return updateChecker(state, message)
    case .admin(let message):
        return updateAdmin(state, message)
    case .key(let key):
        state.flash = nil
        return handleKey(key, state)
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
    switch state.pages.last {
    case .members(var page):
        switch page.handle(key, screenSize: state.size, strings: state.strings) {
        case .stay: state.pages[state.pages.count - 1] = .members(page)
        case .back: state.pages.removeLast()
        case .help: state.help = HelpOverlay(screenTitle: state.screenTitle, entries: page.keyHelp(state.strings))
        }
        return (state, [])
    case .checker:
        return handleCheckerKey(key, state)
    case .admin:
        return handleAdminKey(key, state)
    case nil:
        if state.isAdmin, key == .character("a"), !state.caseload.isEditingQuery { return openAdministration(state) }
        switch state.caseload.handle(key, screenSize: state.size) {
        case .stay: return (state, [])
        case .open(let id): return (state, [.openDossier(id)])
        case .quit: return (state, [.quit(exitCode: 0)])
        case .help:
            state.help = HelpOverlay(screenTitle: state.screenTitle,
                                     entries: state.caseload.keyHelp(state.strings) + administrationKeyHelp(state))
            return (state, [])
        }
    }
}
