import CaseModel

/// Everything that can happen to the app: input, and the results of effects coming back.
enum Message: Sendable {
    case key(Key)
    case resize(TerminalSize)
    case terminate
    case dossierOpened(Household)
    case dossierFailed(DossierID, reason: String)
    /// The store saved the dossier; this is it at its new revision.
    case dossierSaved(Household)
    /// The store refused the save: someone else saved first; `current` is the dossier as stored now.
    case dossierSaveRefused(StaleInfo, current: Household)
    case dossierSaveFailed(DossierID, reason: String)
    case dossierHistoryLoaded(DossierID, Loadable<DossierHistory>)
    case dossierFlowsLoaded(DossierID, Loadable<[String]>)
    /// An earlier revision, to show read-only.
    case dossierRevisionOpened(Household)
}

/// Work `update` asks the loop to do; its result comes back as a `Message`. Keeps `update` pure.
enum Effect: Equatable, Sendable {
    /// Record the view in the access log, then load the dossier.
    case openDossier(DossierID)
    /// Save the dossier through the store (its revision is checked); answered by `dossierSaved` or a refusal.
    case saveDossier(Household)
    /// The dossier's audit entries and revisions, for the history tab.
    case loadDossierHistory(DossierID)
    /// One line per flow for the dossier as of a day.
    case loadDossierFlows(Household, asOf: Day)
    /// An earlier revision of a dossier, read-only.
    case openRevision(DossierID, revision: Int)
    /// Leave the UI with this exit code (0 after `q`; 130 after Ctrl-C and 143 after SIGTERM/SIGHUP, as a shell
    /// reports an interrupted program).
    case quit(exitCode: Int32)
}
