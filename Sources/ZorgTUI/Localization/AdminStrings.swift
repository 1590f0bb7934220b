import CaseModel

/// The administration screens' texts (Dutch and English).
extension Strings {
    enum AdminText: Sendable {
        case title, menuImport, menuRules, menuHint
        case importPathPrompt, importPlanning, importCommitting, importNothingToWrite, importBlocked
        case columnOutcome, columnDetail
        case viewRecords, viewReport, noRecords, unreadableFile
        case rulesLoading, rulesTesting, columnModule, columnParameters, columnMarks, columnTests
        case unconfirmed, stale, notTested, refusedModules, replacesBuiltIn
        case keyMove, keyChoose, keyBackMenu, keyBackCaseload, keyCommit, keyToggleView, keyRunTests, keyDetail, keyBackList
        case keyImportPath, keyAdmin
        case hintCommit, hintTests, hintDetail, hintChoose, hintYes, hintNo
    }

    var importLanguage: ImportLanguage { language == .en ? .en : .nl }

    func admin(_ text: AdminText) -> String {
        let nl = language == .nl
        switch text {
        case .title: return nl ? "Beheer" : "Administration"
        case .menuImport: return nl ? "Cliëntenlijst importeren" : "Import a client list"
        case .menuRules: return nl ? "Regelmodules: parameters, bronnen en tests" : "Rule modules: parameters, sources and tests"
        case .menuHint: return nl ? "Kies met ↑ ↓ en Enter." : "Choose with ↑ ↓ and Enter."
        case .importPathPrompt: return nl ? "CSV-bestand: " : "CSV file: "
        case .importPlanning: return nl ? "Proefdraai bezig… er wordt nog niets geschreven." : "Dry run in progress… nothing is written yet."
        case .importCommitting: return nl ? "Bezig met opslaan…" : "Saving…"
        case .importNothingToWrite: return nl ? "Er is niets nieuws of gewijzigds om op te slaan." : "There is nothing new or changed to save."
        case .importBlocked: return nl ? "Alles-of-niets: er wordt niets ingelezen." : "All or nothing: nothing is imported."
        case .columnOutcome: return nl ? "Uitkomst" : "Outcome"
        case .columnDetail: return nl ? "Details" : "Details"
        case .viewRecords: return nl ? "dossiers" : "cases"
        case .viewReport: return nl ? "verslag" : "report"
        case .noRecords: return nl ? "Geen dossiers in het bestand." : "No cases in the file."
        case .unreadableFile: return nl ? "Het bestand is onleesbaar; er wordt niets geïmporteerd." : "The file cannot be read; nothing is imported."
        case .rulesLoading: return nl ? "Modules laden…" : "Loading modules…"
        case .rulesTesting: return nl ? "Tests lopen…" : "Running tests…"
        case .columnModule: return nl ? "Module" : "Module"
        case .columnParameters: return nl ? "Param." : "Param."
        case .columnMarks: return nl ? "Verificatie" : "Verification"
        case .columnTests: return nl ? "Tests" : "Tests"
        case .unconfirmed: return nl ? "onbevestigd" : "unconfirmed"
        case .stale: return nl ? "niet nagekeken" : "stale"
        case .notTested: return nl ? "—" : "—"
        case .refusedModules: return nl ? "Geweigerde modulebestanden" : "Refused module files"
        case .replacesBuiltIn: return nl ? "vervangt ingebouwd" : "replaces built-in"
        case .keyMove: return nl ? "vorige / volgende" : "previous / next"
        case .keyChoose: return nl ? "kiezen" : "choose"
        case .keyBackMenu: return nl ? "terug naar het beheermenu" : "back to the administration menu"
        case .keyBackCaseload: return nl ? "terug naar de dossiers" : "back to the caseload"
        case .keyCommit: return nl ? "importeren (na bevestiging)" : "import (after confirming)"
        case .keyToggleView: return nl ? "dossiers / verslag (fouten, waarschuwingen)" : "cases / report (errors, warnings)"
        case .keyRunTests: return nl ? "de tests van de modules uitvoeren" : "run the module tests"
        case .keyDetail: return nl ? "parameters, waarden en bronnen" : "parameters, values and sources"
        case .keyBackList: return nl ? "terug naar de lijst" : "back to the list"
        case .keyImportPath: return nl ? "pad typen, Enter voor de proefdraai" : "type a path, Enter for the dry run"
        case .keyAdmin: return nl ? "beheer (import, regelmodules)" : "administration (import, rule modules)"
        case .hintCommit: return nl ? "importeren" : "import"
        case .hintTests: return nl ? "tests" : "tests"
        case .hintDetail: return nl ? "details" : "details"
        case .hintChoose: return nl ? "kiezen" : "choose"
        case .hintYes: return nl ? "ja" : "yes"
        case .hintNo: return nl ? "nee" : "no"
        }
    }

    func importCounts(_ plan: ImportPlan) -> String {
        let nl = language == .nl
        return nl ? "\(plan.count(of: "new")) nieuw · \(plan.count(of: "changed")) gewijzigd · \(plan.count(of: "unchanged")) ongewijzigd · \(plan.count(of: "rejected")) afgewezen"
                  : "\(plan.count(of: "new")) new · \(plan.count(of: "changed")) changed · \(plan.count(of: "unchanged")) unchanged · \(plan.count(of: "rejected")) rejected"
    }

    func importConfirm(_ n: Int) -> String {
        language == .nl ? "\(n) dossiers opslaan? (j/n) " : "Save \(n) cases? (y/n) "
    }

    func importSaved(_ n: Int) -> String {
        language == .nl ? "Opgeslagen: \(n) dossiers. Afgewezen rijen zijn niet ingelezen." : "Saved: \(n) cases. Rejected rows were not imported."
    }

    func importFailed(_ reason: String) -> String {
        language == .nl ? "Import mislukt: \(reason)" : "Import failed: \(reason)"
    }

    func testsSummary(passed: Int, failed: Int) -> String {
        language == .nl ? "\(passed) geslaagd, \(failed) mislukt" : "\(passed) passed, \(failed) failed"
    }

    func moduleCount(_ n: Int) -> String {
        language == .nl ? "\(n) modules" : "\(n) modules"
    }
}
