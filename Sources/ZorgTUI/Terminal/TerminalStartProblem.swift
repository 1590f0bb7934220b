/// Why the terminal cannot show the UI; worded for people by `Strings.cannotStart`.
enum TerminalStartProblem: Error, Equatable, Sendable {
    case notATerminal
    case termUnset
    case unknownTerminal(String)
    case noCursorAddressing(String)
    case cannotStart
}
