import CaseModel

/// The texts of the dossier's forms: headings, fields, keys, why a value is refused, and leaving a form with
/// unsaved changes or after someone else saved the dossier (stale).
enum FormText: String, CatalogText {
    static let catalogSection = "form"
    case save, headingEdit, headingNote, headingFollowUp, fieldNoteText, fieldDue
    case keyNextField, keySave, keyEnter, keyCancel, keyErase, keyClear, keyTypeReplaces, hintSave, hintNextField, hintCancel
    case hasErrors, nothingChanged, saving, unknownWhenEmpty, booleanChoices, listHint, discardQuestion
    case staleTheirChanges, staleYourEdits, staleConflict, staleNoVisibleDifference, staleChoice
    case hintDiscard, hintKeepEditing, staleKeyReload, staleKeyCancel, hintReload
}

/// The forms' texts with values.
enum FormTemplate: String, CatalogTemplate {
    static let catalogSection = "form"
    case byAuthor, saved, saveFailed, choices, discardedEdits, staleBy, staleAt, staleHeading, reloaded
}

/// `FieldProblem` in words, by its cases.
enum FieldProblemTemplate: String, CatalogTemplate {
    static let catalogSection = "fieldProblem"
    case required, nationalNumberLength, nationalNumberNotDigits, nationalNumberChecksum, nationalNumberDate
    case notAnAmount, negativeAmount, tooManyDecimals, amountTooLarge, notADate, notAWholeNumber, outOfRange
    case notABoolean, unknownCode, notAPostcode, notAProblem, notALanguage, duplicate, noneNotAlone, notASlot
    case controlCharacter, notADossierNumber
}

extension Strings {
    func form(_ key: FormText) -> String { text(key) }

    /// The author of a note, follow-up or step: the OS user; an entry saved without one shows `onbekend`.
    func authorName(_ user: String) -> String { user.isEmpty ? self(.unknown) : user }

    /// "door els": who records what a form saves.
    func byAuthor(_ user: String) -> String { fill(FormTemplate.byAuthor, ["author": authorName(user)]) }

    func saved(revision: Int) -> String { fill(FormTemplate.saved, ["revision": revision]) }

    func saveFailed(_ reason: String) -> String { fill(FormTemplate.saveFailed, ["reason": reason]) }

    func choices(_ codes: [String]) -> String { fill(FormTemplate.choices, ["codes": codes.joined(separator: ", ")]) }

    func fieldProblem(_ problem: FieldProblem) -> String {
        switch problem {
        case .nationalNumberLength(let n): fill(FieldProblemTemplate.nationalNumberLength, ["n": n])
        case .outOfRange(let r): fill(FieldProblemTemplate.outOfRange, ["low": r.lowerBound, "high": r.upperBound])
        case .unknownCode(let code, let allowed): fill(FieldProblemTemplate.unknownCode, ["code": code, "choices": choices(allowed)])
        case .notAProblem(let item), .notALanguage(let item), .duplicate(let item), .notASlot(let item):
            fill(FieldProblemTemplate.self, caseOf: problem, ["item": item])
        case .other(let reason): reason.text(language: language == .nl ? .nl : .en)
        default: fill(FieldProblemTemplate.self, caseOf: problem)
        }
    }

    // MARK: Discard and stale

    func discardedEdits(_ n: Int) -> String { fill(FormTemplate.discardedEdits, ["count": n]) }

    func staleHeading(_ stale: StaleInfo) -> String {
        var who = ""
        if let by = stale.savedBy { who += fill(FormTemplate.staleBy, ["by": by]) }
        if let at = stale.savedAt { who += fill(FormTemplate.staleAt, ["time": Self.localTime(at) ?? at]) }
        return fill(FormTemplate.staleHeading, ["who": who, "stored": stale.storedRevision, "edited": stale.editedRevision])
    }

    func reloaded(revision: Int, dropped: Int) -> String { fill(FormTemplate.reloaded, ["revision": revision, "dropped": dropped]) }
}
