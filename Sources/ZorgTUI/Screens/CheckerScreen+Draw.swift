import CaseModel

/// Drawing the checker: the question form with its step counter, or the grouped result.
extension CheckerScreen {
    struct Line: Hashable, Sendable {
        var text: String
        var style: Style
        /// The form row this line shows, when the cursor can be on it.
        var row: Int?
    }

    func draw(_ screen: inout ScreenBuffer, strings s: Strings, plain: Bool) {
        let width = screen.size.columns
        let height = Self.bodyHeight(screen.size)
        let all: [Line]
        let top: Int
        switch mode {
        case .questions:
            all = formLines(width: width, strings: s, plain: plain)
            // Keep the focused row on screen without remembering a scroll position.
            let focusLine = all.firstIndex { $0.row == focus } ?? 0
            top = focusLine < height - 1 ? 0 : min(focusLine - height + 2, max(0, all.count - height))
        default:
            all = resultLines(width: width, strings: s)
            top = min(scroll.top, max(0, all.count - height))
        }
        for (i, line) in all.dropFirst(top).prefix(height).enumerated() {
            let r = 1 + i
            if line.style == .selected { screen.fill(row: r, column: 0, width: width, style: .selected) }
            screen.write(DisplayWidth.truncate(line.text, to: width), row: r, column: 0, style: line.style)
        }
        switch mode {
        case .pathPrompt(let text):
            Chrome.drawMessageLine(&screen, prompt: s.checker(.pathPrompt), text: text, style: .normal, cursor: true)
        case .confirmOverwrite(let path):
            Chrome.drawMessageLine(&screen, prompt: s.checkerOverwrite(path), text: "", style: .normal, cursor: true)
        default:
            if let problem { Chrome.drawMessageLine(&screen, prompt: nil, text: problem, style: .warning, cursor: false) }
        }
        let count: String
        if mode == .questions {
            count = s.checkerStep(step + 1, of: steps.count)
        } else {
            let shown = results?.groups.filter { $0.group != .unlikely }.map(\.items.count).reduce(0, +) ?? 0
            count = s.checkerCount(shown)
        }
        Chrome.drawStatusLine(&screen, hints: hints(s), count: count)
    }

    // MARK: The form

    func formLines(width: Int, strings s: Strings, plain: Bool) -> [Line] {
        let language = s.ruleLanguage
        let question = currentQuestion
        var lines = [
            Line(text: " " + s.checkerStep(step + 1, of: steps.count).capitalizedFirst + " — " + question.title.text(language),
                 style: .header, row: nil),
            Line(text: "", style: .normal, row: nil),
        ]
        let labelWidth = min(max(20, width - 22), (question.fields.map { DisplayWidth.of($0.label.text(language)) }.max() ?? 20) + 1)
        var rowIndex = 0
        for field in question.fields {
            let label = field.label.text(language)
            switch field.kind {
            case .multi(let options):
                lines.append(Line(text: " " + label + ":", style: .normal, row: nil))
                let chosen = answers.selection(field.id) ?? []
                for option in options {
                    let mark = chosen.contains(option.code) ? "[x]" : "[ ]"
                    let isFocus = rowIndex == focus
                    let cursor = plain && isFocus ? ">" : " "
                    lines.append(Line(text: cursor + "  \(mark) \(option.label.text(language))", style: isFocus ? .selected : .normal,
                                      row: rowIndex))
                    rowIndex += 1
                }
            default:
                let isFocus = rowIndex == focus
                let cursor = plain && isFocus ? ">" : " "
                let value = valueText(field, focused: isFocus, strings: s)
                var text = cursor + DisplayWidth.fit(label, to: labelWidth) + " " + value
                if let hint = field.hint?.text(language) { text += "  " + hint }
                lines.append(Line(text: text, style: isFocus ? .selected : .normal, row: rowIndex))
                rowIndex += 1
            }
        }
        return lines
    }

    private func valueText(_ field: CheckerField, focused: Bool, strings s: Strings) -> String {
        switch field.kind {
        case .choice(let options):
            let chosen = answers.choice(field.id).flatMap { c in options.first { $0.code == c } }
            return ChoicePicker.shown(chosen?.label.text(s.ruleLanguage) ?? s.checker(.unknown))
        default:
            let typed = answers.text(field.id) ?? ""
            let shown = typed + (focused ? "_" : "")
            return "[" + DisplayWidth.fit(shown.isEmpty ? "" : shown, to: 16) + "]"
        }
    }

    // MARK: The result

    func resultLines(width: Int, strings s: Strings) -> [Line] {
        guard let results else { return [] }
        let language = s.ruleLanguage
        var lines = [
            Line(text: " " + s.checker(.resultsHeading) + " (\(results.asOf.belgian))", style: .header, row: nil),
            Line(text: " " + s.checker(.notADecision), style: .dim, row: nil),
        ]
        func add(_ text: String, indent: Int, style: Style = .normal) {
            let pad = String(repeating: " ", count: indent)
            for part in FlowText.wrap(text, width: max(10, width - indent - 1)) {
                lines.append(Line(text: pad + part, style: style, row: nil))
            }
        }
        var any = false
        for (group, items) in results.groups where !items.isEmpty {
            any = true
            lines.append(Line(text: "", style: .normal, row: nil))
            lines.append(Line(text: " \(group.label.text(language)) (\(items.count))", style: .header, row: nil))
            for item in items {
                add(CheckerSummary.heading(item, language), indent: 3, style: group == .unlikely ? .dim : .normal)
                guard group == .likely || group == .maybe else { continue }
                if group == .maybe, !item.unknown.isEmpty {
                    add("\(s.checker(.stillUnknown)): " + item.unknown.map { $0.text(language) }.joined(separator: "; "), indent: 6)
                }
                if let place = item.result.applyAt {
                    add("\(item.result.automatic ? s.checker(.automaticAt) : s.checker(.applyAt)): \(place.text(language))", indent: 6)
                }
                if !item.result.documents.isEmpty {
                    add("\(s.checker(.bring)): " + item.result.documents.joined(separator: ", "), indent: 6)
                }
            }
        }
        if !any { lines.append(Line(text: " " + s.checker(.nothingYet), style: .dim, row: nil)) }
        return lines
    }
}

private extension String {
    /// "vraag 3 van 9" → "Vraag 3 van 9"
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
