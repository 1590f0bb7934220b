import Foundation

extension RuleSet {
    /// The built-in modules with the store's local modules and overrides (`rules/` in the store) applied.
    public static func load(for store: CaseStore) -> RuleSetLoad {
        load(builtIn: Embedded.moduleFiles, localFolder: URL(fileURLWithPath: store.root).appendingPathComponent("rules"))
    }
}
