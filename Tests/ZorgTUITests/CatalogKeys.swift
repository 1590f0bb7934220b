import CaseModel
@testable import ZorgTUI

/// Every enum whose cases are keys of the text catalog, and the sections whose names come from data, for the tests
/// that hold the catalog and the code together (`TextCatalogTests`). A new key enum goes here; the tests fail
/// until it does (its texts would be "unused", and its conformance is found in the sources).
enum CatalogKeys {
    static let all: [any CatalogKey.Type] = [
        Strings.Text.self, Strings.Template.self, HouseholdRole.self, StartProblemTemplate.self,
        CaseloadText.self, CaseloadTemplate.self, FilterTemplate.self, CaseloadSort.self, CaseloadCommand.self,
        DossierText.self, DossierTemplate.self, DossierTab.self, DossierSection.self,
        HistoryText.self, HistoryTemplate.self, AuditActionText.self, FollowUpChange.self,
        FormText.self, FormTemplate.self, FieldProblemTemplate.self,
        ApplicationText.self, ApplicationTemplate.self, NewHouseholdText.self, NewHouseholdTemplate.self,
        MembersText.self, MembersTemplate.self, DepartureTemplate.self, MemberRefusalTemplate.self, ClosureRefusalTemplate.self,
        ConsentText.self, ConsentTemplate.self, AccessReason.self, ConsentPurpose.self, ConsentCategory.self,
        ChecksText.self, ChecksTemplate.self, RuleOutcome.self, AmountPeriod.self,
        HousingFirstText.self, HousingFirstTemplate.self, IntakeQuestionText.self, HousingFirstState.self,
        WaitingListText.self, WaitingListTemplate.self, MatchingText.self, MatchingTemplate.self,
        PickerText.self, PickerTemplate.self, ScanText.self, ScanTemplate.self, WorkPhase.self,
        TodayText.self, TodayTemplate.self, TodayOutcomeText.self, WhatIfText.self, WhatIfTemplate.self, LetterPromptText.self, LetterPromptTemplate.self,
        AdminText.self, AdminTemplate.self, CheckerText.self, CheckerTemplate.self,
    ]

    /// Every key of every enum: its section, its name, and whether it is a text shown as it stands.
    static var keys: [(section: String, name: String, plain: Bool)] {
        all.flatMap { type in cases(of: type).map { (type.catalogSection, $0, type is any CatalogText.Type) } }
    }

    private static func cases<Key: CatalogKey>(of type: Key.Type) -> [String] { type.allCases.map(\.catalogName) }

    /// The names a section whose names come from data may have; nil for a section of an enum.
    /// `factLabel`: recorded facts by column; `choice.<key>`: a form field's codes; `ethos`: the categories 1–13.
    static func dataNames(_ section: String) -> Set<String>? {
        let columns = Columns.clientList + Columns.volunteer
        if section == "factLabel" { return Set(columns.map(\.name)) }
        if section == "ethos" { return Set((1...13).map(String.init)) }
        guard section.hasPrefix("choice.") else { return nil }
        let key = String(section.dropFirst("choice.".count))
        if key == "uitkomst" { return Set(ApplicationForm.outcomes) }
        switch columns.first(where: { $0.name == key })?.kind {
        case .code(let codes)?, .codeList(let codes)?: return Set(codes)
        default: return []
        }
    }
}
