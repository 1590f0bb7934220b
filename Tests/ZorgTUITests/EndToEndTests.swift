import Foundation
import Testing

/// The built `zorg` in a real terminal (tmux), on a demo store built from the project's seeds in a temporary folder.
/// Skipped when tmux is not installed; CI installs it.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed"), .serialized)
struct EndToEndTests {
    /// `zorg --store DIR` on a fresh demo store, as a shell command, and the store's folder (to remove after).
    private func zorg() throws -> (command: String, store: URL) {
        let binary = try #require(Binary.zorg, "the zorg executable next to the test binary (swift build first)")
        let store = try DemoStoreFolder.make()
        return ("'\(binary.path)' --store '\(store.path)'", store)
    }

    /// A shell in a terminal; the test types commands into it like a person. Markers are echoed with an empty
    /// quote inside (`RE""ADY`) so that the typed command line never matches what the test waits for.
    private func shell(columns: Int = 80, rows: Int = 24) throws -> Tmux {
        let tmux = try Tmux(command: "sh", columns: columns, rows: rows, environment: ["LANG": "C.UTF-8"])
        try tmux.type("echo SHELL=RE\"\"ADY")
        try tmux.send("Enter")
        try #require(try tmux.waitFor("SHELL=READY") != nil, "the shell in tmux answers")
        return tmux
    }

    /// Runs zorg from the shell, then reports its exit code and whether the terminal settings are as before.
    private func startZorg(_ zorg: String, in tmux: Tmux) throws {
        try tmux.type("clear; S=$(stty -g); \(zorg); echo EXIT=\"$?\"; [ \"$(stty -g)\" = \"$S\" ] && echo TTY=RE\"\"STORED")
        try tmux.send("Enter")
    }

    /// Zorg started from a shell in tmux on a fresh demo store, showing its caseload; `body` does the rest.
    private func onTheCaseload(_ body: (Tmux) throws -> Void) throws {
        let (zorg, store) = try zorg()
        defer { try? FileManager.default.removeItem(at: store) }
        let tmux = try shell()
        defer { tmux.kill() }
        try startZorg(zorg, in: tmux)
        try #require(try tmux.waitFor(" dossiers") != nil, "the caseload list appears")
        try body(tmux)
    }

    @Test func filterOpenAndQuitRestoresTheTerminal() throws {
        let (zorg, store) = try zorg()
        defer { try? FileManager.default.removeItem(at: store) }
        let tmux = try shell()
        defer { tmux.kill() }
        try startZorg(zorg, in: tmux)
        let list = try #require(try tmux.waitFor(" dossiers"), "the caseload list appears")
        #expect(list.contains("Yılmaz, Mehmet"))
        #expect(list.contains("Demir, Ayşe"))
        #expect(try tmux.paneValue("#{alternate_on}") == "1")

        try tmux.type("/yilm")
        let filtered = try #require(try tmux.waitFor(" 1 van "), "the list narrows as you type")
        #expect(filtered.contains("Yılmaz, Mehmet"))
        #expect(!filtered.contains("Demir, Ayşe"))

        try tmux.send("Enter")  // finish the search
        try tmux.send("Enter")  // open the dossier: first the reason
        try #require(try tmux.waitFor("Waarom open je") != nil, "the reason is asked")
        try tmux.send("Enter")  // the pre-selected reason
        let members = try #require(try tmux.waitFor("Rijksregisternummer"), "the dossier opens")
        #expect(members.contains("Mehmet Yılmaz"))
        #expect(members.contains("aanvrager"))

        try tmux.send("Escape")
        #expect(try tmux.waitFor(" 1 van ") != nil)
        try tmux.send("q")
        let after = try #require(try tmux.waitFor("TTY=RESTORED"), "zorg exits and the terminal settings are back")
        #expect(after.contains("EXIT=0"))
        #expect(try tmux.paneValue("#{alternate_on}") == "0")
        #expect(try tmux.paneValue("#{cursor_flag}") == "1")
    }

    @Test func ctrlCQuitsAndRestoresTheTerminal() throws {
        try onTheCaseload { tmux in
            try tmux.send("C-c")
            let after = try #require(try tmux.waitFor("TTY=RESTORED"))
            #expect(after.contains("EXIT=130"))
        }
    }

    @Test func resizingTheTerminalRelayoutsAndTooSmallSaysSo() throws {
        try onTheCaseload { tmux in
            try tmux.resize(columns: 50, rows: 12)
            #expect(try tmux.waitFor("Terminal te klein") != nil)
            try tmux.resize(columns: 120, rows: 30)
            #expect(try tmux.waitFor("Adres") != nil, "a wide terminal shows the address column")
            // The status line may be drawn a moment after the header: wait for it rather than expect it at once.
            #expect(try tmux.waitFor(" dossiers") != nil)
            try tmux.send("q")
            #expect(try tmux.waitFor("TTY=RESTORED") != nil)
            #expect(try tmux.capture().contains("EXIT=0"))
        }
    }

    @Test func inputThatIsNotUTF8IsDroppedAndATinyTerminalSaysSo() throws {
        try onTheCaseload { tmux in
            try tmux.type("/")
            // Lone bytes, cut-off sequences, an overlong form and a Latin-1 "é" just before "ilu": none is UTF-8.
            try tmux.sendBytes([0xFF, 0xFE, 0xC3, 0xE2, 0x82, 0xC0, 0xAF, 0xE9])
            try tmux.type("ilu")
            let screen = try #require(try tmux.waitFor(" 1 van "), "typing still works after the bad bytes")
            #expect(screen.contains("Zoeken: ilu_"), "the search holds only what was valid")
            #expect(screen.contains("Ilunga, Esther"))
            #expect(!screen.contains("\u{FFFD}") && !screen.contains("ÿ") && !screen.contains("Ã"))
            try tmux.send("Escape")
            try tmux.resize(columns: 20, rows: 5)
            let tiny = try #require(try tmux.waitFor("(minstens 60×15)"), "a 20×5 terminal gets the whole message")
            #expect(tiny.contains("Terminal te klein"))
            try tmux.resize(columns: 80, rows: 24)
            #expect(try tmux.waitFor(" dossiers") != nil)
            try tmux.send("q")
            let after = try #require(try tmux.waitFor("TTY=RESTORED"), "zorg exits and the terminal settings are back")
            #expect(after.contains("EXIT=0"))
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "needs python3 to block signals"))
    func closingTheTerminalEndsZorgInsteadOfLeavingItSpinning() throws {
        let (zorg, store) = try zorg()
        defer { try? FileManager.default.removeItem(at: store) }
        let pidFile = store.path + "/../zorg-\(UUID().uuidString).pid"
        defer { try? FileManager.default.removeItem(atPath: pidFile) }
        let tmux = try shell()
        defer { tmux.kill() }
        // Started as a test runner may start it: with SIGHUP, SIGTERM and SIGINT blocked (python3 blocks them and
        // execs, which keeps the mask). That is how two zorgs once outlived their closed terminals, spinning.
        let blocked = "python3 -c 'import os, signal; signal.pthread_sigmask(signal.SIG_BLOCK, "
            + "{signal.SIGHUP, signal.SIGTERM, signal.SIGINT}); os.execvp(\"sh\", [\"sh\", \"-c\", os.environ[\"ZORG_CMD\"]])'"
        try tmux.type("ZORG_CMD=\"echo \\$\\$ > '\(pidFile)'; exec \(zorg)\" \(blocked)")
        try tmux.send("Enter")
        try #require(try tmux.waitFor(" dossiers") != nil, "the caseload list appears")
        let pid = try #require(Int32(try String(contentsOfFile: pidFile, encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(Self.isRunning(pid))
        tmux.kill()  // the terminal goes away, as when an SSH session drops
        var running = true
        for _ in 0..<100 where running {
            usleep(100_000)
            running = Self.isRunning(pid)
        }
        #expect(!running, "zorg left when its terminal closed")
        if running { kill(pid, SIGKILL) }
    }

    /// Whether a process is alive (a zombie waiting for its parent counts as ended).
    private static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(close, offsetBy: 2)...].prefix(1)
        return state != "Z" && state != "X"
    }

    @Test func dumbOrMissingTerminalGivesAClearMessageAndNonZeroExit() throws {
        let (zorg, store) = try zorg()
        defer { try? FileManager.default.removeItem(at: store) }
        let tmux = try shell(columns: 200)
        defer { tmux.kill() }
        try tmux.type("TERM=dumb \(zorg); echo DUMB=\"$?\"")
        try tmux.send("Enter")
        let dumb = try #require(try tmux.waitFor("DUMB=3"))
        #expect(dumb.contains("kan de cursor niet verplaatsen"))
        #expect(dumb.contains("DUMB=3"))

        try tmux.type("clear; env -u TERM \(zorg); echo UNSET=\"$?\"")
        try tmux.send("Enter")
        let unset = try #require(try tmux.waitFor("UNSET=3"))
        #expect(unset.contains("TERM is niet ingesteld"))
        #expect(unset.contains("UNSET=3"))

        try tmux.type("clear; TERM=no-such-terminal \(zorg); echo UNKNOWN=\"$?\"")
        try tmux.send("Enter")
        let unknown = try #require(try tmux.waitFor("UNKNOWN=3"))
        #expect(unknown.contains("no-such-terminal"))
        #expect(unknown.contains("UNKNOWN=3"))
    }
}

/// Without any terminal (output into a pipe) zorg must say so rather than draw; needs no tmux.
@Suite struct NoTerminalTests {
    @Test func outputIntoAPipeGivesAClearMessageAndExitCode3() throws {
        let binary = try #require(Binary.zorg, "the zorg executable next to the test binary (swift build first)")
        let store = try DemoStoreFolder.make()
        defer { try? FileManager.default.removeItem(at: store) }
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--store", store.path]
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = Pipe()
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        _ = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 3)
        #expect(message.contains("het scherm heeft een terminal nodig"))
    }
}
