import CaseModel

/// One editable field: a column (by its import name and kind), its label, and the text typed so far, checked
/// as it is typed.
struct FormField: Hashable, Sendable {
    /// The import column name (`inkomen_maand`), or a form's own key (`tekst`, `tegen`).
    let key: String
    let label: String
    let kind: Column.Kind
    let required: Bool
    /// Running text of several lines (a note): Enter adds a line instead of moving on.
    let multiline: Bool
    /// The text the field started with, to tell whether it was changed.
    let original: String
    private(set) var text: String

    init(key: String, label: String, kind: Column.Kind, value: FactValue = .unknown, required: Bool = false,
         multiline: Bool = false) {
        self.key = key
        self.label = label
        self.kind = kind
        self.required = required
        self.multiline = multiline
        original = FormFieldParser.editText(value)
        text = original
    }

    var result: Result<FactValue, FieldProblem> {
        FormFieldParser.parse(text, as: kind, required: required, allowsLineBreaks: multiline)
    }
    var problem: FieldProblem? { if case .failure(let p) = result { return p }; return nil }
    var value: FactValue? { if case .success(let v) = result { return v }; return nil }
    var isChanged: Bool { text != original }

    mutating func type(_ ch: Character) { text.append(ch) }
    mutating func erase() { if !text.isEmpty { text.removeLast() } }
    mutating func set(_ newText: String) { text = newText }

    // MARK: A choice among fixed values

    /// The values a field of a fixed set is chosen from (a code, yes/no), as the import reads them; nil for a
    /// field that is typed.
    var choiceCodes: [String]? {
        switch kind {
        case .code(let codes): codes
        case .boolean: ["ja", "nee"]
        default: nil
        }
    }

    var isPicker: Bool { choiceCodes != nil }

    /// The values in words, in the order of `choiceCodes`.
    func choiceLabels(_ s: Strings) -> [String] {
        if kind == .boolean { return [s.fact(.bool(true)), s.fact(.bool(false))] }
        return (choiceCodes ?? []).map { s.choiceWord(key, $0) }
    }

    /// Which value is chosen now: nil when the field is empty (or holds text that is none of them).
    var choiceIndex: Int? {
        switch value {
        case .code(let c)?: choiceCodes?.firstIndex(of: c)
        case .bool(let b)?: b ? 0 : 1
        default: nil
        }
    }

    /// The picker of this field: empty is a choice unless the field is required.
    var picker: ChoicePicker { ChoicePicker(count: choiceCodes?.count ?? 0, allowsEmpty: !required) }
}

/// A column of fields with a Save button after the last: `Tab`/`Shift-Tab` (and ↑↓) move between them, typing
/// goes to the focused field, `Enter` moves on (and saves on the button), `Ctrl-S` saves from anywhere.
struct Form: Hashable, Sendable {
    var title: String
    private(set) var fields: [FormField]
    /// 0..<fields.count is a field; fields.count is the Save button.
    private(set) var focus = 0 {
        didSet {
            freshFocus = true
            typedAhead = ""
            noMatch = nil
        }
    }
    /// Just moved into the field: the first character typed replaces its text (as in a spreadsheet cell);
    /// Backspace edits it instead. Not in a field of several lines, whose text is too much to lose to one key.
    private(set) var freshFocus = true
    /// On a choice: the letters typed so far, to jump to the value that begins with them.
    private(set) var typedAhead = ""
    /// On a choice: letters that begin no value (said under the field until the next key).
    private(set) var noMatch: String?

    init(title: String, fields: [FormField]) {
        self.title = title
        self.fields = fields
    }

    var isOnSaveButton: Bool { focus == fields.count }
    /// The field the cursor is in; nil on the Save button.
    var focusedField: FormField? { isOnSaveButton ? nil : fields[focus] }

    /// Puts the cursor in the field with this key (when the form has it).
    mutating func focus(on key: String) {
        if let index = fields.firstIndex(where: { $0.key == key }) { focus = index }
    }
    var isValid: Bool { fields.allSatisfy { $0.problem == nil } }
    var changedFields: [FormField] { fields.filter(\.isChanged) }
    var hasChanges: Bool { !changedFields.isEmpty }

    func field(_ key: String) -> FormField? { fields.first { $0.key == key } }

    /// The parsed value of every field, by key; nil when a field is not valid.
    var values: [String: FactValue]? {
        var out: [String: FactValue] = [:]
        for f in fields {
            guard let v = f.value else { return nil }
            out[f.key] = v
        }
        return out
    }

    enum Outcome: Equatable { case stay, save, cancel, help }

    static let ctrlS = Key.other(19)
    static let ctrlU = Key.other(21)
    /// F1 as ncurses reports it (KEY_F(1)); `?` is a character a field may need.
    static let f1 = Key.other(265)

    /// A key in the form, by the table of what the cursor is in (`currentKeys`); `strings` words the values of a
    /// choice, which typed letters jump to.
    @discardableResult
    mutating func handle(_ key: Key, strings s: Strings) -> Outcome {
        let action = currentKeys.action(for: key)
        noMatch = nil
        if action != .type { typedAhead = "" }
        switch action {
        case .next?: focus = (focus + 1) % (fields.count + 1)
        case .previous?: focus = (focus + fields.count) % (fields.count + 1)
        case .enter?:
            if isOnSaveButton { return .save }
            focus += 1
        case .save?: return .save
        case .help?: return .help
        case .cancel?: return .cancel
        case .newLine?:
            if !isOnSaveButton { fields[focus].type("\n") }
            freshFocus = false
        case .choosePrevious?: choose(forward: false)
        case .chooseNext?: choose(forward: true)
        case .erase?:
            if !isOnSaveButton { fields[focus].erase() }
            freshFocus = false
        case .clear?:
            if !isOnSaveButton { fields[focus].set("") }
            freshFocus = false
        case .type?:
            guard !isOnSaveButton, case .character(let ch) = key else { break }
            if fields[focus].isPicker {
                typeAhead(ch, strings: s)
            } else {
                if freshFocus && !fields[focus].multiline { fields[focus].set("") }
                fields[focus].type(ch)
            }
            freshFocus = false
        case nil: break
        }
        return .stay
    }

    /// ← → on a choice: the previous or next value, round the ends (empty among them where allowed).
    private mutating func choose(forward: Bool) {
        guard let field = focusedField, let codes = field.choiceCodes else { return }
        let next = field.picker.step(from: field.choiceIndex, forward: forward)
        fields[focus].set(next.map { codes[$0] } ?? "")
        freshFocus = false
    }

    /// A letter on a choice: the first value whose word or code begins with the letters typed so far; when none
    /// does, with this letter alone; else the value stays and the field says so.
    private mutating func typeAhead(_ ch: Character, strings s: Strings) {
        guard let field = focusedField, let codes = field.choiceCodes else { return }
        let labels = field.choiceLabels(s)
        if let i = ChoicePicker.firstMatch(typedAhead + String(ch), labels: labels, codes: codes) {
            typedAhead.append(ch)
            fields[focus].set(codes[i])
        } else if let i = ChoicePicker.firstMatch(String(ch), labels: labels, codes: codes) {
            typedAhead = String(ch)
            fields[focus].set(codes[i])
        } else {
            // Not even this letter alone begins a value: that is what the field says.
            noMatch = String(ch)
            typedAhead = ""
        }
    }

    enum KeyAction: Sendable {
        case next, previous, enter, type, save, erase, clear, cancel, help
        /// On a choice: the previous or next value.
        case choosePrevious, chooseNext
        /// In a field of several lines: a line break.
        case newLine
    }

    /// The keys as they are now: a choice's, a field of several lines', else those of a typed field (and of the
    /// Save button).
    var currentKeys: KeyTable<KeyAction> {
        guard let field = focusedField else { return Self.keys }
        if field.isPicker { return Self.choiceKeys }
        if field.multiline { return Self.textKeys }
        return Self.keys
    }

    /// A form's keys in a typed field and on the Save button: handling, the `?` overlay (F1 here) and the hints line.
    static let keys = KeyTable<KeyAction>([
        .init([.tab, .down], "Tab  Shift-Tab  ↑ ↓", .next, help: { $0.form(.keyNextField) }, hint: "Tab", { $0.form(.hintNextField) }),
        .init([.backTab, .up], "", .previous, help: { $0.form(.keyNextField) }),
        .init([.enter], "Enter", .enter, help: { $0.form(.keyEnter) }),
        .typing("a–z 0–9", .type, help: { $0.form(.keyTypeReplaces) }),
        .init([ctrlS], "Ctrl-S", .save, help: { $0.form(.keySave) }, hint: "Ctrl-S", { $0.form(.hintSave) }),
        .init([.backspace, .delete], "Backspace  Del", .erase, help: { $0.form(.keyErase) }),
        .init([ctrlU], "Ctrl-U", .clear, help: { $0.form(.keyClear) }),
        .init([.escape], "Esc", .cancel, help: { $0.form(.keyCancel) }, hint: "Esc", { $0.form(.hintCancel) }),
        .init([f1], "F1", .help, help: { $0(.keyHelp) }, hint: "F1", { $0(.hintHelp) }),
    ])

    /// The keys on a choice among fixed values (a code, yes/no): ← → and `<` `>` (and the space bar) go through
    /// the values, letters jump to the value that begins with them.
    static let choiceKeys = KeyTable<KeyAction>([
        .init([.tab, .down], "Tab  Shift-Tab  ↑ ↓", .next, help: { $0.form(.keyNextField) }, hint: "Tab", { $0.form(.hintNextField) }),
        .init([.backTab, .up], "", .previous, help: { $0.form(.keyNextField) }),
        .init([.left, .character("<")], localized: { "← →  < >  " + $0(.spaceKey) }, .choosePrevious,
              help: { $0.picker(.keyChoose) }, hint: "←→", { $0.picker(.hintChooseValue) }),
        .init([.right, .character(">"), .character(" ")], "", .chooseNext, help: { $0.picker(.keyChoose) }),
        .init([.enter], "Enter", .enter, help: { $0.form(.keyEnter) }),
        .typing("a–z", .type, help: { $0.picker(.keyTypeAhead) }),
        .init([ctrlS], "Ctrl-S", .save, help: { $0.form(.keySave) }, hint: "Ctrl-S", { $0.form(.hintSave) }),
        .init([.backspace, .delete, ctrlU], "Backspace  Del  Ctrl-U", .clear, help: { $0.picker(.keyClearChoice) }),
        .init([.escape], "Esc", .cancel, help: { $0.form(.keyCancel) }, hint: "Esc", { $0.form(.hintCancel) }),
        .init([f1], "F1", .help, help: { $0(.keyHelp) }, hint: "F1", { $0(.hintHelp) }),
    ])

    /// The keys in a field of several lines (a note): Enter starts a new line, Ctrl-S saves, Tab leaves it.
    static let textKeys = KeyTable<KeyAction>([
        // No Tab hint here: Enter, Ctrl-S, Esc and F1 are what the line has room for.
        .init([.tab, .down], "Tab  Shift-Tab  ↑ ↓", .next, help: { $0.form(.keyNextField) }),
        .init([.backTab, .up], "", .previous, help: { $0.form(.keyNextField) }),
        .init([.enter], "Enter", .newLine, help: { $0.picker(.keyNewLine) }, hint: "Enter", { $0.picker(.hintNewLine) }),
        .typing("a–z 0–9", .type, help: { $0(.keyTypeText) }),
        .init([ctrlS], "Ctrl-S", .save, help: { $0.form(.keySave) }, hint: "Ctrl-S", { $0.form(.hintSave) }),
        .init([.backspace, .delete], "Backspace  Del", .erase, help: { $0.picker(.keyEraseLine) }),
        .init([ctrlU], "Ctrl-U", .clear, help: { $0.picker(.keyClearText) }),
        .init([.escape], "Esc", .cancel, help: { $0.form(.keyCancel) }, hint: "Esc", { $0.form(.hintCancel) }),
        .init([f1], "F1", .help, help: { $0(.keyHelp) }, hint: "F1", { $0(.hintHelp) }),
    ])

    /// Focuses the first field with a problem (after a refused save).
    mutating func focusFirstProblem() {
        if let i = fields.firstIndex(where: { $0.problem != nil }) { focus = i }
    }

    // MARK: Drawing

    /// The hint under a focused field: the values of a choice and how to choose, the form of a date, Enter in
    /// a field of several lines, `leeg = onbekend`.
    static func hint(for field: FormField, _ s: Strings) -> String {
        if field.isPicker { return s.choiceHint(count: field.choiceCodes?.count ?? 0, allowsEmpty: !field.required) }
        if field.multiline { return s.picker(.multilineHint) }
        switch field.kind {
        case .boolean: return s.form(.booleanChoices)
        case .code(let codes): return s.choices(codes) + "; " + s.form(.unknownWhenEmpty)
        case .codeList(let codes): return s.choices(codes) + "; " + s.form(.listHint)
        case .languages, .problems, .slots: return s.form(.listHint)
        case .date: return "dd-mm-jjjj; " + s.form(.unknownWhenEmpty)
        case .amount: return "1.234,56; " + s.form(.unknownWhenEmpty)
        default: return s.form(.unknownWhenEmpty)
        }
    }

    /// At most this many rows of a field of several lines are shown in the form: its end, where the typing is.
    static let multilineRows = 8

    /// Lines of the form for a width: label, `[text_]` (a choice `< value in words >`, a field of several lines
    /// its last rows), and under it the check: ✓ and the value as it will be stored (`€ 1.234,56`), or ✗ and
    /// what is wrong. The focused field also shows its hint, wrapped so that no value of a choice is cut off.
    func lines(width: Int, strings s: Strings, plain: Bool) -> [FormLine] {
        let labelWidth = min(30, max(12, fields.map { DisplayWidth.of($0.label) + ($0.required ? 2 : 0) }.max() ?? 12))
        let inputWidth = max(8, min(48, width - labelWidth - 6))
        // Running text gets the room there is: a note is read as it is written.
        let textWidth = max(8, min(100, width - labelWidth - 6))
        let indent = String(repeating: " ", count: labelWidth + 3)
        var out: [FormLine] = [FormLine(text: " " + title, style: .header, focused: false)]
        for (i, f) in fields.enumerated() {
            let focused = i == focus
            let marker = focused ? ">" : " "
            let head = marker + " " + DisplayWidth.fit(f.label + (f.required ? " *" : ""), to: labelWidth) + " "
            let result = f.result
            if f.isPicker {
                let word: String
                if let index = f.choiceIndex {
                    word = f.choiceLabels(s)[index]
                } else {
                    word = f.text.isEmpty ? (f.required ? s.picker(.choiceNone) : s(.unknown)) : DisplayWidth.tail(f.text, to: inputWidth)
                }
                out.append(FormLine(text: head + ChoicePicker.shown(word), style: focused ? .selected : .normal, focused: focused))
            } else if f.multiline {
                let rows = Self.lastRows(of: f.text, width: textWidth, count: Self.multilineRows, cursor: focused)
                if rows.hidden > 0 {
                    out.append(FormLine(text: head + s.linesAbove(rows.hidden), style: .dim, focused: false))
                }
                for (j, row) in rows.rows.enumerated() {
                    let lead = j == 0 && rows.hidden == 0 ? head : indent
                    let last = j == rows.rows.count - 1
                    out.append(FormLine(text: lead + "[" + DisplayWidth.fit(row, to: textWidth) + "]",
                                        style: focused ? .selected : .normal, focused: focused && last))
                }
            } else {
                let shown = DisplayWidth.tail(f.text + (focused ? "_" : ""), to: inputWidth)
                out.append(FormLine(text: head + "[" + DisplayWidth.fit(shown, to: inputWidth) + "]",
                                    style: focused ? .selected : .normal, focused: focused))
            }
            if focused, let typed = noMatch {
                out.append(FormLine(text: indent + "✗ " + s.choiceNoMatch(typed), style: .warning, focused: false))
            }
            switch result {
            case .failure(let problem):
                out.append(FormLine(text: indent + "✗ " + s.fieldProblem(problem), style: .warning, focused: false))
            case .success(let v):
                guard focused || f.isChanged else { break }
                let check: String
                if f.isPicker {
                    check = ""
                } else if f.multiline {
                    // The lines as they will be stored: blank lines at the end are left out.
                    check = "✓ " + (v == .unknown ? s(.unknown) : s.lineCount(Self.lineCount(v.textValue ?? f.text)))
                } else {
                    check = "✓ " + (v == .unknown ? s(.unknown) : s.fact(v))
                }
                guard focused else {
                    if !check.isEmpty { out.append(FormLine(text: indent + check, style: .dim, focused: false)) }
                    break
                }
                // The hint follows the check when both fit the line, else it wraps under it: a list of codes is
                // read whole, never cut at the screen's edge. A long value's check is cut (only its start can show).
                let room = max(10, width - indent.count)
                let hint = "(" + Self.hint(for: f, s) + ")"
                let shownCheck = DisplayWidth.truncate(String(check.prefix(room + 1)), to: room)
                if !check.isEmpty, DisplayWidth.of(shownCheck) + 3 + DisplayWidth.of(hint) <= room {
                    out.append(FormLine(text: indent + shownCheck + "   " + hint, style: .dim, focused: false))
                } else {
                    if !check.isEmpty { out.append(FormLine(text: indent + shownCheck, style: .dim, focused: false)) }
                    for part in FlowText.wrap(hint, width: room).prefix(16) {
                        out.append(FormLine(text: indent + part, style: .dim, focused: false))
                    }
                }
            }
        }
        out.append(FormLine(text: "", style: .normal, focused: false))
        let button = (isOnSaveButton ? "> " : "  ") + s.form(.save)
        out.append(FormLine(text: button, style: isOnSaveButton ? .selected : .header, focused: isOnSaveButton))
        return out.map { FormLine(text: DisplayWidth.truncate($0.text, to: width), style: $0.style, focused: $0.focused) }
    }

    /// The number of lines of a text (a line break ends one); counted on its bytes, so a note of 10,000 lines
    /// costs no more than reading it once.
    static func lineCount(_ text: String) -> Int {
        text.isEmpty ? 0 : text.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    /// The last `count` rows of a text of several lines wrapped at `width` (with the cursor `_` after the last
    /// character when `cursor`), and how many lines of the text are above them. Whole lines are shown (a line is
    /// cut only when it alone is longer than the rows). Only the lines that can show are wrapped, from the end,
    /// so a very long note costs what its last rows cost.
    static func lastRows(of text: String, width: Int, count: Int, cursor: Bool) -> (rows: [String], hidden: Int) {
        var lines: [[String]] = []  // the rows of each line taken, the last line last
        var taken = 0
        var end = text.endIndex
        var above: String.Index?  // where the lines not taken end (before a line break), nil when all are taken
        while true {
            let lineBreak = text[..<end].lastIndex(of: "\n")
            let start = lineBreak.map { text.index(after: $0) } ?? text.startIndex
            var line = String(text[start..<end])
            if lines.isEmpty && cursor { line += "_" }
            let rows = TextWrap.words(line, width: width)
            // A line that no longer fits is left above, unless it is the only one.
            if !lines.isEmpty && taken + rows.count > count {
                above = end
                break
            }
            lines.insert(rows, at: 0)
            taken += rows.count
            guard let lineBreak else { break }
            end = lineBreak
            if taken >= count {
                above = lineBreak
                break
            }
        }
        var rows = lines.flatMap { $0 }
        if rows.count > count { rows.removeFirst(rows.count - count) }  // one line longer than the rows: its end
        // The lines above those taken are counted, not wrapped.
        var hidden = 0
        if let above { hidden = text[..<above].utf8.reduce(1) { n, byte in byte == 0x0A ? n + 1 : n } }
        return (rows, hidden)
    }
}

struct FormLine: Hashable, Sendable {
    var text: String
    var style: Style
    /// The focused field's line, which scrolling keeps on screen.
    var focused: Bool
}
