import Foundation
import Testing
@testable import CaseModel

/// Bad input thrown at the program: malformed client lists, rule modules and dossier files. Nothing crashes,
/// every refusal says where and why, and nothing already stored changes. The counts are printed (FUZZ …).
@Suite("Fuzz: bad input")
struct FuzzInputTests {
    static let samples: [(String, [UInt8])] = Embedded.seedFiles.filter { $0.key.hasSuffix(".csv") }
        .sorted { $0.key < $1.key }.map { ($0.key, [UInt8]($0.value)) }

    /// Client lists no one should ever send: broken quotes, binary, huge fields, other encodings.
    static func handMade() -> [(String, [UInt8])] {
        let header = "dossier;rijksregisternummer;voornaam;naam;geboortedatum;rol\n"
        let nn = NationalNumber.make(birthDate: Day(year: 1985, month: 7, day: 30)!, sequence: 34).formatted
        let good = "F-1;\(nn);An;Peeters;30-07-1985;aanvrager\n"
        var random = FuzzRandom(99)
        let binary = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) }
        func utf16(_ s: String, bom: Bool) -> [UInt8] {
            (bom ? [0xFF, 0xFE] : []) + s.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        }
        return [
            ("empty", []),
            ("bom only", [0xEF, 0xBB, 0xBF]),
            ("header only", Array(header.utf8)),
            ("unclosed quote", Array((header + "F-1;\"\(nn);An;Peeters;30-07-1985;aanvrager\n").utf8)),
            ("quote in the middle", Array((header + "F-1;\(nn);A\"n;Pee\"\"ters;30-07-1985;aanvrager\n").utf8)),
            ("stray quotes", Array(String(repeating: "\"", count: 999).utf8)),
            ("binary", binary),
            ("binary after header", Array(header.utf8) + binary),
            ("NUL in header", Array("doss\u{0}ier;voornaam\nF-1;An\n".utf8)),
            ("huge field", Array((header + "F-1;\(nn);" + String(repeating: "A", count: 2_000_000) + ";Peeters;30-07-1985;aanvrager\n").utf8)),
            ("huge quoted field with line ends", Array((header + "F-1;\(nn);\"" + String(repeating: "a\n", count: 200_000) + "\";P;30-07-1985;aanvrager\n").utf8)),
            ("10,000 columns", Array((Array(repeating: "x", count: 10_000).joined(separator: ";") + "\n" + good).utf8)),
            ("100,000 empty lines", Array((header + String(repeating: "\n", count: 100_000) + good).utf8)),
            ("only separators", Array(String(repeating: ";;;;\n", count: 1000).utf8)),
            ("carriage returns only", Array((header + good).replacingOccurrences(of: "\n", with: "\r").utf8)),
            ("UTF-16 with BOM", utf16(header + good, bom: true)),
            ("UTF-16 without BOM", utf16(header + good, bom: false)),
            ("Latin-1 with UTF-8 BOM", [0xEF, 0xBB, 0xBF] + Array(header.utf8) + Array("F-1;\(nn);Fran".utf8) + [0xE7] + Array("oise;L;30-07-1985;aanvrager\n".utf8)),
            ("invalid UTF-8 sequences", Array(header.utf8) + [0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x90, 0x28, 0xBC, 0x3B, 0x0A]),
            ("sep line with tab", Array(("sep=\t\n" + header + good).utf8)),
            ("duplicate columns", Array(("dossier;voornaam;voornaam;naam\nF-1;A;B;C\n").utf8)),
            ("dossier numbers that are paths", Array((header + "../../etc/passwd;\(nn);An;P;30-07-1985;aanvrager\n" + "a~b;\(nn);An;P;30-07-1985;aanvrager\n" + ".hidden;\(nn);An;P;30-07-1985;aanvrager\n").utf8)),
        ]
    }

    /// Each problem of a plan must say where (file) and why, in words, with no Swift debugging text in it.
    static func clear(_ plan: ImportPlan) -> [String] {
        var messages = plan.structuralErrors.map { $0.message() }
        for row in plan.rows { if case .rejected(let issues) = row.outcome { messages += issues.map { $0.message() } } }
        return messages.filter { m in m.isEmpty || m.contains("Optional(") || m.contains("Error(") || !m.contains(": ") }
    }

    /// Values that broke or could break a parser, the rules or a terminal.
    static let nastyCells = ["9223372036854775807", "9.223.372.036.855", "92233720368547758,07", "-9223372036854775808",
                             "1e999", "99999999999999999999999", "=HYPERLINK(\"x\")", "'=1+1", "+32", "@SUM(A1)",
                             "\u{1B}[2J", "a\u{9B}b", "\u{7F}", "0,000000001", "1.000.000.000,00", "18.000", "-0", "€ -1"]

    /// A sample with one cell (after a delimiter) replaced by a nasty value.
    static func withNastyCell(_ bytes: [UInt8], _ random: inout FuzzRandom) -> [UInt8] {
        let separators = bytes.indices.filter { bytes[$0] == UInt8(ascii: ";") || bytes[$0] == UInt8(ascii: ",") }
        guard let at = separators.randomElement(using: &random) else { return bytes }
        var end = at + 1
        while end < bytes.count, ![UInt8(ascii: ";"), UInt8(ascii: ","), 0x0A, 0x0D].contains(bytes[end]) { end += 1 }
        var out = bytes
        out.replaceSubrange((at + 1)..<end, with: Array(nastyCells.randomElement(using: &random)!.utf8))
        return out
    }

    @Test("malformed client lists: no crash, a clear message for each refusal, stored dossiers unchanged")
    func clientLists() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        for k in 1...3 { try store.create(StoreFixture.household("KEEP-\(k)")) }
        let kept = Self.keptFiles(folder)
        var inputs = Self.handMade()
        var random = FuzzRandom(20_261_123)
        for (name, bytes) in Self.samples {
            for i in 0..<280 { inputs.append(("\(name) mutation \(i)", Mutate.bytes(bytes, &random))) }
            // Cells with what issue 12 found: numbers near Int64.max, formulas, control characters, long digits.
            for i in 0..<60 { inputs.append(("\(name) cell \(i)", Self.withNastyCell(bytes, &random))) }
        }
        var refused = 0, committed = 0
        let importer = StoreImport(store: store)
        for (index, (name, bytes)) in inputs.enumerated() {
            // Every input is planned; every tenth one (and every hand-made one) also goes through the store.
            let throughStore = index < 30 || index % 10 == 0
            let plan = throughStore
                ? try importer.plan(bytes, kind: .clients, fileName: "fuzz.csv", allOrNothing: false, today: ImportFixture.today)
                : ClientListImport.plan(bytes, options: ImportFixture.options("fuzz.csv"), context: InMemoryImportContext())
            #expect(Self.clear(plan).isEmpty, "\(name): \(Self.clear(plan))")
            if plan.hasProblems { refused += 1 }
            #expect(plan.householdsToWrite.allSatisfy { !$0.id.rawValue.contains("..") && !$0.id.rawValue.hasPrefix(".") }, "\(name)")
            if throughStore && !plan.householdsToWrite.contains(where: { $0.id.rawValue.hasPrefix("KEEP-") }) {
                do {
                    try importer.commit(plan)
                    committed += 1
                } catch let error as StoreError {
                    #expect(!error.message.isEmpty, "\(name)")
                }
            }
        }
        #expect(Self.keptFiles(folder) == kept)
        let load = try store.loadAll()
        #expect(load.problems.isEmpty)
        #expect(try store.audit.verify().isIntact)
        #expect(StoreFixture.names(in: folder.store).contains("dossiers"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/etc"))
        print("FUZZ csv: \(inputs.count) client lists (\(Self.handMade().count) hand-made), \(refused) with problems "
              + "reported, \(committed) committed to the store; kept dossiers unchanged")
    }

    @Test("malformed rule modules: refused with file and reason, the other modules load, evaluation never crashes")
    func ruleModules() throws {
        let modules = Embedded.moduleFiles.filter { !$0.key.contains(".tests.") }.sorted { $0.key < $1.key }
        var random = FuzzRandom(6)
        var inputs = 0, refused = 0, loaded = 0
        let household = StoreFixture.household("R-1")
        for (path, data) in modules {
            let text = String(decoding: data, as: UTF8.self)
            for i in 0..<30 {
                inputs += 1
                let broken: Data = i % 10 == 9 ? Data(Mutate.bytes(Array(data), &random)) : Data(Mutate.lines(text, &random).utf8)
                // Loading all sixteen modules is slow in a debug build: the first mutation of each module is loaded
                // among the others (to show the rest still load), the other mutations alone.
                var files = [path: broken]
                if i == 0 { files = Embedded.moduleFiles.merging([path: broken]) { $1 } }
                let result = RuleSet.load(builtIn: files)
                for problem in result.problems {
                    #expect(problem.file == path, "\(problem)")
                    #expect(!problem.reason.isEmpty && !problem.reason.contains("Optional("), "\(problem)")
                }
                if result.problems.isEmpty {
                    loaded += 1
                } else {
                    refused += 1
                    #expect(result.ruleSet.modules.count == files.keys.filter { !$0.contains(".tests.") }.count - 1, "\(path) #\(i): one file broken, the rest load")
                }
                _ = result.ruleSet.evaluate(household: household, asOf: ImportFixture.today)
            }
        }
        // Deep nesting overflowed the YAML parser's stack and killed the program (found by TrustBadInputTests).
        // Each is refused before Yams builds a node: nested too deeply, too large (the 3,000 indented lines are
        // 4.5 MB), or — the brackets inside an unclosed quote are text, not nesting — not valid YAML.
        let deep: [(String, String)] = [
            (String(repeating: "[", count: 5000), "nested too deeply"), (String(repeating: "{a: ", count: 5000), "nested too deeply"),
            (String(repeating: "- ", count: 5000) + "x", "nested too deeply"),
            ((0..<3000).map { String(repeating: " ", count: $0) + "a:" }.joined(separator: "\n"), "too large"),
            ((0..<300).map { String(repeating: " ", count: $0) + "a:" }.joined(separator: "\n"), "nested too deeply"),
            ("id: x\nnote: 'it''s [" + String(repeating: "[", count: 5000), "not valid YAML"),
        ]
        for (text, reason) in deep {
            inputs += 1
            let result = RuleSet.load(builtIn: ["deep.yaml": Data(text.utf8)])
            #expect(result.problems.first?.reason.contains(reason) == true, "\(text.prefix(20)): \(result.problems)")
            refused += 1
        }
        print("FUZZ rules: \(inputs) mutated modules, \(refused) refused with a reason, \(loaded) still valid and evaluated")
    }

    @Test("hand-broken dossier files: set aside with a reason, the other dossiers and the trail unharmed")
    func dossierFiles() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        var h = StoreFixture.household("KEEP-1")
        h.notes = [Note(date: ImportFixture.today, author: "alice", text: "eerste gesprek")]
        try store.create(h)
        let kept = Self.keptFiles(folder)
        let original = try Data(contentsOf: URL(fileURLWithPath: folder.store + "/dossiers/KEEP-1.json"))
        let text = String(decoding: original, as: UTF8.self)
        var broken: [[UInt8]] = [[], Array("null".utf8), Array("[]".utf8), Array("{}".utf8), [0xFF, 0xFE, 0x00],
                                 Array(String(repeating: "[", count: 100_000).utf8),
                                 Array(text.replacingOccurrences(of: "\"revision\" : 1", with: "\"revision\" : \"één\"").utf8),
                                 Array(text.replacingOccurrences(of: "\"revision\" : 1", with: "\"revision\" : 1e400").utf8),
                                 Array(text.replacingOccurrences(of: "\"members\"", with: "\"leden\"").utf8),
                                 Array(text.replacingOccurrences(of: "2026-11-23", with: "23/11/2026").utf8),
                                 Array(text.replacingOccurrences(of: "aanvrager", with: "koning").utf8)]
        var random = FuzzRandom(42)
        for _ in 0..<250 { broken.append(Mutate.bytes(Array(original), &random)) }
        var quarantined = 0, readable = 0
        // In rounds of 25 files: each file is written as a dossier of its own, then the whole store is loaded.
        for start in stride(from: 0, to: broken.count, by: 25) {
            let round = Array(broken[start..<min(broken.count, start + 25)])
            for (offset, bytes) in round.enumerated() {
                // The number inside must match the file name, so give each its own name and number.
                let id = "BAD-\(start + offset)"
                let named = Data(bytes).replacingKeep(id)
                try named.write(to: URL(fileURLWithPath: folder.store + "/dossiers/\(id).json"))
            }
            let load = try store.loadAll()
            for problem in load.problems {
                #expect(problem.quarantinedAs != nil && !problem.reason.isEmpty && !problem.reason.contains("Optional("), "\(problem)")
                #expect(!problem.description.contains("eerste gesprek"), "a reason quotes the dossier's content")
            }
            quarantined += load.problems.count
            readable += load.households.count - 1
            #expect(load.households.contains { $0.id.rawValue == "KEEP-1" })
            // The readable ones are cleared away for the next round.
            for household in load.households where household.id.rawValue.hasPrefix("BAD-") {
                try FileManager.default.removeItem(atPath: folder.store + "/dossiers/\(household.id.rawValue).json")
            }
        }
        #expect(quarantined + readable == broken.count)
        #expect(Self.keptFiles(folder) == kept)
        #expect(try store.load(StoreFixture.id("KEEP-1")).notes.count == 1)
        #expect(try store.audit.verify().isIntact)
        let entries = try store.audit.entries().filter { $0.action == .quarantine }
        #expect(entries.count == quarantined)
        print("FUZZ dossiers: \(broken.count) broken dossier files, \(quarantined) set aside with a reason, "
              + "\(readable) still readable; the kept dossier and the trail unharmed")
    }

    /// The bytes of every kept dossier file, by name.
    static func keptFiles(_ folder: TemporaryFolder) -> [String: Data] {
        var out: [String: Data] = [:]
        for name in StoreFixture.names(in: folder.store + "/dossiers") where name.hasPrefix("KEEP-") {
            out[name] = try? Data(contentsOf: URL(fileURLWithPath: folder.store + "/dossiers/" + name))
        }
        return out
    }
}

private extension Data {
    /// The broken copy of KEEP-1 with its number replaced, so it does not collide with the kept dossier.
    func replacingKeep(_ id: String) -> Data {
        let keep = Array("KEEP-1".utf8), replacement = Array(id.utf8)
        var bytes = [UInt8](self), out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if i + keep.count <= bytes.count && Array(bytes[i..<i + keep.count]) == keep {
                out += replacement
                i += keep.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        bytes = out
        return Data(bytes)
    }
}
