import CaseModel
import Foundation
import Testing

/// Bad input through the real program: broken client lists, broken local rule modules and broken dossier files.
/// The program never crashes (a crash shows as a status other than 0–3), says what is wrong and where, and
/// leaves what is stored unchanged. The in-process fuzzers (FuzzInputTests) throw many more inputs at the
/// same code; these prove the messages reach the terminal.
@Suite("Trust: bad input on the command line", .serialized)
struct TrustBadInputTests {
    private func keptBytes(_ store: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: store + "/dossiers/KEEP-1.json"))
    }

    @Test("broken client lists, rule modules and dossier files: exit 0–3, a message naming the file, nothing damaged")
    func badInput() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/store"
        let created = try CaseStore.create(at: store)
        try created.create(Household(id: DossierID(rawValue: "KEEP-1")!,
                                     members: [Person(firstName: "An", lastName: "Peeters", role: .aanvrager)]))
        let kept = try keptBytes(store)
        let header = "dossier;rijksregisternummer;voornaam;naam;geboortedatum;rol\n"
        let lists: [(String, [UInt8])] = [
            ("leeg.csv", []),
            ("quote.csv", Array((header + "F-1;\"85.07.30-033.28;An;P;30-07-1985;aanvrager\n").utf8)),
            ("binair.csv", (0..<2048).map { UInt8(($0 * 7919) & 0xFF) }),
            ("utf16.csv", [0xFF, 0xFE] + header.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
            ("groot.csv", Array((header + "F-1;x;" + String(repeating: "A", count: 1_000_000) + ";P;30-07-1985;aanvrager\n").utf8)),
            ("kolommen.csv", Array("a;b;c\n1;2;3\n".utf8)),
        ]
        var inputs = 0
        for (name, bytes) in lists {
            let path = z.home + "/" + name
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let out = try z.run(["import", path, "--store", store])
            inputs += 1
            #expect([1, 3].contains(out.status), "\(name): status \(out.status)")
            #expect((out.stdout + out.stderr).contains(name), "\(name): the message does not name the file")
        }
        // Not broken but in another encoding: a Windows-1252 list is read as such, the name comes out right.
        let latin1 = z.home + "/latin1.csv"
        try Data(Array(header.utf8) + Array("F-1;;Fran".utf8) + [0xE7] + Array("oise;L;30-07-1985;aanvrager\n".utf8))
            .write(to: URL(fileURLWithPath: latin1))
        #expect(try z.run(["import", latin1, "--store", store]).status == 0)
        #expect(try CaseStore(at: store).load(DossierID(rawValue: "F-1")!).members.first?.firstName == "Françoise")
        inputs += 1
        for missing in [z.home + "/bestaat-niet.csv", z.home] {
            let out = try z.run(["import", missing, "--store", store])
            inputs += 1
            #expect(out.status == 3 && out.stderr.contains("niet lezen"))
        }

        let modules = ["name: [\n", "id: leefloon\n\t- x\n", String(repeating: "{", count: 5000), "id: 12\nname: 3\n"]
        for (k, text) in modules.enumerated() {
            let file = store + "/rules/kapot-\(k).yaml"
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            let out = try z.run(["rules", "list", "--store", store])
            inputs += 1
            #expect([0, 1].contains(out.status), "module \(k): status \(out.status)")
            #expect(out.stderr.contains("kapot-\(k).yaml") || out.stdout.contains("kapot-\(k).yaml"), "module \(k): \(out.stderr)")
            try FileManager.default.removeItem(atPath: file)
        }

        let dossiers: [(String, String)] = [("X-1", "{\"id\": \"X"), ("X-2", "[]"), ("X-3", "{\"id\":\"X-3\",\"revision\":\"twee\"}"),
                                            ("X-4", "{\"id\":\"OTHER\",\"revision\":1,\"members\":[]}")]
        for (id, text) in dossiers {
            try text.write(toFile: store + "/dossiers/\(id).json", atomically: true, encoding: .utf8)
            let out = try z.run(["check", "--all", "--store", store])
            inputs += 1
            #expect([0, 1].contains(out.status), "\(id): status \(out.status)")
            #expect(out.stderr.contains("dossiers/\(id).json") && out.stderr.contains("quarantine/"), "\(id): \(out.stderr)")
            #expect(!FileManager.default.fileExists(atPath: store + "/dossiers/\(id).json"))
        }
        #expect(try keptBytes(store) == kept)
        #expect(try z.run(["audit", "verify", "--store", store]).status == 0)
        print("TRUST bad input on the command line: \(inputs) inputs, each refused with a message naming the file")
    }
}
