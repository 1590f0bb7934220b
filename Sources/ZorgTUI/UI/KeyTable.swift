/// A screen's keys, declared once: each row names the keys, the action they stand for, the help line of the `?`
/// overlay and, when the key is worth a place there, its hint on the status line. The screen's `handle` asks
/// the table for the action of a key, its `keyHelp` and `hints` read the same rows, so a key cannot be handled
/// without being in the help, and no hint names a key that does nothing (KeyTableTests checks every table).
struct KeyTable<Action: Sendable>: Sendable {
    struct Row: Sendable {
        /// The keys that do it.
        var keys: [Key]
        /// The keys as the help shows them ("↑ ↓  j k"); empty for a row whose keys the row above already names
        /// (↓ after ↑), which then shares its help line.
        var label: String
        var action: Action
        /// The help line's text.
        var help: @Sendable (Strings) -> String
        /// The status line's hint: its key as shown ("↑↓") and its word; nil when it has none.
        var hint: (key: String, word: @Sendable (Strings) -> String)?
    }

    let rows: [Row]

    init(_ rows: [Row]) { self.rows = rows }

    /// The action of `key` on this screen, nil when the key does nothing here.
    func action(for key: Key) -> Action? { rows.first { $0.keys.contains(key) }?.action }

    /// The `?` overlay's lines, in the table's order, ending with Ctrl-C (which every screen takes).
    func keyHelp(_ s: Strings) -> [KeyHelp] {
        rows.filter { !$0.label.isEmpty }.map { KeyHelp(keys: $0.label, action: $0.help(s)) }
            + [KeyHelp(keys: "Ctrl-C", action: s(.keyQuit))]
    }

    /// The status line's hints, in the table's order.
    func hints(_ s: Strings) -> [KeyHint] {
        rows.compactMap { row in row.hint.map { KeyHint(key: $0.key, word: $0.word(s)) } }
    }

    /// Every key the table handles.
    var keys: [Key] { rows.flatMap(\.keys) }
}

extension KeyTable.Row {
    init(_ keys: [Key], _ label: String, _ action: Action, help: @escaping @Sendable (Strings) -> String,
         hint: String? = nil, _ word: (@Sendable (Strings) -> String)? = nil) {
        self.init(keys: keys, label: label, action: action, help: help,
                  hint: hint.map { key in (key, word ?? help) })
    }
}

extension KeyTable {
    /// The rows of a list: ↑ ↓ (j k) by one, PgUp PgDn by a page, Home End to the ends, with the ↑↓ hint.
    static func listRows(up: Action, down: Action, pageUp: Action, pageDown: Action, first: Action, last: Action,
                         moveHelp: @escaping @Sendable (Strings) -> String) -> [Row] {
        [
            Row([.up, .character("k")], "↑ ↓  j k", up, help: moveHelp, hint: "↑↓", { $0(.hintMove) }),
            Row([.down, .character("j")], "", down, help: moveHelp),
            Row([.pageUp], "PgUp PgDn", pageUp, help: { $0(.keyPage) }),
            Row([.pageDown], "", pageDown, help: { $0(.keyPage) }),
            Row([.home], "Home End", first, help: { $0(.keyFirstLast) }),
            Row([.end], "", last, help: { $0(.keyFirstLast) }),
        ]
    }
}
