import CaseModel
struct TerminalLaunch {
    var global: GlobalOptions
    var demo: Bool
    var noColor: Bool
    var plain: Bool
    func run() throws { print("TUI pending") }
}
