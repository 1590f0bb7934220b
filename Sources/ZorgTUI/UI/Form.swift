import CaseModel

/// One editable field: a column (by its import name and kind), its label, and the text typed so far, checked
/// as it is typed.
struct FormField: Hashable, Sendable {
    /// The import column name (`inkomen_maand`), or a form's own key (`tekst`, `tegen`).
    let key: String
    let label: String
    let kind: Column.Kind
    let required: Bool
    /// The text the field started with, to tell whether it was changed.
    let original: String
    private(set) var text: String

    init(key: String, label: String, kind: Column.Kind, value: FactValue = .unknown, required: Bool = false) {
        self.key = key
        self.label = label
        self.kind = kind
        self.required = required
        original = FormFieldParser.editText(value)
        text = original
    }

    var result: Result<FactValue, FieldProblem> { FormFieldParser.parse(text, as: kind, required: required) }
    var problem: FieldProblem? { if case .failure(let p) = result { return p }; return nil }
    var value: FactValue? { if case .success(let v) = result { return v }; return nil }
    var isChanged: Bool { text != original }

    mutating func type(_ ch: Character) { text.append(ch) }
    mutating func erase() { if !text.isEmpty { text.removeLast() } }
    mutating func set(_ newText: String) { text = newText }
}

/// A column of fields with a Save button after the last: `Tab`/`Shift-Tab` (and ↑↓) move between them, typing
/// goes to the focused field, `Enter` moves on (and saves on the button), `Ctrl-S` saves from anywhere.
struct Form: Hashable, Sendable {
    var title: String
    private(set) var fields: [FormField]
    /// 0..<fields.count is a field; fields.count is the Save button.
    private(set) var focus = 0 { didSet { freshFocus = true } }
    /// Just moved into the field: the first character typed replaces its text (as in a spreadsheet cell);
    /// Backspace edits it instead.
    private(set) var freshFocus = true

    init(title: String, fields: [FormField]) {
        self.title = title
        self.fields = fields
    }

    var isOnSaveButton: Bool { focus == fields.count }

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

    @discardableResult
    mutating func handle(_ key: Key) -> Outcome {
        switch Self.keys.action(for: key) {
        case .next?: focus = (focus + 1) % (fields.count + 1)
        case .previous?: focus = (focus + fields.count) % (fields.count + 1)
        case .enter?:
            if isOnSaveButton { return .save }
            focus += 1
        case .save?: return .save
        case .help?: return .help
        case .cancel?: return .cancel
        case .erase?:
            if !isOnSaveButton { fields[focus].erase() }
            freshFocus = false
        case .clear?:
            if !isOnSaveButton { fields[focus].set("") }
            freshFocus = false
        case .type?:
            if !isOnSaveButton, case .character(let ch) = key {
                if freshFocus { fields[focus].set("") }
                fields[focus].type(ch)
            }
            freshFocus = false
        case nil: break
        }
        return .stay
    }

    enum KeyAction: Sendable { case next, previous, enter, type, save, erase, clear, cancel, help }

    /// A form's keys: handling, the `?` overlay (F1 here) and the hints line.
    static let keys = KeyTable<KeyAction>([
        .init([.tab, .down], "Tab  Shift-Tab  ↑ ↓", .next, help: { $0.formKeyNextField }, hint: "Tab", { $0.hintNextField }),
        .init([.backTab, .up], "", .previous, help: { $0.formKeyNextField }),
        .init([.enter], "Enter", .enter, help: { $0.formKeyEnter }),
        .typing("a–z 0–9", .type, help: { $0.formKeyTypeReplaces }),
        .init([ctrlS], "Ctrl-S", .save, help: { $0.formKeySave }, hint: "Ctrl-S", { $0.hintSave }),
        .init([.backspace, .delete], "Backspace  Del", .erase, help: { $0.formKeyErase }),
        .init([ctrlU], "Ctrl-U", .clear, help: { $0.formKeyClear }),
        .init([.escape], "Esc", .cancel, help: { $0.formKeyCancel }, hint: "Esc", { $0.hintCancel }),
        .init([f1], "F1", .help, help: { $0(.keyHelp) }, hint: "F1", { $0(.hintHelp) }),
    ])

    /// Focuses the first field with a problem (after a refused save).
    mutating func focusFirstProblem() {
        if let i = fields.firstIndex(where: { $0.problem != nil }) { focus = i }
    }

    // MARK: Drawing

    /// The hint under a field of a kind: allowed codes, the form of a date, `leeg = onbekend`.
    static func hint(for kind: Column.Kind, _ s: Strings) -> String {
        switch kind {
        case .boolean: s.booleanChoices
        case .code(let codes): s.choices(codes) + "; " + s.unknownWhenEmpty
        case .codeList(let codes): s.choices(codes) + "; " + s.listHint
        case .languages, .problems, .slots: s.listHint
        case .date: "dd-mm-jjjj; " + s.unknownWhenEmpty
        case .amount: "1.234,56; " + s.unknownWhenEmpty
        default: s.unknownWhenEmpty
        }
    }

    /// Lines of the form for a width: label, `[text_]`, and under it the check: ✓ and the value as it will be
    /// stored (`€ 1.234,56`), or ✗ and what is wrong. The focused field also shows its hint.
    func lines(width: Int, strings s: Strings, plain: Bool) -> [FormLine] {
        let labelWidth = min(30, max(12, fields.map { DisplayWidth.of($0.label) + ($0.required ? 2 : 0) }.max() ?? 12))
        let inputWidth = max(8, min(48, width - labelWidth - 6))
        var out: [FormLine] = [FormLine(text: " " + title, style: .header, focused: false)]
        for (i, f) in fields.enumerated() {
            let focused = i == focus
            let marker = focused ? ">" : " "
            var shown = f.text + (focused ? "_" : "")
            while DisplayWidth.of(shown) > inputWidth, !shown.isEmpty { shown.removeFirst() }
            let open = plain ? "[" : "["
            let line = marker + " " + DisplayWidth.fit(f.label + (f.required ? " *" : ""), to: labelWidth) + " " + open
                + DisplayWidth.fit(shown, to: inputWidth) + "]"
            out.append(FormLine(text: line, style: focused ? .selected : .normal, focused: focused))
            let indent = String(repeating: " ", count: labelWidth + 3)
            switch f.result {
            case .failure(let problem):
                out.append(FormLine(text: indent + "✗ " + s.fieldProblem(problem), style: .warning, focused: false))
            case .success(let v):
                if focused || f.isChanged {
                    let check = v == .unknown ? s(.unknown) : s.fact(v)
                    out.append(FormLine(text: indent + "✓ " + check + (focused ? "   (" + Self.hint(for: f.kind, s) + ")" : ""),
                                        style: .dim, focused: false))
                }
            }
        }
        out.append(FormLine(text: "", style: .normal, focused: false))
        let button = (isOnSaveButton ? "> " : "  ") + s.formSave
        out.append(FormLine(text: button, style: isOnSaveButton ? .selected : .header, focused: isOnSaveButton))
        return out.map { FormLine(text: DisplayWidth.truncate($0.text, to: width), style: $0.style, focused: $0.focused) }
    }
}

struct FormLine: Hashable, Sendable {
    var text: String
    var style: Style
    /// The focused field's line, which scrolling keeps on screen.
    var focused: Bool
}
