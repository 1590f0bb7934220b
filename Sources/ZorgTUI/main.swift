// TEMPORARY: opens the terminal UI on the sample caseload until the command line (Commands/) replaces this file.
// The real main.swift only has to call `runTerminalUI(caseload:options:)` and exit with its result.
import Foundation

let arguments = CommandLine.arguments.dropFirst()
let options = UIOptions(language: arguments.contains("--lang=en") || arguments.contains("en") ? .en : .nl,
                        noColor: arguments.contains("--no-color"), plain: arguments.contains("--plain"))
exit(runTerminalUI(caseload: SampleCaseload(), options: options))
