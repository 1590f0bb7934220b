import CaseModel
import Foundation
import Testing

/// Generated rule modules thrown at the loader and the evaluator (in-process), and 50 of them at the built
/// `zorg` through a store's `rules/` folder: random modules from the expression grammar, and mutations of the
/// built-in ones — deep nesting, long expressions, huge numbers, unicode, broken YAML, quotes. Nothing may
/// crash; a refusal names the file; a module that loads is evaluated with and without reasons (the tree and
/// the flat program) on households that include out-of-range values, and both must agree. Seeded, so a
/// failure can be replayed; it prints a `FUZZ …` line.
@Suite("Fuzz: generated rule modules", .serialized)
struct RuleModuleFuzzTests {
    static let asOf = Day(year: 2026, month: 11, day: 23)!
    static let count = 2_000

    enum Kind: String, CaseIterable {
        case random, lines, bytes, deepExpression, deepYAML, hugeNumber, unicode, brokenYAML, quotes
    }

    /// A seeded generator with a few conveniences.
    struct Dice {
        var random: TrustSupport.Seeded
        mutating func int(_ n: Int) -> Int { Int.random(in: 0..<max(1, n), using: &random) }
        mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }
        mutating func chance(_ inN: Int) -> Bool { int(inN) == 0 }
    }

    static let builtIn: [(String, String)] = Embedded.moduleFiles.filter { !$0.key.contains(".tests.") }
        .sorted { $0.key < $1.key }.map { ($0.key, String(decoding: $0.value, as: UTF8.self)) }
    static let personColumns = Columns.person.map(\.name).filter { $0 != "dossier" }
    static let householdColumns = Columns.household.map(\.name).filter { $0 != "dossier" }
    static let hugeNumbers = ["99999999999999999999999", "1000000000001", "1000000000000", "-999999999999.999999", "9223372036854775807",
                              "9223372036854775808", "0.0000001", "00000000000000000000001", "1e999", "18446744073709551616", "0", "-0"]

    // MARK: Generating

    static func atom(_ d: inout Dice, person: Bool) -> String {
        switch d.int(9) {
        case 0: return d.pick(householdColumns + ["leden", "peildatum", "peildatum_maand", "grens", "lijst", "afgeleid"])
        case 1: return person ? d.pick(personColumns + ["leeftijd", "wordt_verzorgd", "mantelzorger_postcode"]) : "leden"
        case 2: return String(d.int(5000))
        case 3: return d.chance(40) ? d.pick(hugeNumbers) : String(d.int(100_000_000))
        case 4: return "\(2000 + d.int(40))-0\(1 + d.int(9))-1\(d.int(9))"
        case 5: return d.pick(["'3600'", "'vt'", "\"private_huur\"", "''", "'é'", "'İ'", "'😀'"])
        case 6: return d.pick(["ja", "nee", "waar", "onwaar"])
        case 7: return "[" + (0..<d.int(4)).map { _ in d.pick(["'a'", "1", "'vt'", "2.5", "'leefloon'"]) }.joined(separator: ", ") + "]"
        default: return "\(d.int(100)).\(d.int(999))"
        }
    }

    /// A random expression from the grammar of docs/rules.md (often ill-typed: that is the point).
    static func expression(_ d: inout Dice, depth: Int, person: Bool) -> String {
        if depth <= 0 || d.chance(4) { return atom(&d, person: person) }
        func e() -> String { expression(&d, depth: depth - 1, person: person) }
        func inner() -> String { expression(&d, depth: depth - 1, person: true) }
        switch d.int(12) {
        case 0: return "\(e()) \(d.pick(["+", "-", "*", "/"])) \(e())"
        case 1: return "\(e()) \(d.pick(["=", "!=", "<", "<=", ">", ">=", "≥", "<>"])) \(e())"
        case 2: return "\(e()) \(d.pick(["en", "of", "and", "or"])) \(e())"
        case 3: return "\(d.pick(["niet", "not", "-"])) \(e())"
        case 4: return "(\(e()))"
        case 5: return "\(d.pick(["aantal", "som", "enig", "alle", "count", "sum"]))(\(inner()))"
        case 6: return "als(\(e()), \(e()), \(e()))"
        case 7: return "\(d.pick(["min", "max"]))(\(e()), \(e())\(d.chance(2) ? ", \(e())" : ""))"
        case 8: return "\(d.pick(["bekend", "zeker", "maanden_sinds", "dagen_sinds", "jaren_sinds"]))(\(e()))"
        case 9: return "trap(\(e()), [\(d.int(10)), \(d.chance(10) ? d.pick(hugeNumbers) : "999999999999"), 3])"
        case 10: return "\(e()) in [\(d.pick(["'a'", "1", "'3600'"])), \(e())]"
        default: return "\(person ? "statuten" : "enig(statuten") heeft \(d.pick(["'vt'", "['leefloon', 'igo']", "lijst", "'VT'"]))\(person ? "" : ")")"
        }
    }

    /// A YAML double-quoted text.
    static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func randomModule(_ d: inout Dice, _ n: Int) -> String {
        let person = d.chance(2)
        func formula(_ depth: Int, person p: Bool = person) -> String { quoted(expression(&d, depth: depth, person: p)) }
        var text = "id: fuzz-\(n)\ntitle: {nl: Fuzz \(n), en: Fuzz}\nscope: \(person ? "person" : "household")\n"
        if person && d.chance(2) { text += "for_whom: \(formula(3))\n" }
        text += "sources:\n  s: {title: Bron, url: https://example.org, verified: 2026-01-0\(1 + d.int(9))}\n"
        text += "facts: [\((personColumns + householdColumns).joined(separator: ", "))]\n"
        let unit = d.pick(["money", "count", "number", "list", "bool", "date"])
        let value: String
        switch unit {
        case "money": value = d.pick(["12.50", "€ 1.234,56", "0", "999999999999.99", d.pick(hugeNumbers)])
        case "count": value = d.pick(["3", "-2", String(d.int(1_000_000)), d.pick(hugeNumbers)])
        case "number": value = d.pick(["0.062", "1", d.pick(hugeNumbers)])
        case "list": value = "[vt, leefloon]"
        case "bool": value = d.pick(["ja", "nee"])
        default: value = "2026-01-01"
        }
        text += "parameters:\n  grens:\n    unit: \(unit)\n    values:\n      - {from: 2020-01-01, value: \(unit == "list" ? value : "'\(value)'"), source: s}\n"
        text += "  lijst:\n    unit: list\n    values:\n      - {from: 2020-01-01, value: [vt, igo], source: s}\n"
        text += "derived:\n  afgeleid: \(formula(4, person: false))\n"
        // Conditions in flow style: nested all/any/not of tests.
        func condition(_ level: Int) -> String {
            if level > 3 || d.chance(2) { return "{test: \(formula(5)), nl: Test \(level)\(d.chance(8) && level == 0 ? ", gate: ja" : "")}" }
            if d.chance(5) { return "{not: \(condition(level + 1)), nl: Niet}" }
            return "{\(d.pick(["all", "any"])): [" + (0..<(1 + d.int(3))).map { _ in condition(level + 1) }.joined(separator: ", ") + "]}"
        }
        text += "conditions: [" + (0..<(1 + d.int(3))).map { _ in condition(0) }.joined(separator: ", ") + "]\n"
        if d.chance(2) {
            text += "amount:\n  value: \(formula(4))\n  per: \(d.pick(["month", "year", "once", "litre"]))\n  nl: Bedrag.\n"
        }
        if d.chance(3) {
            text += "outputs:\n  level:\n    value: \(formula(3, person: false))\n    names: [none, low, high]\n"
            text += "  indicators:\n    X: \(formula(3, person: false))\n  priority: \(formula(2, person: false))\n"
            text += "  actions:\n    - {when: \(formula(2, person: false)), nl: Doe iets.}\n"
        }
        return text
    }

    /// A line of a module's text with a `test:` or a derived value, replaced by `body`.
    static func replaceExpression(_ text: String, _ d: inout Dice, _ body: (inout Dice, String) -> String) -> String {
        var lines = text.components(separatedBy: "\n")
        let candidates = lines.indices.filter { lines[$0].contains("test: ") || lines[$0].contains("value: ") }
        guard !candidates.isEmpty else { return text }
        let i = d.pick(candidates)
        guard let colon = lines[i].range(of: ": ") else { return text }
        lines[i] = String(lines[i][..<colon.upperBound]) + body(&d, String(lines[i][colon.upperBound...]))
        return lines.joined(separator: "\n")
    }

    /// `extreme`: the largest variant of the kind (the first module of each kind), the one most likely to crash.
    static func mutate(_ kind: Kind, _ text: String, _ d: inout Dice, extreme: Bool = false) -> [UInt8] {
        switch kind {
        case .random: return Array(text.utf8)
        case .lines:
            var lines = text.components(separatedBy: "\n")
            for _ in 0..<(1 + d.int(3)) where !lines.isEmpty {
                let i = d.int(lines.count)
                switch d.int(6) {
                case 0: lines.remove(at: i)
                case 1: lines.insert(lines[i], at: i)
                case 2: lines.swapAt(i, d.int(lines.count))
                case 3: lines[i] = String(repeating: " ", count: d.int(9)) + lines[i].trimmingCharacters(in: .whitespaces)
                case 4: lines[i] += " " + d.pick(["~", "null", "- ", "!!binary", "&a", "*a", "\t", "[]", "{}", "?", ":", "#"])
                default: lines[i] = String(lines[i].prefix(d.int(lines[i].count + 1)))
                }
            }
            return Array(lines.joined(separator: "\n").utf8)
        case .bytes:
            var b = Array(text.utf8)
            for _ in 0..<(1 + d.int(4)) where !b.isEmpty {
                let at = d.int(b.count)
                switch d.int(4) {
                case 0: b[at] = UInt8(d.int(256))
                case 1: b.insert(contentsOf: d.pick([[0xFF], [0xC3], [0x00], [0xEF, 0xBB, 0xBF], [0xE2, 0x82], [0x22], [0x27], [0x5B]]), at: at)
                case 2: b.removeSubrange(at..<min(b.count, at + 1 + d.int(40)))
                default: b = Array(b.prefix(at))
                }
            }
            return b
        case .deepExpression:
            let n = extreme ? 10_000 : d.pick([10, 40, 63, 64, 65, 200, 1000, 5000])
            return Array(replaceExpression(text, &d) { d, old in
                switch extreme ? 0 : d.int(6) {
                case 0: return String(repeating: "(", count: n) + old + String(repeating: ")", count: n)
                case 1: return String(repeating: "niet ", count: n) + "(" + old + ")"
                case 2: return old + String(repeating: " + 1", count: n)
                case 3: return String(repeating: "min(1, ", count: n) + "1" + String(repeating: ")", count: n) + " > 0"
                case 4: return Array(repeating: "(\(old))", count: min(n, 300)).joined(separator: " en ")
                default: return String(repeating: "-", count: n) + "1 < 0"
                }
            }.utf8)
        case .deepYAML:
            if extreme { return Array((text + "\ndocuments: [a 'b, " + String(repeating: "[", count: 200_000)).utf8) }
            let n = d.pick([20, 32, 33, 100, 5000])
            let deep = d.pick([String(repeating: "[", count: n), String(repeating: "{a: ", count: n), String(repeating: "- ", count: n) + "x",
                               "[a 'b, " + String(repeating: "[", count: n), "[a \"b, " + String(repeating: "[", count: n),
                               String(repeating: "[", count: n) + String(repeating: "]", count: n)])
            var lines = text.components(separatedBy: "\n")
            let i = d.int(lines.count + 1)
            lines.insert(d.pick(["documents: ", "  ", "note: ", ""]) + deep, at: i)
            return Array(lines.joined(separator: "\n").utf8)
        case .hugeNumber:
            if extreme, let test = text.range(of: "test: ") {
                // A literal in a test: its digits overflowed while they were read.
                var out = text
                out.insert(contentsOf: "99999999999999999999999 > 1 en ", at: test.upperBound)
                return Array(out.utf8)
            }
            var out = text
            for _ in 0..<(1 + d.int(3)) {
                guard let r = out.range(of: #"\d+(\.\d+)?"#, options: .regularExpression,
                                        range: out.index(out.startIndex, offsetBy: d.int(max(1, out.count - 1)))..<out.endIndex) else { break }
                out.replaceSubrange(r, with: d.pick(hugeNumbers))
            }
            return Array(out.utf8)
        case .unicode:
            var chars = Array(text)
            for _ in 0..<(1 + d.int(5)) {
                chars.insert(contentsOf: d.pick(["é", "İ", "ß", "😀", "\u{200B}", "\u{202E}", "e\u{301}", "１２", "Ω", "ﬁ", "\u{FEFF}", "𝟙"]),
                             at: d.int(chars.count + 1))
            }
            return Array(String(chars).utf8)
        case .brokenYAML:
            var lines = text.components(separatedBy: "\n")
            let i = d.int(lines.count)
            lines[i] += d.pick([" [", " {", " '", " \"", ": : :", "\t- x", " !!python/object", " &x", " *x", "\n---\nid: twee", "\n...", " |", " >-"])
            return Array(lines.joined(separator: "\n").utf8)
        case .quotes:
            var chars = Array(text)
            for _ in 0..<(1 + d.int(6)) { chars.insert(contentsOf: d.pick(["'", "\"", "''", "\\\"", "`"]), at: d.int(chars.count + 1)) }
            return Array(String(chars).utf8)
        }
    }

    /// The generated modules, in a fixed order: each kind in turn.
    static func generate() -> [(kind: Kind, name: String, bytes: [UInt8])] {
        var d = Dice(random: TrustSupport.Seeded(state: 20_261_207))
        return (0..<count).map { n in
            let kind = Kind.allCases[n % Kind.allCases.count]
            let base = kind == .random ? randomModule(&d, n) : d.pick(builtIn).1
            return (kind, "fuzz-\(n).yaml", mutate(kind, base, &d, extreme: n < Kind.allCases.count))
        }
    }

    /// Households to evaluate on: generated ones, one with values out of range, one without members.
    static let households: [Household] = {
        var list = DemoGenerator(seed: 3).households(count: 3)
        var odd = list[0]
        odd.id = DossierID(rawValue: "FUZZ-ODD")!
        for i in odd.members.indices {
            odd.members[i].incomeYear = Money(cents: 922_337_203_685_500)
            odd.members[i].disabilityPct = Int.max
        }
        odd.energy.epcScore = Int.min
        odd.energy.costYear = Money(cents: Int64.max)
        var empty = list[1]
        empty.id = DossierID(rawValue: "FUZZ-EMPTY")!
        empty.members = []
        list += [odd, empty]
        return list
    }()

    // MARK: In-process

    @Test("2,000 generated modules through the loader and evaluation: no crash, refusals name the file, tree and program agree")
    func inProcess() throws {
        let modules = Self.generate()
        var refused = 0, loaded = 0, results = 0, errors = 0
        var perKind: [Kind: (refused: Int, loaded: Int)] = [:]
        for (kind, name, bytes) in modules {
            let load = RuleSet.load(builtIn: [name: Data(bytes)])
            for p in load.problems {
                #expect(p.file == name, "\(p)")
                #expect(!p.reason.isEmpty && !p.reason.contains("Optional("), "\(p)")
                #expect(p.description.count < 1_000, "\(name): a message of \(p.description.count) characters")
            }
            if load.ruleSet.modules.isEmpty {
                refused += 1
                perKind[kind, default: (0, 0)].refused += 1
                continue
            }
            loaded += 1
            perKind[kind, default: (0, 0)].loaded += 1
            let full = CaseloadEvaluation.run(households: Self.households, ruleSet: load.ruleSet, asOf: Self.asOf)
            let lean = CaseloadEvaluation.run(households: Self.households, ruleSet: load.ruleSet, asOf: Self.asOf, reasons: false)
            #expect(lean == full.map { $0.map { r -> RuleResult in var r = r; r.reasons = []; return r } }, "\(name) (\(kind))")
            for r in full.joined() {
                results += 1
                if r.error != nil {
                    errors += 1
                    #expect(r.outcome == .possible || r.outcome == .receives, "\(name)")
                }
            }
        }
        #expect(refused + loaded == Self.count)
        #expect(loaded >= 200, "too few generated modules load to test evaluation: \(loaded)")
        #expect(errors > 0)
        let kinds = Kind.allCases.map { "\($0.rawValue) \(perKind[$0]?.refused ?? 0)/\(perKind[$0]?.loaded ?? 0)" }.joined(separator: ", ")
        print("FUZZ generated rule modules: \(Self.count) through the loader, \(refused) refused with the file named, \(loaded) loaded "
              + "and evaluated on \(Self.households.count) households (\(results) results, \(errors) with an error; with and without "
              + "reasons equal); refused/loaded per kind: \(kinds)")
    }

    // MARK: Through zorg

    @Test("50 of them through the built zorg (a store's rules/ folder), the extreme one of each kind first: exit 0–3, never a signal")
    func throughZorg() throws {
        let modules = Self.generate()
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/store"
        let created = try CaseStore.create(at: store)
        for h in Self.households where !h.members.isEmpty { try created.create(h) }
        var statuses: [Int32: Int] = [:]
        var named = 0, signals = 0
        // The extreme module of each kind first, then others spread over the list.
        var chosen = Array(0..<Kind.allCases.count)
        var k = 0
        while chosen.count < 50 {
            let i = (k * 997) % modules.count
            if !chosen.contains(i) { chosen.append(i) }
            k += 1
        }
        for (k, index) in chosen.enumerated() {
            let (kind, name, bytes) = modules[index]
            let file = store + "/rules/" + name
            try Data(bytes).write(to: URL(fileURLWithPath: file))
            defer { try? FileManager.default.removeItem(atPath: file) }
            let arguments = k % 2 == 0 ? ["check", "--all", "--store", store, "--format", "json"] : ["rules", "list", "--store", store]
            let process = Process()
            process.executableURL = URL(fileURLWithPath: ZorgProcess.binary)
            process.arguments = arguments
            process.environment = TrustSupport.environment(home: z.home)
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let outData = out.fileHandleForReading.readDataToEndOfFile()
            let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationReason == .exit, "\(name) (\(kind)): killed by signal \(process.terminationStatus)")
            if process.terminationReason != .exit { signals += 1 }
            #expect((0...3).contains(process.terminationStatus), "\(name) (\(kind)): status \(process.terminationStatus): \(errText.suffix(300))")
            statuses[process.terminationStatus, default: 0] += 1
            if errText.contains(name) { named += 1 }
            if k % 2 == 0, process.terminationStatus <= 1 {
                #expect((try? JSONSerialization.jsonObject(with: outData)) is [Any], "\(name): the output is not a JSON array")
            }
        }
        #expect(try z.run(["audit", "verify", "--store", store]).status == 0)
        print("FUZZ generated rule modules through zorg: 50 runs (check --all and rules list), exit statuses "
              + statuses.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
              + "; \(named) named the refused file on standard error; \(signals) killed by a signal")
    }
}
