import CaseModel
import Foundation

/// Results of the checker's one effect, writing the summary file.
enum CheckerMessage: Sendable {
    case summary(SummaryFile.Outcome)
    case summaryFailed(String)
}

/// The checker's work outside `update`: writing the summary to the path the volunteer typed. Nothing else.
enum CheckerEffect: Equatable, Sendable {
    case writeSummary(path: String, text: String, overwrite: Bool)
}

extension AppState {
    /// The state of a session that is only the checker: no caseload, nothing of any store.
    static func checkerOnly(ruleSet: RuleSet, today: Day, size: TerminalSize, options: UIOptions) -> AppState {
        var state = AppState(entries: [], storeName: options.strings.checker(.noStore), size: size, options: options,
                             today: today)
        state.checkerOnly = true
        state.pages = [.checker(CheckerScreen(ruleSet: ruleSet, today: today))]
        return state
    }
}

func updateChecker(_ state: AppState, _ message: CheckerMessage) -> (AppState, [Effect]) {
    var state = state
    guard case .checker(var page) = state.pages.last else { return (state, []) }
    switch message {
    case .summary(let outcome): state.flash = page.summaryWritten(outcome, strings: state.strings)
    case .summaryFailed(let reason): page.summaryFailed(reason, strings: state.strings)
    }
    state.pages[state.pages.count - 1] = .checker(page)
    return (state, [])
}

func handleCheckerKey(_ key: Key, _ state: AppState) -> (AppState, [Effect]) {
    var state = state
    guard case .checker(var page) = state.pages.last else { return (state, []) }
    let outcome = page.handle(key, screenSize: state.size, strings: state.strings)
    state.pages[state.pages.count - 1] = .checker(page)
    switch outcome {
    case .stay: return (state, [])
    case .help: return state.showingHelp(page.keyHelp(state.strings))
    case .leave:
        if state.checkerOnly { return (state, [.quit(exitCode: 0)]) }
        state.pages.removeLast()
        return (state, [])
    case .writeSummary(let path, let text, let overwrite):
        return (state, [.checker(.writeSummary(path: path, text: text, overwrite: overwrite))])
    }
}

/// `zorg check --interactive` and a volunteer's session: the checker on the built-in rule modules, as of today.
/// Returns the exit code like `runTerminalUI`.
func runCheckerUI(options: UIOptions, today: Day) -> Int32 {
    let load = RuleSet.load()
    let terminal: NcursesTerminal
    do {
        terminal = try NcursesTerminal(colors: options.colors)
    } catch {
        FileHandle.standardError.write(Data((options.strings.cannotStart(error) + "\n").utf8))
        return 3
    }
    defer { terminal.stop() }
    let state = AppState.checkerOnly(ruleSet: load.ruleSet, today: today, size: terminal.size, options: options)
    return AppLoop.run(terminal: terminal, office: nil, state: state)
}
