import Crypto
import Foundation

/// What `zorg rules add` put in the store's `rules/` folder.
public struct LocalRuleChange: Sendable, Equatable {
    public enum Kind: String, Sendable { case module, overrides, tests }
    /// The file's name in `rules/`.
    public let file: String
    public let kind: Kind
    /// The module it is (a module), changes (overrides: the first named) or tests.
    public let module: String?
    /// A module with the id of a built-in one, which it now replaces.
    public let replacesBuiltIn: Bool
    /// A file of that name was there already and is replaced.
    public let replacedFile: Bool
}

/// Why a rule file was not added or removed; nothing changed.
public enum LocalRuleError: Error, Sendable, Equatable, CustomStringConvertible {
    case refused([RuleProblem])
    case badName(String)
    case notFound(String)

    public var description: String {
        switch self {
        case .refused(let problems): "geweigerd, er is niets veranderd:\n" + problems.map { "  \($0)" }.joined(separator: "\n")
        case .badName(let name): "\(name): een regelbestand heet NAAM.yaml (letters, cijfers, . _ -), niet verborgen"
        case .notFound(let id): "geen lokale module of regelbestand \(id) in deze store (zie `zorg rules list`)"
        }
    }
}

/// The store's local rule modules, managed through Zorg (administrators only, one audit entry each): on a
/// shared store nobody writes `rules/` directly (docs/security.md).
extension CaseStore {
    /// Adds a module, an override file or a test file. A module is stored as `<id>.yaml`, the others under their
    /// own name. The file must load together with what is there (a broken one is refused with file, line and
    /// reason); a test file must parse and name a module.
    public func addLocalRule(named original: String, text: String) throws -> LocalRuleChange {
        try requireRole([.admin], for: "rules add")
        let base = String(original.split(separator: "/").last ?? "")
        guard LocalRuleFile.isRuleFile(base), base.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }) else {
            throw LocalRuleError.badName(original)
        }
        return try StoreIO.guarded {
            try lock.withLock {
                let existing = localRuleFiles()
                let kind: LocalRuleChange.Kind = RuleSet.isTestFile(base) ? .tests : (RuleSet.isOverrideFile(text) ? .overrides : .module)
                var name = base
                var moduleID: String?
                switch kind {
                case .module:
                    let module = try Self.checked { try RuleModuleLoader.load(text: text, file: base, isBuiltIn: false) }
                    moduleID = module.id
                    name = module.id + ".yaml"
                case .tests:
                    let file = RuleTestFile(origin: base, text: text)
                    moduleID = try Self.checked { try RuleTestRunner.parse(file).0 }
                case .overrides:
                    moduleID = nil
                }
                let path = layout.rules + "/" + name
                // The folder as it would be: the new file must load with the others, and not as a second module.
                let after = existing.filter { $0.path != path } + [LocalRuleFile(path: path, text: text, problem: nil)]
                let load = RuleSet.load(builtIn: Embedded.moduleFiles, local: after)
                let mine = load.problems.filter { $0.file == path }
                guard mine.isEmpty else { throw LocalRuleError.refused(mine) }
                if kind == .tests, let moduleID, load.ruleSet.module(moduleID) == nil {
                    throw LocalRuleError.refused([RuleProblem(file: base, line: nil, reason: "no module with id '\(moduleID)'")])
                }
                if kind == .overrides {
                    moduleID = load.ruleSet.modules.first { $0.overriddenBy.contains(path) }?.id
                }
                let replacedFile = fileSystem.exists(path)
                let builtIn = RuleSet.load(builtIn: Embedded.moduleFiles, local: nil).ruleSet
                let replacesBuiltIn = kind == .module && moduleID.flatMap(builtIn.module) != nil
                try files.write(Data(text.utf8), to: path)
                let digest = SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
                var detail = ["change": replacedFile ? "replace" : "add", "file": name, "kind": kind.rawValue, "sha256": digest]
                if let moduleID { detail["module"] = moduleID }
                if replacesBuiltIn { detail["replacesBuiltIn"] = "yes" }
                try audit.appendLocked(AuditAction("rules"), dossiers: [], detail: detail)
                return LocalRuleChange(file: name, kind: kind, module: moduleID, replacesBuiltIn: replacesBuiltIn,
                                       replacedFile: replacedFile)
            }
        }
    }

    /// Removes a local module by its id (with its test file `<id>.tests.yaml`), or any file of `rules/` by name.
    /// Returns the names removed.
    public func removeLocalRule(_ id: String) throws -> [String] {
        try requireRole([.admin], for: "rules remove")
        return try StoreIO.guarded {
            try lock.withLock {
                let existing = localRuleFiles()
                let names = existing.map { String($0.path.dropFirst(layout.rules.count + 1)) }
                var doomed: [String] = []
                if names.contains(id) {
                    doomed = [id]
                } else {
                    let load = RuleSet.load(builtIn: [:], local: existing)
                    if let module = load.ruleSet.module(id) {
                        doomed.append(String(module.origin.dropFirst(layout.rules.count + 1)))
                        doomed += names.filter { $0 == id + ".tests.yaml" || $0 == id + ".tests.yml" }
                    }
                }
                guard !doomed.isEmpty else { throw LocalRuleError.notFound(id) }
                for name in doomed { try fileSystem.remove(layout.rules + "/" + name) }
                try fileSystem.syncDirectory(layout.rules)
                try audit.appendLocked(AuditAction("rules"), dossiers: [],
                                       detail: ["change": "remove", "file": doomed.joined(separator: ","), "module": id])
                return doomed
            }
        }
    }

    private static func checked<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let problem as RuleProblem {
            throw LocalRuleError.refused([problem])
        } catch let error as LocalRuleError {
            throw error
        } catch {
            throw LocalRuleError.refused([RuleProblem(file: "", line: nil, reason: "\(error)")])
        }
    }
}
