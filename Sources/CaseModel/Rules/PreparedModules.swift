import Foundation

/// The rule set's modules prepared for a date (`RuleModule.ParameterState`: parameters worked out and the flat
/// program compiled), kept for the last few dates asked. Preparing all modules costs about as much as
/// evaluating them for a few households, so evaluating dossiers one at a time — the dossier screen, `zorg
/// check`, `zorg rules diff` going back and forth between two dates — would otherwise spend most of its time
/// preparing. A rule set never changes after it is made, so what is kept cannot go stale.
final class PreparedModules: @unchecked Sendable {
    private let lock = NSLock()
    /// Most recently used last.
    private var kept: [(day: Day, states: [RuleModule.ParameterState])] = []
    private static let dates = 4

    func states(for modules: [RuleModule], on day: Day) -> [RuleModule.ParameterState] {
        lock.lock()
        defer { lock.unlock() }
        if let i = kept.firstIndex(where: { $0.day == day }) {
            let hit = kept.remove(at: i)
            kept.append(hit)
            return hit.states
        }
        let states = modules.map { $0.parameterState(on: day) }
        kept.append((day, states))
        if kept.count > Self.dates { kept.removeFirst() }
        return states
    }
}

extension RuleSet {
    /// Every module prepared for `day`, in module order.
    func prepared(on day: Day) -> [RuleModule.ParameterState] { prepared.states(for: modules, on: day) }
}
