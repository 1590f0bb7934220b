import CaseModel
import Foundation

/// The one place an effect meets the office: each `Effect` becomes a call of `Office` (CaseModel's use-case
/// layer) and its answer a `Message`. `EffectRunner` runs it off the UI thread; `update` and `render` never see
/// the office. A session without a store (the volunteer's checker) has no office: only the checker's own effect
/// works there.
enum EffectWork {
    /// What the work needs besides the office: the UI's today and language, and the progress of a job.
    struct Context: Sendable {
        var today: Day
        var language: Language
        var progress = WorkProgress()
    }

    /// The answer to `effect`; nil for the effects the loop handles itself (quit, cancel).
    static func run(_ effect: Effect, office: Office?, context: Context) -> Message? {
        switch effect {
        case .quit, .cancelJob: return nil
        case .checker(.writeSummary(let path, let text, let overwrite)):
            // The volunteer's own file, written with her rights (`SummaryFile`, through `PersonalFiles`).
            do {
                return .checker(.summary(try SummaryFile.write(text, to: path, overwrite: overwrite)))
            } catch {
                return .checker(.summaryFailed(error.description))
            }
        default:
            guard let office else { return .flowFailed(context.language == .en ? "no store" : "geen store") }
            return run(effect, on: office, context)
        }
    }

    private static func run(_ effect: Effect, on office: Office, _ c: Context) -> Message? {
        let today = c.today
        switch effect {
        case .quit, .cancelJob, .checker: return nil
        case .openDossier(let id, let reason):
            return opened(id, reason: reason, office)
        case .editField(let id, let column):
            let answer = opened(id, reason: .controleRechten, office)
            if case .dossierOpened(let household) = answer { return .dossierOpenedForEdit(household, column: column) }
            return answer
        case .saveDossier(let household):
            do {
                return .dossierSaved(try office.save(household))
            } catch let refused as RefusedSave {
                // Show the dossier as stored now, so the caseworker sees what the other change was.
                guard let current = refused.current else { return .dossierSaveFailed(household.id, reason: refused.description) }
                return .dossierSaveRefused(StaleInfo(refused.stale), current: current)
            } catch {
                return .dossierSaveFailed(household.id, reason: readable(error))
            }
        case .loadDossierHistory(let id, let reason):
            do {
                var history = try office.history(of: id)
                history.changes = try office.changes(of: id, reason: reason)
                return .dossierHistoryLoaded(id, .loaded(history))
            } catch {
                return .dossierHistoryLoaded(id, .failed(readable(error)))
            }
        case .loadDossierFlows(let household, let day):
            do {
                let lines = try office.checks(of: household, asOf: day).map { flowLine($0, household, c.language) }
                return .dossierFlowsLoaded(household.id, .loaded(lines))
            } catch {
                return .dossierFlowsLoaded(household.id, .failed(readable(error)))
            }
        case .openRevision(let id, let revision, let reason):
            do { return .dossierRevisionOpened(try office.open(id, revision: revision, reason: reason)) } catch {
                return .dossierFailed(id, reason: readable(error))
            }
        case .admin(let work):
            return admin(work, office, c)
        case .startJob(let request):
            return .jobFinished(job(request, office, c))
        case .openToday:
            let now = Date()
            do {
                return .todayLoaded(try office.today(asOf: today, now: now, markLooked: false), loadedAt: now,
                                    isStartScreen: office.startScreen == .vandaag)
            } catch { return .flowFailed(readable(error)) }
        case .markTodayLooked(let view, let at):
            do { try office.markLooked(view, at: at); return .todayLooked } catch {
                return .flowFailed(readable(error))
            }
        case .setStartScreen(let screen):
            do { try office.setStartScreen(screen); return .startScreenSet(screen) } catch { return .flowFailed(readable(error)) }
        case .registerHousehold(let household, let despite):
            return register(household, despiteDuplicates: despite, office, c)
        case .deskChange(let id, let request):
            return deskChange(id, request, office, c)
        case .writeLetter(let id, let path, let format, let language, let overwrite, let reason):
            do {
                return .letterWritten(id, try office.writeLetter(id, to: path, overwrite: overwrite, asOf: today, language: language,
                                                                 format: format, reason: reason))
            } catch {
                return .letterFailed(id, (error as? PersonalFileError)?.reason ?? readable(error))
            }
        default:
            return flow(effect, office, today: today)
        }
    }

    /// The checks, Housing First and buddy screens.
    private static func flow(_ effect: Effect, _ office: Office, today: Day) -> Message? {
        do {
            switch effect {
            case .openChecks(let id):
                let h = try office.open(id, reason: .controleRechten)
                return .checksLoaded(h, try office.checks(of: h, asOf: today), asOf: today)
            case .applyForRight(let id, let rule, let person, let on, let place, let day):
                let made = try office.apply(id, rule: rule, person: person, on: on, place: place)
                let h = try office.reread(id)
                return .applicationRecorded(made, h, try office.checks(of: h, asOf: day), asOf: day)
            case .decideApplication(let id, let rule, let person, let decision, let day):
                let decided = try office.decide(id, rule: rule, person: person, decision)
                let h = try office.reread(id)
                return .applicationRecorded(decided, h, try office.checks(of: h, asOf: day), asOf: day)
            case .runChecks(let id, let day):
                let h = try office.reread(id)
                return .checksLoaded(h, try office.checks(of: h, asOf: day), asOf: day)
            case .openWhatIf(let id):
                let h = try office.open(id, reason: .controleRechten)
                return .whatIfOpened(h, try office.checks(of: h, asOf: today), asOf: today)
            case .whatIfChecks(let index, let h, let day):
                return .whatIfComputed(index, h, try office.checks(of: h, asOf: day))
            case .findUpcoming(let h, let day):
                return .upcomingFound(h.id, asOf: day, try office.upcoming(for: h, asOf: day, months: ChecksScreen.upcomingMonths))
            case .openHousingFirst(let id):
                let h = try office.open(id, reason: .housingFirst)
                return .housingFirstLoaded(h, try office.housingFirstAssessment(of: h, asOf: today), user: office.user,
                                           today: today, saved: false)
            case .saveHousingFirst(let household):
                let saved = try office.save(household)
                return .housingFirstLoaded(saved, try office.housingFirstAssessment(of: saved, asOf: today),
                                           user: office.user, today: today, saved: true)
            case .openWaitingList:
                return .waitingListLoaded(try office.waitingList(asOf: today), today: today)
            case .openMatching:
                return .matchingLoaded(try office.buddyRound(asOf: today, shown: .screen), recorded: nil)
            case .confirmBuddy(let family, let volunteer, let reason):
                let data = try office.confirmBuddies([(family, volunteer)], reason: reason, asOf: today)
                return .matchingLoaded(data, recorded: (family, volunteer))
            case .undoBuddy(let family, let volunteer):
                let data = try office.undoBuddy(family: family, volunteer: volunteer, asOf: today)
                return .buddyUndone(data, family: family, volunteer: volunteer)
            default:
                return nil
            }
        } catch {
            return .flowFailed(readable(error))
        }
    }

    /// A new household: possible duplicates first (each stored dossier named is read for the intake, a view in
    /// the access log, to be shown beside the new entry), else — or when passed — registered and opened for the
    /// intake.
    private static func register(_ household: Household, despiteDuplicates: Bool, _ office: Office, _ c: Context) -> Message {
        let made: Household
        do {
            if !despiteDuplicates {
                let found = try office.possibleDuplicates(of: household)
                if !found.isEmpty {
                    var ids: [DossierID] = []
                    for d in found where !ids.contains(d.dossier) { ids.append(d.dossier) }
                    return .possibleDuplicatesFound(found, candidates: try ids.map { try office.open($0, reason: .intake) })
                }
            }
            made = try office.register(household, today: c.today)
        } catch {
            return .newHouseholdFailed(deskReadable(error, c.language))
        }
        do { return .householdRegistered(try office.open(made.id, reason: .intake), openFailure: nil) } catch {
            return .householdRegistered(made, openFailure: readable(error))
        }
    }

    /// Members and closing: one office call each, one revision with its audit entry.
    private static func deskChange(_ id: DossierID, _ request: DeskRequest, _ office: Office, _ c: Context) -> Message {
        do {
            switch request {
            case .addMember(let person):
                return .deskChanged(try office.addMembers([person], to: id), request, other: nil)
            case .endStay(let position, let on, let reason):
                return .deskChanged(try office.endStay(of: position, in: id, on: on, reason: reason), request, other: nil)
            case .move(let position, let to, let on):
                let both = try office.moveMember(position, from: id, to: to, on: on)
                guard let from = both.first(where: { $0.id == id }) else { return .dossierSaveFailed(id, reason: "?") }
                return .deskChanged(from, request, other: both.first { $0.id == to })
            case .close(let on, let reason):
                return .deskChanged(try office.close(id, on: on, reason: reason, today: c.today), request, other: nil)
            case .reopen:
                return .deskChanged(try office.reopen(id), request, other: nil)
            }
        } catch {
            return .dossierSaveFailed(id, reason: deskReadable(error, c.language))
        }
    }

    /// A desk refusal in the screen's words; any other error as the store words it.
    private static func deskReadable(_ error: Error, _ language: Language) -> String {
        if let e = error as? DeskError { return Strings(language: language).deskRefused(e) }
        return readable(error)
    }

    /// The administration screens' work that is not a job.
    private static func admin(_ work: AdminEffect, _ office: Office, _ c: Context) -> Message {
        switch work {
        case .planImport(let path):
            do { return .admin(.importPlanned(try planImport(path, office, c))) } catch {
                return .admin(.importFailed(readable(error)))
            }
        case .commitImport(let planned):
            return .jobFinished(job(.importCommit(planned), office, c))
        case .loadRules:
            do { return .admin(.rulesLoaded(try office.rules(), today: c.today)) } catch {
                return .admin(.importFailed(readable(error)))
            }
        case .runRuleTests:
            do { return .admin(.ruleTestsRan(try office.ruleTestReports())) } catch {
                return .admin(.importFailed(readable(error)))
            }
        }
    }

    /// Long work with progress and a way to stop (the progress panel, Esc).
    private static func job(_ request: JobRequest, _ office: Office, _ c: Context) -> JobResult {
        let progress = c.progress
        switch request {
        case .scan(let day):
            do {
                guard let run = try office.scan(asOf: day, progress: progress) else { return .scanCancelled }
                return .scanned(run.scan)
            } catch {
                return .scanFailed(readable(error))
            }
        case .caseloadFlags(let day):
            do { return .flagsEvaluated(try office.caseloadFlags(asOf: day, progress: progress)) } catch {
                return .flagsFailed(readable(error))
            }
        case .importPlan(let path):
            progress.begin(.planning)
            do {
                // The dry run cannot stop half-way (it reads and compares, it writes nothing); a cancel drops it.
                let plan = try planImport(path, office, c)
                return progress.isCancelled ? .planCancelled : .planned(plan)
            } catch {
                return .planFailed(readable(error))
            }
        case .importCommit(let planned):
            let total = planned.plan.householdsToWrite.count
            do {
                let outcome = try office.commitImport(planned.plan, progress: progress)
                return .imported(outcome, entries: try? caseloadEntries(office))
            } catch {
                return .importFailed(reason: readable(error), written: 0, total: total, entries: nil)
            }
        }
    }

    /// The caseload list's rows (the office logs the list as shown).
    static func caseloadEntries(_ office: Office) throws -> [CaseloadEntry] {
        try office.caseload().households.map(CaseloadEntry.init(household:))
    }

    /// The view is recorded first: a dossier whose opening cannot be logged is not shown.
    private static func opened(_ id: DossierID, reason: AccessReason, _ office: Office) -> Message {
        do { return .dossierOpened(try office.open(id, reason: reason)) } catch {
            return .dossierFailed(id, reason: readable(error))
        }
    }

    /// The administrator's list, `~` expanded as in a shell; the office reads it with her rights.
    private static func planImport(_ path: String, _ office: Office, _ c: Context) throws -> ImportPlan {
        try office.planImport(file: SummaryFile.expand(path), kind: .clients, allOrNothing: false, today: c.today)
    }

    /// One short line per flow of the dossier tab; a person rule says whose it is.
    private static func flowLine(_ result: RuleResult, _ household: Household, _ language: Language) -> String {
        let line = result.summary(language: language == .nl ? .nl : .en)
        guard let i = result.personIndex, household.members.indices.contains(i) else { return line }
        return household.members[i].firstName + ": " + line
    }

    private static func readable(_ error: Error) -> String {
        (error as? StoreError)?.message ?? String(describing: error)
    }
}
