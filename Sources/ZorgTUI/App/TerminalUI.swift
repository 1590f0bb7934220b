import CaseModel
import Foundation

/// The entry point the command line calls to open the full-screen UI on an office. Returns the process exit
/// code: 0 after the user quits with `q`, 130 after Ctrl-C, 143 after SIGTERM or SIGHUP, 3 when the terminal
/// cannot show the UI or the caseload cannot be read (the reason is printed to standard error, in the UI
/// language).
func runTerminalUI(office: Office, options: UIOptions, isAdmin: Bool = false, today: Day) -> Int32 {
    let strings = options.strings
    let entries: [CaseloadEntry]
    do {
        entries = try EffectWork.caseloadEntries(office)
    } catch {
        printError("zorg: \(error)")
        return 3
    }
    let terminal: NcursesTerminal
    do {
        terminal = try NcursesTerminal(colors: options.colors)
    } catch {
        printError(strings.cannotStart(error))
        return 3
    }
    defer { terminal.stop() }
    // The OS user is the author of every note, follow-up and Housing First step made in this session.
    var state = AppState(entries: entries, storeName: office.storeName, size: terminal.size, options: options,
                         today: today, user: office.user)
    state.isAdmin = isAdmin
    // Her setting: open on Vandaag (through the same effect as `v`).
    if office.startScreen == .vandaag,
       let loaded = EffectWork.run(.openToday, office: office, context: EffectWork.Context(today: today, language: options.language)) {
        state = update(state, loaded).0
    }
    return AppLoop.run(terminal: terminal, office: office, state: state)
}

private func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
