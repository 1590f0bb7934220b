import CaseModel

/// Every text the terminal UI shows, in Dutch and English. Each table is an exhaustive `switch`, so a text
/// without a translation does not compile.
struct Strings: Sendable {
    let language: Language

    enum Text: CaseIterable, Sendable {
        case appName
        case caseloadTitle, membersTitle, helpTitle
        case columnDossier, columnName, columnDistrict, columnMembers, columnAddress
        case columnRole, columnBorn, columnNationalNumber, columnStatuses
        case labelAddress, labelDistrict, labelMembers
        case searchPrompt, helpFilterPrompt
        case emptyCaseload, noKeysMatch, noMembers, invalidInput
        case unknown, none
        // Key descriptions (help overlay and status line).
        case keyMove, keyPage, keyFirstLast, keyOpen, keySearch, keyClearSearch, keyHelp, keyQuit
        case keyBack, keyScroll, keyCloseHelp, keyTypeToFilter, keyFinishSearch, keyDeleteCharacter
        // Short words for the status line.
        case hintMove, hintOpen, hintSearch, hintHelp, hintQuit, hintBack, hintClose, hintDone, hintClear
        // Role names.
        case roleApplicant, rolePartner, roleChild, roleParent, roleOther
    }

    func callAsFunction(_ text: Text) -> String {
        switch language {
        case .nl: Strings.dutch(text)
        case .en: Strings.english(text)
        }
    }

    // MARK: Texts with values

    func caseloadCount(shown: Int, total: Int) -> String {
        switch language {
        case .nl: "\(shown) van \(total) dossiers"
        case .en: "\(shown) of \(total) households"
        }
    }

    func memberCount(_ n: Int) -> String {
        switch language {
        case .nl: n == 1 ? "1 lid" : "\(n) leden"
        case .en: n == 1 ? "1 member" : "\(n) members"
        }
    }

    func noMatches(_ query: String) -> String {
        switch language {
        case .nl: "Geen dossiers gevonden voor „\(query)”"
        case .en: "No households match “\(query)”"
        }
    }

    func terminalTooSmall(minimum: TerminalSize) -> String {
        switch language {
        case .nl: "Terminal te klein (minstens \(minimum.columns)×\(minimum.rows))"
        case .en: "Terminal too small (at least \(minimum.columns)×\(minimum.rows))"
        }
    }

    func dossierHeading(_ id: String, name: String) -> String {
        "\(self(.membersTitle)) \(id) — \(name)"
    }

    func openFailed(_ id: String, reason: String) -> String {
        switch language {
        case .nl: "Dossier \(id) kan niet geopend worden: \(reason)"
        case .en: "Dossier \(id) cannot be opened: \(reason)"
        }
    }

    func lines(from first: Int, to last: Int, of total: Int) -> String {
        switch language {
        case .nl: "regel \(first)–\(last) van \(total)"
        case .en: "lines \(first)–\(last) of \(total)"
        }
    }

    func role(_ role: HouseholdRole?) -> String {
        switch role {
        case .aanvrager: self(.roleApplicant)
        case .partner: self(.rolePartner)
        case .kind: self(.roleChild)
        case .ouder: self(.roleParent)
        case .andere: self(.roleOther)
        case nil: self(.unknown)
        }
    }

    /// Why the full-screen UI cannot start, for standard error (the screen is not ours yet).
    func cannotStart(_ failure: TerminalStartProblem) -> String {
        switch (language, failure) {
        case (.nl, .notATerminal):
            "zorg: het scherm heeft een terminal nodig, maar invoer of uitvoer is geen terminal. "
                + "Gebruik een subcommando (zie zorg --help)."
        case (.en, .notATerminal):
            "zorg: the screen needs a terminal, but input or output is not a terminal. "
                + "Use a subcommand (see zorg --help)."
        case (.nl, .termUnset):
            "zorg: de variabele TERM is niet ingesteld, dus het scherm kan niet getekend worden. "
                + "Stel TERM in (bv. TERM=xterm-256color) of gebruik een subcommando (zie zorg --help)."
        case (.en, .termUnset):
            "zorg: the TERM variable is not set, so the screen cannot be drawn. "
                + "Set TERM (e.g. TERM=xterm-256color) or use a subcommand (see zorg --help)."
        case (.nl, .unknownTerminal(let term)):
            "zorg: terminaltype „\(term)” is onbekend (geen terminfo-beschrijving). "
                + "Stel TERM in op een bekend type (bv. TERM=xterm-256color) of gebruik een subcommando (zie zorg --help)."
        case (.en, .unknownTerminal(let term)):
            "zorg: terminal type “\(term)” is unknown (no terminfo entry). "
                + "Set TERM to a known type (e.g. TERM=xterm-256color) or use a subcommand (see zorg --help)."
        case (.nl, .noCursorAddressing(let term)):
            "zorg: terminal „\(term)” kan de cursor niet verplaatsen, dus het scherm kan niet getekend worden. "
                + "Gebruik een volwaardige terminal (bv. TERM=xterm-256color) of een subcommando (zie zorg --help)."
        case (.en, .noCursorAddressing(let term)):
            "zorg: terminal “\(term)” cannot move the cursor, so the screen cannot be drawn. "
                + "Use a full terminal (e.g. TERM=xterm-256color) or a subcommand (see zorg --help)."
        case (.nl, .cannotStart):
            "zorg: de terminal kon niet in schermmodus gezet worden."
        case (.en, .cannotStart):
            "zorg: the terminal could not be put into screen mode."
        }
    }

    // MARK: Tables

    private static func dutch(_ text: Text) -> String {
        switch text {
        case .appName: "Zorg"
        case .caseloadTitle: "Dossiers"
        case .membersTitle: "Dossier"
        case .helpTitle: "Toetsen"
        case .columnDossier: "Dossier"
        case .columnName: "Naam"
        case .columnDistrict: "Wijk"
        case .columnMembers: "Leden"
        case .columnAddress: "Adres"
        case .columnRole: "Rol"
        case .columnBorn: "Geboren"
        case .columnNationalNumber: "Rijksregisternr."
        case .columnStatuses: "Statuten"
        case .labelAddress: "Adres"
        case .labelDistrict: "Wijk"
        case .labelMembers: "Leden"
        case .searchPrompt: "Zoeken: "
        case .helpFilterPrompt: "Filter: "
        case .emptyCaseload: "Er zijn nog geen dossiers."
        case .noKeysMatch: "Geen toetsen gevonden."
        case .noMembers: "Dit dossier heeft geen leden."
        case .unknown: "onbekend"
        case .none: "geen"
        case .keyMove: "vorige / volgende"
        case .keyPage: "pagina omhoog / omlaag"
        case .keyFirstLast: "eerste / laatste"
        case .keyOpen: "dossier openen"
        case .keySearch: "zoeken (typ om te beperken)"
        case .keyClearSearch: "zoekopdracht wissen"
        case .keyHelp: "deze hulp"
        case .keyQuit: "stoppen"
        case .keyBack: "terug naar de lijst"
        case .keyScroll: "scrollen"
        case .keyCloseHelp: "hulp sluiten"
        case .keyTypeToFilter: "typ om de toetsen te filteren"
        case .keyFinishSearch: "zoeken afronden"
        case .keyDeleteCharacter: "laatste teken wissen"
        case .hintMove: "kiezen"
        case .hintOpen: "openen"
        case .hintSearch: "zoeken"
        case .hintHelp: "help"
        case .hintQuit: "stoppen"
        case .hintBack: "terug"
        case .hintClose: "sluiten"
        case .hintDone: "klaar"
        case .hintClear: "wissen"
        case .invalidInput: "Invoer genegeerd: geen UTF-8 (zet de terminal op UTF-8)"
        case .roleApplicant: "aanvrager"
        case .rolePartner: "partner"
        case .roleChild: "kind"
        case .roleParent: "ouder"
        case .roleOther: "andere"
        }
    }

    private static func english(_ text: Text) -> String {
        switch text {
        case .appName: "Zorg"
        case .caseloadTitle: "Caseload"
        case .membersTitle: "Dossier"
        case .helpTitle: "Keys"
        case .columnDossier: "Dossier"
        case .columnName: "Name"
        case .columnDistrict: "District"
        case .columnMembers: "Members"
        case .columnAddress: "Address"
        case .columnRole: "Role"
        case .columnBorn: "Born"
        case .columnNationalNumber: "National no."
        case .columnStatuses: "Statuses"
        case .labelAddress: "Address"
        case .labelDistrict: "District"
        case .labelMembers: "Members"
        case .searchPrompt: "Search: "
        case .helpFilterPrompt: "Filter: "
        case .emptyCaseload: "There are no households yet."
        case .noKeysMatch: "No keys match."
        case .noMembers: "This household has no members."
        case .unknown: "unknown"
        case .none: "none"
        case .keyMove: "previous / next"
        case .keyPage: "page up / down"
        case .keyFirstLast: "first / last"
        case .keyOpen: "open the dossier"
        case .keySearch: "search (type to narrow)"
        case .keyClearSearch: "clear the search"
        case .keyHelp: "this help"
        case .keyQuit: "quit"
        case .keyBack: "back to the list"
        case .keyScroll: "scroll"
        case .keyCloseHelp: "close the help"
        case .keyTypeToFilter: "type to filter the keys"
        case .keyFinishSearch: "finish the search"
        case .keyDeleteCharacter: "delete the last character"
        case .hintMove: "move"
        case .hintOpen: "open"
        case .hintSearch: "search"
        case .hintHelp: "help"
        case .hintQuit: "quit"
        case .hintBack: "back"
        case .hintClose: "close"
        case .hintDone: "done"
        case .hintClear: "clear"
        case .invalidInput: "Input ignored: not UTF-8 (set the terminal to UTF-8)"
        case .roleApplicant: "applicant"
        case .rolePartner: "partner"
        case .roleChild: "child"
        case .roleParent: "parent"
        case .roleOther: "other"
        }
    }
}
