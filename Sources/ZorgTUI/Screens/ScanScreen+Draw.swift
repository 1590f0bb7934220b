/// Drawing the scan screen: the sections on row 1, the table header on row 2, the section's lines.
extension ScanScreen {
    /// "1 Overzicht  2 Onderbescherming (12)  …" when it fits, else only the current section with its number.
    func sectionBar(_ s: Strings, width: Int, plain: Bool = false) -> [(text: String, current: Bool)] {
        let all = Section.allCases.map { section -> (text: String, current: Bool) in
            let n = count(of: section).map { " (\(s.number($0)))" } ?? ""
            return (" \(section.rawValue + 1) \(name(of: section, s))\(n) ", section == self.section)
        }
        if all.map({ DisplayWidth.of($0.text) }).reduce(0, +) <= width { return all }
        let n = count(of: section).map { " (\(s.number($0)))" } ?? ""
        let keys = plain ? "Tab" : "◂ ▸ Tab"
        return [(" \(section.rawValue + 1)/\(Section.allCases.count) \(name(of: section, s))\(n)  \(keys) ", true)]
    }

    func draw(_ screen: inout ScreenBuffer, strings s: Strings, plain: Bool) {
        let width = screen.size.columns
        screen.fill(row: 1, column: 0, width: width, style: .header)
        var column = 0
        for part in sectionBar(s, width: width, plain: plain) {
            // Plain mode marks the current section with brackets: a screen reader does not see reverse video.
            let text = plain && part.current ? "[" + part.text.dropFirst().dropLast() + "]" : part.text
            column = screen.write(DisplayWidth.truncate(String(text), to: max(0, width - column)), row: 1, column: column,
                                  style: part.current ? .selected : .header)
        }
        screen.write(DisplayWidth.truncate(header(s, width: width, plain: plain), to: width), row: 2, column: 0, style: .dim)

        let all = lines(s, width: width, plain: plain)
        let height = Self.bodyHeight(screen.size)
        let selectedLine = all.contains { $0.dossier != nil } ? Self.lineIndex(ofHousehold: selected, in: all) : -1
        let first = max(0, min(top, max(0, all.count - height)))
        for (i, line) in all.dropFirst(first).prefix(height).enumerated() {
            let row = Self.firstLineRow + i
            let isSelected = first + i == selectedLine
            var text = line.text
            if plain && isSelected { text = ">" + text.dropFirst() }
            if isSelected { screen.fill(row: row, column: 0, width: width, style: .selected) }
            screen.write(DisplayWidth.truncate(text, to: width), row: row, column: 0, style: isSelected ? .selected : line.style)
        }
        let shown = all.isEmpty ? "" : "\(first + 1)–\(min(all.count, first + height)) / \(all.count)"
        Chrome.drawStatusLine(&screen, hints: hints(s), count: shown)
    }
}
