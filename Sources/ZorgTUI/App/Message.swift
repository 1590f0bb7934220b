import Foundation
import CaseModel

/// Everything that can happen to the app: input, and the results of effects coming back.
enum Message: Sendable {
    case key(Key)
    case resize(TerminalSize)
    case terminate
    /// Typed bytes that are not UTF-8 were dropped.
    case invalidInput
    case dossierOpened(Household)
    case dossierFailed(DossierID, reason: String)
    /// The dossier, opened to fill in one fact (from the checks screen's "wat nog te vragen").
    case dossierOpenedForEdit(Household, column: String)
    /// The store saved the dossier; this is it at its new revision.
    case dossierSaved(Household)
    /// The store refused the save: someone else saved first; `current` is the dossier as stored now.
    case dossierSaveRefused(StaleInfo, current: Household)
    case dossierSaveFailed(DossierID, reason: String)
    case dossierHistoryLoaded(DossierID, Loadable<DossierHistory>)
    case dossierFlowsLoaded(DossierID, Loadable<[String]>)
    /// An earlier revision, to show read-only.
    case dossierRevisionOpened(Household)
    // The flow screens (checks, Housing First, buddy matching): see FlowPages.swift.
    case checksLoaded(Household, [RuleResult], asOf: Day)
    /// The rights that open or end in the coming months for the household on the checks screen.
    case upcomingFound(DossierID, asOf: Day, [UpcomingChange])
    /// "Wat als" opened on the dossier (read with a view in the access log) with its checks as of the day.
    case whatIfOpened(Household, [RuleResult], asOf: Day)
    /// The checks of scenario `index` (its household as changed).
    case whatIfComputed(Int, Household, [RuleResult])
    case housingFirstLoaded(Household, RuleResult?, user: String, today: Day, saved: Bool)
    case waitingListLoaded([HousingFirstWaitingList.Entry], today: Day)
    /// `recorded`: the family and volunteer just confirmed, when that is why the round was loaded again.
    case matchingLoaded(MatchingData, recorded: (family: DossierID, volunteer: DossierID)?)
    /// A pair was taken back; the round as it is now.
    case buddyUndone(MatchingData, family: DossierID, volunteer: DossierID)
    case flowFailed(String)
    case checker(CheckerMessage)
    case admin(AdminMessage)
    /// The rule results of every household, summed up for the caseload's flow filters.
    case caseloadEvaluated([DossierID: CaseloadFlags])
    case caseloadEvaluationFailed(String)
    /// The running job's progress, read by the loop about ten times a second, with the seconds since its start.
    case jobProgress(WorkProgress.Snapshot, elapsedSeconds: Int)
    case jobFinished(JobResult)
    /// Vandaag as of today, loaded at a moment (the "last looked" time when the screen is left); whether Zorg
    /// opens on it.
    case todayLoaded(TodayView, loadedAt: Date, isStartScreen: Bool)
    case startScreenSet(PersonState.StartScreen)
    /// The look at Vandaag is recorded.
    case todayLooked
    /// An application or its outcome is recorded; the checks as they are now.
    case applicationRecorded(RightApplication, Household, [RuleResult], asOf: Day)
    /// A new household may hold someone already in a stored dossier: the pairs found and those dossiers, each
    /// read for the intake (a view in the access log).
    case possibleDuplicatesFound([PossibleDuplicate], candidates: [Household])
    /// The new household is a dossier now, opened for the intake; `openFailure` when it was made but could not
    /// be opened (its view not logged).
    case householdRegistered(Household, openFailure: String?)
    case newHouseholdFailed(String)
    /// Desk work on a dossier went through: the dossier as stored now (and the other dossier of a move).
    case deskChanged(Household, DeskRequest, other: Household?)
    /// The letter for the client was written (or a file is in the way: ask before overwriting).
    case letterWritten(DossierID, LetterFileOutcome)
    case letterFailed(DossierID, String)
}

/// Work `update` asks the loop to do; its result comes back as a `Message`. Keeps `update` pure.
enum Effect: Equatable, Sendable {
    /// Record the view in the access log with the caseworker's reason, then load the dossier.
    case openDossier(DossierID, reason: AccessReason)
    /// Save the dossier through the store (its revision is checked); answered by `dossierSaved` or a refusal.
    case saveDossier(Household)
    /// The dossier's audit entries and revisions with what changed in each, for the history tab (read for the
    /// reason the dossier was opened: one view in the access log).
    case loadDossierHistory(DossierID, reason: AccessReason)
    /// One line per flow for the dossier as of a day.
    case loadDossierFlows(Household, asOf: Day)
    /// An earlier revision of a dossier, read-only.
    case openRevision(DossierID, revision: Int, reason: AccessReason)
    /// Leave the UI with this exit code (0 after `q`; 130 after Ctrl-C and 143 after SIGTERM/SIGHUP, as a shell
    /// reports an interrupted program).
    case quit(exitCode: Int32)
    /// Record the view, then run every rule module for the dossier as of today.
    case openChecks(DossierID)
    /// Run the checks of the dossier again as of another date.
    case runChecks(DossierID, asOf: Day)
    /// The rights that open or end within `ChecksScreen.upcomingMonths` (after the checks have shown).
    case findUpcoming(Household, asOf: Day)
    /// "Wat als" on the dossier: read it (a view, reason controle-rechten) and its checks as of today.
    case openWhatIf(DossierID)
    /// The checks of a what-if scenario: nothing is saved.
    case whatIfChecks(Int, Household, asOf: Day)
    /// Fill in a fact of the dossier (an import column name; `col@member` for a person fact). Handled by the
    /// dossier's edit form; until then the checks screen says which field to fill in.
    case editField(DossierID, column: String)
    /// Record the view, then open the Housing First intake with the module's current result.
    case openHousingFirst(DossierID)
    /// Save the dossier with its intake answers through the store, then assess it again.
    case saveHousingFirst(Household)
    /// The Housing First waiting list of the whole caseload.
    case openWaitingList
    /// The buddy-matching round as of today.
    case openMatching
    /// Record a buddy pair like `zorg match --confirm` (`reason` when it is not the proposal).
    case confirmBuddy(family: DossierID, volunteer: DossierID, reason: String?)
    /// Take a confirmed pair back (`Office.undoBuddy`), then load the round again.
    case undoBuddy(family: DossierID, volunteer: DossierID)
    case checker(CheckerEffect)
    case admin(AdminEffect)
    /// Start long work on a thread of its own (BackgroundJob.swift); its end comes back as `jobFinished`.
    case startJob(JobRequest)
    /// Ask the running job to stop at its next check.
    case cancelJob
    /// Vandaag (`Office.today`), not marked as looked at.
    case openToday
    /// Vandaag was left: her look is recorded as of the moment it was loaded.
    case markTodayLooked(TodayView, at: Date)
    /// Record an application for a right found by the checks (`Office.apply`), then run the checks again.
    case applyForRight(DossierID, rule: String, person: Int?, on: Day, place: String?, asOf: Day)
    /// Record the outcome of the open application (`Office.decide`), then run the checks again.
    case decideApplication(DossierID, rule: String, person: Int?, RightApplication.Decision, asOf: Day)
    /// Her start screen (`Office.setStartScreen`).
    case setStartScreen(PersonState.StartScreen)
    /// A new household: look for possible duplicates (`Office.possibleDuplicates`; unless passed), then register
    /// it (`Office.register`) and open it for the intake.
    case registerHousehold(Household, despiteDuplicates: Bool)
    /// Members joining, leaving or moving, closing or reopening (`Office.addMembers`, `endStay`, `moveMember`,
    /// `close`, `reopen`); answered by `deskChanged` or `dossierSaveFailed`.
    case deskChange(DossierID, DeskRequest)
    /// The letter for the client to the path the caseworker typed, with her own rights (`Office.writeLetter`: the
    /// dossier read for `reason`, one `letter` audit entry); answered by `letterWritten` or `letterFailed`.
    case writeLetter(DossierID, path: String, format: LetterFormat, language: LetterLanguage, overwrite: Bool, reason: AccessReason)
}
