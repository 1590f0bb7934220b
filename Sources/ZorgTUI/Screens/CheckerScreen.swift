import CaseModel

/// The volunteer checker: one question per screen, then the likely rights with what to bring and where to go,
/// and a summary saved only where the volunteer says. It holds everything in memory and touches no store.
struct CheckerScreen: Sendable {
    let ruleSet: RuleSet
    let today: Day
    let questions: [CheckerQuestion]
    private(set) var answers = CheckerAnswers()
    /// Index into the questions that apply to the answers so far.
    private(set) var step = 0
    /// Index into the focusable rows of the current question.
    private(set) var focus = 0
    private(set) var mode: Mode = .questions
    /// Why the answer cannot be taken (shown below the form).
    private(set) var problem: String?
    private(set) var results: CheckerResults?
    private(set) var scroll = ScrollPosition()

    enum Mode: Equatable, Sendable {
        case questions
        case results
        /// Typing the path of the summary file.
        case pathPrompt(String)
        /// The file exists: overwrite it?
        case confirmOverwrite(String)
    }

    /// A line of the form that the cursor can be on: a field, or one option of a multiple-choice field.
    enum Row: Equatable {
        case field(CheckerField)
        case option(CheckerField, CheckerOption)

        var field: CheckerField {
            switch self {
            case .field(let f), .option(let f, _): f
            }
        }
    }

    enum Outcome: Equatable {
        case stay, leave, help
        case writeSummary(path: String, text: String, overwrite: Bool)
    }

    init(ruleSet: RuleSet, today: Day, questions: [CheckerQuestion] = CheckerQuestionnaire.standard) {
        self.ruleSet = ruleSet
        self.today = today
        self.questions = questions
    }

    var steps: [CheckerQuestion] { CheckerQuestionnaire.steps(for: answers, in: questions) }
    var currentQuestion: CheckerQuestion { steps[min(step, steps.count - 1)] }

    static func rows(of question: CheckerQuestion) -> [Row] {
        question.fields.flatMap { f -> [Row] in
            if case .multi(let options) = f.kind { return options.map { Row.option(f, $0) } }
            return [Row.field(f)]
        }
    }

    var rows: [Row] { Self.rows(of: currentQuestion) }
    var focusedRow: Row { rows[min(focus, rows.count - 1)] }

    static func bodyHeight(_ size: TerminalSize) -> Int { max(1, size.rows - 3) }

    // MARK: Keys

    mutating func handle(_ key: Key, screenSize: TerminalSize, strings s: Strings) -> Outcome {
        switch mode {
        case .questions: return handleQuestionKey(key, strings: s)
        case .results: return handleResultKey(key, screenSize: screenSize, strings: s)
        case .pathPrompt(let text): return handlePathKey(key, text: text, strings: s)
        case .confirmOverwrite(let path):
            switch Self.overwriteKeys.action(for: key) {
            case .yes?:
                mode = .pathPrompt(path)
                return .writeSummary(path: path, text: summaryText(s), overwrite: true)
            case .no?:
                mode = .results
                problem = s.checker(.savedNothing)
            default: break
            }
            return .stay
        }
    }

    private mutating func handleQuestionKey(_ key: Key, strings s: Strings) -> Outcome {
        let row = focusedRow
        problem = nil
        switch Self.questionKeys.action(for: key) {
        case .move(.up)?: focus = max(0, focus - 1)
        case .move(.down)?: focus = min(rows.count - 1, focus + 1)
        case .next?: return next(strings: s)
        case .previous?:
            if step == 0 { return .leave }
            goTo(step: step - 1)
        case .clear?: answers[row.field.id] = nil
        case .help?: return .help
        case .leave?: return .leave
        case .skip?:
            answers.clear(currentQuestion)
            return advance()
        case .change?:
            if case .option(let f, let o) = row { toggle(f, o) } else { cycle(row.field, forward: key != .left) }
        case .erase?:
            if row.field.kind.isTyped, let t = answers.text(row.field.id) { answers[row.field.id] = .text(String(t.dropLast())) }
        case .type?:
            if case .character(let ch) = key, row.field.kind.isTyped, Self.typeable(ch) {
                answers[row.field.id] = .text((answers.text(row.field.id) ?? "") + String(ch))
            }
        default: break
        }
        return .stay
    }

    /// Digits and the separators of amounts and lists; letters stay free for keys.
    static func typeable(_ ch: Character) -> Bool {
        ch.isASCII && (ch.isNumber || ",.;".contains(ch))
    }

    private mutating func cycle(_ field: CheckerField, forward: Bool) {
        guard case .choice(let options) = field.kind else { return }
        // "Unknown" is a position of its own: every question may stay unanswered.
        let current = answers.choice(field.id).flatMap { c in options.firstIndex { $0.code == c } }
        let next = ChoicePicker(count: options.count, allowsEmpty: true).step(from: current, forward: forward)
        answers[field.id] = next.map { CheckerAnswers.Answer.choice(options[$0].code) }
    }

    /// "None of these" excludes the others, and the others exclude it.
    private mutating func toggle(_ field: CheckerField, _ option: CheckerOption) {
        var set = answers.selection(field.id) ?? []
        if set.contains(option.code) {
            set.remove(option.code)
        } else if option.code == "geen" {
            set = ["geen"]
        } else {
            set.remove("geen")
            set.insert(option.code)
        }
        answers[field.id] = .selection(set)
    }

    private mutating func next(strings s: Strings) -> Outcome {
        for (i, row) in rows.enumerated() {
            if let p = CheckerParse.problem(row.field, answers, today: today) {
                focus = i
                problem = p.text(s.ruleLanguage)
                return .stay
            }
        }
        return advance()
    }

    private mutating func advance() -> Outcome {
        if step + 1 < steps.count {
            goTo(step: step + 1)
        } else {
            results = CheckerResults.check(answers, ruleSet: ruleSet, today: today)
            mode = .results
            scroll = ScrollPosition()
        }
        return .stay
    }

    private mutating func goTo(step newStep: Int) {
        step = max(0, min(newStep, steps.count - 1))
        focus = 0
    }

    private mutating func handleResultKey(_ key: Key, screenSize: TerminalSize, strings s: Strings) -> Outcome {
        let height = Self.bodyHeight(screenSize)
        let count = resultLines(width: screenSize.columns, strings: s).count
        problem = nil
        switch Self.resultKeys.action(for: key) {
        case .move(let m)?: scroll.scroll(by: m.step(page: height, all: count), lineCount: count, height: height)
        case .previous?:
            mode = .questions
            goTo(step: steps.count - 1)
        case .save?: mode = .pathPrompt("")
        case .new?:
            self = CheckerScreen(ruleSet: ruleSet, today: today, questions: questions)
        case .leave?: return .leave
        case .help?: return .help
        default: break
        }
        return .stay
    }

    private mutating func handlePathKey(_ key: Key, text: String, strings s: Strings) -> Outcome {
        switch Self.pathKeys.action(for: key) {
        case .no?:
            mode = .results
            problem = s.checker(.savedNothing)
        case .save?:
            let path = text.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else { return .stay }
            return .writeSummary(path: path, text: summaryText(s), overwrite: false)
        case .erase?: mode = .pathPrompt(String(text.dropLast()))
        case .type?: if case .character(let ch) = key { mode = .pathPrompt(text + String(ch)) }
        default: break
        }
        return .stay
    }

    /// What came of writing the summary (the loop ran the effect).
    mutating func summaryWritten(_ outcome: SummaryFile.Outcome, strings s: Strings) -> String? {
        switch outcome {
        case .written(let path):
            mode = .results
            return s.checkerSaved(path)
        case .exists(let path):
            mode = .confirmOverwrite(path)
            return nil
        }
    }

    mutating func summaryFailed(_ reason: String, strings s: Strings) {
        if case .confirmOverwrite = mode { mode = .results }
        problem = s.checkerSaveFailed(reason)
    }

    func summaryText(_ s: Strings) -> String {
        results.map { CheckerSummary.text($0, language: s.ruleLanguage) } ?? ""
    }

    // MARK: Help

    func title(_ s: Strings) -> String { s.checker(.title) }

    enum KeyAction: Sendable, Hashable {
        case move(ListMove), next, previous, skip, change, tick, clear, erase, type
        case save, new, leave, help, yes, no
    }

    /// The keys of the questions: digits and `,.;` are typed into a field that takes text.
    static let questionKeys = KeyTable<KeyAction>([
        .init([.up, .backTab], "↑ ↓  Tab", .move(.up), help: { $0.checker(.keyField) }),
        .init([.down, .tab], "", .move(.down), help: { $0.checker(.keyField) }),
        .init([.enter, .pageDown], "Enter  PgDn", .next, help: { $0.checker(.keyNext) }, hint: "Enter", { $0.checker(.hintNext) }),
        .init([.escape, .pageUp], "Esc  PgUp", .previous, help: { $0.checker(.keyPrevious) }, hint: "Esc", { $0.checker(.hintBack) }),
        .init([.character("s")], "s", .skip, help: { $0.checker(.keySkip) }, hint: "s", { $0.checker(.hintSkip) }),
        .init([.left, .right, .character(" ")], localized: { "← →  " + $0(.spaceKey) }, .change, help: { $0.checker(.keyChange) },
              hint: "←→", { $0.checker(.hintChange) }),
        // A tick box's option: the space bar (above) ticks it.
        .init([], localized: { $0(.spaceKey) }, .tick, help: { $0.checker(.keyTick) },
              hintKey: { $0(.spaceKey) }, { $0.checker(.hintTick) }),
        .typing("0–9  , . ;", .type, help: { $0(.keyTypeText) }),
        .init([.backspace], "Backspace", .erase, help: { $0(.keyEraseCharacter) }),
        .init([.delete], "Delete", .clear, help: { $0.checker(.keyClearField) }),
        .init([.character("q")], "q", .leave, help: { $0.checker(.keyLeave) }),
        .init([.character("?")], "?", .help, help: { $0(.keyHelp) }, hint: "?", { $0(.hintHelp) }),
    ])

    /// The keys of the results.
    static let resultKeys = KeyTable<KeyAction>(
        KeyTable<KeyAction>.listRows(move: { .move($0) },
                                     moveHelp: { $0.checker(.keyScroll) }) + [
        .init([.character("p")], "p", .save, help: { $0.checker(.keySave) }, hint: "p", { $0.checker(.hintSave) }),
        .init([.escape, .left, .character("b")], "Esc  ←  b", .previous, help: { $0.checker(.keyBackToQuestions) },
              hint: "Esc", { $0.checker(.hintBack) }),
        .init([.character("n")], "n", .new, help: { $0.checker(.keyNew) }, hint: "n", { $0.checker(.hintNew) }),
        .init([.character("q")], "q", .leave, help: { $0.checker(.keyLeave) }, hint: "q", { $0(.hintQuit) }),
        .init([.character("?")], "?", .help, help: { $0(.keyHelp) }, hint: "?", { $0(.hintHelp) }),
    ])

    /// The keys while typing the path of the summary.
    static let pathKeys = KeyTable<KeyAction>([
        .init([.enter], "Enter", .save, help: { $0.checker(.keySave) }, hint: "Enter", { $0.checker(.hintSave) }),
        .init([.escape], "Esc", .no, help: { $0(.keyCancelText) }, hint: "Esc", { $0.checker(.hintCancel) }),
        .typing("a–z 0–9", .type, help: { $0(.keyTypeText) }),
        .init([.backspace, .delete], "Backspace  Del", .erase, help: { $0(.keyEraseCharacter) }),
    ])

    /// The keys of "overwrite the file?".
    static let overwriteKeys = KeyTable<KeyAction>([
        .init([.character("j"), .character("J"), .character("y"), .character("Y")], "j  y", .yes, help: { $0(.keyYes) },
              hintKey: { $0(.yesHintKey) }, { $0.checker(.hintConfirm) }),
        .init([.character("n"), .character("N"), .escape], "n  Esc", .no, help: { $0(.keyNo) }, hint: "n", { $0.checker(.hintCancel) }),
    ])

    var currentKeys: KeyTable<KeyAction> {
        switch mode {
        case .questions: Self.questionKeys
        case .results: Self.resultKeys
        case .pathPrompt: Self.pathKeys
        case .confirmOverwrite: Self.overwriteKeys
        }
    }

    /// The help: the questions' keys on a question, else the results' (`?` is typed in the prompts).
    func keyHelp(_ s: Strings) -> [KeyHelp] {
        if case .questions = mode { return Self.questionKeys.keyHelp(s) }
        return Self.resultKeys.keyHelp(s)
    }

    /// The hints; on a question, how its focused line changes: the space bar for an option, ← → for a choice.
    func hints(_ s: Strings) -> [KeyHint] {
        switch mode {
        case .questions:
            let changes: KeyAction? = switch focusedRow {
            case .option: .tick
            case .field(let f) where !f.kind.isTyped: .change
            default: nil
            }
            return Self.questionKeys.hints(s) { $0 == changes || ![.change, .tick].contains($0) }
        case .results: return Self.resultKeys.hints(s) { $0 != .move(.up) }
        default: return currentKeys.hints(s)
        }
    }
}
