/// A screen's keys, declared once: each row names the keys, the action they stand for, the help line of the `?`
/// overlay and, when the key is worth a place there, its hint on the status line. The screen's `handle` asks
/// the table for the action of a key, its `keyHelp` and `hints` read the same rows, so a key cannot be handled
/// without being in the help, and no hint names a key that does nothing (KeyTableTests checks every table).
/// A screen with modes (a form, a prompt, a question) has a table per mode.
struct KeyTable<Action: Sendable>: Sendable {
    struct Row: Sendable {
        /// The keys that do it.
        var keys: [Key]
        /// True for the row of typed text: any character no other row names (a search, a prompt, a field).
        var typing = false
        /// The keys as the help shows them ("↑ ↓  j k"); empty for a row whose keys the row above already names
        /// (↓ after ↑), which then shares its help line.
        var label: @Sendable (Strings) -> String
        var action: Action
        /// The help line's text.
        var help: @Sendable (Strings) -> String
        /// The status line's hint: its key as shown ("↑↓", "j" or "y" by language) and its word; nil when it has none.
        var hint: (key: @Sendable (Strings) -> String, word: @Sendable (Strings) -> String)?
    }

    let rows: [Row]

    init(_ rows: [Row]) { self.rows = rows }

    /// The action of `key` on this screen, nil when the key does nothing here.
    func action(for key: Key) -> Action? {
        if let row = rows.first(where: { $0.keys.contains(key) }) { return row.action }
        if case .character = key { return rows.first { $0.typing }?.action }
        return nil
    }

    /// The `?` overlay's lines, in the table's order, ending with Ctrl-C (which every screen takes) unless a row
    /// names it already.
    func keyHelp(_ s: Strings) -> [KeyHelp] {
        let lines = rows.map { KeyHelp(keys: $0.label(s), action: $0.help(s)) }.filter { !$0.keys.isEmpty }
        if lines.contains(where: { $0.keys.contains("Ctrl-C") }) { return lines }
        return lines + [KeyHelp(keys: "Ctrl-C", action: s(.keyQuit))]
    }

    /// The status line's hints, in the table's order; `include` leaves out those that do not apply now (a tab's
    /// own keys), so a hint is always one of the table's.
    func hints(_ s: Strings, where include: (Action) -> Bool = { _ in true }) -> [KeyHint] {
        rows.compactMap { row in
            guard include(row.action) else { return nil }
            return row.hint.map { KeyHint(key: $0.key(s), word: $0.word(s)) }
        }
    }

    /// The table without the rows whose action `drop` names (the editing keys of a read-only dossier).
    func removing(_ drop: (Action) -> Bool) -> KeyTable { KeyTable(rows.filter { !drop($0.action) }) }

    /// Every key the table names (a typing row adds any character).
    var keys: [Key] { rows.flatMap(\.keys) }

    /// Whether the table takes typed text.
    var takesTyping: Bool { rows.contains(where: \.typing) }
}

extension KeyTable.Row {
    init(_ keys: [Key], _ label: String, _ action: Action, help: @escaping @Sendable (Strings) -> String,
         hint: String? = nil, _ word: (@Sendable (Strings) -> String)? = nil) {
        self.init(keys: keys, label: { _ in label }, action: action, help: help,
                  hint: hint.map { key in ({ _ in key }, word ?? help) })
    }

    /// A row whose keys are shown in words of the language ("w (Toestemmingen)").
    init(_ keys: [Key], localized label: @escaping @Sendable (Strings) -> String, _ action: Action,
         help: @escaping @Sendable (Strings) -> String, hint: String? = nil, _ word: (@Sendable (Strings) -> String)? = nil) {
        self.init(keys: keys, label: label, action: action, help: help, hint: hint.map { key in ({ _ in key }, word ?? help) })
    }

    /// A hint whose key depends on the language ("j" for ja, "y" for yes).
    init(_ keys: [Key], _ label: String, _ action: Action, help: @escaping @Sendable (Strings) -> String,
         hintKey: @escaping @Sendable (Strings) -> String, _ word: @escaping @Sendable (Strings) -> String) {
        self.init(keys: keys, label: { _ in label }, action: action, help: help, hint: (hintKey, word))
    }

    /// Both in words of the language: the keys as shown and the hint's key ("Spatie", "Space").
    init(_ keys: [Key], localized label: @escaping @Sendable (Strings) -> String, _ action: Action,
         help: @escaping @Sendable (Strings) -> String, hintKey: @escaping @Sendable (Strings) -> String,
         _ word: @escaping @Sendable (Strings) -> String) {
        self.init(keys: keys, label: label, action: action, help: help, hint: (hintKey, word))
    }

    /// The row of typed text: any character that no other row of the table names.
    static func typing(_ label: String, _ action: Action, help: @escaping @Sendable (Strings) -> String) -> Self {
        Self(keys: [], typing: true, label: { _ in label }, action: action, help: help, hint: nil)
    }
}

extension KeyTable {
    /// The rows of a list: ↑ ↓ (j k) by one, PgUp PgDn by a page, Home End to the ends, with the ↑↓ hint.
    static func listRows(move: (ListMove) -> Action, moveHelp: @escaping @Sendable (Strings) -> String) -> [Row] {
        let (up, down, pageUp, pageDown, first, last) =
            (move(.up), move(.down), move(.pageUp), move(.pageDown), move(.first), move(.last))
        return [
            Row([.up, .character("k")], "↑ ↓  j k", up, help: moveHelp, hint: "↑↓", { $0(.hintMove) }),
            Row([.down, .character("j")], "", down, help: moveHelp),
            Row([.pageUp], "PgUp PgDn", pageUp, help: { $0(.keyPage) }),
            Row([.pageDown], "", pageDown, help: { $0(.keyPage) }),
            Row([.home], "Home End", first, help: { $0(.keyFirstLast) }),
            Row([.end], "", last, help: { $0(.keyFirstLast) }),
        ]
    }
}
