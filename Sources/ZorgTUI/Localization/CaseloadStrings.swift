/// The caseload's texts: its filters, sort and `:` command line.
enum CaseloadText: String, CatalogText {
    static let catalogSection = "caseload"
    case keyFilter, keySort, keyCommand, hintFilter, hintSort, hintCommand, hintComplete, hintCommandCancel
    case evaluating, busy, noneInFilter, evaluationStopped, commandNoSelection
    case keyOverdue, hintOverdue, overdueFilterOn, keyChecks, keyIntake, keyWaiting, keyBuddy
}

/// The caseload's texts with values.
enum CaseloadTemplate: String, CatalogTemplate {
    static let catalogSection = "caseload"
    case filterLabel, evaluationFailed, overdueCount, flowFailed
    case commandUnknown, commandNeedsArgument, commandNoDossier, commandUnknownFilter
}

/// A filter's name, by its case (`district` with the district's name).
enum FilterTemplate: String, CatalogTemplate {
    static let catalogSection = "filter"
    case all, district, openFollowUps, energyPoverty, possibleRights, waitingList, withoutBuddy
}

extension CaseloadSort: CatalogText { static let catalogSection = "sort" }

extension CaseloadCommand: CatalogText {
    static let catalogSection = "command"
    /// By the case (`quit`), not the typed name (`q`).
    var catalogName: String { CaseName.of(self) }
}

extension Strings {
    func caseload(_ key: CaseloadText) -> String { text(key) }

    func caseloadFilterLabel(_ filter: CaseloadFilter) -> String {
        fill(CaseloadTemplate.filterLabel, ["name": caseloadFilterName(filter)])
    }

    /// A filter's name, as the status line and the filter picker show it.
    func caseloadFilterName(_ filter: CaseloadFilter) -> String {
        if case .district(let district) = filter { return fill(FilterTemplate.district, ["district": district]) }
        return fill(FilterTemplate.self, caseOf: filter)
    }

    func caseloadSortLabel(_ sort: CaseloadSort) -> String { text(sort) }

    func caseloadEvaluationFailed(_ reason: String) -> String { fill(CaseloadTemplate.evaluationFailed, ["reason": reason]) }

    /// How many dossiers have a follow-up past its date.
    func overdueCount(_ n: Int) -> String { fill(CaseloadTemplate.overdueCount, ["count": n]) }

    /// A flow (checks, intake, waiting list, matching) that could not be opened from the caseload.
    func flowFailed(_ reason: String) -> String { fill(CaseloadTemplate.flowFailed, ["reason": reason]) }

    // The `:` command line.
    func commandUnknown(_ name: String) -> String { fill(CaseloadTemplate.commandUnknown, ["name": name]) }
    func commandNeedsArgument(_ usage: String) -> String { fill(CaseloadTemplate.commandNeedsArgument, ["usage": usage]) }
    func commandNoDossier(_ id: String) -> String { fill(CaseloadTemplate.commandNoDossier, ["id": id]) }
    func commandUnknownFilter(_ name: String) -> String { fill(CaseloadTemplate.commandUnknownFilter, ["name": name]) }
    func commandHelp(_ command: CaseloadCommand) -> String { text(command) }
}
