import CaseModel

/// The caseload's `:` commands (k9s style).
enum CaseloadCommand: String, CaseIterable, Sendable {
    case goto, check, filter, sort, wachtlijst, buddy, scan
    case quit = "q"

    static var names: [String] { allCases.map(\.rawValue) }

    /// "goto DOSSIER", for the help and a usage message.
    var usage: String {
        switch self {
        case .goto: "goto DOSSIER"
        case .filter: "filter NAAM"
        case .sort: "sort naam|dossier|wijk"
        default: rawValue
        }
    }

    static func keyHelp(_ s: Strings) -> [KeyHelp] {
        allCases.map { KeyHelp(keys: ":" + $0.usage, action: s.commandHelp($0)) }
    }
}

/// Runs a `:` command typed on the caseload.
func runCaseloadCommand(_ state: AppState, name: String, argument: String) -> (AppState, [Effect]) {
    var state = state
    let s = state.strings
    guard let command = CaseloadCommand(rawValue: name) else {
        state.flash = s.commandUnknown(name)
        return (state, [])
    }
    switch command {
    case .goto:
        guard !argument.isEmpty else {
            state.flash = s.commandNeedsArgument(command.usage)
            return (state, [])
        }
        guard let id = caseloadDossier(matching: argument, in: state.caseload.entries) else {
            state.flash = s.commandNoDossier(argument)
            return (state, [])
        }
        _ = state.caseload.select(id, screenSize: state.size)
        return askAccessReason(for: id, state)  // as Enter on the list: why is this dossier opened?
    case .check:
        guard let entry = state.caseload.selectedEntry else {
            state.flash = s.caseload(.commandNoSelection)
            return (state, [])
        }
        return (state, [.openChecks(entry.id)])
    case .filter:
        let filter = argument.isEmpty ? CaseloadFilter.all
            : CaseloadFilter.named(argument, districts: state.caseload.districts)
        guard let filter else {
            state.flash = s.commandUnknownFilter(argument)
            return (state, [])
        }
        return applyCaseloadFilter(state, filter)
    case .sort:
        guard let sort = CaseloadSort.named(argument) else {
            state.flash = s.commandNeedsArgument(command.usage)
            return (state, [])
        }
        state.caseload.setSort(sort, screenSize: state.size)
        return (state, [])
    case .wachtlijst: return (state, [.openWaitingList])
    case .buddy: return (state, [.openMatching])
    case .scan: return openScan(state)
    case .quit: return (state, [.quit(exitCode: 0)])
    }
}

/// Sets the caseload filter; asks the loop to evaluate the caseload when the filter needs it.
func applyCaseloadFilter(_ state: AppState, _ filter: CaseloadFilter) -> (AppState, [Effect]) {
    var state = state
    let outcome = state.caseload.setFilter(filter, screenSize: state.size)
    return outcome == .evaluate ? startJob(state, .caseloadFlags(asOf: state.today)) : (state, [])
}

/// The household a `:goto` argument names: the dossier number exactly, or the one that ends in it ("17" for
/// 2024-00017).
func caseloadDossier(matching argument: String, in entries: [CaseloadEntry]) -> DossierID? {
    if let exact = entries.first(where: { $0.id.rawValue == argument }) { return exact.id }
    let ends = entries.filter { entry in
        let raw = entry.id.rawValue
        guard raw.hasSuffix(argument), let digits = Int(argument) else { return false }
        return Int(raw.split(separator: "-").last ?? "") == digits
    }
    return ends.count == 1 ? ends[0].id : nil
}
