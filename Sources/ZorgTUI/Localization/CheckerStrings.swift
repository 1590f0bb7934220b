/// The volunteer checker's texts: its questions' keys, the result and the summary file.
enum CheckerText: String, CatalogText {
    static let catalogSection = "checker"
    case title, noStore, unknown, resultsHeading, notADecision, nothingYet
    case keyField, keyChange, keyTick, keyNext, keyPrevious, keySkip, keyClearField, keyLeave
    case keyResults, keyBackToQuestions, keySave, keyNew, keyScroll
    case hintNext, hintBack, hintSkip, hintSave, hintNew, hintChange, hintTick, hintConfirm, hintCancel
    case pathPrompt, savedNothing, applyAt, automaticAt, bring, stillUnknown
}

/// The volunteer checker's texts with values.
enum CheckerTemplate: String, CatalogTemplate {
    static let catalogSection = "checker"
    case step, overwrite, saved, saveFailed, count
}

extension Strings {
    func checker(_ key: CheckerText) -> String { text(key) }

    func checkerStep(_ n: Int, of total: Int) -> String { fill(CheckerTemplate.step, ["n": n, "total": total]) }

    func checkerOverwrite(_ path: String) -> String { fill(CheckerTemplate.overwrite, ["path": path]) }

    func checkerSaved(_ path: String) -> String { fill(CheckerTemplate.saved, ["path": path]) }

    func checkerSaveFailed(_ reason: String) -> String { fill(CheckerTemplate.saveFailed, ["reason": reason]) }

    func checkerCount(_ n: Int) -> String { fill(CheckerTemplate.count, count: n) }
}
