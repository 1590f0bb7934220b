import CaseModel

/// The texts of "Wat als" (WhatIfScreen).
extension Strings {
    private func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    func whatIfTitle(_ id: String, name: String) -> String { t("Wat als — \(id) \(name)", "What if — \(id) \(name)") }
    func whatIfScenarioHeading(_ n: Int, of count: Int) -> String {
        t("Scenario \(n) van \(count) — een kopie: niets wordt in het dossier bewaard", "Scenario \(n) of \(count) — a copy: nothing is saved to the dossier")
    }
    var whatIfChanged: String { t("Gewijzigd:", "Changed:") }
    func whatIfBeforeAfter(_ day: String) -> String { t("Rechten op \(day): voor → na", "Rights on \(day): before → after") }
    var whatIfNoChange: String { t("Geen enkele uitkomst verandert.", "No outcome changes.") }
    var whatIfCertain: String { t("zeker", "certain") }
    var whatIfPossible: String { t("mogelijk", "possible") }
    var whatIfSideBySide: String { t("De scenario's naast elkaar", "The scenarios side by side") }
    var whatIfNothingSaved: String { t("niets bewaard", "nothing saved") }
    func whatIfRemoved(_ name: String) -> String { t("\(name) weg uit het gezin", "\(name) out of the household") }
    var whatIfChooseMember: String { t("Kies eerst een lid.", "Choose a member first.") }
    var whatIfLastMember: String { t("Het laatste lid kan niet weg.", "The last member cannot be taken out.") }
    var whatIfOnlyScenario: String { t("Er is maar één scenario.", "There is only one scenario.") }
    var whatIfKeyEdit: String { t("de gekozen gegevens wijzigen, in het formulier van het dossier", "change the chosen facts, in the dossier's form") }
    var whatIfKeyRemove: String { t("het gekozen lid uit het gezin nemen (in dit scenario)", "take the chosen member out of the household (in this scenario)") }
    var whatIfHintRemove: String { t("lid weg", "remove") }
    var whatIfKeyNew: String { t("een nieuw scenario, vanaf het dossier", "a new scenario, from the dossier") }
    var whatIfHintNew: String { t("nieuw", "new") }
    var whatIfKeyNext: String { t("het volgende scenario", "the next scenario") }
    var whatIfHintNext: String { t("scenario", "scenario") }
    var whatIfKeyDrop: String { t("dit scenario laten vallen", "drop this scenario") }
    var whatIfKeyBack: String { t("terug naar het dossier (de scenario's vallen weg)", "back to the dossier (the scenarios are dropped)") }
    var dossierKeyWhatIf: String { t("wat als: de rechten met gewijzigde gegevens, zonder iets te bewaren", "what if: the rights with changed facts, saving nothing") }
}
