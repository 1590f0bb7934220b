import CaseModel

/// A dossier, read-only: the household's address and district and each member with role, birth date,
/// national number and statuses. Grows into the full dossier screen later.
struct MembersScreen: Sendable {
    let household: Household
    private(set) var scroll = ScrollPosition()

    init(household: Household) { self.household = household }

    /// A line of the page and how it looks.
    struct Line: Hashable, Sendable {
        var text: String
        var style: Style
    }

    static func bodyHeight(_ size: TerminalSize) -> Int { max(1, size.rows - 3) }
    static let firstBodyRow = 1

    enum Outcome: Equatable { case stay, back, help }

    mutating func handle(_ key: Key, screenSize: TerminalSize, strings: Strings) -> Outcome {
        let height = Self.bodyHeight(screenSize)
        let count = lines(width: screenSize.columns, strings: strings).count
        switch key {
        case .escape, .character("q"), .left: return .back
        case .character("?"): return .help
        case .up, .character("k"): scroll.scroll(by: -1, lineCount: count, height: height)
        case .down, .character("j"): scroll.scroll(by: 1, lineCount: count, height: height)
        case .pageUp: scroll.scroll(by: -height, lineCount: count, height: height)
        case .pageDown: scroll.scroll(by: height, lineCount: count, height: height)
        case .home: scroll.scroll(by: -count, lineCount: count, height: height)
        case .end: scroll.scroll(by: count, lineCount: count, height: height)
        default: break
        }
        return .stay
    }

    mutating func resized(to size: TerminalSize, strings: Strings) {
        scroll.clamp(lineCount: lines(width: size.columns, strings: strings).count, height: Self.bodyHeight(size))
    }

    func title(_ s: Strings) -> String { s.dossierHeading(household.id.rawValue, name: household.displayName) }

    func keyHelp(_ s: Strings) -> [KeyHelp] {
        [
            KeyHelp(keys: "↑ ↓  j k", action: s(.keyScroll)),
            KeyHelp(keys: "PgUp PgDn", action: s(.keyPage)),
            KeyHelp(keys: "Home End", action: s(.keyFirstLast)),
            KeyHelp(keys: "Esc  q  ←", action: s(.keyBack)),
            KeyHelp(keys: "?", action: s(.keyHelp)),
            KeyHelp(keys: "Ctrl-C", action: s(.keyQuit)),
        ]
    }

    func hints(_ s: Strings) -> [KeyHint] {
        [KeyHint(key: "↑↓", word: s(.keyScroll)), KeyHint(key: "Esc", word: s(.hintBack)),
         KeyHint(key: "?", word: s(.hintHelp))]
    }

    // MARK: Content

    /// The page as lines for a width: facts of the household, then a table of members whose statuses wrap
    /// within their column.
    func lines(width: Int, strings s: Strings) -> [Line] {
        let address = household.address.oneLine
        var result = [
            Line(text: " " + DisplayWidth.truncate(title(s), to: width - 1), style: .header),
            Line(text: "", style: .normal),
            Line(text: " \(s(.labelAddress)): \(address.isEmpty ? s(.unknown) : address)", style: .normal),
            Line(text: " \(s(.labelDistrict)): \(household.address.district ?? s(.unknown))", style: .normal),
            Line(text: " \(s(.labelMembers)): \(s.memberCount(household.members.count))", style: .normal),
            Line(text: "", style: .normal),
        ].map { Line(text: DisplayWidth.truncate($0.text, to: width), style: $0.style) }
        guard !household.members.isEmpty else {
            result.append(Line(text: " " + s(.noMembers), style: .dim))
            return result
        }
        let c = MemberColumns(width: width)
        result.append(Line(text: c.row(s(.columnName), s(.columnRole), s(.columnBorn), s(.columnNationalNumber),
                                       s(.columnStatuses)), style: .header))
        for person in household.members {
            let statuses = statusText(person.statuses, s)
            let wrapped = Self.wrap(statuses, width: c.statuses)
            result.append(Line(text: c.row(person.fullName, s.role(person.role), person.birthDate?.belgian ?? "",
                                           person.nationalNumber?.formatted ?? "", wrapped.first ?? ""), style: .normal))
            for more in wrapped.dropFirst() { result.append(Line(text: c.row("", "", "", "", more), style: .normal)) }
        }
        return result
    }

    private func statusText(_ statuses: [Status]?, _ s: Strings) -> String {
        guard let statuses else { return s(.unknown) }
        if statuses.isEmpty { return s(.none) }
        return statuses.map { $0.rawValue.replacingOccurrences(of: "_", with: " ") }.joined(separator: ", ")
    }

    /// Splits text at spaces into lines of at most `width` columns (a word longer than that is cut).
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ").map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if DisplayWidth.of(candidate) <= width {
                current = candidate
            } else {
                if !current.isEmpty { lines.append(current) }
                current = DisplayWidth.truncate(word, to: width)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    struct MemberColumns {
        var name: Int, role: Int, born: Int, number: Int, statuses: Int
        init(width: Int) {
            role = 10; born = 10; number = 16
            let rest = width - 1 - role - born - number - 4 * 2
            name = max(10, min(32, rest * 45 / 100))
            statuses = max(8, rest - name)
        }
        func row(_ a: String, _ b: String, _ c: String, _ d: String, _ e: String) -> String {
            " " + DisplayWidth.fit(a, to: name) + "  " + DisplayWidth.fit(b, to: role) + "  " + DisplayWidth.fit(c, to: born)
                + "  " + DisplayWidth.fit(d, to: number) + "  " + DisplayWidth.truncate(e, to: statuses)
        }
    }

    func draw(_ screen: inout ScreenBuffer, strings s: Strings) {
        let all = lines(width: screen.size.columns, strings: s)
        let height = Self.bodyHeight(screen.size)
        for (i, line) in all.dropFirst(scroll.top).prefix(height).enumerated() {
            screen.write(line.text, row: Self.firstBodyRow + i, column: 0, style: line.style)
        }
        let last = min(all.count, scroll.top + height)
        Chrome.drawStatusLine(&screen, hints: hints(s), count: s.lines(from: scroll.top + 1, to: last, of: all.count))
    }
}
