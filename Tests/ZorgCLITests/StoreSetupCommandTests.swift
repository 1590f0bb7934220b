import Foundation
import Testing

/// An office starting with Zorg from the shell: `zorg init`, an import, the checks, the audit trail, a backup, the
/// store's local rules — as an administrator types them.
@Suite("zorg init, backup and rules add on the command line")
struct StoreSetupCommandTests {
    @Test("init, import a sample, check --all and audit verify all succeed on a fresh store")
    func aFreshStoreWorksEndToEnd() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/S"
        let made = try z.run(["init", "--store", store])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("Persoonlijke store gemaakt in \(store)"))
        let sample = ZorgProcess.repositoryFile("seeds/samples/clients-english-comma.csv")
        let imported = try z.run(["import", sample, "--store", store])
        #expect(imported.status == 0, "\(imported.stderr)")
        let checked = try z.run(["check", "--all", "--store", store, "--format", "csv"])
        #expect(checked.status == 0 && checked.stdout.contains("EN-0001;;verhoogde-tegemoetkoming;"), "\(checked.stderr)")
        let verified = try z.run(["audit", "verify", "--store", store])
        #expect(verified.status == 0 && verified.stdout.contains("keten intact"))
        let log = try String(contentsOfFile: store + "/audit/audit.jsonl", encoding: .utf8)
        #expect(log.hasPrefix("{\"action\":\"init\""))
    }

    @Test("init over a folder that is not empty, or over a store, is refused (exit 1) and changes nothing")
    func initRefusesWhatIsThere() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let folder = z.home + "/mine"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "do not touch".write(toFile: folder + "/letter.txt", atomically: false, encoding: .utf8)
        let refused = try z.run(["init", "--store", folder])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("niet leeg"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["letter.txt"])
        #expect(try String(contentsOfFile: folder + "/letter.txt", encoding: .utf8) == "do not touch")
        try z.run(["init", "--store", z.home + "/S"])
        let again = try z.run(["init", "--store", z.home + "/S"])
        #expect(again.status == 1 && again.stderr.contains("al een Zorg-store"))
        #expect(try z.run(["init", "--group", "zorg", "--store", z.home + "/T"]).status == 2, "--group needs --shared")
    }

    @Test("a command that finds no store names zorg init; ZORG_STORE may only point at a store")
    func noStoreNamesInit() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let empty = z.home + "/empty"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let sample = ZorgProcess.repositoryFile("seeds/samples/clients-english-comma.csv")
        for arguments in [["import", sample, "--store", empty], ["check", "--all", "--store", empty], ["--store", empty]] {
            let result = try z.run(arguments)
            #expect(result.status == 3)
            #expect(result.stderr.contains("zorg init"), "\(arguments): \(result.stderr)")
        }
        let fromEnvironment = try z.run(["check", "--all"], environment: ["ZORG_STORE": empty])
        #expect(fromEnvironment.status == 3 && fromEnvironment.stderr.contains("ZORG_STORE"))
        #expect(!FileManager.default.fileExists(atPath: empty + "/zorg-store.json"))
    }

    @Test("backup to a tar file and to a folder; both open as a store and verify; an existing DEST is refused")
    func backups() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/S"
        try z.run(["demo", "--store", store])
        let tar = try z.run(["backup", z.home + "/b.tar", "--store", store])
        #expect(tar.status == 0 && tar.stdout.contains("Backup geschreven"), "\(tar.stderr)")
        let folder = try z.run(["backup", z.home + "/copy", "--store", store])
        #expect(folder.status == 0, "\(folder.stderr)")
        let again = try z.run(["backup", z.home + "/b.tar", "--store", store])
        #expect(again.status == 1 && again.stderr.contains("bestaat al"))
        let restored = z.home + "/restored"
        try FileManager.default.createDirectory(atPath: restored, withIntermediateDirectories: true)
        let untar = Process()
        untar.executableURL = URL(fileURLWithPath: "/bin/tar")
        untar.arguments = ["-xf", z.home + "/b.tar", "-C", restored]
        try untar.run()
        untar.waitUntilExit()
        let original = try z.run(["check", "--all", "--store", store, "--format", "csv"]).stdout
        for copy in [restored, z.home + "/copy"] {
            #expect(try z.run(["audit", "verify", "--store", copy]).status == 0)
            #expect(try z.run(["check", "--all", "--store", copy, "--format", "csv"]).stdout == original)
        }
        let log = try String(contentsOfFile: store + "/audit/audit.jsonl", encoding: .utf8)
        #expect(log.components(separatedBy: "\"action\":\"backup\"").count - 1 == 2, "one entry per backup")
    }

    @Test("rules add refuses a broken module with its line, adds a good one, rules remove takes it away")
    func localRules() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/S"
        try z.run(["init", "--store", store])
        let good = z.home + "/premie.yaml"
        let module = try String(contentsOfFile: ZorgProcess.repositoryFile("Sources/CaseModel/Modules/pro-deo.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "id: pro-deo", with: "id: genk-pro-deo")
        try module.write(toFile: good, atomically: false, encoding: .utf8)
        let broken = z.home + "/kapot.yaml"
        try "id: kapot\ntitle: K\nfacts: [\n".write(toFile: broken, atomically: false, encoding: .utf8)
        let refused = try z.run(["rules", "add", broken, "--store", store])
        #expect(refused.status == 1 && refused.stderr.contains("kapot.yaml:"), "\(refused.stderr)")
        let added = try z.run(["rules", "add", good, "--store", store])
        #expect(added.status == 0 && added.stdout.contains("rules/genk-pro-deo.yaml"), "\(added.stderr)")
        #expect(try z.run(["rules", "list", "--store", store]).stdout.contains("genk-pro-deo"))
        let removed = try z.run(["rules", "remove", "genk-pro-deo", "--store", store])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: store + "/rules").isEmpty)
        #expect(try z.run(["rules", "remove", "genk-pro-deo", "--store", store]).status == 1)
    }
}
