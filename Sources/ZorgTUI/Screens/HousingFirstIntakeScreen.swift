import Foundation
import CaseModel

/// The Housing First intake of one dossier. Consent comes first: without a consent nothing else is asked
/// (flows.md A-R1). The first step shows the Housing First consent record, or asks for it (scope, date) and
/// records one, which also sets the `toestemming` date the rule module reads. Every question may be skipped (left empty = unknown). Below the questions: the eligibility and
/// advisory priority from the `housing-first` module (as of the last save), the team's override, and the path of
/// state changes with date, user and reason.
struct HousingFirstIntakeScreen: Sendable {
    /// The dossier being edited (saved with `s`).
    private(set) var draft: Household
    /// The `housing-first` result for the dossier as last saved.
    let result: RuleResult?
    let user: String
    let today: Day
    private(set) var dirty = false
    private(set) var cursor = FlowCursor()
    private(set) var mode: Mode = .browse
    /// The text being typed in the message line.
    private(set) var input = ""
    /// Why the last input was refused, or a remark (shown until the next key).
    private(set) var problem: String?
    /// True after one Esc on unsaved changes: a second Esc leaves without saving.
    private(set) var leaveWarned = false
    /// Why the last save was refused (shown in full under the title).
    private(set) var saveProblem: String?
    /// The scope of the consent about to be recorded (the Housing First default until changed).
    private(set) var consentScope: [ConsentCategory] = ConsentPurpose.housingFirst.defaultScope

    enum Mode: Hashable, Sendable {
        case browse
        case editing(IntakeField)
        case choosingState
        case stateReason(HousingFirstState)
        case overridePriority
        case overrideReason(Int)
        /// `p`: the next step to plan (its number), then its date.
        case choosingPlan
        case planDate(HousingFirstState)
    }

    enum IntakeField: Int, CaseIterable, Hashable, Sendable {
        case consent, referredOn, ethos, monthsHomeless, homelessSince, mentalHealth, addiction, physicalHealth
        case earlierExits, preferredArea, preferredHousing, supportWanted
        /// Asked only before a consent is recorded, after its date.
        case consentScope
    }

    init(household: Household, result: RuleResult?, user: String, today: Day,
         size: TerminalSize = TerminalSize(rows: 24, columns: 80), strings: Strings = Strings(language: .nl)) {
        draft = household
        self.result = result
        self.user = user
        self.today = today
        cursor.clamp(in: lines(width: size.columns, strings: strings), height: Self.bodyHeight(size))
    }

    static func bodyHeight(_ size: TerminalSize) -> Int { max(1, size.rows - 4) }
    static let firstBodyRow = 1

    var intake: HousingFirstIntake { draft.housingFirst ?? HousingFirstIntake() }

    /// The questions asked now: only consent until a consent date is recorded.
    var askedFields: [IntakeField] {
        draft.consentOn == nil ? [.consent, .consentScope] : IntakeField.allCases.filter { $0 != .consentScope }
    }

    /// The Housing First consent record in force today, when there is one.
    var consentRecord: ConsentRecord? { draft.activeConsent(for: .housingFirst, on: today) }

    func title(_ s: Strings) -> String { s.intakeTitle(draft.id.rawValue, name: draft.displayName) }

    // MARK: Update

    enum Outcome: Equatable {
        case stay, back, help
        /// Save the dossier through the store (the answers, a state change, an override).
        case save(Household)
    }

    mutating func handle(_ key: Key, screenSize: TerminalSize, strings s: Strings) -> Outcome {
        let wasWarned = leaveWarned
        leaveWarned = false
        if mode != .browse { return handleInput(key, size: screenSize, strings: s) }
        problem = nil
        let height = Self.bodyHeight(screenSize)
        let all = lines(width: screenSize.columns, strings: s)
        let field = cursor.target(in: all)
        switch Self.keys.action(for: key) {
        case .back?:
            if dirty && !wasWarned {
                leaveWarned = true
                problem = s.housingFirst(.unsavedWarning)
                return .stay
            }
            return .back
        case .help?: return .help
        case .up?: cursor.move(by: -1, in: all, height: height)
        case .down?: cursor.move(by: 1, in: all, height: height)
        case .pageUp?: cursor.page(by: -1, in: all, height: height)
        case .pageDown?: cursor.page(by: 1, in: all, height: height)
        case .edit?:
            if let field {
                input = text(of: field)
                mode = .editing(field)
                if field == .ethos, let line = cursor.line {
                    // The categories are listed under the field while it is typed: show them.
                    let shown = lines(width: screenSize.columns, strings: s)
                    cursor.reveal(line..<(line + 14), in: shown, height: height)
                }
            }
        case .cycle?:
            if let field { cycle(field, backwards: key == .left) }
        case .skip?:
            if let field { problem = set(field, "", strings: s) }
            relayout(size: screenSize, strings: s)
        case .save?:
            return save()
        case .state?:
            mode = .choosingState
        case .override?:
            if draft.consentOn == nil { problem = s.housingFirst(.consentFirst) } else { mode = .overridePriority; input = "" }
        case .plan?:
            mode = .choosingPlan
        case .cancel?, .choose?, .accept?, .type?, .erase?, nil: break
        }
        return .stay
    }

    /// A change of the intake that needs the reason just typed (a state change, a priority override): refused
    /// without a reason, else made on the draft and saved.
    private mutating func saveIntake(size: TerminalSize, strings s: Strings,
                                     _ change: (inout HousingFirstIntake) throws -> Void) -> Outcome {
        var intake = self.intake
        do {
            try change(&intake)
        } catch {
            problem = s.housingFirst(.reasonRequired)
            return .stay
        }
        draft.housingFirst = intake
        mode = .browse
        input = ""
        relayout(size: size, strings: s)
        return save()
    }

    private mutating func save() -> Outcome {
        dirty = false
        saveProblem = nil
        return .save(draft)
    }

    private mutating func handleInput(_ key: Key, size: TerminalSize, strings s: Strings) -> Outcome {
        switch currentKeys.action(for: key) {
        case .cancel?:
            mode = .browse
            input = ""
            problem = nil
        case .choose?:
            let choices = intake.allowedNext
            if case .character(let ch) = key, let n = ch.wholeNumberValue, choices.indices.contains(n - 1) {
                mode = mode == .choosingPlan ? .planDate(choices[n - 1]) : .stateReason(choices[n - 1])
                input = ""
            }
        case .erase?:
            if !input.isEmpty { input.removeLast() }
        case .type?:
            if case .character(let ch) = key { input.append(ch) }
        case .accept?:
            return accept(size: size, strings: s)
        default: break
        }
        return .stay
    }

    private mutating func accept(size: TerminalSize, strings s: Strings) -> Outcome {
        switch mode {
        case .editing(let field):
            if let refusal = set(field, input, strings: s) {
                problem = refusal
                return .stay
            }
            mode = .browse
            input = ""
            problem = nil
            relayout(size: size, strings: s)
        case .stateReason(let state):
            let (reason, today, user) = (input, today, user)
            return saveIntake(size: size, strings: s) { try $0.change(to: state, on: today, by: user, reason: reason) }
        case .overridePriority:
            guard let n = Int(input.trimmingCharacters(in: .whitespaces)), (0...99).contains(n) else {
                problem = s.notANumber(input, range: 0...99)
                return .stay
            }
            mode = .overrideReason(n)
            input = ""
            problem = nil
        case .overrideReason(let n):
            let (reason, today, user) = (input, today, user)
            return saveIntake(size: size, strings: s) { try $0.overridePriority(n, reason: reason, on: today, by: user) }
        case .planDate(let state):
            guard let day = Day(parsing: input.trimmingCharacters(in: .whitespaces)) else {
                problem = s.invalidDate(input)
                return .stay
            }
            let user = user
            return saveIntake(size: size, strings: s) { try $0.plan(state, on: day, by: user) }
        case .browse, .choosingState, .choosingPlan: break
        }
        return .stay
    }

    mutating func resized(to size: TerminalSize, strings s: Strings) { relayout(size: size, strings: s) }

    /// The save failed (a stale dossier, a store problem): the answers are still not saved, and why stays on
    /// the page until the next save.
    mutating func saveFailed(_ reason: String) {
        dirty = true
        saveProblem = reason
    }

    private mutating func relayout(size: TerminalSize, strings s: Strings) {
        cursor.clamp(in: lines(width: size.columns, strings: s), height: Self.bodyHeight(size))
    }

    /// Sets a field from typed text; empty text skips it (unknown). Returns why the text is refused.
    @discardableResult
    mutating func set(_ field: IntakeField, _ text: String, strings s: Strings) -> String? {
        let t = text.trimmingCharacters(in: .whitespaces)
        func day() -> Day?? { t.isEmpty ? .some(nil) : Day(parsing: t).map { .some($0) } }
        func number(_ range: ClosedRange<Int>) -> Int?? {
            t.isEmpty ? .some(nil) : Int(t).flatMap { range.contains($0) ? .some($0) : nil }
        }
        func yesNo() -> Bool?? {
            switch t.lowercased() {
            case "": .some(nil)
            case "j", "ja", "y", "yes": .some(true)
            case "n", "nee", "no": .some(false)
            default: nil
            }
        }
        var intake = self.intake
        switch field {
        case .consent:
            guard let d = day() else { return s.invalidDate(t) }
            if consentRecord != nil { return s.consent(.intakeLocked) }
            guard let d else {
                // Clearing is only for a date from an import; a recorded consent is withdrawn in the dossier.
                draft.consentOn = nil
                break
            }
            let applicant = draft.members.firstIndex { $0.role == .aanvrager } ?? 0
            let giver = ConsentGiver(nationalNumber: draft.members.indices.contains(applicant) ? draft.members[applicant].nationalNumber : nil,
                                     position: applicant + 1)
            do {
                try draft.giveConsent(.housingFirst, givenOn: d, givenBy: giver, scope: consentScope, recordedBy: user, recordedOn: today)
            } catch {
                return String(describing: error)
            }
        case .consentScope:
            var scope: [ConsentCategory] = []
            for code in t.split(whereSeparator: { $0 == "," || $0 == "|" }).map(String.init) where !code.trimmingCharacters(in: .whitespaces).isEmpty {
                guard let c = ConsentCategory(code: code) else { return s.unknownScope(code) }
                scope.append(c)
            }
            consentScope = scope.isEmpty ? ConsentPurpose.housingFirst.defaultScope : ConsentCategory.allCases.filter(scope.contains)
            return nil
        case .referredOn:
            guard let d = day() else { return s.invalidDate(t) }
            draft.homelessness.referredOn = d
        case .homelessSince:
            guard let d = day() else { return s.invalidDate(t) }
            draft.homelessness.homelessSince = d
        case .ethos:
            guard let n = number(1...13) else { return s.notANumber(t, range: 1...13) }
            draft.homelessness.ethos = n
        case .monthsHomeless:
            guard let n = number(0...24) else { return s.notANumber(t, range: 0...24) }
            draft.homelessness.monthsHomeless24m = n
        case .mentalHealth, .addiction, .physicalHealth:
            guard let b = yesNo() else { return s.notYesNo(t) }
            setBool(field, b)
        case .earlierExits: intake.earlierExits = t.isEmpty ? nil : t
        case .preferredArea: intake.preferredArea = t.isEmpty ? nil : t
        case .preferredHousing: intake.preferredHousing = t.isEmpty ? nil : t
        case .supportWanted: intake.supportWanted = t.isEmpty ? nil : t
        }
        if intake != self.intake { draft.housingFirst = intake }
        dirty = true
        return nil
    }

    private mutating func setBool(_ field: IntakeField, _ value: Bool?) {
        switch field {
        case .mentalHealth: draft.homelessness.mentalHealth = value
        case .addiction: draft.homelessness.addiction = value
        case .physicalHealth: draft.homelessness.physicalHealth = value
        default: break
        }
    }

    /// Space (or ←/→) steps a yes/no question through ja → nee → unknown, and the ETHOS category through 1–13.
    private mutating func cycle(_ field: IntakeField, backwards: Bool) {
        switch field {
        case .mentalHealth, .addiction, .physicalHealth:
            let order: [Bool?] = [true, false, nil]
            let now = order.firstIndex(of: bool(field)) ?? 2
            setBool(field, order[(now + (backwards ? 2 : 1)) % 3])
            dirty = true
        case .ethos:
            let now = draft.homelessness.ethos ?? 0
            let next = (now + (backwards ? 13 : 1)) % 14
            draft.homelessness.ethos = next == 0 ? nil : next
            dirty = true
        default: break
        }
    }

    private func bool(_ field: IntakeField) -> Bool? {
        switch field {
        case .mentalHealth: draft.homelessness.mentalHealth
        case .addiction: draft.homelessness.addiction
        case .physicalHealth: draft.homelessness.physicalHealth
        default: nil
        }
    }

    /// The field's value as it is typed.
    func text(of field: IntakeField) -> String {
        let h = draft.homelessness
        let yesNo: (Bool?) -> String = { $0.map { $0 ? "ja" : "nee" } ?? "" }
        switch field {
        case .consent: return draft.consentOn?.belgian ?? ""
        case .consentScope: return consentScope.map(\.rawValue).joined(separator: ", ")
        case .referredOn: return h.referredOn?.belgian ?? ""
        case .homelessSince: return h.homelessSince?.belgian ?? ""
        case .ethos: return h.ethos.map(String.init) ?? ""
        case .monthsHomeless: return h.monthsHomeless24m.map(String.init) ?? ""
        case .mentalHealth: return yesNo(h.mentalHealth)
        case .addiction: return yesNo(h.addiction)
        case .physicalHealth: return yesNo(h.physicalHealth)
        case .earlierExits: return intake.earlierExits ?? ""
        case .preferredArea: return intake.preferredArea ?? ""
        case .preferredHousing: return intake.preferredHousing ?? ""
        case .supportWanted: return intake.supportWanted ?? ""
        }
    }

    /// The field's value as shown: words for yes/no, the ETHOS label, "—" when skipped.
    private func shown(_ field: IntakeField, strings s: Strings) -> String {
        switch field {
        case .mentalHealth, .addiction, .physicalHealth:
            return bool(field).map { s($0 ? .yes : .no) } ?? "—"
        case .ethos:
            return draft.homelessness.ethos.map { "\($0) — " + s.ethosLabel($0) } ?? "—"
        case .consent:
            if let c = consentRecord {
                return c.givenOn.belgian + " — " + s.intakeConsentRecorded(c.number, date: c.recordedOn.belgian, by: c.recordedBy)
            }
            if draft.consentOnFromImport, let d = draft.consentOn { return s.intakeConsentImported(d.belgian) }
            return draft.consentOn?.belgian ?? "—"
        case .consentScope:
            return consentScope.map(s.consentCategory).joined(separator: ", ")
        default:
            let t = text(of: field)
            return t.isEmpty ? "—" : t
        }
    }

    // MARK: Keys

    enum KeyAction: Sendable {
        case back, help, up, down, pageUp, pageDown, edit, cycle, skip, save, state, override, plan
        /// While choosing a state or typing an answer, a reason or a priority.
        case cancel, choose, accept, type, erase
    }

    /// The keys of the questions.
    static let keys = KeyTable<KeyAction>([
        .init([.up, .character("k"), .backTab], "↑ ↓  j k  Tab", .up, help: { $0.housingFirst(.keyMove) }, hint: "↑↓", { $0(.hintMove) }),
        .init([.down, .character("j"), .tab], "", .down, help: { $0.housingFirst(.keyMove) }),
        .init([.enter], "Enter", .edit, help: { $0.housingFirst(.keyEdit) }, hint: "Enter", { $0.dossier(.hintEdit) }),
        // The consent's scope is typed after Enter on its field: the help names the categories.
        .init([], localized: { $0.consent(.intakeScopeLabel) }, .edit,
              help: { _ in ConsentCategory.allCases.map(\.rawValue).joined(separator: ", ") }),
        .init([.character(" "), .right, .left], localized: { $0(.spaceKey) + "  ← →" }, .cycle, help: { $0.housingFirst(.keyCycle) }),
        .init([.character("x"), .delete, .backspace], "x  Del  Backspace", .skip, help: { $0.housingFirst(.keySkip) }),
        .init([.character("s")], "s", .save, help: { $0.housingFirst(.keySave) }, hint: "s", { $0.form(.hintSave) }),
        .init([.character("t")], "t", .state, help: { $0.housingFirst(.keyState) }, hint: "t", { $0.housingFirst(.hintState) }),
        .init([.character("o")], "o", .override, help: { $0.housingFirst(.keyOverride) }, hint: "o", { $0.housingFirst(.hintOverride) }),
        .init([.character("p")], "p", .plan, help: { $0.housingFirst(.keyPlan) }, hint: "p", { $0.housingFirst(.hintPlan) }),
        .init([.pageUp], "PgUp PgDn", .pageUp, help: { $0(.keyPage) }),
        .init([.pageDown], "", .pageDown, help: { $0(.keyPage) }),
        .init([.escape, .character("q")], "Esc  q", .back, help: { $0(.keyBack) }, hint: "Esc", { $0(.hintBack) }),
        .init([.character("?")], "?", .help, help: { $0(.keyHelp) }, hint: "?", { $0(.hintHelp) }),
    ])

    /// The keys while choosing the next state: its number among `count` choices.
    static func stateKeys(count: Int) -> KeyTable<KeyAction> {
        KeyTable<KeyAction>([
            .init((0..<min(9, count)).map { .character(Character(String($0 + 1))) }, "1 … \(count)", .choose,
                  help: { $0.housingFirst(.keyState) }, hint: "1-\(count)", { $0.housingFirst(.hintChoose) }),
            .init([.escape], "Esc", .cancel, help: { $0(.keyCancelText) }, hint: "Esc", { $0.form(.hintCancel) }),
        ])
    }

    /// The keys while typing an answer, a reason or a priority on the message line.
    static let inputKeys = KeyTable<KeyAction>([
        .init([.enter], "Enter", .accept, help: { $0(.keyConfirmText) }, hint: "Enter", { $0(.hintDone) }),
        .init([.escape], "Esc", .cancel, help: { $0(.keyCancelText) }, hint: "Esc", { $0.form(.hintCancel) }),
        .typing("a–z 0–9", .type, help: { $0(.keyTypeText) }),
        .init([.backspace, .delete], "Backspace  Del", .erase, help: { $0(.keyEraseCharacter) }),
    ])

    var currentKeys: KeyTable<KeyAction> {
        switch mode {
        case .browse: Self.keys
        case .choosingState, .choosingPlan: Self.stateKeys(count: intake.allowedNext.count)
        default: Self.inputKeys
        }
    }

    /// The help: the questions' keys, whatever is being typed (`?` is a character then).
    func keyHelp(_ s: Strings) -> [KeyHelp] { Self.keys.keyHelp(s) }

    func hints(_ s: Strings) -> [KeyHint] { currentKeys.hints(s) }

    // MARK: Content

    func lines(width: Int, strings s: Strings) -> [FlowLine<IntakeField>] {
        var out: [FlowLine<IntakeField>] = [FlowLine(" " + DisplayWidth.truncate(title(s), to: width - 1), .header)]
        func add(_ text: String, _ style: Style = .normal, lead: String = "   ") {
            out += FlowText.wrap(text, width: width, lead: lead).map { FlowLine($0, style) }
        }
        if let saveProblem { add(s.flowFailed(saveProblem), .warning, lead: " ") }
        add(s.housingFirst(.consentFirstNote), .dim)
        add(s.consent(.intakeStep), .dim)
        out.append(FlowLine(""))
        let labelWidth = min(34, max(20, width - 46))
        for field in askedFields {
            let label = DisplayWidth.fit(s.intakeLabel(field), to: labelWidth)
            let lead = "   " + label + "  "
            let wrapped = FlowText.wrap(shown(field, strings: s), width: width, lead: lead)
            out.append(FlowLine(wrapped[0], .normal, target: field))
            out += wrapped.dropFirst().map { FlowLine($0) }
            if field == .consent, let c = consentRecord {
                add(s.consentScopeLine(c.scope), .dim, lead: "   " + String(repeating: " ", count: labelWidth) + "  ")
            }
            if field == .ethos && mode == .editing(.ethos) {
                out += (1...13).map { FlowLine(DisplayWidth.truncate("     \(String($0).count == 1 ? " " : "")\($0)  " + s.ethosLabel($0), to: width), .dim) }
            }
        }
        if draft.consentOn == nil {
            out.append(FlowLine(""))
            add(s.housingFirst(.noConsentNote), .warning)
        }
        out.append(FlowLine(""))
        out.append(FlowLine(" " + s.housingFirst(.assessmentHeading), .header))
        if dirty { add(s.housingFirst(.notSavedNote), .warning) }
        if let r = result {
            add(s.outcomeLine(r))
            if let p = r.priority { add(s.priorityLine(p)) }
            for reason in r.reasons where !reason.informative || reason.holds != nil {
                let mark = reason.informative ? "·" : (reason.holds == true ? "✓" : (reason.holds == false ? "✗" : "?"))
                var text = reason.condition.text(s.ruleLanguage)
                if let v = reason.shownValue { text += " [\(v)]" }
                if reason.unconfirmed { text += "  ! " + s.checks(.markUnconfirmed) }
                add(text, reason.unconfirmed ? .warning : .normal, lead: "   \(mark) ")
            }
            if !r.missing.isEmpty { add(s.checks(.stillToAsk) + " " + r.missing.map { s.factLabel($0) }.joined(separator: ", ")) }
        } else {
            add(s.housingFirst(.noAssessment), .dim)
        }
        if let o = intake.priorityOverride {
            add(s.overrideLine(o.priority, reason: o.reason, date: o.date.belgian, user: o.user), .warning)
        }
        out.append(FlowLine(""))
        out.append(FlowLine(" " + s.pathHeading(intake.state.map(s.stateName) ?? "—"), .header))
        if intake.history.isEmpty { add(s.housingFirst(.noStateYet), .dim) }
        if let p = intake.plannedStep {
            add(s.plannedLine(s.stateName(p.state), date: p.on.belgian, user: p.by), p.on <= today ? .warning : .normal)
        }
        for change in intake.history {
            add("\(change.date.belgian)  \(s.stateName(change.state))  \(s.authorName(change.user))"
                + (change.reason.map { " — " + $0 } ?? ""))
        }
        return out
    }

    func draw(_ screen: inout ScreenBuffer, strings s: Strings, plain: Bool) {
        let all = lines(width: screen.size.columns, strings: s)
        cursor.draw(all, on: &screen, firstRow: Self.firstBodyRow, height: Self.bodyHeight(screen.size), plain: plain)
        switch mode {
        case .browse:
            if let problem { Chrome.drawMessageLine(&screen, prompt: nil, text: problem, style: .warning, cursor: false) }
        case .choosingState, .choosingPlan:
            let choices = intake.allowedNext.enumerated().map { "\($0.offset + 1) \(s.stateName($0.element))" }
            let prompt = mode == .choosingPlan ? s.planStatePrompt(by: user) : s.newStatePrompt(by: user)
            Chrome.drawMessageLine(&screen, prompt: prompt, text: choices.joined(separator: "  "), style: .normal, cursor: false)
        default:
            let prompt: String = switch mode {
            case .editing(let field): s.intakeLabel(field) + ": "
            case .stateReason(let state): s.reasonPrompt(state == .afgesloten)
            case .overridePriority: s.overridePrompt(by: user)
            case .planDate(let state): s.planDatePrompt(s.stateName(state))
            default: s.reasonPrompt(true)
            }
            let text = problem.map { input + "  ← " + $0 } ?? input
            Chrome.drawMessageLine(&screen, prompt: prompt, text: text, style: problem == nil ? .normal : .warning, cursor: true)
        }
        Chrome.drawStatusLine(&screen, hints: hints(s), count: intake.state.map(s.stateName))
    }
}
