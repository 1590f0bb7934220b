import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Nothing of the caseload stays on screen after zorg ends (on a shared desk that is personal data): after `q`,
/// Ctrl-C, SIGTERM or SIGHUP the shell's own lines come back where the terminal has an alternate screen, and the
/// screen is blank where it has none (a Linux console, an emulator with the alternate screen switched off).
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed"), .serialized)
struct CleanExitEndToEndTests {
    enum Leaving: String, CaseIterable, CustomTestStringConvertible {
        case q, ctrlC, sigterm, sighup
        var testDescription: String { rawValue }
    }

    /// Starts zorg under a marker line, reads a few names off its first screen, leaves it `how`, and returns the
    /// names and the pane afterwards.
    private func runAndLeave(_ how: Leaving, in shell: ZorgShell, environment: String = "") throws -> (names: [String], after: String) {
        let tmux = shell.tmux
        try shell.run("clear")
        try shell.echo("MARKER-123")
        try shell.startZorg(environment: environment)
        let list = try #require(try tmux.waitFor(" dossiers"), "the caseload list appears")
        // "2018-00256  Lombardi, Angela      Zwartberg   1": the names between the number and the district.
        let names = list.split(separator: "\n").compactMap { line in
            line.firstMatch(of: /^ +\d{4}-\d{5} +(\S[^,]*, \S+)/).map { String($0.output.1) }
        }.prefix(4)
        try #require(names.count == 4, "names on the first screen: \(list)")
        switch how {
        case .q: try tmux.send("q")
        case .ctrlC: try tmux.send("C-c")
        case .sigterm, .sighup:
            let pid = try #require(shell.zorgProcess(), "zorg runs")
            kill(pid, how == .sigterm ? SIGTERM : SIGHUP)
        }
        let code = switch how { case .q: "EXIT=0"; case .ctrlC: "EXIT=130"; case .sigterm, .sighup: "EXIT=143" }
        let after = try #require(try tmux.waitFor(code), "zorg ends with \(code)")
        return (Array(names), after)
    }

    @Test(arguments: Leaving.allCases)
    func theShellsLinesComeBackAndNoNameStays(_ how: Leaving) throws {
        let shell = try ZorgShell()
        let (names, after) = try runAndLeave(how, in: shell)
        #expect(after.contains("MARKER-123"), "the shell's own lines are back")
        for name in names { #expect(!after.contains(name), "\(name) is still on screen") }
        #expect(try shell.tmux.paneValue("#{alternate_on}") == "0")
    }

    /// A terminal without an alternate screen: the shell's lines were drawn over and cannot come back, but the
    /// caseload must not stay either.
    @Test(arguments: Leaving.allCases)
    func withoutAnAlternateScreenNoNameStays(_ how: Leaving) throws {
        let shell = try ZorgShell()
        try shell.tmux.setWindowOption("alternate-screen", "off")
        let (names, after) = try runAndLeave(how, in: shell)
        for name in names { #expect(!after.contains(name), "\(name) is still on screen") }
        #expect(!after.contains(" dossiers"))
    }

    /// A terminal type whose description has no alternate screen at all (the Linux console's `linux`).
    @Test func aConsoleTerminalTypeIsLeftBlank() throws {
        let shell = try ZorgShell()
        let (names, after) = try runAndLeave(.q, in: shell, environment: "TERM=linux ")
        for name in names { #expect(!after.contains(name), "\(name) is still on screen") }
        #expect(!after.contains(" dossiers"))
    }
}
