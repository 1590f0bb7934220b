import CaseModel

// The flow screens in the app: checks, Housing First intake and waiting list, buddy matching. Update.swift and
// Render.swift hand their messages, keys and drawing to these functions.

/// The results of the flow effects.
func updateFlow(_ state: AppState, _ message: Message) -> (AppState, [Effect]) {
    var state = state
    let s = state.strings
    switch message {
    case .applicationRecorded(let application, let household, let results, let asOf):
        let (next, effects) = updateFlow(state, .checksLoaded(household, results, asOf: asOf))
        state = next
        state.caseload.replace(CaseloadEntry(household: household), screenSize: state.size)
        state.flash = s.applicationRecorded(application)
        return (state, effects)
    case .checksLoaded(let household, let results, let asOf):
        var page = ChecksScreen(household: household, results: results, asOf: asOf, size: state.size, strings: s)
        if case .checks(let old) = state.pages.last, old.household.id == household.id {
            page.keepOpen(like: old, size: state.size, strings: s)
            state.pages[state.pages.count - 1] = .checks(page)
        } else {
            state.pages.append(.checks(page))
        }
        return (state, [.findUpcoming(household, asOf: asOf)])
    case .upcomingFound(let id, let asOf, let changes):
        if case .checks(var page) = state.pages.last, page.household.id == id, page.asOf == asOf {
            page.upcomingFound(changes, size: state.size, strings: s)
            state.pages[state.pages.count - 1] = .checks(page)
        }
    case .housingFirstLoaded(let household, let result, let user, let today, let saved):
        let page = HousingFirstIntakeScreen(household: household, result: result, user: user, today: today,
                                            size: state.size, strings: s)
        if case .housingFirst(let old) = state.pages.last, old.draft.id == household.id {
            state.pages[state.pages.count - 1] = .housingFirst(page)
        } else {
            state.pages.append(.housingFirst(page))
        }
        if saved { state.flash = s.intakeSaved(household.id.rawValue) }
    case .waitingListLoaded(let entries, let today):
        state.pages.append(.waitingList(HousingFirstWaitingListScreen(entries: entries, today: today)))
    case .matchingLoaded(let data, let recorded):
        if case .matching(let old) = state.pages.last {
            state.pages[state.pages.count - 1] = .matching(old.reloaded(with: data, recorded: recorded, undone: nil,
                                                                        size: state.size, strings: s))
        } else {
            state.pages.append(.matching(MatchingScreen(data: data, size: state.size, strings: s)))
        }
        if let recorded { state.flash = s.buddyRecorded(recorded.family.rawValue, volunteerName(recorded.volunteer, data)) }
    case .buddyUndone(let data, let family, let volunteer):
        if case .matching(let old) = state.pages.last {
            state.pages[state.pages.count - 1] = .matching(old.reloaded(with: data, recorded: nil, undone: (family, volunteer),
                                                                        size: state.size, strings: s))
        }
        state.flash = s.buddyUndone(family.rawValue, volunteerName(volunteer, data))
    case .flowFailed(let reason):
        // The start of a long reason says what happened; the message line would show its end.
        state.flash = DisplayWidth.truncate(s.flowFailed(reason), to: state.size.columns)
        switch state.pages.last {
        case .housingFirst(var page):
            page.saveFailed(reason)
            state.pages[state.pages.count - 1] = .housingFirst(page)
        case .checks(var page) where page.outdated != nil:
            page.recomputeFailed(reason, size: state.size, strings: s)
            state.pages[state.pages.count - 1] = .checks(page)
        default: break
        }
    default: break
    }
    return (state, [])
}

private func volunteerName(_ id: DossierID, _ data: MatchingData) -> String {
    data.volunteers.first { $0.id == id }?.fullName ?? id.rawValue
}

func handleFlowKey(_ key: Key, _ state: AppState) -> (AppState, [Effect]) {
    var state = state
    let s = state.strings
    let size = state.size
    let top = state.pages.count - 1
    switch state.pages.last {
    case .checks(var page):
        let outcome = page.handle(key, screenSize: size, strings: s)
        state.pages[top] = .checks(page)
        switch outcome {
        case .stay: break
        case .back: state.closePage()
        case .help: state.showHelp(page.keyHelp(s))
        case .rerun(let day): return (state, [.runChecks(page.household.id, asOf: day)])
        case .editField(let column):
            // The loop opens the dossier's edit form on that field.
            return (state, [.editField(page.household.id, column: column)])
        case .apply(let rule, let person, let on, let place):
            return (state, [.applyForRight(page.household.id, rule: rule, person: person, on: on, place: place, asOf: page.asOf)])
        case .decide(let rule, let person, let decision):
            return (state, [.decideApplication(page.household.id, rule: rule, person: person, decision, asOf: page.asOf)])
        case .flash(let text):
            state.flash = text
        }
    case .housingFirst(var page):
        let outcome = page.handle(key, screenSize: size, strings: s)
        state.pages[top] = .housingFirst(page)
        switch outcome {
        case .stay: break
        case .back: state.closePage()
        case .help: state.showHelp(page.keyHelp(s))
        case .save(let household): return (state, [.saveHousingFirst(household)])
        }
        // Back on the waiting list after an intake: load it again, the intake may have changed its order.
        if outcome == .back, case .waitingList = state.pages.last {
            state.pages.removeLast()
            return (state, [.openWaitingList])
        }
    case .waitingList(var page):
        let outcome = page.handle(key, screenSize: size)
        state.pages[top] = .waitingList(page)
        switch outcome {
        case .stay: break
        case .back: state.closePage()
        case .help: state.showHelp(page.keyHelp(s))
        case .open(let id): return (state, [.openHousingFirst(id)])
        }
    case .matching(var page):
        let outcome = page.handle(key, screenSize: size, strings: s)
        state.pages[top] = .matching(page)
        switch outcome {
        case .stay: break
        case .back: state.closePage()
        case .help: state.showHelp(page.keyHelp(s))
        case .confirm(let family, let volunteer, let reason):
            return (state, [.confirmBuddy(family: family, volunteer: volunteer, reason: reason)])
        case .undo(let family, let volunteer):
            return (state, [.undoBuddy(family: family, volunteer: volunteer)])
        }
    default: break
    }
    return (state, [])
}

func resizeFlowPages(_ state: inout AppState) {
    let s = state.strings
    for i in state.pages.indices {
        switch state.pages[i] {
        case .checks(var page): page.resized(to: state.size, strings: s); state.pages[i] = .checks(page)
        case .housingFirst(var page): page.resized(to: state.size, strings: s); state.pages[i] = .housingFirst(page)
        case .waitingList(var page): page.resized(to: state.size); state.pages[i] = .waitingList(page)
        case .matching(var page): page.resized(to: state.size, strings: s); state.pages[i] = .matching(page)
        case .scan(var page): page.resized(to: state.size); state.pages[i] = .scan(page)
        case .today(var page): page.resized(to: state.size, strings: s); state.pages[i] = .today(page)
        default: break
        }
    }
}

func drawFlowPage(_ state: AppState, _ screen: inout ScreenBuffer) {
    let s = state.strings
    let plain = state.options.plain
    switch state.pages.last {
    case .checks(let page): page.draw(&screen, strings: s, plain: plain)
    case .housingFirst(let page): page.draw(&screen, strings: s, plain: plain)
    case .waitingList(let page): page.draw(&screen, strings: s, plain: plain)
    case .matching(let page): page.draw(&screen, strings: s, plain: plain)
    default: break
    }
}
