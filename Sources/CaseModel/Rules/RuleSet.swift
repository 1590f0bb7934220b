import Foundation
import Yams

/// A test file beside a module (`<id>.tests.yaml`), built in or in the store's `rules/` folder.
public struct RuleTestFile: Sendable, Hashable {
    public var origin: String
    public var text: String
}

/// A file of a store's `rules/` folder as read: its text, or why it could not be read.
struct LocalRuleFile: Sendable {
    var path: String
    var text: String
    var problem: RuleProblem?

    static func isRuleFile(_ name: String) -> Bool {
        (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && !name.hasPrefix(".")
    }

    /// The rule files among `names` in `folder`, sorted, each read with `read`.
    static func read(names: [String], in folder: String, _ read: (String) throws -> Data) -> [LocalRuleFile] {
        names.sorted().filter(isRuleFile).map { name in
            let path = folder + "/" + name
            guard let data = try? read(path) else {
                return LocalRuleFile(path: path, text: "", problem: RuleProblem(file: path, line: nil, reason: "cannot be read"))
            }
            guard let text = String(data: data, encoding: .utf8) else {
                return LocalRuleFile(path: path, text: "", problem: RuleProblem(file: path, line: nil, reason: "not UTF-8 text"))
            }
            return LocalRuleFile(path: path, text: text, problem: nil)
        }
    }
}

/// The outcome of loading modules: the working set and the files that were refused.
public struct RuleSetLoad: Sendable {
    public var ruleSet: RuleSet
    public var problems: [RuleProblem]
}

/// All rule modules in force: the built-in ones, replaced or adjusted by the store's `rules/` folder.
public struct RuleSet: Sendable {
    public private(set) var modules: [RuleModule]
    public private(set) var tests: [RuleTestFile]
    /// Local modules that did not load: each of their rules gives `possible` with the refusal as its error.
    public internal(set) var refused: [RefusedModule] = []
    private var index: [String: Int]
    /// The modules prepared for the last date evaluated (shared by copies: a rule set does not change).
    let prepared = PreparedModules()

    /// The order of `cli.md`'s rule table; modules not in it follow alphabetically.
    static let preferredOrder = [
        "verhoogde-tegemoetkoming", "sociaal-tarief-energie", "verwarmingstoelage", "leefloon",
        "groeipakket-sociale-toeslag", "zorgbudget-zwaar-zorgbehoevenden", "zorgbudget-ouderen", "vlaamse-huurpremie",
        "premie-nutsvoorzieningen", "mantelzorgpremie", "sociaal-internettarief", "pro-deo", "energiescan",
        "housing-first", "energiearmoede", "multiprobleemgezin",
        // The rights added in issue 13, in the order of cli.md's table.
        "inkomensgarantie-ouderen", "tegemoetkoming-handicap", "basisondersteuningsbudget", "groeipakket-schooltoeslag",
        "installatiepremie", "huurwaarborg", "sociale-correctie-water",
    ]

    init(modules: [RuleModule], tests: [RuleTestFile]) {
        let rank = Dictionary(uniqueKeysWithValues: RuleSet.preferredOrder.enumerated().map { ($1, $0) })
        self.modules = modules.sorted { a, b in
            let ra = rank[a.id] ?? Int.max, rb = rank[b.id] ?? Int.max
            return ra != rb ? ra < rb : a.id < b.id
        }
        self.tests = tests.sorted { $0.origin < $1.origin }
        self.index = Dictionary(uniqueKeysWithValues: self.modules.enumerated().map { ($1.id, $0) })
    }

    public func module(_ id: String) -> RuleModule? { index[id].map { modules[$0] } }

    /// Loads the built-in module files (by default the ones compiled into the binary) and, when given, the
    /// store's `rules/` folder: a local module with the id of a built-in one replaces it; a file with
    /// `overrides:` changes parameters of a module; `*.tests.yaml` files are test cases. A file with a mistake is
    /// refused and reported; the others load.
    public static func load(builtIn: [String: Data] = Embedded.moduleFiles, localFolder: URL? = nil) -> RuleSetLoad {
        load(builtIn: builtIn, local: localFolder.map(localFiles))
    }

    /// The same with the local files already read (the store reads its `rules/` through its own file system).
    static func load(builtIn: [String: Data], local: [LocalRuleFile]?) -> RuleSetLoad {
        var problems: [RuleProblem] = []
        var modules: [String: RuleModule] = [:]
        var tests: [RuleTestFile] = []
        for (path, data) in builtIn.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".yaml") || path.hasSuffix(".yml") {
            guard let text = String(data: data, encoding: .utf8) else {
                problems.append(RuleProblem(file: path, line: nil, reason: "not UTF-8 text"))
                continue
            }
            if isTestFile(path) { tests.append(RuleTestFile(origin: path, text: text)); continue }
            do {
                let m = try RuleModuleLoader.load(text: text, file: path, isBuiltIn: true)
                if modules[m.id] != nil {
                    problems.append(RuleProblem(file: path, line: nil, reason: "a second module with id '\(m.id)'"))
                } else {
                    modules[m.id] = m
                }
            } catch {
                problems.append(asProblem(error, path))
            }
        }
        var refused: [RefusedModule] = []
        if let local {
            var overrides: [(String, String)] = []
            var localOrigin: [String: String] = [:]
            for (path, text, problem) in local.map({ ($0.path, $0.text, $0.problem) }) {
                if let problem { problems.append(problem); continue }
                if isTestFile(path) { tests.append(RuleTestFile(origin: path, text: text)); continue }
                if isOverrideFile(text) { overrides.append((path, text)); continue }
                do {
                    var m = try RuleModuleLoader.load(text: text, file: path, isBuiltIn: false)
                    if let first = localOrigin[m.id] {
                        problems.append(RuleProblem(file: path, line: nil, reason: "a second local module with id '\(m.id)' (the first is \(first)); this one is refused"))
                        continue
                    }
                    localOrigin[m.id] = path
                    // The built-in tests describe the built-in module; a replacement brings its own tests.
                    if modules[m.id]?.isBuiltIn == true {
                        tests.removeAll { $0.origin == "\(m.id).tests.yaml" }
                        m.replacesBuiltIn = true
                    }
                    modules[m.id] = m
                } catch {
                    let problem = asProblem(error, path)
                    problems.append(problem)
                    // A local module that does not load must not leave the rule silently to the built-in one (or
                    // to nobody): its results say it could not be evaluated (cli.md).
                    if let id = RefusedModule.id(in: text) ?? RefusedModule.id(fromFile: path), localOrigin[id] == nil {
                        localOrigin[id] = path
                        refused.append(RefusedModule(id: id, title: modules[id]?.title ?? RuleText(nl: id), problem: problem))
                        modules[id] = nil
                    }
                }
            }
            for (path, text) in overrides {
                do { try RuleOverrides.apply(text: text, file: path, to: &modules) } catch { problems.append(asProblem(error, path)) }
            }
        }
        var set = RuleSet(modules: Array(modules.values), tests: tests)
        set.refused = refused.sorted { $0.id < $1.id }
        return RuleSetLoad(ruleSet: set, problems: problems)
    }

    static func isTestFile(_ path: String) -> Bool { path.hasSuffix(".tests.yaml") || path.hasSuffix(".tests.yml") }

    static func isOverrideFile(_ text: String) -> Bool {
        text.split(separator: "\n").contains { $0.hasPrefix("overrides:") }
    }

    static func asProblem(_ error: Error, _ path: String) -> RuleProblem {
        (error as? RuleProblem) ?? RuleProblem(file: path, line: nil, reason: "\(error)")
    }

    /// `*.yaml` files of a folder of the person's (sorted), read with the person's own rights.
    static func localFiles(_ folder: URL) -> [LocalRuleFile] {
        guard let names = try? PersonalFiles.list(folder.path) else { return [] }
        return LocalRuleFile.read(names: names, in: folder.path) { try PersonalFiles.read($0) }
    }

    /// Runs the modules (all, or those named) for one household as of a date. Results follow the module order;
    /// person rules give one result per member they concern. Unknown ids are ignored (the caller validates them).
    /// Without `reasons`, outcomes and amounts only (as the scan computes them: the same outcomes, much cheaper).
    public func evaluate(household: Household, asOf: Day, ruleIDs: [String]? = nil,
                         lookup: (any RuleLookup)? = nil, reasons: Bool = true) -> [RuleResult] {
        var out: [RuleResult] = []
        let frame = RuleFrame(household: household, asOf: asOf, lookup: lookup)
        for state in prepared(on: asOf) where ruleIDs.map({ $0.contains(state.id) }) ?? true {
            state.evaluate(frame, reasons: reasons, into: &out)
        }
        for r in refused where ruleIDs.map({ $0.contains(r.id) }) ?? true { out.append(r.result(for: household.id, asOf: asOf)) }
        return out
    }
}

/// Local parameter changes: a file in `rules/` with
/// ```
/// overrides:
///   - module: mantelzorgpremie
///     parameters:
///       bedrag_maand:
///         - from: 2027-01-01
///           value: 45.00
///           source: {title: …, url: …, verified: 2026-12-15}
/// ```
/// Each value is added to the parameter; a value with the same `from` date replaces the built-in one.
enum RuleOverrides {
    static func apply(text: String, file: String, to modules: inout [String: RuleModule]) throws {
        let r = YamlReader(file: file)
        let root = try r.root(text)
        let top = try r.mapping(root, "the override file", allowed: ["overrides"], required: ["overrides"])
        // Check everything first so that a broken file changes nothing.
        var changed = modules
        for item in try r.sequence(top["overrides"]!, "overrides") {
            let m = try r.mapping(item, "an override", allowed: ["module", "parameters"], required: ["module", "parameters"])
            let id = try r.string(m["module"]!, "module")
            guard var module = changed[id] else { throw r.problem(m["module"], "no module with id '\(id)'") }
            for e in try r.entries(m["parameters"]!, "parameters") {
                guard let pi = module.parameters.firstIndex(where: { $0.name == e.key }) else {
                    throw r.problem(e.keyNode, "module '\(id)' has no parameter '\(e.key)' (it has: \(module.parameters.map(\.name).joined(separator: ", ")))")
                }
                var p = module.parameters[pi]
                let added = try RuleModuleLoader.datedValues(e.value, r, unit: p.unit, parameter: e.key, sources: module.sources, origin: file)
                p.values = (p.values.filter { v in !added.contains { $0.from == v.from } } + added).sorted { $0.from < $1.from }
                module.parameters[pi] = p
            }
            if !module.overriddenBy.contains(file) { module.overriddenBy.append(file) }
            changed[id] = module
        }
        modules = changed
    }
}
