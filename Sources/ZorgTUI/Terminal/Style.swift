/// What a piece of text is, not how it looks: the terminal decides the colours (or none) for each role.
enum Style: Hashable, Sendable {
    case normal
    case title
    case header
    case selected
    case statusBar
    case statusKey
    case prompt
    case dim
    case warning
    case overlay
    case overlayTitle
}
