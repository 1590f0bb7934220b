import Foundation
import Testing

/// `zorg check --interactive` through the real binary on a pseudo-terminal (`script`): it starts and quits
/// normally although `--store` and `ZORG_STORE` name a store that does not exist or cannot be read, because
/// the checker never resolves or opens a store.
@Suite struct CheckerCommandTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var binary: URL? {
        let candidates = [".build/debug/zorg", ".build/release/zorg"].map { packageRoot.appendingPathComponent($0) }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs the command in `script` with keys on its input; returns the exit code and what the terminal showed.
    static func runInPTY(_ arguments: [String], keys: String, environment extra: [String: String]) throws -> (Int32, String) {
        guard let binary else { throw Missing() }
        let command = ([binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm"
        environment.removeValue(forKey: "NO_COLOR")
        for (k, v) in extra { environment[k] = v }
        process.environment = environment
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        input.fileHandleForWriting.write(Data(keys.utf8))
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    struct Missing: Error {}

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script") && binary != nil))
    func theCheckerNeverTouchesTheStore() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zorg-check-cmd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.appendingPathComponent("locked").path)
            try? FileManager.default.removeItem(at: folder)
        }
        // An unreadable folder for ZORG_STORE, a missing one for --store.
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        let (code, screen) = try Self.runInPTY(
            ["check", "--interactive", "--store", folder.appendingPathComponent("nope").path],
            keys: "q", environment: ["ZORG_STORE": locked.path, "HOME": folder.path])
        #expect(code == 0)
        #expect(screen.contains("Rechtenverkenner"))
        #expect(!screen.contains("store") || screen.contains("zonder store"))
        // Nothing was made: not the missing store, not anything in the home folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["locked"])
    }

    @Test(.enabled(if: binary != nil)) func interactiveTakesNoDossiers() throws {
        let process = Process()
        process.executableURL = Self.binary!
        process.arguments = ["check", "--interactive", "--all"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 64 || process.terminationStatus == 2)
        #expect(String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).contains("--interactive"))
    }

    /// A user whose role in the store is `volunteer` gets the checker, and the store's files stay as they were
    /// (no dossier read, no view logged).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script") && binary != nil))
    func aVolunteerGetsTheCheckerAndTheStoreIsUntouched() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zorg-volunteer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("store").path
        let demo = Process()
        demo.executableURL = Self.binary!
        demo.arguments = ["demo", "--store", store]
        demo.standardOutput = Pipe()
        demo.standardError = Pipe()
        try demo.run()
        demo.waitUntilExit()
        #expect(demo.terminationStatus == 0)
        // Every user named in the roles becomes a volunteer.
        let rolesPath = store + "/roles.json"
        let roles = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: rolesPath))) as! [String: String]
        try JSONSerialization.data(withJSONObject: roles.mapValues { _ in "volunteer" }).write(to: URL(fileURLWithPath: rolesPath))
        let before = try Self.snapshot(store)
        let (code, screen) = try Self.runInPTY(["--store", store], keys: "q", environment: ["HOME": folder.path])
        #expect(code == 0)
        #expect(screen.contains("Rechtenverkenner"))
        #expect(try Self.snapshot(store) == before)
    }

    /// Every file under a folder with its contents.
    static func snapshot(_ root: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let e = FileManager.default.enumerator(atPath: root)
        while let path = e?.nextObject() as? String {
            var isDir: ObjCBool = false
            let full = root + "/" + path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
                out[path] = try Data(contentsOf: URL(fileURLWithPath: full))
            }
        }
        return out
    }
}
