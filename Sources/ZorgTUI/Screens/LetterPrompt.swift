import CaseModel

/// `p` in a dossier: where to save the letter for the client. The path starts as `~/brief-<dossier>-<date>.html` in
/// the caseworker's home folder and can be typed over; its extension chooses the format (.html, .md, .txt) and Tab
/// the language. An existing file is only overwritten after a yes.
struct LetterPrompt: Hashable, Sendable {
    enum Mode: Hashable, Sendable {
        case typing
        /// The file exists: overwrite it?
        case confirmOverwrite(String)
        /// Waiting for the office to write it.
        case writing
    }

    private(set) var path: String
    private(set) var language: LetterLanguage
    private(set) var mode: Mode = .typing
    /// Why the path cannot be used (shown instead of the prompt until the next key).
    private(set) var problem: String?

    enum Outcome: Equatable {
        case stay
        /// Closed; the message to show (nil: none).
        case close(String?)
        case write(path: String, format: LetterFormat, language: LetterLanguage, overwrite: Bool)
    }

    init(dossier: DossierID, today: Day, language: LetterLanguage) {
        path = Self.defaultPath(dossier: dossier, today: today)
        self.language = language
    }

    /// `~/brief-2024-00123-2026-12-07.html`: in the home folder, named by the dossier and the day.
    static func defaultPath(dossier: DossierID, today: Day) -> String {
        "~/brief-\(dossier.fileStem)-\(today.iso).html"
    }

    mutating func handle(_ key: Key, strings s: Strings) -> Outcome {
        problem = nil
        switch mode {
        case .writing: return .stay
        case .confirmOverwrite(let target):
            switch Self.overwriteKeys.action(for: key) {
            case .yes?:
                mode = .writing
                return write(target, overwrite: true, strings: s)
            case .no?: return .close(s.letterNothingWritten)
            default: return .stay
            }
        case .typing:
            switch Self.typingKeys.action(for: key) {
            case .save?:
                let trimmed = path.trimmingCharacters(in: .whitespaces)
                guard !trimmed.isEmpty else { return .stay }
                return write(trimmed, overwrite: false, strings: s)
            case .cancel?: return .close(s.letterNothingWritten)
            case .language?:
                let all = LetterLanguage.allCases
                language = all[(all.firstIndex(of: language)! + 1) % all.count]
            case .erase?: if !path.isEmpty { path.removeLast() }
            case .type?: if case .character(let ch) = key { path.append(ch) }
            default: break
            }
            return .stay
        }
    }

    private mutating func write(_ target: String, overwrite: Bool, strings s: Strings) -> Outcome {
        guard let format = LetterFormat(fileName: target) else {
            mode = .typing
            problem = s.letterChooseFormat
            return .stay
        }
        mode = .writing
        return .write(path: target, format: format, language: language, overwrite: overwrite)
    }

    /// What came of writing: the message to show when done, nil while asking whether to overwrite.
    mutating func written(_ outcome: LetterFileOutcome, strings s: Strings) -> String? {
        switch outcome {
        case .written(let target): return s.letterWritten(target)
        case .exists(let target):
            mode = .confirmOverwrite(target)
            return nil
        }
    }

    /// Writing failed: back to the path, to change it.
    mutating func failed(_ reason: String) {
        mode = .typing
        problem = reason
    }

    // MARK: Keys

    enum KeyAction: Sendable, Hashable { case save, cancel, language, erase, type, yes, no }

    static let typingKeys = KeyTable<KeyAction>([
        .init([.enter], "Enter", .save, help: { $0.letterKeySave }, hint: "Enter", { $0.letterHintSave }),
        .init([.tab], "Tab", .language, help: { $0.letterKeyLanguage }, hint: "Tab", { $0.letterHintLanguage }),
        .init([.escape], "Esc", .cancel, help: { $0(.keyCancelText) }, hint: "Esc", { $0.letterHintCancel }),
        .typing("a–z 0–9 / . ~", .type, help: { $0(.keyTypeText) }),
        .init([.backspace, .delete], "Backspace  Del", .erase, help: { $0(.keyEraseCharacter) }),
    ])

    static let overwriteKeys = KeyTable<KeyAction>([
        .init([.character("j"), .character("J"), .character("y"), .character("Y")], "j  y", .yes, help: { $0(.keyYes) },
              hintKey: { $0(.yesHintKey) }, { $0.letterHintOverwrite }),
        .init([.character("n"), .character("N"), .escape], "n  Esc", .no, help: { $0(.keyNo) }, hint: "n", { $0.letterHintCancel }),
    ])

    var keys: KeyTable<KeyAction> {
        if case .confirmOverwrite = mode { return Self.overwriteKeys }
        return Self.typingKeys
    }

    // MARK: Drawing

    /// The prompt on the message line.
    func draw(_ screen: inout ScreenBuffer, strings s: Strings) {
        if let problem {
            Chrome.drawMessageLine(&screen, prompt: nil, text: problem, style: .warning, cursor: false)
            return
        }
        switch mode {
        case .typing:
            Chrome.drawMessageLine(&screen, prompt: s.letterPrompt(language), text: path, style: .normal, cursor: true)
        case .confirmOverwrite(let target):
            Chrome.drawMessageLine(&screen, prompt: s.letterOverwrite(target), text: "", style: .warning, cursor: true)
        case .writing:
            Chrome.drawMessageLine(&screen, prompt: nil, text: s.letterWriting, style: .dim, cursor: false)
        }
    }
}
