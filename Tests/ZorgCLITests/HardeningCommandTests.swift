import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 12 through the built `zorg`: what a crash prints, files written for the user, `demo --force`.
@Suite("Hardening on the command line")
struct HardeningCommandTests {
    @Test("a crash prints one fixed line: no backtrace, no registers, no memory")
    func aCrashPrintsNothingOfTheStore() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/S"
        try z.run(["demo", "--store", store])
        // Hold the store's lock, so `users grant` waits in the store's code; then the process is hit by SIGSEGV.
        let lock = open(store + "/.lock", O_RDWR)
        #expect(flock(lock, LOCK_EX) == 0)
        defer { close(lock) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ZorgProcess.binary)
        process.arguments = ["users", "grant", "bob", "caseworker", "--store", store]
        process.environment = ["HOME": z.home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 1.0)
        kill(process.processIdentifier, SIGSEGV)
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGSEGV)
        #expect(text == "zorg: interne fout; het programma stopt (er is niets van een dossier afgedrukt)\n", "\(text)")
        #expect(!FileManager.default.fileExists(atPath: z.home + "/core"))
    }

    @Test("--rejects: an existing file is refused without --overwrite, a link at the path is never followed")
    func rejectsFileIsNew() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/S"
        try z.run(["init", "--store", store])
        let sample = ZorgProcess.repositoryFile("seeds/samples/clients-with-errors.csv")
        let victim = z.home + "/.bashrc"
        try "# mine\n".write(toFile: victim, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: z.home + "/rejects.csv", withDestinationPath: victim)
        let linked = try z.run(["import", sample, "--rejects", z.home + "/rejects.csv", "--store", store])
        #expect(linked.status == 1 && linked.stderr.contains("bestaat al"), "\(linked.stderr)")
        let forced = try z.run(["import", sample, "--rejects", z.home + "/rejects.csv", "--overwrite", "--store", store])
        #expect(forced.status == 3, "a link is not followed even with --overwrite: \(forced.stderr)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "# mine\n")
        let fresh = try z.run(["import", sample, "--rejects", z.home + "/new.csv", "--store", store])
        #expect(fresh.status == 1, "rejected rows: exit 1")
        #expect(FileManager.default.fileExists(atPath: z.home + "/new.csv"))
        let again = try z.run(["import", sample, "--rejects", z.home + "/new.csv", "--store", store])
        #expect(again.status == 1 && again.stderr.contains("--overwrite"))
        #expect(try z.run(["import", sample, "--rejects", z.home + "/new.csv", "--overwrite", "--store", store]).status == 1)
    }

    @Test("zorg demo --force over a demo store with an import of its own is refused and keeps everything")
    func demoForceRefused() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/D"
        try z.run(["demo", "--store", store])
        let sample = ZorgProcess.repositoryFile("seeds/samples/clients-english-comma.csv")
        #expect(try z.run(["import", sample, "--store", store]).status == 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: store + "/dossiers").sorted()
        let forced = try z.run(["demo", "--store", store, "--force"])
        #expect(forced.status == 1 && forced.stderr.contains("eigen werk"), "\(forced.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: store + "/dossiers").sorted() == before)
    }
}
