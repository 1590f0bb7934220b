import CaseModel

/// The texts of the Housing First intake: its questions, the assessment, the path of steps and the team's
/// priority.
enum HousingFirstText: String, CatalogText {
    static let catalogSection = "housingFirst"
    case consentFirstNote, noConsentNote, assessmentHeading, notSavedNote, noAssessment, noStateYet
    case unsavedWarning, consentFirst, reasonRequired, reasonRequiredPrompt, reasonOptionalPrompt
    case keyMove, keyEdit, keyCycle, keySkip, keySave, keyState, keyOverride, hintState, hintOverride
    case keyPlan, hintPlan, hintChoose
}

/// The intake's texts with values.
enum HousingFirstTemplate: String, CatalogTemplate {
    static let catalogSection = "housingFirst"
    case intakeTitle, overrideLine, pathHeading, notANumber, notYesNo, newStatePrompt, overridePrompt
    case saved, planStatePrompt, planDatePrompt, plannedLine
}

/// The intake's questions that are no fact of the dossier, by the intake's field.
enum IntakeQuestionText: String, CatalogText {
    static let catalogSection = "intakeQuestion"
    case ethos, earlierExits, preferredArea, preferredHousing, supportWanted
}

extension HousingFirstState: CatalogText { static let catalogSection = "housingFirstState" }

extension Strings {
    typealias IntakeField = HousingFirstIntakeScreen.IntakeField

    func housingFirst(_ key: HousingFirstText) -> String { text(key) }

    func intakeTitle(_ id: String, name: String) -> String { fill(HousingFirstTemplate.intakeTitle, ["id": id, "name": name]) }

    /// A question of the intake: a fact of the dossier by the fact's label, the others by their own words.
    func intakeLabel(_ field: IntakeField) -> String {
        if field == .consentScope { return consent(.intakeScopeLabel) }
        if let column = Self.intakeFacts[field] { return factLabel(column) }
        return IntakeQuestionText(rawValue: CaseName.of(field)).map { text($0) } ?? CaseName.of(field)
    }

    /// The intake's questions that are facts of the dossier, by their import column.
    private static let intakeFacts: [IntakeField: String] = [
        .consent: "toestemming", .referredOn: "aangemeld_op", .monthsHomeless: "maanden_dakloos_24m",
        .homelessSince: "dakloos_sinds", .mentalHealth: "psychische_problemen", .addiction: "verslaving",
        .physicalHealth: "fysieke_problemen",
    ]

    /// The ETHOS operational categories (FEANTSA), flows.md A.2: section `ethos` of the catalog, by number.
    func ethosLabel(_ n: Int) -> String { word("ethos", String(n)) ?? "?" }

    func overrideLine(_ priority: Int, reason: String, date: String, user: String) -> String {
        fill(HousingFirstTemplate.overrideLine, ["priority": priority, "date": date, "user": user, "reason": reason])
    }

    func pathHeading(_ state: String) -> String { fill(HousingFirstTemplate.pathHeading, ["state": state]) }

    func stateName(_ state: HousingFirstState) -> String { text(state) }

    func notANumber(_ text: String, range: ClosedRange<Int>) -> String {
        fill(HousingFirstTemplate.notANumber, ["text": text, "low": range.lowerBound, "high": range.upperBound])
    }

    func notYesNo(_ text: String) -> String { fill(HousingFirstTemplate.notYesNo, ["text": text]) }

    /// "Nieuwe stap (door els): ": the step is recorded with the OS user.
    func newStatePrompt(by author: String) -> String { fill(HousingFirstTemplate.newStatePrompt, ["by": byAuthor(author)]) }

    func reasonPrompt(_ required: Bool) -> String { housingFirst(required ? .reasonRequiredPrompt : .reasonOptionalPrompt) }

    func overridePrompt(by author: String) -> String { fill(HousingFirstTemplate.overridePrompt, ["by": byAuthor(author)]) }

    func intakeSaved(_ id: String) -> String { fill(HousingFirstTemplate.saved, ["id": id]) }

    func planStatePrompt(by author: String) -> String { fill(HousingFirstTemplate.planStatePrompt, ["by": byAuthor(author)]) }

    func planDatePrompt(_ state: String) -> String { fill(HousingFirstTemplate.planDatePrompt, ["state": state]) }

    func plannedLine(_ state: String, date: String, user: String) -> String {
        fill(HousingFirstTemplate.plannedLine, ["state": state, "date": date, "by": byAuthor(user)])
    }
}
