import CaseModel

/// Everything that can happen to the app: input, and the results of effects coming back.
enum Message: Sendable {
    case key(Key)
    case resize(TerminalSize)
    case terminate
    case dossierOpened(Household)
    case dossierFailed(DossierID, reason: String)
    case checker(CheckerMessage)
    case admin(AdminMessage)
}

/// Work `update` asks the loop to do; its result comes back as a `Message`. Keeps `update` pure.
enum Effect: Equatable, Sendable {
    /// Record the view in the access log, then load the dossier.
    case openDossier(DossierID)
    /// Leave the UI with this exit code (0 after `q`; 130 after Ctrl-C and 143 after SIGTERM/SIGHUP, as a shell
    /// reports an interrupted program).
    case quit(exitCode: Int32)
    case checker(CheckerEffect)
    case admin(AdminEffect)
}
