import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program in a real terminal, so end-to-end tests see what a person sees: a tmux session of a given size
/// on a private tmux server (its own socket, no user config), driven by send-keys and read by capture-pane.
final class Tmux {
    /// The tmux executable on PATH, or nil when tmux is not installed (the tests that need it are then skipped).
    static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("tmux") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static var isAvailable: Bool { executable != nil }

    let socket: String
    let session = "main"

    /// Starts `command` (run by `sh -c`) in a detached session of `columns`×`rows`, in `directory`.
    init(command: String, columns: Int = 80, rows: Int = 24, directory: URL? = nil,
         environment: [String: String] = [:]) throws {
        socket = "zorg-test-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        var args = ["new-session", "-d", "-s", session, "-x", String(columns), "-y", String(rows)]
        if let directory { args += ["-c", directory.path] }
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { args += ["-e", "\(key)=\(value)"] }
        args.append(command)
        try run(args)
        serverPID = Int32(try paneValue("#{pid}")) ?? 0
    }

    /// The private server's process id, so it can be ended even when `kill-server` does not end it.
    private var serverPID: Int32 = 0

    deinit { kill() }

    /// Presses keys by tmux name: "Enter", "Escape", "Down", "C-c", or a single character.
    func send(_ keys: String...) throws { try run(["send-keys", "-t", session] + keys) }

    /// Types text literally, character by character.
    func type(_ text: String) throws { try run(["send-keys", "-t", session, "-l", text]) }

    /// The visible pane as text, one line per row.
    /// Sends raw bytes as typed input (`send-keys -H`), e.g. bytes that are not UTF-8.
    func sendBytes(_ bytes: [UInt8]) throws {
        try run(["send-keys", "-t", session, "-H"] + bytes.map { String(format: "%02x", $0) })
    }

    func capture() throws -> String { try run(["capture-pane", "-p", "-t", session]) }

    /// A tmux format value of the pane, e.g. `#{alternate_on}` or `#{cursor_flag}`.
    func paneValue(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", session, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the pane until `text` appears; returns the last capture, or nil when the timeout passed first.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 15) throws -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            let screen = try capture()
            if screen.contains(text) { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return nil
    }

    /// Changes the terminal size, as a person dragging the window would.
    func resize(columns: Int, rows: Int) throws {
        try run(["resize-window", "-t", session, "-x", String(columns), "-y", String(rows)])
    }

    /// Sets an option of the session's window, e.g. `alternate-screen off` for a terminal without an alternate
    /// screen (a Linux console, an emulator with it switched off).
    func setWindowOption(_ name: String, _ value: String) throws {
        try run(["set-option", "-w", "-t", session, name, value])
    }

    /// Ends the session and its private server.
    func kill() {
        _ = try? run(["kill-server"])
        if serverPID > 0 { Glibc.kill(serverPID, SIGKILL) }
        serverPID = 0
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        guard let executable = Self.executable else { throw TmuxError.notInstalled }
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = environment["TERM"].flatMap { $0.isEmpty || $0 == "dumb" ? nil : $0 } ?? "xterm-256color"
        environment.removeValue(forKey: "TMUX")
        let result = try Subprocess.run(executable.path, ["-L", socket, "-f", "/dev/null"] + arguments,
                                        environment: environment)
        let text = result.output
        guard result.status == 0 || arguments.first == "kill-server" else {
            throw TmuxError.failed(arguments.joined(separator: " "), text)
        }
        return text
    }

    enum TmuxError: Error, CustomStringConvertible {
        case notInstalled
        case failed(String, String)
        var description: String {
            switch self {
            case .notInstalled: "tmux is not installed"
            case .failed(let command, let output): "tmux \(command) failed: \(output)"
            }
        }
    }
}
