import CaseModel

/// The texts of choosing (issue 15, item 7): a form's choice among fixed values in words, a note of several
/// lines and its reading overlay, and the caseload's filter picker.
enum PickerText: String, CatalogText {
    static let catalogSection = "picker"
    case keyChoose, hintChooseValue, keyTypeAhead, keyClearChoice, choiceNone
    case keyNewLine, hintNewLine, keyEraseLine, keyClearText, multilineHint, keyEnterDossier, keyCloseNote
    case filterCounts, filterNotCounted, keyApplyFilter, hintApplyFilter, keyCloseFilter
}

/// The choosing texts with values or a count.
enum PickerTemplate: String, CatalogTemplate {
    static let catalogSection = "picker"
    case choiceHint, choiceNoMatch, lineCount, linesAbove, moreLines, noteTitle, filterPickerTitle
}

extension Strings {
    func picker(_ key: PickerText) -> String { text(key) }

    // MARK: A choice in a form

    /// A value of a form's choice in words: by the field's key (an import column, or a form's own key such as
    /// `doel`) in the catalog's section `choice.<key>`, else the code with spaces (`wettelijk_samenwonend` →
    /// `wettelijk samenwonend`).
    func choiceWord(_ key: String, _ code: String) -> String {
        if key == "doel", let purpose = ConsentPurpose(rawValue: code) { return consentPurpose(purpose, text: nil) }
        return word("choice." + key, code) ?? code.replacingOccurrences(of: "_", with: " ")
    }

    func choiceHint(count: Int, allowsEmpty: Bool) -> String {
        fill(PickerTemplate.choiceHint, ["count": count]) + (allowsEmpty ? "; " + form(.unknownWhenEmpty) : "")
    }

    func choiceNoMatch(_ typed: String) -> String { fill(PickerTemplate.choiceNoMatch, ["typed": typed]) }

    // MARK: A note of several lines

    func lineCount(_ n: Int) -> String { fill(PickerTemplate.lineCount, count: n) }

    func linesAbove(_ n: Int) -> String { fill(PickerTemplate.linesAbove, count: n) }

    /// After the first line of a note in the list: how many lines more `Enter` shows.
    func moreLines(_ n: Int) -> String { fill(PickerTemplate.moreLines, count: n) }

    func noteTitle(_ date: String, author: String) -> String { fill(PickerTemplate.noteTitle, ["date": date, "author": author]) }

    // MARK: The caseload's filter picker

    func filterPickerTitle(_ current: CaseloadFilter) -> String {
        fill(PickerTemplate.filterPickerTitle, ["filter": caseloadFilterName(current)])
    }
}
