import CaseModel

/// The volunteer checker's texts (Dutch and English).
extension Strings {
    enum CheckerText: Sendable {
        case title, noStore, unknown, resultsHeading, notADecision, nothingYet
        case keyField, keyChange, keyTick, keyNext, keyPrevious, keySkip, keyClearField, keyLeave
        case keyResults, keyBackToQuestions, keySave, keyNew, keyScroll
        case hintNext, hintBack, hintSkip, hintSave, hintNew, hintChange, hintTick, hintConfirm, hintCancel
        case pathPrompt, savedNothing, applyAt, automaticAt, bring, stillUnknown
    }


    func checker(_ text: CheckerText) -> String {
        let nl = language == .nl
        switch text {
        case .title: return nl ? "Rechtenverkenner" : "Rights checker"
        case .noStore: return nl ? "zonder store — niets wordt bewaard" : "no store — nothing is stored"
        case .unknown: return nl ? "onbekend" : "unknown"
        case .resultsHeading: return nl ? "Wat het gezin waarschijnlijk kan krijgen" : "What the household is likely to get"
        case .notADecision: return nl ? "Een eerste inschatting, geen beslissing. Niets wordt bewaard."
                                      : "A first estimate, not a decision. Nothing is stored."
        case .nothingYet: return nl ? "Er kon nog niets nagegaan worden." : "Nothing could be checked yet."
        case .keyField: return nl ? "vorig / volgend veld" : "previous / next field"
        case .keyChange: return nl ? "keuze wijzigen" : "change the choice"
        case .keyTick: return nl ? "aanvinken / uitvinken" : "tick / untick"
        case .keyNext: return nl ? "volgende vraag (leeg = onbekend)" : "next question (empty = unknown)"
        case .keyPrevious: return nl ? "vorige vraag" : "previous question"
        case .keySkip: return nl ? "vraag overslaan (onbekend)" : "skip the question (unknown)"
        case .keyClearField: return nl ? "veld wissen (onbekend)" : "clear the field (unknown)"
        case .keyLeave: return nl ? "verkenner verlaten (niets wordt bewaard)" : "leave the checker (nothing is stored)"
        case .keyResults: return nl ? "naar het resultaat (na de laatste vraag)" : "to the result (after the last question)"
        case .keyBackToQuestions: return nl ? "terug naar de vragen" : "back to the questions"
        case .keySave: return nl ? "samenvatting voor de burger opslaan (u kiest waar)" : "save the summary for the citizen (you choose where)"
        case .keyNew: return nl ? "nieuwe verkenning (alles wissen)" : "new check (clear everything)"
        case .keyScroll: return nl ? "scrollen" : "scroll"
        case .hintNext: return nl ? "volgende" : "next"
        case .hintBack: return nl ? "vorige" : "back"
        case .hintSkip: return nl ? "overslaan" : "skip"
        case .hintSave: return nl ? "opslaan" : "save"
        case .hintNew: return nl ? "opnieuw" : "new"
        case .hintChange: return nl ? "kiezen" : "choose"
        case .hintTick: return nl ? "vinken" : "tick"
        case .hintConfirm: return nl ? "bevestigen" : "confirm"
        case .hintCancel: return nl ? "annuleren" : "cancel"
        case .pathPrompt: return nl ? "Bestand voor de samenvatting: " : "File for the summary: "
        case .savedNothing: return nl ? "Niet opgeslagen." : "Not saved."
        case .applyAt: return nl ? "Waar" : "Where"
        case .automaticAt: return nl ? "Hoe" : "How"
        case .bring: return nl ? "Meebrengen" : "Bring"
        case .stillUnknown: return nl ? "Nog na te gaan" : "Still to find out"
        }
    }

    func checkerStep(_ n: Int, of total: Int) -> String {
        language == .nl ? "vraag \(n) van \(total)" : "question \(n) of \(total)"
    }

    func checkerOverwrite(_ path: String) -> String {
        language == .nl ? "\(path) bestaat al. Overschrijven? (j/n) " : "\(path) already exists. Overwrite? (y/n) "
    }

    func checkerSaved(_ path: String) -> String {
        language == .nl ? "Samenvatting opgeslagen in \(path)" : "Summary saved to \(path)"
    }

    func checkerSaveFailed(_ reason: String) -> String {
        language == .nl ? "Opslaan mislukt: \(reason)" : "Saving failed: \(reason)"
    }

    func checkerCount(_ n: Int) -> String {
        language == .nl ? (n == 1 ? "1 recht" : "\(n) rechten") : (n == 1 ? "1 right" : "\(n) rights")
    }
}

extension Strings {
    /// The space bar's name in key help.
    var spaceKey: String { language == .nl ? "Spatie" : "Space" }
}
