import CaseModel

/// The whole state of the UI, as one value: `update` makes the next one, `render` draws it.
struct AppState: Sendable {
    let options: UIOptions
    let storeName: String
    var size: TerminalSize
    /// The bottom screen, always there.
    var caseload: CaseloadScreen
    /// Screens opened on top of the caseload; the last one is shown.
    var pages: [Page] = []
    /// The `?` overlay over the current screen.
    var help: HelpOverlay?
    /// Asks why a dossier is opened, before it is (the access log's reason).
    var reasonChooser: AccessReasonChooser?
    /// The reason chosen last: pre-selected next time, so Enter keeps the flow fast.
    var lastAccessReason: AccessReason = .opvolging
    /// A message on the line above the status line until the next key (an error, a result).
    var flash: String?
    /// The day the UI counts as today (a note's date, an overdue follow-up).
    var today: Day
    /// The person at the terminal: the author of a note or follow-up.
    var user: String

    /// The volunteer checker alone (`zorg check --interactive`, or a volunteer's session): no caseload under it,
    /// and leaving it leaves the program.
    var checkerOnly = false
    /// The user is an administrator: `a` on the caseload opens the administration screens.
    var isAdmin = false
    /// Long work running in the background (a scan, an import's commit): its progress panel is drawn over the
    /// screen and only Esc (cancel) and Ctrl-C are taken.
    var job: JobStatus?

    enum Page: Sendable {
        case dossier(DossierScreen)
        case checks(ChecksScreen)
        case housingFirst(HousingFirstIntakeScreen)
        case waitingList(HousingFirstWaitingListScreen)
        case matching(MatchingScreen)
        case checker(CheckerScreen)
        case admin(AdminScreen)
        case scan(ScanScreen)
        case today(TodayScreen)
        case newHousehold(NewHouseholdScreen)
        case whatIf(WhatIfScreen)
    }

    init(entries: [CaseloadEntry], storeName: String, size: TerminalSize, options: UIOptions,
         today: Day, user: String = "") {
        self.options = options
        self.storeName = storeName
        self.size = size
        self.today = today
        self.user = user
        caseload = CaseloadScreen(entries: entries, today: today)
    }

    var strings: Strings { options.strings }

    /// The title of the screen on top (for the title bar and the help).
    var screenTitle: String {
        switch pages.last {
        case .dossier(let page): page.title(strings)
        case .checks(let page): page.title(strings)
        case .housingFirst(let page): page.title(strings)
        case .waitingList(let page): page.title(strings)
        case .matching(let page): page.title(strings)
        case .checker(let page): page.title(strings)
        case .admin(let page): page.title(strings)
        case .scan(let page): page.title(strings)
        case .today(let page): page.title(strings)
        case .newHousehold(let page): page.title(strings)
        case .whatIf(let page): page.title(strings)
        case nil: strings(.caseloadTitle)
        }
    }
}

/// What every page does with Esc and `?`.
extension AppState {
    /// Back to the page below (the caseload under the last one).
    mutating func closePage() { pages.removeLast() }

    /// The `?` overlay with the keys of the page on top.
    mutating func showHelp(_ entries: [KeyHelp]) { help = HelpOverlay(screenTitle: screenTitle, entries: entries) }

    /// The page on top left, as an update's answer (nothing else to do).
    func closingPage() -> (AppState, [Effect]) {
        var state = self
        state.closePage()
        return (state, [])
    }

    /// The `?` overlay shown, as an update's answer.
    func showingHelp(_ entries: [KeyHelp]) -> (AppState, [Effect]) {
        var state = self
        state.showHelp(entries)
        return (state, [])
    }
}
