import Foundation

/// "Vandaag": what a caseworker has to do and what changed for her since she last looked. Built from her
/// follow-ups (assigned to her: handed to her, or written by her and not handed on), her dossiers (those whose
/// `consulent` she is), the audit trail and the checks.
public struct TodayView: Sendable, Hashable {
    public struct Due: Sendable, Hashable {
        public var dossier: DossierID
        public var name: String
        public var followUp: FollowUp
    }

    public struct Changed: Sendable, Hashable {
        public var dossier: DossierID
        public var name: String
        public var user: String
        /// UTC ISO-8601 of the latest change by someone else.
        public var time: String
    }

    /// A Housing First step planned for today or earlier and not yet taken.
    public struct PlannedStep: Sendable, Hashable {
        public var dossier: DossierID
        public var name: String
        public var step: HousingFirstPlannedStep
    }

    public struct NewRight: Sendable, Hashable {
        public var dossier: DossierID
        public var name: String
        public var rule: String
        public var person: Int?
        public var outcome: RuleOutcome
    }

    public var asOf: Day
    /// When she looked before this (nil: the first time).
    public var since: String?
    public var overdue: [Due]
    public var dueToday: [Due]
    /// Due in the six days after today.
    public var dueThisWeek: [Due]
    public var changedByOthers: [Changed]
    public var newRights: [NewRight]
    /// Housing First steps due (planned on or before the day), in her dossiers or planned by her; oldest first.
    public var plannedSteps: [PlannedStep] = []
    /// In her dossiers, the rights that open or end in the next `TodayView.upcomingMonths` months because of a date.
    public var upcoming: [UpcomingChange] = []
    public static let upcomingMonths = 3
    /// Her open dossiers.
    public var myDossiers: Int
    /// The rights in her dossiers as this view found them (dossier, rule, person, outcome): what she has seen once
    /// she leaves the view, so that the next look names only rights that are new since.
    var rightsSeen: [String] = []
}

extension Office {
    /// Her day as of `asOf`, compared with when she last looked; with `markLooked` her state records this look
    /// at once (`markLooked(_:at:)`). The view shows names: a `list` entry (`vandaag`) is logged.
    public func today(asOf: Day, now: Date = Date(), markLooked: Bool) throws -> TodayView {
        try allow(.readCases)
        let me = user
        let state = store.personState()
        let households = try store.loadAll().households.caseload(includingClosed: false)
        var overdue: [TodayView.Due] = [], today: [TodayView.Due] = [], week: [TodayView.Due] = []
        for h in households {
            for f in h.followUps where !f.done && f.owner == me {
                let due = TodayView.Due(dossier: h.id, name: h.displayName, followUp: f)
                if f.due < asOf { overdue.append(due) } else if f.due == asOf { today.append(due) }
                else if f.due <= asOf.adding(days: 6) { week.append(due) }
            }
        }
        let mine = households.filter { $0.consulent == me }
        let steps = households.compactMap { h -> TodayView.PlannedStep? in
            guard let step = h.housingFirst?.plannedStep, step.on <= asOf,
                  h.consulent == me || step.by == me else { return nil }
            return TodayView.PlannedStep(dossier: h.id, name: h.displayName, step: step)
        }.sorted { ($0.step.on, $0.dossier) < ($1.step.on, $1.dossier) }
        let mineIDs = Set(mine.map(\.id.rawValue))
        var changed: [String: TodayView.Changed] = [:]
        if let since = state.lastLooked {
            let writes = try store.audit.entries(after: since).filter {
                $0.user != me && !Self.readActions.contains($0.action)
            }
            let names = Dictionary(mine.map { ($0.id.rawValue, $0.displayName) }, uniquingKeysWith: { a, _ in a })
            for entry in writes {
                for d in entry.dossiers where mineIDs.contains(d) {
                    changed[d] = TodayView.Changed(dossier: DossierID(rawValue: d)!, name: names[d] ?? d, user: entry.user, time: entry.time)
                }
            }
        }
        let lookup = CaregiverIndex(households: households)
        let results = CaseloadEvaluation.run(households: mine, ruleSet: ruleSet, asOf: asOf, lookup: lookup, reasons: false)
        var seen: [String] = [], fresh: [TodayView.NewRight] = []
        let before = Set(state.seenRights)
        for (h, rs) in zip(mine, results) {
            for r in rs where (r.outcome == .eligible || r.outcome == .possible) && r.kind == .right {
                let person = r.personIndex.map { $0 + 1 }
                let key = "\(h.id.rawValue)|\(r.rule)|\(person.map(String.init) ?? "")|\(r.outcome.rawValue)"
                seen.append(key)
                if state.lastLooked != nil && !before.contains(key) && h.openApplication(rule: r.rule, person: person) == nil {
                    fresh.append(TodayView.NewRight(dossier: h.id, name: h.displayName, rule: r.rule, person: person, outcome: r.outcome))
                }
            }
        }
        let view = TodayView(asOf: asOf, since: state.lastLooked,
                             overdue: overdue.sorted { ($0.followUp.due, $0.dossier) < ($1.followUp.due, $1.dossier) },
                             dueToday: today.sorted { $0.dossier < $1.dossier },
                             dueThisWeek: week.sorted { ($0.followUp.due, $0.dossier) < ($1.followUp.due, $1.dossier) },
                             changedByOthers: changed.values.sorted { $0.time > $1.time },
                             newRights: fresh, plannedSteps: steps,
                             upcoming: UpcomingRights.find(mine, ruleSet: ruleSet, asOf: asOf, months: TodayView.upcomingMonths,
                                                           lookup: lookup)
                                 .sorted { ($0.on, $0.dossier, $0.rule) < ($1.on, $1.dossier, $1.rule) },
                             myDossiers: mine.count, rightsSeen: seen)
        var shown = Set(view.overdue.map(\.dossier) + view.dueToday.map(\.dossier) + view.dueThisWeek.map(\.dossier))
        shown.formUnion(view.changedByOthers.map(\.dossier) + view.newRights.map(\.dossier))
        shown.formUnion(view.plannedSteps.map(\.dossier) + view.upcoming.map(\.dossier))
        try store.recordListView("vandaag", dossiers: shown.count)
        if markLooked { try self.markLooked(view, at: now) }
        return view
    }

    /// Records that she looked at `view` at `time`: the next view compares with that moment and names only the
    /// rights that were not in this one. Nothing is computed again (leaving Vandaag is instant).
    public func markLooked(_ view: TodayView, at time: Date) throws {
        try allow(.readCases)
        var next = store.personState()
        next.lastLooked = time.formatted(.iso8601)
        next.seenRights = view.rightsSeen
        try store.savePersonState(next)
    }

    /// Her own setting: the screen Zorg opens on.
    public func setStartScreen(_ screen: PersonState.StartScreen) throws {
        try allow(.enter)
        var state = store.personState()
        state.startScreen = screen
        try store.savePersonState(state)
    }

    /// The screen Zorg opens on for her.
    public var startScreen: PersonState.StartScreen { store.personState().startScreen }
}
