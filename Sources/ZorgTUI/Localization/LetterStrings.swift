import CaseModel

/// The texts of the letter for the client on the dossier screen (`p`, LetterPrompt).
extension Strings {
    private func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    var dossierKeyLetter: String {
        t("brief voor de cliënt: wat het gezin krijgt en kan aanvragen, opslaan als bestand",
          "letter for the client: what the household gets and can apply for, saved as a file")
    }
    /// "Brief (Nederlands) opslaan als: "
    func letterPrompt(_ language: LetterLanguage) -> String {
        t("Brief (\(language.ownName)) opslaan als: ", "Letter (\(language.ownName)) save as: ")
    }
    func letterOverwrite(_ path: String) -> String {
        t("\(path) bestaat al. Overschrijven? (j/n) ", "\(path) exists. Overwrite? (y/n) ")
    }
    var letterWriting: String { t("Brief wordt gemaakt…", "Writing the letter…") }
    func letterWritten(_ path: String) -> String { t("Brief opgeslagen: \(path)", "Letter saved: \(path)") }
    func letterFailed(_ reason: String) -> String { t("Brief niet opgeslagen: \(reason)", "Letter not saved: \(reason)") }
    var letterNothingWritten: String { t("Geen brief opgeslagen.", "No letter saved.") }
    var letterChooseFormat: String {
        t("Geef de naam een einde .html, .md of .txt.", "End the name with .html, .md or .txt.")
    }
    var letterKeySave: String { t("de brief opslaan op dit pad", "save the letter at this path") }
    var letterHintSave: String { t("opslaan", "save") }
    var letterKeyLanguage: String { t("taal van de brief: Nederlands, Français, English", "the letter's language: Nederlands, Français, English") }
    var letterHintLanguage: String { t("taal", "language") }
    var letterHintCancel: String { t("annuleren", "cancel") }
    var letterHintOverwrite: String { t("overschrijven", "overwrite") }
}
