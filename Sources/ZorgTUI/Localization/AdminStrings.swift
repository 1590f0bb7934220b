import CaseModel

/// The administration screens' texts: the menu, the import's dry run and commit, the rule modules.
enum AdminText: String, CatalogText {
    static let catalogSection = "admin"
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

/// The administration screens' texts with values.
enum AdminTemplate: String, CatalogTemplate {
    static let catalogSection = "admin"
    case importCounts, importConfirm, importSaved, importFailed, testsSummary, moduleCount
}

extension Strings {
    func admin(_ key: AdminText) -> String { text(key) }

    var importLanguage: ImportLanguage { language == .en ? .en : .nl }

    func importCounts(_ plan: ImportPlan) -> String {
        fill(AdminTemplate.importCounts, ["new": plan.count(of: "new"), "changed": plan.count(of: "changed"),
                                      "unchanged": plan.count(of: "unchanged"), "rejected": plan.count(of: "rejected")])
    }

    func importConfirm(_ n: Int) -> String { fill(AdminTemplate.importConfirm, ["count": n]) }

    func importSaved(_ n: Int) -> String { fill(AdminTemplate.importSaved, ["count": n]) }

    func importFailed(_ reason: String) -> String { fill(AdminTemplate.importFailed, ["reason": reason]) }

    func testsSummary(passed: Int, failed: Int) -> String { fill(AdminTemplate.testsSummary, ["passed": passed, "failed": failed]) }

    func moduleCount(_ n: Int) -> String { fill(AdminTemplate.moduleCount, ["count": n]) }
}
