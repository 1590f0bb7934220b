/// The fixed sentences of a letter for the client, in plain Dutch, French and English (B1): headings, the opening
/// and the closing, and the words around the rights' own texts (which live in the modules' `letter` blocks).
struct LetterWording: Sendable {
    let language: LetterLanguage

    private func w(_ nl: String, _ fr: String, _ en: String) -> String { language.pick(nl, fr, en) }

    var title: String { w("Uw sociale rechten", "Vos droits sociaux", "Your social rights") }
    var forWhom: String { w("Voor", "Pour", "For") }
    var address: String { w("Adres", "Adresse", "Address") }
    var dossier: String { w("Dossiernummer", "Numéro de dossier", "File number") }
    var date: String { w("Datum", "Date", "Date") }
    var caseworker: String { w("Uw maatschappelijk werker", "Votre assistant social", "Your social worker") }

    var opening: String {
        w("In deze brief leest u welke hulp u al krijgt, welke hulp u nog kunt vragen, waar u daarvoor moet zijn en wat u "
            + "meeneemt. Soms weten we nog niet genoeg. Dan stellen we u onderaan een paar vragen.",
          "Dans cette lettre, vous lisez quelle aide vous recevez déjà, quelle aide vous pouvez encore demander, où vous "
            + "devez aller et ce que vous devez apporter. Parfois, nous n'en savons pas encore assez. Nous vous posons "
            + "alors quelques questions à la fin.",
          "This letter tells you which help you already get, which help you can still ask for, where to go and what to "
            + "bring. Sometimes we do not know enough yet. Then we ask you a few questions at the end.")
    }

    var notADecision: String {
        w("Let op: dit is geen beslissing. De dienst die de hulp geeft, beslist pas na uw aanvraag.",
          "Attention : ceci n'est pas une décision. Le service qui donne l'aide décide seulement après votre demande.",
          "Please note: this is not a decision. The service that gives the help decides only after you apply.")
    }

    var receivesHeading: String { w("Wat u al krijgt", "Ce que vous recevez déjà", "What you already get") }
    var applyHeading: String { w("Wat u kunt aanvragen", "Ce que vous pouvez demander", "What you can apply for") }
    var possibleHeading: String { w("Misschien heeft u ook recht op", "Vous avez peut-être aussi droit à", "You may also be entitled to") }
    var questionsHeading: String { w("Onze vragen aan u", "Nos questions pour vous", "Our questions for you") }
    var nothingYet: String {
        w("We vonden nu geen hulp die u nog kunt aanvragen. Uw maatschappelijk werker bekijkt het graag opnieuw als uw "
            + "situatie verandert.",
          "Nous n'avons pas trouvé d'aide que vous pouvez encore demander. Votre assistant social regardera à nouveau si "
            + "votre situation change.",
          "We found no help that you can still apply for. Your social worker will gladly look again if your situation changes.")
    }

    var who: String { w("Voor wie", "Pour qui", "For whom") }
    var aboutHowMuch: String { w("Ongeveer hoeveel", "Environ combien", "About how much") }
    var whereToGo: String { w("Waar gaat u naartoe?", "Où aller ?", "Where do you go?") }
    var whatToBring: String { w("Wat neemt u mee?", "Que faut-il apporter ?", "What do you bring?") }
    var automatic: String {
        w("U moet hiervoor meestal niets doen: u krijgt het vanzelf. Krijgt u het niet? Neem dan contact op met:",
          "En général, vous ne devez rien faire : vous le recevez automatiquement. Vous ne le recevez pas ? Contactez alors :",
          "Usually you do not need to do anything: you get it automatically. If you do not get it, contact:")
    }
    var askCaseworker: String {
        w("Vraag uw maatschappelijk werker waar u dit aanvraagt.",
          "Demandez à votre assistant social où faire la demande.",
          "Ask your social worker where to apply.")
    }
    var stillChecking: String {
        w("Uw maatschappelijk werker bekijkt dit nog met u.",
          "Votre assistant social examine encore cela avec vous.",
          "Your social worker is still looking into this with you.")
    }

    /// "We need your answer to question 2 and 5."
    func seeQuestions(_ numbers: [Int]) -> String {
        let list = joined(numbers.map(String.init))
        return numbers.count == 1
            ? w("Om dit na te gaan, hebben we uw antwoord op vraag \(list) nodig.",
                "Pour le vérifier, nous avons besoin de votre réponse à la question \(list).",
                "To check this, we need your answer to question \(list).")
            : w("Om dit na te gaan, hebben we uw antwoord op de vragen \(list) nodig.",
                "Pour le vérifier, nous avons besoin de vos réponses aux questions \(list).",
                "To check this, we need your answers to questions \(list).")
    }

    var questionsIntro: String {
        w("Wilt u deze vragen beantwoorden? U kunt de antwoorden meebrengen naar uw volgende afspraak of uw maatschappelijk "
            + "werker bellen.",
          "Pouvez-vous répondre à ces questions ? Vous pouvez apporter les réponses à votre prochain rendez-vous ou "
            + "téléphoner à votre assistant social.",
          "Could you answer these questions? You can bring the answers to your next appointment or call your social worker.")
    }

    var phone: String { w("Telefoon", "Téléphone", "Phone") }
    var hours: String { w("Open", "Heures d'ouverture", "Open") }
    var web: String { w("Website", "Site internet", "Website") }
    var checkFirst: String {
        w("Deze gegevens kunnen veranderd zijn. Bel eerst even of vraag het aan uw maatschappelijk werker.",
          "Ces données ont peut-être changé. Téléphonez d'abord ou demandez à votre assistant social.",
          "These details may have changed. Call first or ask your social worker.")
    }

    var closing: String {
        w("Heeft u vragen over deze brief? Neem dan contact op met uw maatschappelijk werker.",
          "Vous avez des questions sur cette lettre ? Contactez alors votre assistant social.",
          "Do you have questions about this letter? Then contact your social worker.")
    }
    var regards: String { w("Met vriendelijke groeten,", "Avec nos salutations cordiales,", "Kind regards,") }

    /// "about € 40,00 a month".
    func about(_ amount: RuleAmount) -> String {
        let per: String
        switch amount.per {
        case .month: per = w("per maand", "par mois", "a month")
        case .year: per = w("per jaar", "par an", "a year")
        case .once: per = w("één keer", "une fois", "once")
        case .litre: per = w("per liter", "par litre", "per litre")
        }
        return w("ongeveer", "environ", "about") + " " + amount.value.belgian + " " + per
    }

    /// "An, Jan and Lies".
    func joined(_ parts: [String]) -> String {
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + w(" en ", " et ", " and ") + parts.last!
    }
}
