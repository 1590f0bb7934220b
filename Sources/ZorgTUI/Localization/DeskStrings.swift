import CaseModel

/// The texts of the desk (issue 15): applications on the checks screen, a new household, members, closing.
extension Strings {
    private func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    // MARK: Applications

    var keyChecksApply: String {
        t("aanvraag registreren (op een recht) of de uitkomst ervan", "record an application (on a right) or its outcome")
    }
    var hintApply: String { t("aanvraag", "apply") }
    func applicationRunning(days: Int) -> String {
        t("aanvraag loopt (\(days) \(days == 1 ? "dag" : "dagen"))", "application pending (\(days) \(days == 1 ? "day" : "days"))")
    }
    func applicationFormTitle(_ right: String) -> String { t("Aanvraag: \(right)", "Application: \(right)") }
    var applicationAppliedOn: String { t("Aangevraagd op", "Applied on") }
    var applicationWhere: String { t("Waar", "Where") }
    func decisionFormTitle(_ right: String, appliedOn: String) -> String {
        t("Uitkomst van de aanvraag: \(right) (aangevraagd op \(appliedOn))", "Outcome of the application: \(right) (applied on \(appliedOn))")
    }
    var decisionOutcome: String { t("Uitkomst", "Outcome") }
    var decisionDate: String { t("Datum (vanaf / op)", "Date (from / on)") }
    var decisionAmount: String { t("Bedrag (bij toekenning)", "Amount (when granted)") }
    var decisionReason: String { t("Reden (bij weigering)", "Reason (when refused)") }
    var decisionReasonRequired: String { t("Een weigering heeft een reden.", "A refusal needs a reason.") }
    var applicationNotARight: String {
        t("Dit is geen recht (een signaal of traject): er valt niets aan te vragen.", "This is not a right (a signal or programme): nothing to apply for.")
    }
    var applicationNotFound: String {
        t("Aanvragen kan voor een recht dat rechthebbend of mogelijk is.", "An application is for a right found eligible or possible.")
    }
    func applicationRecorded(_ a: RightApplication) -> String {
        switch a.decision {
        case nil: t("Aanvraag \(a.number) geregistreerd (\(a.rule), \(a.appliedOn.belgian)).", "Application \(a.number) recorded (\(a.rule), \(a.appliedOn.belgian)).")
        case .granted?: t("Aanvraag \(a.number) toegekend.", "Application \(a.number) granted.")
        case .refused?: t("Aanvraag \(a.number) geweigerd.", "Application \(a.number) refused.")
        case .withdrawn?: t("Aanvraag \(a.number) ingetrokken.", "Application \(a.number) withdrawn.")
        }
    }
}
