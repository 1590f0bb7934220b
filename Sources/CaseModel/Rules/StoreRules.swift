import Foundation

extension RuleSet {
    /// The built-in modules with the store's local modules and overrides (`rules/` in the store) applied. The
    /// folder is read through the store's own file system (no link followed, nothing outside the store).
    public static func load(for store: CaseStore) -> RuleSetLoad {
        load(builtIn: Embedded.moduleFiles, local: store.localRuleFiles())
    }
}

extension CaseStore {
    /// The files of the store's `rules/` folder (none when it cannot be listed).
    func localRuleFiles() -> [LocalRuleFile] {
        guard let names = try? fileSystem.listDirectory(layout.rules) else { return [] }
        return LocalRuleFile.read(names: names, in: layout.rules) { try fileSystem.readFile($0) }
    }
}
