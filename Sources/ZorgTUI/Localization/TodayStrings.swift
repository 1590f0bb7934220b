import CaseModel

/// The texts of "Vandaag" (TodayScreen).
extension Strings {
    private func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    var todayTitle: String { t("Vandaag", "Today") }
    func todayHeading(_ day: String, since: String?, mine: Int) -> String {
        let looked = since.map { t("sinds je laatste blik (\(Self.localTime($0) ?? $0))", "since your last look (\(Self.localTime($0) ?? $0))") }
            ?? t("eerste keer", "first look")
        return t("\(day) · \(looked) · \(mine) eigen dossiers", "\(day) · \(looked) · \(mine) dossiers of yours")
    }
    var todayIsStart: String { t("Zorg opent hier", "Zorg opens here") }
    var todayNothing: String { t("niets", "nothing") }
    func todayOverdue(_ n: Int) -> String { t("Opvolgingen achterstallig (\(n))", "Follow-ups overdue (\(n))") }
    func todayDueToday(_ n: Int) -> String { t("Opvolgingen vandaag (\(n))", "Follow-ups today (\(n))") }
    func todayThisWeek(_ n: Int) -> String { t("Opvolgingen deze week (\(n))", "Follow-ups this week (\(n))") }
    func todayChanged(_ n: Int) -> String {
        t("Mijn dossiers gewijzigd door iemand anders (\(n))", "My dossiers changed by someone else (\(n))")
    }
    func upcomingHeading(_ months: Int, count: Int?) -> String {
        t("Binnenkort: wat opent of eindigt in de komende \(months) maanden", "Coming up: what opens or ends in the next \(months) months")
            + (count.map { " (\($0))" } ?? "")
    }
    var upcomingSearching: String { t("wordt berekend…", "being worked out…") }
    func todayPlannedSteps(_ n: Int) -> String {
        t("Housing First: geplande stappen die nu vallen (\(n))", "Housing First: planned steps due now (\(n))")
    }
    func todayPlannedBy(_ user: String) -> String { t("(gepland door \(user))", "(planned by \(user))") }
    func todayNewRights(_ n: Int) -> String { t("Nieuwe rechten gevonden (\(n))", "Rights newly found (\(n))") }
    func todayChangedBy(_ user: String, time: String) -> String {
        t("door \(user) op \(Self.localTime(time) ?? time)", "by \(user) on \(Self.localTime(time) ?? time)")
    }
    func todayMember(_ n: Int) -> String { t(" (lid \(n))", " (member \(n))") }
    func todayOutcome(_ o: RuleOutcome) -> String {
        switch o {
        case .eligible: t("rechthebbend", "eligible")
        case .possible: t("mogelijk", "possibly")
        default: o.rawValue
        }
    }
    func todayCount(_ n: Int) -> String { t("\(n) te bekijken", "\(n) to look at") }
    var todayKeyStart: String { t("Zorg openen op Vandaag (of weer op de dossierlijst)", "open Zorg on Today (or on the caseload again)") }
    var hintTodayStart: String { t("startscherm", "start screen") }
    var caseloadKeyToday: String { t("Vandaag: opvolgingen, wijzigingen, nieuwe rechten", "Today: follow-ups, changes, new rights") }
    func startScreenSet(_ today: Bool) -> String {
        today ? t("Zorg opent voortaan op Vandaag.", "Zorg now opens on Today.")
            : t("Zorg opent voortaan op de dossierlijst.", "Zorg now opens on the caseload.")
    }
}
