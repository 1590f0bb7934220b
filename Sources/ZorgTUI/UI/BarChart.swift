/// A horizontal bar chart as lines of text: label, bar, value. The longest bar fills the room the width leaves;
/// the others are drawn to scale in eighths of a cell (block characters), or in whole `#` cells in plain mode,
/// which screen readers and ASCII terminals can show. A value above zero always gets at least a sliver, so it
/// is never mistaken for none.
struct BarChart: Sendable {
    struct Item: Hashable, Sendable {
        var label: String
        var value: Double
        /// The value as people read it ("€ 1.234,56 · 3").
        var valueText: String
    }

    var items: [Item]

    /// The widths a chart of `width` columns gives its three parts (with one space between them).
    struct Layout: Equatable {
        var label: Int
        var bar: Int
        var value: Int
    }

    func layout(width: Int) -> Layout {
        let longestLabel = items.map { DisplayWidth.of($0.label) }.max() ?? 0
        let value = items.map { DisplayWidth.of($0.valueText) }.max() ?? 0
        // Labels take what they need up to a third of the width; the bar gets the rest, and at least a few cells.
        var label = min(longestLabel, max(8, width / 3))
        var bar = width - label - value - 2
        if bar < 4 {
            label = max(1, label - (4 - bar))
            bar = max(1, width - label - value - 2)
        }
        return Layout(label: label, bar: bar, value: value)
    }

    /// Eighths of a cell for `value` when `maximum` fills `cells` cells.
    static func eighths(_ value: Double, maximum: Double, cells: Int) -> Int {
        guard value > 0, maximum > 0, cells > 0 else { return 0 }
        let exact = Int((min(value, maximum) / maximum * Double(cells * 8)).rounded())
        return max(1, exact)
    }

    static let partials: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// The bar alone, exactly `cells` wide.
    static func bar(_ value: Double, maximum: Double, cells: Int, plain: Bool) -> String {
        var eighths = Self.eighths(value, maximum: maximum, cells: cells)
        if plain {
            // Whole cells: round to the nearest, but never to nothing for a value above zero.
            let whole = eighths == 0 ? 0 : max(1, (eighths + 4) / 8)
            return String(repeating: "#", count: whole) + String(repeating: " ", count: cells - whole)
        }
        eighths = min(eighths, cells * 8)
        let full = eighths / 8, rest = eighths % 8
        var text = String(repeating: "█", count: full)
        if rest > 0 { text.append(Self.partials[rest]) }
        return text + String(repeating: " ", count: cells - full - (rest > 0 ? 1 : 0))
    }

    /// One line per item, each at most `width` columns.
    func lines(width: Int, plain: Bool) -> [String] {
        let l = layout(width: width)
        let maximum = items.map(\.value).max() ?? 0
        return items.map { item in
            let line = DisplayWidth.fit(item.label, to: l.label) + " "
                + Self.bar(item.value, maximum: maximum, cells: l.bar, plain: plain) + " "
                + DisplayWidth.fitRight(item.valueText, to: l.value)
            return DisplayWidth.truncate(line, to: width)
        }
    }
}
