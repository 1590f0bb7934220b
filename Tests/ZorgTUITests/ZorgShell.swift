import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A shell in tmux with a fresh demo store beside it: the end-to-end tests type into the shell as a person
/// would, start `zorg` on the store, and run `zorg` commands on it afterwards (without the terminal).
final class ZorgShell {
    let tmux: Tmux
    let store: URL
    let binary: URL

    /// The shell is ready (it answered a marker) when this returns.
    init(columns: Int = 80, rows: Int = 24) throws {
        guard let binary = Binary.zorg else { throw DemoStoreFolder.Failure(text: "the zorg executable next to the test binary (swift build first)") }
        self.binary = binary
        store = try DemoStoreFolder.make()
        do {
            tmux = try Tmux(command: "sh", columns: columns, rows: rows, environment: ["LANG": "C.UTF-8"])
            try echo("SHELL=READY")
        } catch {
            try? FileManager.default.removeItem(at: store)
            throw error
        }
    }

    deinit {
        tmux.kill()
        try? FileManager.default.removeItem(at: store)
    }

    /// `zorg --store S` (with `arguments` before the store option) as a shell command.
    func zorgCommand(_ arguments: String = "") -> String {
        "'\(binary.path)' \(arguments) --store '\(store.path)'"
    }

    /// Types a command and Enter.
    func run(_ command: String) throws {
        try tmux.type(command)
        try tmux.send("Enter")
    }

    /// Echoes `text` and waits for it. The typed command holds it with an empty quote inside (`MAR""KER`), so
    /// only the echo's output matches.
    func echo(_ text: String) throws {
        let split = text.index(text.startIndex, offsetBy: text.count / 2)
        try run("echo \(text[..<split])\"\"\(text[split...])")
        guard try tmux.waitFor(text) != nil else { throw DemoStoreFolder.Failure(text: "the shell did not echo \(text)") }
    }

    /// Starts the terminal UI on the store; its exit code is echoed as `EXIT=n` when it ends.
    func startZorg(environment: String = "") throws {
        try run("\(environment)\(zorgCommand()); echo EXIT=\"$?\"")
    }

    /// Runs `zorg` without a terminal on the store (e.g. `export D --format json`): exit status and output.
    func zorg(_ arguments: [String]) throws -> Subprocess.Result {
        try Subprocess.run(binary.path, arguments + ["--store", store.path], environment: ProcessInfo.processInfo.environment)
    }

    /// The process id of the `zorg` running on this store (its store path is unique), when there is one.
    func zorgProcess() -> pid_t? {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let pid = pid_t(entry),
                  let raw = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { continue }
            let arguments = raw.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            if arguments.first == binary.path, arguments.contains(store.path) { return pid }
        }
        return nil
    }

    /// The OS user this test runs as, as the store records it (`getpwuid(geteuid())`).
    static var osUser: String {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return String(geteuid()) }
        return String(cString: name)
    }
}
