import CaseModel

/// The texts of applications on the checks screen (issue 15): recording one on a right, and its outcome.
enum ApplicationText: String, CatalogText {
    static let catalogSection = "application"
    case keyApply, hintApply, appliedOn, place
    case decisionOutcome, decisionDate, decisionAmount, decisionReason, decisionReasonRequired, notARight, notFound
}

/// The application texts with values.
enum ApplicationTemplate: String, CatalogTemplate {
    static let catalogSection = "application"
    case running, formTitle, decisionFormTitle, recorded, granted, refused, withdrawn
}

extension Strings {
    func application(_ key: ApplicationText) -> String { text(key) }

    func applicationRunning(days: Int) -> String { fill(ApplicationTemplate.running, count: days) }

    func applicationFormTitle(_ right: String) -> String { fill(ApplicationTemplate.formTitle, ["right": right]) }

    func decisionFormTitle(_ right: String, appliedOn: String) -> String {
        fill(ApplicationTemplate.decisionFormTitle, ["right": right, "appliedOn": appliedOn])
    }

    /// The message after an application or its outcome was saved.
    func applicationRecorded(_ a: RightApplication) -> String {
        switch a.decision {
        case nil: fill(ApplicationTemplate.recorded, ["number": a.number, "rule": a.rule, "date": a.appliedOn.belgian])
        case .granted?: fill(ApplicationTemplate.granted, ["number": a.number])
        case .refused?: fill(ApplicationTemplate.refused, ["number": a.number])
        case .withdrawn?: fill(ApplicationTemplate.withdrawn, ["number": a.number])
        }
    }
}
