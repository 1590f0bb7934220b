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
            switch key {
            case .character("j"), .character("J"), .character("y"), .character("Y"):
                mode = .pathPrompt(path)
                return .writeSummary(path: path, text: summaryText(s), overwrite: true)
            case .character("n"), .character("N"), .escape:
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
        switch key {
        case .up, .backTab: focus = max(0, focus - 1)
        case .down, .tab: focus = min(rows.count - 1, focus + 1)
        case .enter, .pageDown: return next(strings: s)
        case .pageUp, .escape:
            if step == 0 { return .leave }
            goTo(step: step - 1)
        case .delete: answers[row.field.id] = nil
        case .character("?"): return .help
        case .character("q"): return .leave
        case .character("s"):
            answers.clear(currentQuestion)
            return advance()
        case .left, .right, .character(" "):
            if case .option(let f, let o) = row { toggle(f, o) } else { cycle(row.field, forward: key != .left) }
        case .backspace:
            if row.field.kind.isTyped, let t = answers.text(row.field.id) { answers[row.field.id] = .text(String(t.dropLast())) }
        case .character(let ch):
            if row.field.kind.isTyped, Self.typeable(ch) {
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
        // Positions: -1 is "unknown", then each option.
        let current = answers.choice(field.id).flatMap { c in options.firstIndex { $0.code == c } } ?? -1
        var next = current + (forward ? 1 : -1)
        if next >= options.count { next = -1 }
        if next < -1 { next = options.count - 1 }
        answers[field.id] = next < 0 ? nil : .choice(options[next].code)
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
        switch key {
        case .up, .character("k"): scroll.scroll(by: -1, lineCount: count, height: height)
        case .down, .character("j"): scroll.scroll(by: 1, lineCount: count, height: height)
        case .pageUp: scroll.scroll(by: -height, lineCount: count, height: height)
        case .pageDown: scroll.scroll(by: height, lineCount: count, height: height)
        case .home: scroll.scroll(by: -count, lineCount: count, height: height)
        case .end: scroll.scroll(by: count, lineCount: count, height: height)
        case .escape, .left, .character("b"):
            mode = .questions
            goTo(step: steps.count - 1)
        case .character("p"): mode = .pathPrompt("")
        case .character("n"):
            self = CheckerScreen(ruleSet: ruleSet, today: today, questions: questions)
        case .character("q"): return .leave
        case .character("?"): return .help
        default: break
        }
        return .stay
    }

    private mutating func handlePathKey(_ key: Key, text: String, strings s: Strings) -> Outcome {
        switch key {
        case .escape:
            mode = .results
            problem = s.checker(.savedNothing)
        case .enter:
            let path = text.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else { return .stay }
            return .writeSummary(path: path, text: summaryText(s), overwrite: false)
        case .backspace, .delete: mode = .pathPrompt(String(text.dropLast()))
        case .character(let ch): mode = .pathPrompt(text + String(ch))
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

    func keyHelp(_ s: Strings) -> [KeyHelp] {
        switch mode {
        case .questions:
            return [
                KeyHelp(keys: "↑ ↓  Tab", action: s.checker(.keyField)),
                KeyHelp(keys: "← →  " + s.spaceKey, action: s.checker(.keyChange)),
                KeyHelp(keys: s.spaceKey, action: s.checker(.keyTick)),
                KeyHelp(keys: "Enter  PgDn", action: s.checker(.keyNext)),
                KeyHelp(keys: "Esc  PgUp", action: s.checker(.keyPrevious)),
                KeyHelp(keys: "s", action: s.checker(.keySkip)),
                KeyHelp(keys: "Delete", action: s.checker(.keyClearField)),
                KeyHelp(keys: "q", action: s.checker(.keyLeave)),
                KeyHelp(keys: "?", action: s(.keyHelp)),
                KeyHelp(keys: "Ctrl-C", action: s(.keyQuit)),
            ]
        default:
            return [
                KeyHelp(keys: "↑ ↓  j k", action: s.checker(.keyScroll)),
                KeyHelp(keys: "PgUp PgDn", action: s(.keyPage)),
                KeyHelp(keys: "Home End", action: s(.keyFirstLast)),
                KeyHelp(keys: "p", action: s.checker(.keySave)),
                KeyHelp(keys: "Esc  ←  b", action: s.checker(.keyBackToQuestions)),
                KeyHelp(keys: "n", action: s.checker(.keyNew)),
                KeyHelp(keys: "q", action: s.checker(.keyLeave)),
                KeyHelp(keys: "?", action: s(.keyHelp)),
                KeyHelp(keys: "Ctrl-C", action: s(.keyQuit)),
            ]
        }
    }

    func hints(_ s: Strings) -> [KeyHint] {
        switch mode {
        case .questions:
            var hints = [KeyHint(key: "Enter", word: s.checker(.hintNext)), KeyHint(key: "Esc", word: s.checker(.hintBack)),
                         KeyHint(key: "s", word: s.checker(.hintSkip))]
            switch focusedRow {
            case .option: hints.append(KeyHint(key: s.spaceKey, word: s.checker(.hintTick)))
            case .field(let f) where !f.kind.isTyped: hints.append(KeyHint(key: "←→", word: s.checker(.hintChange)))
            default: break
            }
            return hints + [KeyHint(key: "?", word: s(.hintHelp))]
        case .results:
            return [KeyHint(key: "p", word: s.checker(.hintSave)), KeyHint(key: "Esc", word: s.checker(.hintBack)),
                    KeyHint(key: "n", word: s.checker(.hintNew)), KeyHint(key: "q", word: s(.hintQuit)),
                    KeyHint(key: "?", word: s(.hintHelp))]
        case .pathPrompt:
            return [KeyHint(key: "Enter", word: s.checker(.hintSave)), KeyHint(key: "Esc", word: s.checker(.hintCancel))]
        case .confirmOverwrite:
            return [KeyHint(key: s.language == .nl ? "j" : "y", word: s.checker(.hintConfirm)),
                    KeyHint(key: "n", word: s.checker(.hintCancel))]
        }
    }
}
