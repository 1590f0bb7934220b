import CaseModel

/// The texts of the flow screens: checks, Housing First, buddy matching.
extension Strings {
    private func pick(_ nl: String, _ en: String) -> String {
        switch language {
        case .nl: nl
        case .en: en
        }
    }

    var ruleLanguage: RuleLanguage { language == .en ? .en : .nl }

    // MARK: Checks

    func checksTitle(_ id: String, name: String) -> String { pick("Controles", "Checks") + " \(id) — \(name)" }

    func checksHeading(_ id: String, name: String, asOf: String) -> String {
        pick("Controles voor \(id) — \(name), op \(asOf)", "Checks for \(id) — \(name), as of \(asOf)")
    }

    var checksNone: String { pick("Geen regelmodules gaven een uitkomst.", "No rule module gave a result.") }
    var checksRecomputing: String {
        pick("Het dossier is gewijzigd: de uitkomsten worden opnieuw berekend…", "The case changed: the outcomes are being recomputed…")
    }
    func checksRecomputeFailed(_ reason: String) -> String {
        pick("Het dossier is gewijzigd, maar de uitkomsten konden niet opnieuw berekend worden (\(reason)). Druk r om het opnieuw te proberen.",
             "The case changed, but the outcomes could not be recomputed (\(reason)). Press r to try again.")
    }

    func outcomeGroup(_ outcome: RuleOutcome, count: Int) -> String {
        let name: String = switch outcome {
        case .receives: pick("Ontvangt al", "Receives")
        case .eligible: pick("Rechthebbend", "Eligible")
        case .possible: pick("Mogelijk (gegevens ontbreken)", "Possible (facts missing)")
        case .notEligible: pick("Niet rechthebbend", "Not eligible")
        }
        return "\(name) (\(count))"
    }

    func period(_ per: AmountPeriod) -> String {
        switch per {
        case .month: pick("per maand", "a month")
        case .year: pick("per jaar", "a year")
        case .once: pick("eenmalig", "once")
        case .litre: pick("per liter", "a litre")
        }
    }

    func energyLevel(_ level: String) -> String {
        pick("niveau ", "level ") + RuleResult.levelLabel(level, ruleLanguage)
    }

    func priorityShort(_ priority: Int) -> String { pick("prioriteit \(priority)", "priority \(priority)") }
    func teamPriority(_ priority: Int) -> String { pick("team: \(priority)", "team: \(priority)") }
    var markUnconfirmed: String { pick("onbevestigd", "unconfirmed") }
    var markStale: String { pick("verouderd", "stale") }
    var markError: String { pick("fout", "error") }

    /// A result that could not be evaluated (a value out of range): what went wrong, never a personal fact.
    func errorLine(_ cause: String) -> String {
        pick("Fout: \(cause) — deze regel kon niet beoordeeld worden.", "Error: \(cause) — this rule could not be evaluated.")
    }

    func outcomeLine(_ result: RuleResult) -> String { pick("Uitkomst: ", "Outcome: ") + result.outcomeLabel(ruleLanguage) }

    func signalsGroup(count: Int) -> String { pick("Signalen en trajecten (\(count))", "Signals and programmes (\(count))") }

    /// "onbevestigd: …" — the same sentence as the command line's (`RuleResult.unconfirmedMeaning`).
    var unconfirmedMeaning: String { RuleResult.unconfirmedMeaning(ruleLanguage) }
    func amountLine(_ amount: String) -> String { pick("Bedrag: ", "Amount: ") + amount }

    func levelLine(_ level: String, indicators: [String]) -> String {
        pick("Energiearmoede: ", "Energy poverty: ") + level
            + (indicators.isEmpty ? "" : " (" + indicators.joined(separator: ", ") + ")")
    }

    func priorityLine(_ priority: Int) -> String { pick("Prioriteit (advies): \(priority)", "Priority (advisory): \(priority)") }
    var grantedAutomatically: String { pick("Wordt automatisch toegekend.", "Granted automatically.") }

    func applyAtLine(_ place: String?) -> String {
        pick("Aan te vragen", "Apply") + (place.map { pick(" bij: ", " at: ") + $0 } ?? ".")
    }

    func documentsLine(_ documents: String) -> String { pick("Mee te brengen: ", "Bring: ") + documents }
    var stillToAsk: String { pick("Wat nog te vragen (Enter: invullen):", "Still to ask (Enter: fill in):") }
    var reasonsHeading: String { pick("Redenen:", "Reasons:") }
    func valueUsed(_ value: String) -> String { pick("waarde ", "value ") + value }
    func threshold(_ value: String) -> String { pick("grens ", "threshold ") + value }
    func notVerifiedSince(_ day: String) -> String { pick("niet nagekeken sinds \(day)", "not verified since \(day)") }
    func sourceLine(_ title: String, url: String) -> String { pick("bron: ", "source: ") + title + " — " + url }

    func nextStep(for r: RuleResult) -> String {
        let step: String
        switch r.outcome {
        case .receives:
            step = pick("niets te doen, het recht loopt al.", "nothing to do, the right is already received.")
        case .eligible where !r.actions.isEmpty:
            step = pick("de acties hierboven.", "the actions above.")
        case .eligible where r.automatic:
            step = pick("wordt vanzelf toegekend; kijk bij het volgende contact na of het loopt.",
                        "granted by itself; check at the next contact that it runs.")
        case .eligible:
            step = pick("aanvragen", "apply") + (r.applyAt.map { pick(" bij ", " at ") + $0.text(ruleLanguage) } ?? "")
                + (r.documents.isEmpty ? "." : pick(", met de documenten.", ", with the documents."))
        case .possible where r.error != nil:
            step = pick("laat het gegeven dat de fout noemt nakijken en verbeteren, en voer de controle opnieuw uit.",
                        "have the fact the error names checked and corrected, and run the check again.")
        case .possible:
            step = pick("vraag de ontbrekende gegevens en voer de controle opnieuw uit.",
                        "ask for the missing facts and run the check again.")
        case .notEligible:
            step = pick("geen; zie de redenen.", "none; see the reasons.")
        }
        return pick("Volgende stap: ", "Next step: ") + step
    }

    func invalidDate(_ text: String) -> String {
        pick("„\(text)” is geen datum; typ dd-mm-jjjj.", "“\(text)” is not a date; type dd-mm-yyyy.")
    }

    var datePrompt: String { pick("Datum (dd-mm-jjjj): ", "Date (dd-mm-yyyy): ") }

    /// Rights that are received, eligible, possible; then the signals and programmes that hold.
    func checksCount(_ counts: [Int], signalled: Int) -> String {
        pick("\(counts[0]) ontvangt · \(counts[1]) recht · \(counts[2]) mogelijk · \(signalled) gesignaleerd",
             "\(counts[0]) receives · \(counts[1]) eligible · \(counts[2]) possible · \(signalled) signalled")
    }

    func fillInField(_ label: String) -> String {
        pick("Vul in het dossier in: \(label)", "Fill in on the dossier: \(label)")
    }

    var keyChecksMove: String { pick("naar het vorige of volgende resultaat of gegeven", "to the previous or next result or fact") }
    var keyChecksOpen: String { pick("redenen tonen of verbergen; op een ontbrekend gegeven: invullen", "show or hide the reasons; on a missing fact: fill it in") }
    var keyChecksClose: String { pick("redenen verbergen (of terug)", "hide the reasons (or back)") }
    var keyChecksAll: String { pick("alles open- of dichtklappen", "expand or collapse all") }
    var keyChecksDate: String { pick("andere datum (dd-mm-jjjj)", "another date (dd-mm-yyyy)") }
    var keyChecksRerun: String { pick("opnieuw berekenen (uit het bewaarde dossier)", "compute again (from the stored case)") }
    var hintRerun: String { pick("opnieuw", "again") }
    var hintRun: String { pick("uitvoeren", "run") }
    var hintDetails: String { pick("redenen", "reasons") }
    var hintDate: String { pick("datum", "date") }

    // MARK: Housing First

    func intakeTitle(_ id: String, name: String) -> String { "Housing First \(id) — \(name)" }

    var consentFirstNote: String {
        pick("Toestemming eerst: zonder toestemmingsdatum wordt niets anders gevraagd. Elke vraag mag overgeslagen worden (leeg = onbekend).",
             "Consent first: without a consent date nothing else is asked. Every question may be skipped (empty = unknown).")
    }

    var noConsentNote: String {
        pick("Geen toestemming: enkel een minimale aanmelding, geen beoordeling.",
             "No consent: a minimal referral only, no assessment.")
    }

    func intakeLabel(_ field: HousingFirstIntakeScreen.IntakeField) -> String {
        switch field {
        case .consent: factLabel("toestemming")
        case .referredOn: factLabel("aangemeld_op")
        case .ethos: pick("ETHOS-categorie", "ETHOS category")
        case .monthsHomeless: factLabel("maanden_dakloos_24m")
        case .homelessSince: factLabel("dakloos_sinds")
        case .mentalHealth: factLabel("psychische_problemen")
        case .addiction: factLabel("verslaving")
        case .physicalHealth: factLabel("fysieke_problemen")
        case .earlierExits: pick("Eerder uit opvang of programma", "Earlier exits (shelter, programme)")
        case .preferredArea: pick("Voorkeur: buurt", "Preference: area")
        case .preferredHousing: pick("Voorkeur: soort woning", "Preference: housing type")
        case .supportWanted: pick("Gewenste ondersteuning", "Support wanted")
        case .consentScope: intakeConsentScopeLabel
        }
    }

    /// The ETHOS operational categories (FEANTSA), flows.md A.2.
    func ethosLabel(_ n: Int) -> String {
        switch n {
        case 1: pick("op straat", "living rough")
        case 2: pick("nachtopvang", "emergency or night shelter")
        case 3: pick("thuislozenopvang, tijdelijk verblijf", "homeless hostel, temporary accommodation")
        case 4: pick("vrouwenopvang", "women's shelter")
        case 5: pick("opvang voor migranten", "accommodation for immigrants")
        case 6: pick("verlaat binnenkort een instelling", "due to leave an institution")
        case 7: pick("langdurige begeleiding wegens dakloosheid", "long-term support because of homelessness")
        case 8: pick("onzeker wonen (bij familie, vrienden, zonder huurcontract)", "insecure (with family or friends, no tenancy)")
        case 9: pick("dreigende uithuiszetting", "under threat of eviction")
        case 10: pick("dreigend geweld", "under threat of violence")
        case 11: pick("tijdelijke of niet-conventionele structuur", "temporary or non-conventional structure")
        case 12: pick("ongeschikte woning", "unfit housing")
        case 13: pick("extreme overbewoning", "extreme overcrowding")
        default: "?"
        }
    }

    var yes: String { pick("ja", "yes") }
    var no: String { pick("nee", "no") }
    var assessmentHeading: String { pick("Beoordeling (advies, bij de laatste bewaring)", "Assessment (advice, as last saved)") }
    var notSavedNote: String { pick("Niet bewaard: s bewaart en beoordeelt opnieuw.", "Not saved: s saves and assesses again.") }
    var noAssessment: String { pick("Nog geen beoordeling.", "No assessment yet.") }

    func overrideLine(_ priority: Int, reason: String, date: String, user: String) -> String {
        pick("Prioriteit van het team: \(priority) (\(date), \(user)): \(reason)",
             "Team priority: \(priority) (\(date), \(user)): \(reason)")
    }

    func pathHeading(_ state: String) -> String { pick("Traject — nu: \(state)", "Path — now: \(state)") }
    var noStateYet: String { pick("Nog geen stap (t: aanmelden).", "No step yet (t: refer).") }

    func stateName(_ state: HousingFirstState) -> String {
        switch state {
        case .aangemeld: pick("aangemeld", "referred")
        case .gescreend: pick("gescreend", "screened")
        case .wachtlijst: pick("wachtlijst", "waiting list")
        case .toegewezen: pick("toegewezen", "allocated")
        case .gehuisvest: pick("gehuisvest", "housed")
        case .afgesloten: pick("afgesloten", "closed")
        }
    }

    var unsavedWarning: String { pick("Niet bewaard. s bewaart; Esc nogmaals verlaat zonder bewaren.", "Not saved. s saves; Esc again leaves without saving.") }
    var consentFirst: String { pick("Eerst een toestemmingsdatum.", "A consent date first.") }
    var reasonRequired: String { pick("een reden is verplicht", "a reason is required") }
    func notANumber(_ text: String, range: ClosedRange<Int>) -> String {
        pick("„\(text)” is geen getal van \(range.lowerBound) tot \(range.upperBound)", "“\(text)” is not a number from \(range.lowerBound) to \(range.upperBound)")
    }
    func notYesNo(_ text: String) -> String { pick("„\(text)”: typ ja of nee (leeg = onbekend)", "“\(text)”: type yes or no (empty = unknown)") }
    /// "Nieuwe stap (door els): ": the step is recorded with the OS user.
    func newStatePrompt(by author: String) -> String { pick("Nieuwe stap", "New step") + " (\(byAuthor(author))): " }
    func reasonPrompt(_ required: Bool) -> String { required ? pick("Reden (verplicht): ", "Reason (required): ") : pick("Reden (mag leeg): ", "Reason (optional): ") }
    func overridePrompt(by author: String) -> String {
        pick("Prioriteit van het team (0–99, ", "Team priority (0–99, ") + byAuthor(author) + "): "
    }
    func intakeSaved(_ id: String) -> String { pick("Bewaard: Housing First \(id)", "Saved: Housing First \(id)") }

    var keyIntakeMove: String { pick("naar de vorige of volgende vraag", "to the previous or next question") }
    var keyIntakeEdit: String { pick("antwoord typen (Enter bevestigt, Esc annuleert)", "type the answer (Enter accepts, Esc cancels)") }
    var keyIntakeCycle: String { pick("ja / nee / onbekend; ETHOS 1–13 doorlopen", "yes / no / unknown; step through ETHOS 1–13") }
    var keyIntakeSkip: String { pick("vraag overslaan (wissen)", "skip the question (clear it)") }
    var keyIntakeSave: String { pick("bewaren en opnieuw beoordelen", "save and assess again") }
    var keyIntakeState: String { pick("volgende stap in het traject (met reden)", "next step on the path (with a reason)") }
    var keyIntakeOverride: String { pick("prioriteit van het team (reden verplicht)", "team priority (reason required)") }
    var hintState: String { pick("stap", "step") }
    var hintOverride: String { pick("afwijken", "override") }
    var keyIntakePlan: String {
        pick("de volgende stap plannen op een datum (Vandaag toont ze vanaf die dag)", "plan the next step on a date (Today shows it from that day)")
    }
    var hintPlan: String { pick("plannen", "plan") }
    func planStatePrompt(by author: String) -> String { pick("Stap plannen", "Plan a step") + " (\(byAuthor(author))): " }
    func planDatePrompt(_ state: String) -> String { pick("\(state) gepland op (dd-mm-jjjj): ", "\(state) planned on (dd-mm-yyyy): ") }
    func plannedLine(_ state: String, date: String, user: String) -> String {
        pick("Gepland: \(state) op \(date) (\(byAuthor(user)))", "Planned: \(state) on \(date) (\(byAuthor(user)))")
    }
    var hintChoose: String { pick("kiezen", "choose") }

    var waitingListTitle: String { pick("Wachtlijst Housing First", "Housing First waiting list") }
    func waitingListHeading(_ day: String) -> String {
        pick("Rechthebbend, niet gehuisvest of afgesloten; op prioriteit (* = van het team), dan wachttijd; op \(day)",
             "Eligible, not housed or closed; by priority (* = the team's), then waiting time; as of \(day)")
    }
    var waitingListEmpty: String { pick("Niemand op de wachtlijst.", "Nobody on the waiting list.") }
    var columnRank: String { "#" }
    var columnPriority: String { pick("prioriteit", "priority") }
    var columnReferred: String { pick("aangemeld", "referred") }
    var columnWaiting: String { pick("wacht", "waiting") }
    var columnState: String { pick("stap", "step") }
    func days(_ n: Int) -> String { pick("\(n) d", "\(n) d") }
    func waitingCount(_ n: Int) -> String { pick("\(n) op de wachtlijst", "\(n) waiting") }
    var keyOpenIntake: String { pick("intake openen", "open the intake") }
    var hintIntake: String { pick("intake", "intake") }

    // MARK: Buddy matching

    var matchingTitle: String { pick("Buddywerking", "Buddy matching") }
    func matchingHeading(_ day: String, families: Int, proposals: Int) -> String {
        pick("Open multiprobleemgezinnen: \(families); voorstellen: \(proposals); op \(day)",
             "Open multi-problem families: \(families); proposals: \(proposals); as of \(day)")
    }
    var noOpenFamilies: String { pick("Geen open multiprobleemgezinnen zonder buddy.", "No open multi-problem families without a buddy.") }
    func scoreText(_ total: Int, max: Int) -> String { "score \(total)/\(max)" }
    var rejectedText: String { pick("voorstel afgewezen (o: andere vrijwilliger)", "proposal rejected (o: another volunteer)") }
    func noProposal(_ why: String) -> String { pick("geen voorstel", "no proposal") + (why.isEmpty ? "" : " (\(why))") }
    var volunteersHeading: String { pick("Vrijwilligers (gezinnen/capaciteit)", "Volunteers (families/capacity)") }
    func freePlaces(_ n: Int) -> String { pick(n == 1 ? "1 vrije plaats" : "\(n) vrije plaatsen", n == 1 ? "1 free place" : "\(n) free places") }
    func loadText(_ load: String) -> String { pick("last \(load)", "load \(load)") }
    var noProposalToConfirm: String { pick("Geen voorstel om te bevestigen; o kiest een vrijwilliger.", "No proposal to confirm; o chooses a volunteer.") }
    var noOtherVolunteer: String { pick("Geen andere vrijwilliger kan dit gezin nu opnemen.", "No other volunteer can take this family now.") }
    func chooseVolunteerHeading(_ id: String, _ name: String) -> String {
        pick("Andere vrijwilliger voor \(id) \(name)", "Another volunteer for \(id) \(name)")
    }
    func overrideReasonPrompt(_ family: String, _ volunteer: String) -> String {
        pick("Reden voor \(family) = \(volunteer) (verplicht): ", "Reason for \(family) = \(volunteer) (required): ")
    }
    func matchingCount(_ proposals: Int, families: Int) -> String {
        pick("\(proposals) voorstellen voor \(families) gezinnen", "\(proposals) proposals for \(families) families")
    }
    func buddyRecorded(_ family: String, _ volunteer: String) -> String {
        pick("Vastgelegd: \(family) krijgt buddy \(volunteer) (u: ongedaan maken).",
             "Recorded: \(family) gets buddy \(volunteer) (u: undo).")
    }
    func buddyUndone(_ family: String, _ volunteer: String) -> String {
        pick("Ongedaan gemaakt: \(family) heeft geen buddy \(volunteer) meer.", "Undone: \(family) no longer has buddy \(volunteer).")
    }
    /// Asked before a family's details go to a volunteer.
    func shareQuestion(family: String, _ familyID: String, volunteer: String, _ volunteerID: String) -> String {
        pick("Gegevens van gezin \(family) (\(familyID)) delen met vrijwilliger \(volunteer) (\(volunteerID))? (j/n)",
             "Share the details of family \(family) (\(familyID)) with volunteer \(volunteer) (\(volunteerID))? (y/n)")
    }
    func undoQuestion(family: String, _ familyID: String, volunteer: String, _ volunteerID: String) -> String {
        pick("Koppeling van gezin \(family) (\(familyID)) met vrijwilliger \(volunteer) (\(volunteerID)) ongedaan maken? (j/n)",
             "Undo the pair of family \(family) (\(familyID)) and volunteer \(volunteer) (\(volunteerID))? (y/n)")
    }
    var confirmedHeading: String { pick("Bevestigd in deze ronde (u: ongedaan maken)", "Confirmed in this round (u: undo)") }
    var alreadyConfirmed: String { pick("Al bevestigd in deze ronde; u maakt het ongedaan.", "Already confirmed in this round; u undoes it.") }
    var nothingToUndo: String {
        pick("Alleen een koppeling uit deze ronde kan hier ongedaan gemaakt worden.", "Only a pair confirmed in this round can be undone here.")
    }
    var keyMatchMove: String { pick("naar het vorige of volgende gezin", "to the previous or next family") }
    var keyMatchConfirm: String { pick("voorstel bevestigen (wordt bewaard)", "confirm the proposal (saved)") }
    var keyMatchReject: String { pick("voorstel afwijzen (valt uit deze ronde)", "reject the proposal (dropped from this round)") }
    var keyMatchOverride: String { pick("andere vrijwilliger kiezen, met reden", "choose another volunteer, with a reason") }
    var keyMatchUndo: String { pick("koppeling uit deze ronde ongedaan maken", "undo a pair confirmed in this round") }
    var hintUndo: String { pick("ongedaan maken", "undo") }
    var hintConfirm: String { pick("bevestigen", "confirm") }
    var hintReject: String { pick("afwijzen", "reject") }

    // MARK: Caseload keys for the flows

    var keyFlowChecks: String { pick("controles van het gekozen dossier", "checks of the selected household") }
    var keyFlowIntake: String { pick("Housing First-intake van het gekozen dossier", "Housing First intake of the selected household") }
    var keyFlowWaiting: String { pick("wachtlijst Housing First", "Housing First waiting list") }
    var keyFlowBuddy: String { pick("buddywerking (koppelen)", "buddy matching") }
    func flowFailed(_ reason: String) -> String { pick("Mislukt: \(reason)", "Failed: \(reason)") }

    // MARK: Facts in words

    /// A readable label for an import column name (the column name itself when there is none).
    func factLabel(_ column: String) -> String {
        if let pair = Self.factLabels[column] { return pick(pair.0, pair.1) }
        return column.replacingOccurrences(of: "_", with: " ")
    }

    private static let factLabels: [String: (String, String)] = [
        "rijksregisternummer": ("Rijksregisternummer", "National number"),
        "geboortedatum": ("Geboortedatum", "Birth date"),
        "geslacht": ("Geslacht", "Sex"),
        "rol": ("Rol in het gezin", "Role in the household"),
        "burgerlijke_staat": ("Burgerlijke staat", "Civil status"),
        "ten_laste": ("Ten laste", "Dependant"),
        "talen": ("Talen", "Languages"),
        "inkomen_jaar": ("Inkomen per jaar", "Income per year"),
        "inkomen_maand": ("Inkomen per maand", "Income per month"),
        "statuten": ("Statuten (uitkeringen, rechten)", "Statuses (benefits, rights)"),
        "invaliditeit_pct": ("Invaliditeit (%)", "Disability (%)"),
        "zelfredzaamheid": ("Zelfredzaamheid (punten)", "Self-reliance (points)"),
        "bel_profiel": ("BEL-profielschaal", "BEL profile score"),
        "thuisverpleging_forfait": ("Forfait thuisverpleging", "Home-nursing package"),
        "dementie": ("Dementie", "Dementia"),
        "zorgt_voor": ("Zorgt voor (rijksregisternummer)", "Cares for (national number)"),
        "zorgt_sinds": ("Mantelzorg sinds", "Caring since"),
        "woonplaats_mantelzorger": ("Postcode van de mantelzorger", "Caregiver's postcode"),
        "onderwijsniveau": ("Onderwijsniveau", "School level"),
        "straat": ("Straat", "Street"),
        "huisnummer": ("Huisnummer", "House number"),
        "postcode": ("Postcode", "Postcode"),
        "gemeente": ("Gemeente", "Municipality"),
        "wijk": ("Wijk", "District"),
        "in_genk_sinds": ("In Genk sinds", "Living in Genk since"),
        "woonsituatie": ("Woonsituatie", "Living situation"),
        "huur_maand": ("Huur per maand", "Rent per month"),
        "woningtype": ("Woningtype", "Dwelling type"),
        "wachtlijst_sinds": ("Op de wachtlijst sociale huur sinds", "On the social-housing waiting list since"),
        "ethos": ("ETHOS-categorie (woonsituatie dakloosheid)", "ETHOS category (homelessness)"),
        "dakloos_sinds": ("Dakloos sinds", "Homeless since"),
        "maanden_dakloos_24m": ("Maanden dakloos in de laatste 24", "Months homeless in the last 24"),
        "psychische_problemen": ("Psychische problemen", "Mental-health problems"),
        "verslaving": ("Verslaving", "Addiction"),
        "fysieke_problemen": ("Fysieke gezondheidsproblemen", "Physical health problems"),
        "aangemeld_op": ("Aangemeld op", "Referred on"),
        "gehuisvest_sinds": ("Gehuisvest sinds (na dakloosheid)", "Housed since (after homelessness)"),
        "toestemming": ("Toestemming gegeven op", "Consent given on"),
        "verwarming": ("Verwarming", "Heating"),
        "stookolie_liter": ("Stookolie (liter)", "Heating oil (litres)"),
        "budgetmeter": ("Budgetmeter", "Prepayment meter"),
        "leverancier": ("Energieleverancier", "Energy supplier"),
        "energie_jaar": ("Energiekost per jaar", "Energy cost per year"),
        "verbruik_kwh": ("Verbruik (kWh)", "Consumption (kWh)"),
        "energie_achterstal": ("Achterstal energie", "Energy arrears"),
        "schuld_netbeheerder": ("Schuld bij de netbeheerder", "Debt with the grid operator"),
        "herinnering_op": ("Herinnering ontvangen op", "Reminder received on"),
        "ingebrekestelling_op": ("Ingebrekestelling ontvangen op", "Formal notice received on"),
        "opzeg_op": ("Opzeg van het contract op", "Contract terminated on"),
        "lac": ("Dossier bij de LAC", "Case at the LAC"),
        "kan_niet_verwarmen": ("Kan de woning niet verwarmen", "Cannot heat the home"),
        "dak_geisoleerd": ("Dak geïsoleerd", "Roof insulated"),
        "enkel_glas": ("Enkel glas", "Single glazing"),
        "epc_score": ("EPC-score (kWh/m²)", "EPC score (kWh/m²)"),
        "problemen": ("Probleemdomeinen", "Problem domains"),
    ]
}
