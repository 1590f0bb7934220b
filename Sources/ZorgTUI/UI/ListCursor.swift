/// A move in a list or on a page, as the list keys ask for it: a row, a page, or to an end.
enum ListMove: Sendable, Hashable {
    case up, down, pageUp, pageDown, first, last

    /// The rows to move by: a page is `page` rows; an end is `all` rows, which the list clamps to its first or
    /// last row.
    func step(page: Int, all: Int) -> Int {
        switch self {
        case .up: -1
        case .down: 1
        case .pageUp: -page
        case .pageDown: page
        case .first: -all
        case .last: all
        }
    }
}

/// The selected row of a list and the first row shown, kept so the selection is always on screen.
struct ListCursor: Hashable, Sendable {
    private(set) var selected = 0
    private(set) var top = 0

    /// Moves the selection by `delta` rows (clamped), then scrolls as little as needed.
    mutating func move(by delta: Int, count: Int, height: Int) {
        select(selected + delta, count: count, height: height)
    }

    mutating func select(_ row: Int, count: Int, height: Int) {
        selected = max(0, min(row, count - 1))
        clamp(count: count, height: height)
    }

    /// Keeps the cursor valid after the list or the screen changed size.
    mutating func clamp(count: Int, height: Int) {
        selected = max(0, min(selected, count - 1))
        let h = max(1, height)
        if selected < top { top = selected }
        if selected >= top + h { top = selected - h + 1 }
        top = max(0, min(top, max(0, count - h)))
    }
}

/// A scroll position without a selection (a read-only page).
struct ScrollPosition: Hashable, Sendable {
    private(set) var top = 0

    mutating func scroll(by delta: Int, lineCount: Int, height: Int) {
        top = max(0, min(top + delta, max(0, lineCount - height)))
    }

    mutating func clamp(lineCount: Int, height: Int) { scroll(by: 0, lineCount: lineCount, height: height) }
}
