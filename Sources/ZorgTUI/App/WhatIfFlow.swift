import CaseModel

// "Wat als" in the app: its messages and keys (WhatIfScreen.swift draws it).

func updateWhatIf(_ state: AppState, _ message: Message) -> (AppState, [Effect]) {
    var state = state
    switch message {
    case .whatIfOpened(let household, let results, let asOf):
        state.pages.append(.whatIf(WhatIfScreen(household: household, results: results, asOf: asOf)))
    case .whatIfComputed(let index, let household, let results):
        if case .whatIf(var page) = state.pages.last, page.stored.id == household.id {
            page.computed(index, household: household, results: results)
            state.pages[state.pages.count - 1] = .whatIf(page)
        }
    default: break
    }
    return (state, [])
}

func handleWhatIfKey(_ key: Key, _ state: AppState) -> (AppState, [Effect]) {
    var state = state
    guard case .whatIf(var page) = state.pages.last else { return (state, []) }
    let outcome = page.handle(key, screenSize: state.size, strings: state.strings)
    state.pages[state.pages.count - 1] = .whatIf(page)
    switch outcome {
    case .stay: return (state, [])
    case .back: return state.closingPage()
    case .help: return state.showingHelp(page.keyHelp(state.strings))
    case .compute(let index, let household): return (state, [.whatIfChecks(index, household, asOf: page.asOf)])
    }
}
