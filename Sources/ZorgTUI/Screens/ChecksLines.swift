/// A line of a flow screen (checks, Housing First, matching): its text, how it looks, and what Enter does on it
/// (nil: the line cannot be selected).
struct FlowLine<Target: Hashable & Sendable>: Hashable, Sendable {
    var text: String
    var style: Style
    var target: Target?

    init(_ text: String, _ style: Style = .normal, target: Target? = nil) {
        self.text = text
        self.style = style
        self.target = target
    }
}

enum FlowText {
    /// Splits text at spaces into lines of at most `width` columns; the first line starts with `lead`, the
    /// following ones with as many spaces (a word longer than the room is split).
    static func wrap(_ text: String, width: Int, lead: String = "") -> [String] {
        let indent = String(repeating: " ", count: DisplayWidth.of(lead))
        let room = max(4, width - DisplayWidth.of(lead))
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if DisplayWidth.of(candidate) <= room {
                current = candidate
            } else {
                if !current.isEmpty { lines.append(current) }
                // A word longer than the room (a URL) is split over lines, not cut: every character stays.
                var rest = word
                while DisplayWidth.of(rest) > room {
                    let head = Self.prefix(rest, width: room)
                    lines.append(head)
                    rest = String(rest.dropFirst(head.count))
                }
                current = rest
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines.enumerated().map { i, line in (i == 0 ? lead : indent) + line }
    }

    /// The longest start of `text` that fits in `width` columns (at least one character).
    private static func prefix(_ text: String, width: Int) -> String {
        var result = ""
        var used = 0
        for ch in text {
            let w = DisplayWidth.of(ch)
            if used + w > width && !result.isEmpty { break }
            result.append(ch)
            used += w
        }
        return result
    }
}

/// A selection over the selectable lines of a page that scrolls to keep the selection in view; without
/// selectable lines it scrolls like a read-only page.
struct FlowCursor: Hashable, Sendable {
    /// Index into the page's lines of the selected line (nil when nothing is selectable).
    private(set) var line: Int?
    private(set) var top = 0

    /// Selects the next (or previous) selectable line, or scrolls when there is none in that direction.
    mutating func move<T>(by step: Int, in lines: [FlowLine<T>], height: Int) {
        let selectable = lines.indices.filter { lines[$0].target != nil }
        if let current = line, let pos = selectable.firstIndex(of: current) {
            let next = pos + step
            if selectable.indices.contains(next) {
                line = selectable[next]
            } else {
                top += step  // past the last selectable line: show the rest of the page
            }
        } else {
            line = step > 0 ? selectable.first : selectable.last
            if line == nil { top += step }
        }
        clamp(in: lines, height: height)
    }

    mutating func page(by step: Int, in lines: [FlowLine<some Any>], height: Int) {
        top += step * max(1, height - 1)
        let selectable = lines.indices.filter { lines[$0].target != nil }
        let h = max(1, height)
        top = max(0, min(top, max(0, lines.count - h)))
        if let current = line, !(top..<(top + h)).contains(current) {
            line = selectable.first { (top..<(top + h)).contains($0) } ?? line
        }
        clamp(in: lines, height: height)
    }

    /// Selects the line with this target, if there is one.
    mutating func select<T>(_ target: T, in lines: [FlowLine<T>], height: Int) {
        if let i = lines.firstIndex(where: { $0.target == target }) { line = i }
        clamp(in: lines, height: height)
    }

    /// Keeps the selection on a selectable line and in view after the lines or the size changed.
    mutating func clamp<T>(in lines: [FlowLine<T>], height: Int) {
        if let current = line, !(lines.indices.contains(current) && lines[current].target != nil) {
            line = lines.indices.filter { lines[$0].target != nil }.last { $0 <= current }
                ?? lines.indices.first { lines[$0].target != nil }
        }
        if line == nil { line = lines.indices.first { lines[$0].target != nil } }
        let h = max(1, height)
        if let current = line {
            if current < top { top = current }
            if current >= top + h { top = current - h + 1 }
        }
        top = max(0, min(top, max(0, lines.count - h)))
    }

    /// Scrolls down so that as much of `range` shows as fits, without losing its first line.
    mutating func reveal<T>(_ range: Range<Int>, in lines: [FlowLine<T>], height: Int) {
        let h = max(1, height)
        if range.upperBound > top + h { top = min(range.lowerBound, range.upperBound - h) }
        clamp(in: lines, height: height)
    }

    func target<T>(in lines: [FlowLine<T>]) -> T? {
        guard let line, lines.indices.contains(line) else { return nil }
        return lines[line].target
    }

    /// Draws the visible lines from `firstRow`, the selected one highlighted (with `>` in plain mode).
    func draw<T>(_ lines: [FlowLine<T>], on screen: inout ScreenBuffer, firstRow: Int, height: Int, plain: Bool) {
        Self.draw(lines.map { ($0.text, $0.style) }, top: top, selected: line, on: &screen, firstRow: firstRow, height: height,
                  plain: plain)
    }

    /// Draws `lines` from index `top` at `firstRow`, the line at `selected` highlighted (with `>` in plain mode): the
    /// one drawing of a selectable list, for screens that keep their selection their own way (what if).
    static func draw(_ lines: [(text: String, style: Style)], top: Int, selected: Int?, on screen: inout ScreenBuffer,
                     firstRow: Int, height: Int, plain: Bool) {
        let width = screen.size.columns
        for (i, l) in lines.dropFirst(top).prefix(height).enumerated() {
            let isSelected = top + i == selected
            let row = firstRow + i
            var text = l.text
            if plain && isSelected, text.hasPrefix(" ") { text = ">" + text.dropFirst() }
            if isSelected { screen.fill(row: row, column: 0, width: width, style: .selected) }
            screen.write(DisplayWidth.truncate(text, to: width), row: row, column: 0, style: isSelected ? .selected : l.style)
        }
    }
}
