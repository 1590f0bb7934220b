/// Draws the state into a screen buffer: title bar, the screen on top, the help overlay, the status line.
func render(_ state: AppState, into screen: inout ScreenBuffer) {
    let s = state.strings
    if TooSmall.applies(to: screen.size) {
        TooSmall.draw(&screen, strings: s)
        return
    }
    let screenTitle: String
    switch state.pages.last {
    case .dossier: screenTitle = s(.membersTitle)
    case .checks, .housingFirst, .waitingList, .matching: screenTitle = state.screenTitle
    case .checker(let page): screenTitle = page.title(s)
    case .admin(let page): screenTitle = page.title(s)
    case .scan(let page): screenTitle = page.title(s)
    case .today(let page): screenTitle = page.title(s)
    case .newHousehold(let page): screenTitle = page.title(s)
    case .whatIf(let page): screenTitle = page.title(s)
    case nil: screenTitle = s(.caseloadTitle)
    }
    Chrome.drawTitleBar(&screen, app: s(.appName), store: state.storeName, screenTitle: screenTitle)
    switch state.pages.last {
    case .dossier(let page): page.draw(&screen, strings: s, today: state.today, plain: state.options.plain)
    case .checks, .housingFirst, .waitingList, .matching: drawFlowPage(state, &screen)
    case .checker(let page): page.draw(&screen, strings: s, plain: state.options.plain)
    case .admin(let page): page.draw(&screen, strings: s, plain: state.options.plain)
    case .scan(let page): page.draw(&screen, strings: s, plain: state.options.plain)
    case .today(let page): page.draw(&screen, strings: s, plain: state.options.plain)
    case .newHousehold(let page): page.draw(&screen, strings: s, plain: state.options.plain)
    case .whatIf(let page): page.draw(&screen, strings: s, plain: state.options.plain)
    case nil: state.caseload.draw(&screen, strings: s, plain: state.options.plain)
    }
    if let flash = state.flash {
        Chrome.drawMessageLine(&screen, prompt: nil, text: flash, style: .warning, cursor: false)
    }
    if let chooser = state.reasonChooser {
        chooser.draw(&screen, strings: s, plain: state.options.plain)
    }
    if let job = state.job {
        ProgressPanel.draw(job, on: &screen, strings: s, plain: state.options.plain)
        Chrome.drawStatusLine(&screen, hints: [KeyHint(key: "Esc", word: s.scan(.hintCancel))], count: nil)
    }
    if let help = state.help {
        help.draw(&screen, strings: s, plain: state.options.plain)
        Chrome.drawStatusLine(&screen, hints: HelpOverlay.hints(s), count: nil)
    }
}

/// A fresh buffer of the state's size with the state drawn in it.
func render(_ state: AppState) -> ScreenBuffer {
    var screen = ScreenBuffer(size: state.size)
    render(state, into: &screen)
    if state.options.plain { screen.usePlainSymbols() }
    return screen
}
