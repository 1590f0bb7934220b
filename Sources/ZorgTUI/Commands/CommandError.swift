import ArgumentParser
import CaseModel

/// Exit codes of cli.md: 0 success; 1 the work found problems; 2 usage error; 3 the environment failed.
enum ExitStatus: Int32 {
    case success = 0
    case problems = 1
    case usage = 2
    case environment = 3
}

/// An error a command reports to the user, with the exit code it means.
struct CommandError: Error, CustomStringConvertible {
    var message: String
    var status: ExitStatus
    var description: String { message }

    static func problems(_ message: String) -> CommandError { CommandError(message: message, status: .problems) }
    static func usage(_ message: String) -> CommandError { CommandError(message: message, status: .usage) }
    static func environment(_ message: String) -> CommandError { CommandError(message: message, status: .environment) }
}
