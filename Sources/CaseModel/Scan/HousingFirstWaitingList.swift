/// The Housing First waiting list, defined once (issue 14): `zorg scan`, the scan screen, the `w` list and the
/// caseload's `wachtlijst` filter all read it from here.
///
/// - **Who**: the dossiers whose Housing First intake is in state `wachtlijst`. An intake that was housed,
///   allocated a home or closed is not waiting; a household the module finds eligible but that the team has not
///   put on the list is not on it either.
/// - **Order**: the team's priority where it overrode the advice, else the module's computed (advisory) priority,
///   highest first; ties by the day the intake entered the waiting list, else its referral (`aangemeld_op`),
///   earliest first, a dossier without either day last; then by dossier number.
public enum HousingFirstWaitingList {
    public struct Entry: Sendable, Hashable {
        public var dossier: DossierID
        public var name: String
        /// The `housing-first` module's advisory priority (nil when it did not find the household eligible).
        public var advisory: Int?
        /// The team's priority, when it overrode the advice.
        public var override: Int?
        /// The day the intake entered the waiting list.
        public var since: Day?
        /// The referral date (`aangemeld_op`).
        public var referredOn: Day?

        /// The priority the list is ordered by: the team's where set, else the advice (none counts as 0).
        public var priority: Int { override ?? advisory ?? 0 }

        /// The day the waiting counts from: entering the list, else the referral.
        public var waitingFrom: Day? { since ?? referredOn }
    }

    /// Whether the household is on the list: its intake is in state `wachtlijst`.
    public static func isWaiting(_ household: Household) -> Bool {
        household.housingFirst?.state == .wachtlijst && !household.isClosed
    }

    /// The household's entry, or nil when it is not waiting. `advisory` is the module's priority for it.
    public static func entry(_ household: Household, name: String? = nil, advisory: Int?) -> Entry? {
        guard isWaiting(household), let intake = household.housingFirst else { return nil }
        return Entry(dossier: household.id, name: name ?? household.displayName, advisory: advisory,
                     override: intake.priorityOverride?.priority,
                     since: intake.history.last { $0.state == .wachtlijst }?.date,
                     referredOn: household.homelessness.referredOn)
    }

    /// The entries in the list's order.
    public static func ordered(_ entries: [Entry]) -> [Entry] {
        entries.sorted { a, b in
            if a.priority != b.priority { return a.priority > b.priority }
            switch (a.waitingFrom, b.waitingFrom) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.dossier < b.dossier
            }
        }
    }
}
