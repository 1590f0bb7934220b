import CaseModel

/// The texts of "Vandaag" (TodayScreen).
enum TodayText: String, CatalogText {
    static let catalogSection = "today"
    case title, firstLook, isStart, nothing, upcomingSearching, keyStart, hintStart, keyCaseload
    case startIsToday, startIsCaseload
}

/// Vandaag's texts with values; the headings carry their count.
enum TodayTemplate: String, CatalogTemplate {
    static let catalogSection = "today"
    case sinceLastLook, heading, overdue, dueToday, thisWeek, changed, upcomingHeading, plannedSteps
    case plannedBy, newRights, changedBy, member, count
}

/// The outcomes "Binnenkort" names in words; another shows its code.
enum TodayOutcomeText: String, CatalogText {
    static let catalogSection = "todayOutcome"
    case eligible, possible
}

extension Strings {
    func today(_ key: TodayText) -> String { text(key) }

    func todayHeading(_ day: String, since: String?, mine: Int) -> String {
        let looked = since.map { fill(TodayTemplate.sinceLastLook, ["time": Self.localTime($0) ?? $0]) } ?? today(.firstLook)
        return fill(TodayTemplate.heading, ["day": day, "looked": looked, "mine": mine])
    }

    /// A section's heading with its count (`.overdue`, `.dueToday`, `.thisWeek`, `.changed`, `.newRights`,
    /// `.plannedSteps`).
    func todaySection(_ heading: TodayTemplate, count: Int) -> String { fill(heading, ["count": count]) }

    func todayCount(_ n: Int) -> String { fill(TodayTemplate.count, ["count": n]) }

    func upcomingHeading(_ months: Int, count: Int?) -> String {
        fill(TodayTemplate.upcomingHeading, ["months": months]) + (count.map { " (\($0))" } ?? "")
    }

    func todayPlannedBy(_ user: String) -> String { fill(TodayTemplate.plannedBy, ["user": user]) }

    func todayChangedBy(_ user: String, time: String) -> String {
        fill(TodayTemplate.changedBy, ["user": user, "time": Self.localTime(time) ?? time])
    }

    func todayMember(_ n: Int) -> String { fill(TodayTemplate.member, ["member": n]) }

    func todayOutcome(_ o: RuleOutcome) -> String {
        TodayOutcomeText(rawValue: o.rawValue).map { text($0) } ?? o.rawValue
    }

    func startScreenSet(_ today: Bool) -> String { self.today(today ? .startIsToday : .startIsCaseload) }
}
