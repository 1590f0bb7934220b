import ArgumentParser
import Foundation

// Parses the command line and maps every failure to the exit codes of cli.md:
// 0 success, 1 problems found, 2 usage error, 3 the environment failed.
CrashOutput.install()
do {
    var command = try ZorgCommand.parseAsRoot()
    try command.run()
    exit(0)
} catch let error as CommandError {
    FileHandle.standardError.write(Data(("zorg: " + InertText.of(error.message) + "\n").utf8))
    exit(error.status.rawValue)
} catch let error as ExitCode {
    exit(error.rawValue)
} catch {
    let code = ZorgCommand.exitCode(for: error)
    if code == .success {
        // --help and --version
        ZorgCommand.exit(withError: error)
    }
    let message = InertText.of(ZorgCommand.fullMessage(for: error))
    FileHandle.standardError.write(Data((message + "\n").utf8))
    // Argument errors are usage errors (2); anything else reaching here failed in the environment (3).
    exit(code == .validationFailure || error is ValidationError ? ExitStatus.usage.rawValue : ExitStatus.environment.rawValue)
}
