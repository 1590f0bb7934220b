/// The volunteer checker's questions, in the order asked. Short on purpose: a volunteer asks them at a kitchen
/// table. No names, no national numbers: members are "Persoon 1", "Persoon 2"…
public enum CheckerQuestionnaire {
    static func t(_ nl: String, _ en: String) -> RuleText { RuleText(nl: nl, en: en) }

    static let yesNo: CheckerFieldKind = .choice([CheckerOption("ja", "ja", "yes"), CheckerOption("nee", "nee", "no")])

    /// Statuses a volunteer can recognise from a letter or a card. `geen` = none of these.
    static let statusOptions: [CheckerOption] = [
        CheckerOption("vt", "verhoogde tegemoetkoming (ziekenfonds)", "increased reimbursement (health fund)"),
        CheckerOption("leefloon", "leefloon", "living wage (leefloon)"),
        CheckerOption("equivalent_leefloon", "equivalent leefloon", "equivalent living wage"),
        CheckerOption("igo", "inkomensgarantie voor ouderen (IGO)", "income guarantee for the elderly (IGO)"),
        CheckerOption("gib", "gewaarborgd inkomen (GIB)", "guaranteed income (GIB)"),
        CheckerOption("ivt", "integratietegemoetkoming (handicap)", "integration allowance (disability)"),
        CheckerOption("it", "inkomensvervangende tegemoetkoming (handicap)", "income replacement allowance (disability)"),
        CheckerOption("zorgbudget_ouderen", "zorgbudget voor ouderen", "care budget for the elderly"),
        CheckerOption("zorgbudget_zwaar", "zorgbudget zwaar zorgbehoevenden", "care budget for high care needs"),
        CheckerOption("zorgbudget_handicap", "zorgbudget voor mensen met een handicap", "care budget for disability"),
        CheckerOption("sociaal_tarief", "sociaal tarief energie", "social energy tariff"),
        CheckerOption("huurpremie", "huurpremie", "rent allowance"),
        CheckerOption("pensioen", "pensioen", "pension"),
        CheckerOption("werkloos", "werkloosheidsuitkering", "unemployment benefit"),
        CheckerOption("arbeidsongeschikt", "ziek of arbeidsongeschikt", "sick or unfit for work"),
        CheckerOption("invaliditeit", "invaliditeitsuitkering", "invalidity benefit"),
        CheckerOption("student", "student", "student"),
        CheckerOption("geen", "geen van deze", "none of these"),
    ]

    public static let standard: [CheckerQuestion] = [
        CheckerQuestion("aanvrager", t("De persoon die hulp vraagt (Persoon 1)", "The person asking for help (Person 1)"), fields: [
            CheckerField("aanvrager_leeftijd", t("Leeftijd of geboortejaar", "Age or birth year"), hint: t("bv. 45 of 1979", "e.g. 45 or 1979"),
                         kind: .ageOrYear, columns: ["geboortedatum"]),
            CheckerField("burgerlijke_staat", t("Burgerlijke staat", "Civil status"), kind: .choice([
                CheckerOption("alleenstaand", "alleenstaand", "single"),
                CheckerOption("gehuwd", "gehuwd", "married"),
                CheckerOption("wettelijk_samenwonend", "wettelijk samenwonend", "legally cohabiting"),
                CheckerOption("feitelijk_samenwonend", "feitelijk samenwonend", "cohabiting"),
                CheckerOption("gescheiden", "gescheiden", "divorced"),
                CheckerOption("weduwe", "weduwe of weduwnaar", "widowed"),
            ]), columns: ["burgerlijke_staat"]),
        ]),
        CheckerQuestion("partner", t("Partner", "Partner"), fields: [
            CheckerField("partner", t("Woont er een partner in het gezin?", "Does a partner live in the household?"), kind: yesNo),
            CheckerField("partner_leeftijd", t("Leeftijd of geboortejaar van de partner", "Partner's age or birth year"),
                         hint: t("bv. 43", "e.g. 43"), kind: .ageOrYear),
        ]),
        CheckerQuestion("gezin", t("Kinderen en andere gezinsleden", "Children and other members"), fields: [
            CheckerField("kinderen", t("Leeftijden van de kinderen", "Ages of the children"), hint: t("bv. 12, 8, 3", "e.g. 12, 8, 3"), kind: .ages),
            CheckerField("anderen", t("Leeftijden van andere volwassenen", "Ages of other adults"), hint: t("bv. 70", "e.g. 70"), kind: .ages),
        ]),
        CheckerQuestion("woonplaats", t("Woonplaats", "Where the household lives"), fields: [
            CheckerField("postcode", t("Postcode", "Postcode"), hint: t("bv. 3600 voor Genk", "e.g. 3600 for Genk"), kind: .postcode,
                         columns: ["postcode"]),
        ]),
        CheckerQuestion("inkomen", t("Inkomen", "Income"), fields: [
            CheckerField("inkomen_jaar_1", t("Persoon 1: bruto belastbaar inkomen vorig jaar", "Person 1: gross taxable income last year"),
                         hint: t("aanslagbiljet", "tax assessment"), kind: .amount, columns: ["inkomen_jaar"]),
            CheckerField("inkomen_maand_1", t("Persoon 1: netto inkomen per maand", "Person 1: net income a month"), kind: .amount,
                         columns: ["inkomen_maand"]),
            CheckerField("inkomen_jaar_2", t("Partner: bruto belastbaar inkomen vorig jaar", "Partner: gross taxable income last year"),
                         kind: .amount),
            CheckerField("inkomen_maand_2", t("Partner: netto inkomen per maand", "Partner: net income a month"), kind: .amount),
            CheckerField("inkomen_anderen", t("Kind of ander gezinslid met een eigen inkomen?",
                                               "A child or other member with an income of their own?"), kind: yesNo),
            CheckerField("anderen_statuut", t("Kind of ander gezinslid met uitkering, statuut of handicap?",
                                               "A child or other member with a benefit, status or disability?"), kind: yesNo),
        ]),
        CheckerQuestion("statuten_1", t("Wat ontvangt Persoon 1 al?", "What does Person 1 already receive?"), fields: [
            CheckerField("statuten_1", t("Aanvinken wat van toepassing is", "Tick what applies"), kind: .multi(statusOptions),
                         columns: ["statuten"]),
        ]),
        CheckerQuestion("statuten_2", t("Wat ontvangt de partner al?", "What does the partner already receive?"), fields: [
            CheckerField("statuten_2", t("Aanvinken wat van toepassing is", "Tick what applies"), kind: .multi(statusOptions)),
        ], onlyWhen: .choiceIsNot(field: "partner", code: "nee")),
        CheckerQuestion("wonen", t("Wonen", "Housing"), fields: [
            CheckerField("woonsituatie", t("Woonsituatie", "Tenure"), kind: .choice([
                CheckerOption("eigenaar", "eigenaar", "owner"),
                CheckerOption("private_huur", "huurt privé", "private rent"),
                CheckerOption("sociale_huur", "huurt sociaal", "social rent"),
                CheckerOption("svk", "huurt via SVK", "rents through an SVK"),
                CheckerOption("inwonend", "inwonend bij iemand", "living with someone"),
                CheckerOption("opvang", "in de opvang", "in a shelter"),
                CheckerOption("dakloos", "dakloos", "homeless"),
                CheckerOption("instelling", "in een instelling", "in an institution"),
            ]), columns: ["woonsituatie"]),
            CheckerField("huur_maand", t("Huur per maand (zonder kosten)", "Rent a month (without charges)"), kind: .amount,
                         columns: ["huur_maand"]),
            CheckerField("woningtype", t("Soort woning", "Type of dwelling"), kind: .choice([
                CheckerOption("open", "open bebouwing", "detached"),
                CheckerOption("halfopen", "halfopen", "semi-detached"),
                CheckerOption("rij", "rijwoning", "terraced"),
                CheckerOption("appartement", "appartement", "flat"),
                CheckerOption("kamer", "kamer of studio", "room or studio"),
            ]), columns: ["woningtype"]),
            CheckerField("wachtlijst_maanden", t("Maanden op de wachtlijst voor een sociale woning", "Months on the social housing waiting list"),
                         hint: t("leeg als niet of onbekend", "empty when not or unknown"), kind: .number(0...600),
                         columns: ["wachtlijst_sinds"]),
        ]),
        CheckerQuestion("verwarming", t("Verwarming", "Heating"), fields: [
            CheckerField("verwarming", t("Waarmee wordt er verwarmd?", "What heats the home?"), kind: .choice([
                CheckerOption("aardgas", "aardgas", "natural gas"),
                CheckerOption("elektriciteit", "elektriciteit", "electricity"),
                CheckerOption("stookolie", "stookolie (mazout)", "heating oil"),
                CheckerOption("petroleum", "petroleum (kachel)", "paraffin (stove)"),
                CheckerOption("propaan_bulk", "propaan in bulk", "bulk propane"),
                CheckerOption("propaan_fles", "propaan in flessen", "bottled propane"),
                CheckerOption("hout", "hout of pellets", "wood or pellets"),
                CheckerOption("collectief", "collectieve verwarming", "shared heating"),
                CheckerOption("andere", "iets anders", "something else"),
            ]), columns: ["verwarming"]),
            CheckerField("energie_jaar", t("Energiekosten per jaar (ongeveer)", "Energy cost a year (roughly)"), kind: .amount,
                         columns: ["energie_jaar"]),
        ]),
        CheckerQuestion("energie", t("Signalen over energie", "Signs about energy"), fields: [
            CheckerField("budgetmeter", t("Is er een budgetmeter?", "Is there a prepayment meter?"), kind: yesNo, columns: ["budgetmeter"]),
            CheckerField("brief", t("Welke brief kwam er het laatste jaar van de leverancier?", "Which letter came from the supplier this year?"),
                         kind: .choice([
                             CheckerOption("geen", "geen", "none"),
                             CheckerOption("herinnering", "een herinnering", "a reminder"),
                             CheckerOption("ingebrekestelling", "een ingebrekestelling", "a formal notice"),
                             CheckerOption("opzeg", "een opzegging van het contract", "a termination of the contract"),
                         ]), columns: ["herinnering_op", "ingebrekestelling_op", "opzeg_op"]),
            CheckerField("kan_niet_verwarmen", t("Kan het gezin de woning niet warm krijgen?", "Can the household not keep the home warm?"),
                         kind: yesNo, columns: ["kan_niet_verwarmen"]),
        ]),
        CheckerQuestion("zorg", t("Zorg", "Care"), fields: [
            CheckerField("zorg_wie", t("Wie heeft zorg nodig?", "Who needs care?"), kind: .choice([
                CheckerOption("niemand", "niemand", "nobody"),
                CheckerOption("1", "Persoon 1", "Person 1"),
                CheckerOption("2", "de partner", "the partner"),
            ])),
            CheckerField("invaliditeit_pct", t("Erkende invaliditeit of handicap (%)", "Recognised invalidity or disability (%)"),
                         kind: .number(0...100), columns: ["invaliditeit_pct"]),
            CheckerField("zelfredzaamheid", t("Punten zelfredzaamheid (0–18)", "Self-reliance points (0–18)"),
                         hint: t("op de beslissing", "on the decision"), kind: .number(0...18), columns: ["zelfredzaamheid"]),
            CheckerField("dementie", t("Dementie vastgesteld?", "Diagnosed with dementia?"), kind: yesNo, columns: ["dementie"]),
            CheckerField("thuisverpleging", t("Forfait thuisverpleging", "Home nursing package"), kind: .choice([
                CheckerOption("geen", "geen", "none"),
                CheckerOption("a", "forfait A", "package A"),
                CheckerOption("b", "forfait B", "package B"),
                CheckerOption("c", "forfait C", "package C"),
            ]), columns: ["thuisverpleging_forfait"]),
        ]),
    ]

    /// The questions that apply to these answers, in order (the step counter counts these).
    public static func steps(for answers: CheckerAnswers, in questions: [CheckerQuestion] = standard) -> [CheckerQuestion] {
        questions.filter { $0.applies(to: answers) }
    }

    /// The words of the question that asks for a fact (an import column), for "still unknown" lists.
    public static func label(forColumn column: String) -> RuleText? {
        if let words = factWords[column] { return words }
        for q in standard { for f in q.fields where f.columns.contains(column) { return f.label } }
        return otherFacts[column]
    }

    /// Facts whose field label does not say what the fact is (a tick list, a long question).
    static let factWords: [String: RuleText] = [
        "statuten": t("uitkeringen en statuten", "benefits and statuses"),
        "invaliditeit_pct": t("erkende invaliditeit of handicap (%)", "recognised invalidity or disability (%)"),
        "inkomen_jaar": t("bruto belastbaar inkomen vorig jaar", "gross taxable income last year"),
        "inkomen_maand": t("netto inkomen per maand", "net income a month"),
        "geboortedatum": t("leeftijd", "age"),
        "zelfredzaamheid": t("punten zelfredzaamheid", "self-reliance points"),
        "dementie": t("dementie", "dementia"),
        "thuisverpleging_forfait": t("forfait thuisverpleging", "home nursing package"),
        "burgerlijke_staat": t("burgerlijke staat", "civil status"),
    ]

    /// Facts a rule may miss that the questionnaire does not ask (a caseworker finds them out).
    static let otherFacts: [String: RuleText] = [
        "ten_laste": t("ten laste van het gezin", "dependent on the household"),
        "stookolie_liter": t("geleverde liters brandstof", "litres of fuel delivered"),
        "problemen": t("problemen in het gezin", "problems in the household"),
        "rol": t("rol in het gezin", "role in the household"),
        "verbruik_kwh": t("verbruik in kWh", "consumption in kWh"),
        "leverancier": t("energieleverancier", "energy supplier"),
        "lac": t("advies van de LAC", "LAC advice"),
        "schuld_netbeheerder": t("schuld bij de netbeheerder", "debt with the grid operator"),
        "dak_geisoleerd": t("dakisolatie", "roof insulation"),
        "enkel_glas": t("enkel glas", "single glazing"),
        "epc_score": t("EPC-score", "EPC score"),
        "bel_profiel": t("BEL-profiel", "BEL profile"),
        "zorgt_voor": t("wie de mantelzorger verzorgt", "whom the caregiver cares for"),
        "woonplaats_mantelzorger": t("woonplaats van de mantelzorger", "where the caregiver lives"),
        "in_genk_sinds": t("sinds wanneer in Genk", "living in Genk since"),
        "toestemming": t("toestemming", "consent"),
    ]
}
