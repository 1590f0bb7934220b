// The caseload's filters, sort and `:` command line.
extension Strings {
    private func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    var caseloadKeyFilter: String { t("filter kiezen uit een lijst (alle, opvolging, energiearmoede, rechten, wachtlijst, buddy, wijken)",
                                      "choose a filter from a list (all, follow-ups, energy poverty, rights, waiting list, buddy, districts)") }
    var caseloadKeySort: String { t("sortering wisselen (dossier, naam, wijk)", "next order (dossier, name, district)") }
    var caseloadKeyCommand: String { t("opdrachtregel (zie hieronder)", "command line (see below)") }
    var hintFilter: String { t("filter", "filter") }
    var hintSort: String { t("sorteren", "sort") }
    var hintCommand: String { t("opdracht", "command") }
    var hintComplete: String { t("aanvullen", "complete") }
    var hintCommandCancel: String { t("annuleren", "cancel") }
    var caseloadEvaluating: String { t("bezig… de rechten van alle dossiers worden nagekeken", "working… checking every household") }
    var caseloadBusy: String { t("(bezig…)", "(working…)") }
    var caseloadNoneInFilter: String { t("Geen dossiers in deze filter.", "No households in this filter.") }

    func caseloadFilterLabel(_ filter: CaseloadFilter) -> String { "filter: " + caseloadFilterName(filter) }

    /// A filter's name, as the status line and the filter picker show it.
    func caseloadFilterName(_ filter: CaseloadFilter) -> String {
        switch filter {
        case .all: t("alle", "all")
        case .district(let d): t("wijk ", "district ") + d
        case .openFollowUps: t("open opvolgingen", "open follow-ups")
        case .energyPoverty: t("energiearmoede hoog", "energy poverty high")
        case .possibleRights: t("mogelijke rechten", "possible rights")
        case .waitingList: t("Housing First-wachtlijst", "Housing First waiting list")
        case .withoutBuddy: t("multiprobleemgezin zonder buddy", "multi-problem family without buddy")
        }
    }

    func caseloadSortLabel(_ sort: CaseloadSort) -> String {
        switch sort {
        case .dossier: t("sortering: dossier", "order: dossier")
        case .name: t("sortering: naam", "order: name")
        case .district: t("sortering: wijk", "order: district")
        }
    }

    var caseloadEvaluationStopped: String {
        t("Gestopt: de caseload is niet nagekeken, de lijst toont weer alle dossiers",
          "Stopped: the caseload was not checked; the list shows every household again")
    }
    func caseloadEvaluationFailed(_ reason: String) -> String {
        t("De rechten van de dossiers konden niet nagekeken worden: \(reason)", "Could not check the households: \(reason)")
    }

    // The `:` command line.
    func commandUnknown(_ name: String) -> String {
        t("Onbekende opdracht :\(name) — ? toont de opdrachten", "Unknown command :\(name) — ? lists the commands")
    }
    func commandNeedsArgument(_ usage: String) -> String { t("Gebruik: :\(usage)", "Usage: :\(usage)") }
    func commandNoDossier(_ id: String) -> String { t("Geen dossier \(id) in de caseload", "No household \(id) in the caseload") }
    func commandUnknownFilter(_ name: String) -> String {
        t("Onbekende filter \(name): alle, opvolging, energiearmoede, rechten, wachtlijst, buddy of een wijk",
          "Unknown filter \(name): alle, opvolging, energiearmoede, rechten, wachtlijst, buddy or a district")
    }
    var commandNoSelection: String { t("Geen dossier geselecteerd", "No household selected") }

    func commandHelp(_ command: CaseloadCommand) -> String {
        switch command {
        case .goto: t("het dossier openen", "open the household")
        case .check: t("de rechten van het geselecteerde dossier", "checks of the selected household")
        case .filter: t("filter: alle, opvolging, energiearmoede, rechten, wachtlijst, buddy, een wijk",
                        "filter: alle, opvolging, energiearmoede, rechten, wachtlijst, buddy, a district")
        case .sort: t("sorteren op naam, dossier of wijk", "order by name, dossier or district")
        case .wachtlijst: t("de Housing First-wachtlijst", "the Housing First waiting list")
        case .buddy: t("buddywerking: koppelen", "buddy matching")
        case .scan: t("proactieve scan van de hele caseload", "proactive scan of the whole caseload")
        case .quit: t("stoppen", "quit")
        }
    }
}
