import CaseModel

/// Every text the terminal UI shows, in the language chosen (`--lang`). The words are in the text catalog
/// (`Localization/Texts/<language>.yaml`, compiled in); the Swift side names them with typed keys — an enum per
/// section of the catalog — and keeps the logic that chooses among them or builds a sentence from them.
/// `TextCatalogTests` checks that every key has a text in every language, with the same placeholders.
struct Strings: Sendable {
    let language: Language

    /// The common texts: titles and columns of the caseload, key help and the status line's short words.
    enum Text: String, CatalogText {
        static let catalogSection = "common"
        case appName
        case caseloadTitle, membersTitle, helpTitle
        case columnDossier, columnName, columnDistrict, columnMembers, columnAddress
        case columnRole, columnBorn, columnNationalNumber, columnStatuses
        case labelAddress, labelDistrict, labelMembers
        case searchPrompt, helpFilterPrompt
        case emptyCaseload, noKeysMatch, noMembers, invalidInput
        case unknown, none, yes, no
        // Key descriptions (help overlay and status line).
        case keyMove, keyPage, keyFirstLast, keyOpen, keySearch, keyClearSearch, keyHelp, keyQuit
        case keyBack, keyScroll, keyCloseHelp, keyTypeToFilter, keyFinishSearch, keyDeleteCharacter
        // Keys of prompts, questions and typed text, which the screens' key tables name.
        case keyTypeSearch, keySearchDone, keyTypeCommand, keyRunCommand, keyCompleteCommand, keyCancelCommand
        case keyEraseCharacter, keyTypeText, keyConfirmText, keyCancelText, keyYes, keyNo
        /// The space bar's name, and the key that answers yes, in key help.
        case spaceKey, yesHintKey
        // Short words for the status line.
        case hintMove, hintOpen, hintSearch, hintHelp, hintQuit, hintBack, hintClose, hintDone, hintClear
        /// Between groups of three digits (`12.345`).
        case thousandsSeparator
    }

    /// The common texts with values.
    enum Template: String, CatalogTemplate {
        static let catalogSection = "common"
        case caseloadCount, memberCount, noMatches, terminalTooSmall, openFailed, lines
    }

    func callAsFunction(_ key: Text) -> String { text(key) }

    // MARK: Texts with values

    func caseloadCount(shown: Int, total: Int) -> String { fill(Template.caseloadCount, ["shown": shown, "total": total]) }

    func memberCount(_ n: Int) -> String { fill(Template.memberCount, count: n) }

    func noMatches(_ query: String) -> String { fill(Template.noMatches, ["query": query]) }

    func terminalTooSmall(minimum: TerminalSize) -> String {
        fill(Template.terminalTooSmall, ["columns": minimum.columns, "rows": minimum.rows])
    }

    func dossierHeading(_ id: String, name: String) -> String {
        "\(self(.membersTitle)) \(id) — \(name)"
    }

    func openFailed(_ id: String, reason: String) -> String { fill(Template.openFailed, ["id": id, "reason": reason]) }

    func lines(from first: Int, to last: Int, of total: Int) -> String {
        fill(Template.lines, ["first": first, "last": last, "total": total])
    }

    /// A member's role in the household (`aanvrager`); `onbekend` when none is recorded.
    func role(_ role: HouseholdRole?) -> String { role.map { text($0) } ?? self(.unknown) }

    /// Why the full-screen UI cannot start, for standard error (the screen is not ours yet).
    func cannotStart(_ failure: TerminalStartProblem) -> String {
        switch failure {
        case .unknownTerminal(let term), .noCursorAddressing(let term): fill(StartProblemTemplate.self, caseOf: failure, ["term": term])
        default: fill(StartProblemTemplate.self, caseOf: failure)
        }
    }
}

extension HouseholdRole: CatalogText { static let catalogSection = "role" }

/// The texts of `TerminalStartProblem`, by its cases.
enum StartProblemTemplate: String, CatalogTemplate {
    static let catalogSection = "cannotStart"
    case notATerminal, termUnset, unknownTerminal, noCursorAddressing, cannotStart
}
