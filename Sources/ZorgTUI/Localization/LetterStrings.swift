import CaseModel

/// The texts of the letter for the client on the dossier screen (`p`, LetterPrompt).
enum LetterPromptText: String, CatalogText {
    static let catalogSection = "letter"
    case keyDossier, writing, nothingWritten, chooseFormat, keySave, hintSave, keyLanguage, hintLanguage, hintCancel
    case hintOverwrite
}

/// The letter prompt's texts with values.
enum LetterPromptTemplate: String, CatalogTemplate {
    static let catalogSection = "letter"
    case prompt, overwrite, written, failed
}

extension Strings {
    var dossierKeyLetter: String { text(LetterPromptText.keyDossier) }
    /// "Brief (Nederlands) opslaan als: "
    func letterPrompt(_ language: LetterLanguage) -> String { fill(LetterPromptTemplate.prompt, ["language": language.ownName]) }
    func letterOverwrite(_ path: String) -> String { fill(LetterPromptTemplate.overwrite, ["path": path]) }
    var letterWriting: String { text(LetterPromptText.writing) }
    func letterWritten(_ path: String) -> String { fill(LetterPromptTemplate.written, ["path": path]) }
    func letterFailed(_ reason: String) -> String { fill(LetterPromptTemplate.failed, ["reason": reason]) }
    var letterNothingWritten: String { text(LetterPromptText.nothingWritten) }
    var letterChooseFormat: String { text(LetterPromptText.chooseFormat) }
    var letterKeySave: String { text(LetterPromptText.keySave) }
    var letterHintSave: String { text(LetterPromptText.hintSave) }
    var letterKeyLanguage: String { text(LetterPromptText.keyLanguage) }
    var letterHintLanguage: String { text(LetterPromptText.hintLanguage) }
    var letterHintCancel: String { text(LetterPromptText.hintCancel) }
    var letterHintOverwrite: String { text(LetterPromptText.hintOverwrite) }
}
