import Foundation

/// The rule set's modules prepared for one date (`RuleModule.ParameterState`: parameters worked out and the
/// flat program compiled), kept for the last date asked. Preparing all modules costs about as much as
/// evaluating them for a few households, so evaluating dossiers one at a time — the dossier screen, `zorg
/// check` — would otherwise spend most of its time preparing. A rule set never changes after it is made, so
/// what is kept cannot go stale.
final class PreparedModules: @unchecked Sendable {
    private let lock = NSLock()
    private var day: Day?
    private var states: [RuleModule.ParameterState] = []

    func states(for modules: [RuleModule], on day: Day) -> [RuleModule.ParameterState] {
        lock.lock()
        defer { lock.unlock() }
        if self.day != day || states.count != modules.count {
            states = modules.map { $0.parameterState(on: day) }
            self.day = day
        }
        return states
    }
}

extension RuleSet {
    /// Every module prepared for `day`, in module order.
    func prepared(on day: Day) -> [RuleModule.ParameterState] { prepared.states(for: modules, on: day) }
}
