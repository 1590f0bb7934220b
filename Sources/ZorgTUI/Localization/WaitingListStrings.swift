/// The texts of the Housing First waiting list.
enum WaitingListText: String, CatalogText {
    static let catalogSection = "waitingList"
    case title, empty, columnRank, columnPriority, columnReferred, columnWaiting, columnState, keyOpenIntake, hintIntake
}

/// The waiting list's texts with values.
enum WaitingListTemplate: String, CatalogTemplate {
    static let catalogSection = "waitingList"
    case heading, days, count
}

extension Strings {
    func waitingList(_ key: WaitingListText) -> String { text(key) }

    func waitingListHeading(_ day: String) -> String { fill(WaitingListTemplate.heading, ["day": day]) }

    func days(_ n: Int) -> String { fill(WaitingListTemplate.days, ["n": n]) }

    func waitingCount(_ n: Int) -> String { fill(WaitingListTemplate.count, ["n": n]) }
}
