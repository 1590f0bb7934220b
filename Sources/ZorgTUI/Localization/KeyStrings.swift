// Help lines for keys of prompts, questions and typed text, which the screens' key tables name.
extension Strings {
    private func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    var keyTypeSearch: String { t("zoektekst typen", "type the search") }
    var keySearchDone: String { t("zoeken klaar (de lijst blijft gefilterd)", "done searching (the list stays filtered)") }
    var keyTypeCommand: String { t("opdracht typen", "type the command") }
    var keyRunCommand: String { t("opdracht uitvoeren", "run the command") }
    var keyCompleteCommand: String { t("opdracht aanvullen", "complete the command") }
    var keyCancelCommand: String { t("opdrachtregel sluiten", "close the command line") }
    var keyEraseCharacter: String { t("laatste teken wissen", "erase the last character") }
    var keyTypeText: String { t("tekst typen", "type the text") }
    var keyConfirmText: String { t("bevestigen", "confirm") }
    var keyCancelText: String { t("annuleren", "cancel") }
    var keyYes: String { t("ja", "yes") }
    var keyNo: String { t("nee", "no") }
    var yesHintKey: String { language == .nl ? "j" : "y" }
}
