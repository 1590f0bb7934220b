import CaseModel

/// Drawing the new household: a person's form, the people entered, and a possible duplicate side by side.
extension NewHouseholdScreen {
    static let firstBodyRow = 2
    static func bodyHeight(_ size: TerminalSize) -> Int { max(1, size.rows - 4) }

    func draw(_ screen: inout ScreenBuffer, strings s: Strings, plain: Bool) {
        let width = screen.size.columns
        let heading = " " + s.newHouseholdHeading(members: draft.members.count)
        screen.fill(row: 1, column: 0, width: width, style: .header)
        screen.write(DisplayWidth.truncate(heading, to: width), row: 1, column: 0, style: .header)
        let (body, keep) = bodyLines(mode, width: width, strings: s, plain: plain)
        let height = Self.bodyHeight(screen.size)
        var top = 0
        if keep.upperBound > height { top = keep.upperBound - height }
        if keep.lowerBound < top { top = keep.lowerBound }
        for (i, line) in body.dropFirst(top).prefix(height).enumerated() {
            let row = Self.firstBodyRow + i
            if line.style == .selected { screen.fill(row: row, column: 0, width: width, style: .selected) }
            screen.write(DisplayWidth.truncate(line.text, to: width), row: row, column: 0, style: line.style)
        }
        switch mode {
        case .confirmDiscard(let back):
            let question: String = if case .person = back, !draft.members.isEmpty { s.form(.discardQuestion) } else { s.newHousehold(.discardQuestion) }
            Chrome.drawMessageLine(&screen, prompt: nil, text: question, style: .warning, cursor: false)
        case .registering:
            Chrome.drawMessageLine(&screen, prompt: nil, text: s.newHousehold(.registering), style: .dim, cursor: false)
        default:
            break
        }
        Chrome.drawStatusLine(&screen, hints: hints(s), count: nil)
    }

    /// The body's lines in a mode, and the range to keep on screen (a form's focused field).
    private func bodyLines(_ mode: Mode, width: Int, strings s: Strings, plain: Bool) -> ([DossierLine], Range<Int>) {
        switch mode {
        case .person(let session):
            let lines = session.form.lines(width: width, strings: s, plain: plain)
            let focused = lines.firstIndex(where: \.focused) ?? 0
            return (lines.map { DossierLine($0.text, $0.style) }, focused..<min(lines.count, focused + 2))
        case .confirmDiscard(let back):
            return bodyLines(back, width: width, strings: s, plain: plain)
        case .overview, .registering:
            return overviewLines(width: width, strings: s, plain: plain)
        case .duplicates(let review):
            return (duplicateLines(review, width: width, strings: s, plain: plain), 0..<0)
        }
    }

    private func overviewLines(width: Int, strings s: Strings, plain: Bool) -> ([DossierLine], Range<Int>) {
        var out = [DossierLine("  " + s.newHouseholdAddress(draft.address.oneLine), .normal), DossierLine("", .normal)]
        var keep = 0..<0
        for (i, person) in draft.members.enumerated() {
            let selected = i == selection
            let lines = Self.personLines(person, position: i + 1, marker: selected ? (plain ? ">" : "▸") : " ", strings: s)
            if selected { keep = out.count..<(out.count + lines.count) }
            out += lines.enumerated().map { DossierLine($0.element, selected && $0.offset == 0 ? .selected : .normal) }
        }
        out.append(DossierLine("", .normal))
        out += DossierLine.wrap(s.newHousehold(.explanation), width: max(20, width - 4)).map { DossierLine("  " + $0, .dim) }
        return (out, keep)
    }

    /// A person in two lines: position, name and role; birth date and national number.
    static func personLines(_ p: Person, position: Int, marker: String, strings s: Strings) -> [String] {
        let born = p.birthDate.map { "°" + $0.belgian } ?? s.newHousehold(.birthDateUnknown)
        let number = p.nationalNumber?.formatted ?? s.newHousehold(.nationalNumberUnknown)
        return [marker + " \(position). " + s.memberHeading(p), "      " + born + "  " + number]
    }

    /// The new entry on the left, the stored dossier on the right; the people the pair names marked `!`; under
    /// them, each pair in words and what the keys do.
    private func duplicateLines(_ review: DuplicateReview, width: Int, strings s: Strings, plain: Bool) -> [DossierLine] {
        guard let stored = review.candidate else { return [] }
        let pairs = review.pairs
        let half = max(10, (width - 3) / 2)
        func column(_ h: Household, title: String, flagged: Set<Int>, extra: [String]) -> [String] {
            var lines = [title, h.address.oneLine.isEmpty ? s.newHouseholdAddress("") : h.address.oneLine] + extra + [""]
            for (i, p) in h.members.enumerated() {
                lines += Self.personLines(p, position: i + 1, marker: flagged.contains(i + 1) ? "!" : " ", strings: s)
            }
            return lines
        }
        var storedExtra = [s.duplicateConsulent(stored.consulent)]
        if let closure = stored.closure { storedExtra.append(s.dossierClosedLine(closure)) }
        let left = column(draft, title: s.newHousehold(.duplicateNewSide), flagged: Set(pairs.map(\.newMember)), extra: [""])
        let right = column(stored, title: s.dossierHeading(stored.id.rawValue, name: stored.displayName),
                           flagged: Set(pairs.map(\.storedMember)), extra: storedExtra)
        let separator = plain ? " | " : " │ "
        var out = [DossierLine(" " + s.duplicateIntro(count: review.candidates.count, shown: review.selected + 1), .warning),
                   DossierLine("", .normal)]
        for i in 0..<max(left.count, right.count) {
            let l = i < left.count ? left[i] : "", r = i < right.count ? right[i] : ""
            let style: Style = i == 0 ? .header : (l.hasPrefix("!") || r.hasPrefix("!") ? .warning : .normal)
            out.append(DossierLine(DisplayWidth.fit(" " + l, to: half) + separator + DisplayWidth.truncate(r, to: half), style))
        }
        out.append(DossierLine("", .normal))
        for pair in pairs {
            out.append(DossierLine("  " + s.duplicatePair(pair), .warning))
        }
        out.append(DossierLine("", .normal))
        out += DossierLine.wrap(s.newHousehold(.duplicateChoice), width: max(20, width - 4)).map { DossierLine("  " + $0, .dim) }
        return out
    }
}
