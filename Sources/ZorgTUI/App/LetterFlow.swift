import CaseModel

// The letter for the client in the app: the office's answer goes to the dossier page that asked for it
// (DossierScreen and LetterPrompt handle the keys).

func updateLetter(_ state: AppState, _ message: Message) -> (AppState, [Effect]) {
    var state = state
    let id: DossierID
    switch message {
    case .letterWritten(let d, _), .letterFailed(let d, _): id = d
    default: return (state, [])
    }
    guard let index = state.pages.lastIndex(where: { if case .dossier(let p) = $0 { p.id == id } else { false } }),
          case .dossier(var page) = state.pages[index] else { return (state, []) }
    switch message {
    case .letterWritten(_, let outcome):
        if let text = page.letterWritten(outcome, strings: state.strings) { state.flash = text }
    case .letterFailed(_, let reason):
        page.letterFailed(state.strings.letterFailed(reason))
    default: break
    }
    state.pages[index] = .dossier(page)
    return (state, [])
}
