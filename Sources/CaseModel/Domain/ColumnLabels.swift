/// Each recorded fact's name in words, in Dutch and English — what the dossier screen, the history and the client's
/// own copy (`zorg export --format md`) call it, instead of its column name (`inkomen_maand`).
public enum ColumnLabels {
    /// The words for a column; the column name itself when it has none.
    public static func label(_ name: String, english: Bool) -> String {
        guard let pair = labels[name] else { return name }
        return english ? pair.1 : pair.0
    }

    private static let labels: [String: (String, String)] = [
        "rijksregisternummer": ("Rijksregisternummer", "National number"),
        "voornaam": ("Voornaam", "First name"), "naam": ("Naam", "Last name"),
        "geboortedatum": ("Geboortedatum", "Birth date"), "geslacht": ("Geslacht", "Sex"),
        "rol": ("Rol", "Role"), "burgerlijke_staat": ("Burgerlijke staat", "Civil status"),
        "ten_laste": ("Ten laste", "Dependant"), "talen": ("Talen", "Languages"),
        "inkomen_jaar": ("Inkomen (jaar, bruto)", "Income (year, gross)"),
        "inkomen_maand": ("Inkomen (maand, netto)", "Income (month, net)"),
        "statuten": ("Statuten", "Statuses"), "invaliditeit_pct": ("Invaliditeit %", "Disability %"),
        "zelfredzaamheid": ("Zelfredzaamheid (punten)", "Self-reliance points"),
        "bel_profiel": ("BEL-profiel", "BEL score"),
        "thuisverpleging_forfait": ("Forfait thuisverpleging", "Home nursing package"),
        "dementie": ("Dementie", "Dementia"), "zorgt_voor": ("Zorgt voor (rijksregisternr.)", "Cares for (national no.)"),
        "zorgt_sinds": ("Zorgt sinds", "Caring since"),
        "woonplaats_mantelzorger": ("Postcode mantelzorger", "Caregiver postcode"),
        "onderwijsniveau": ("Onderwijsniveau", "School level"),
        "straat": ("Straat", "Street"), "huisnummer": ("Huisnummer", "House number"),
        "postcode": ("Postcode", "Postcode"), "gemeente": ("Gemeente", "Municipality"), "wijk": ("Wijk", "District"),
        "in_genk_sinds": ("In Genk sinds", "Resident since"), "woonsituatie": ("Woonsituatie", "Tenure"),
        "huur_maand": ("Huur per maand", "Rent per month"), "woningtype": ("Woningtype", "Dwelling type"),
        "wachtlijst_sinds": ("Wachtlijst sinds", "Waiting list since"), "ethos": ("ETHOS-categorie", "ETHOS category"),
        "dakloos_sinds": ("Dakloos sinds", "Homeless since"),
        "maanden_dakloos_24m": ("Maanden dakloos (24 m)", "Months homeless (24 m)"),
        "psychische_problemen": ("Psychische problemen", "Mental health problems"),
        "verslaving": ("Verslaving", "Addiction"), "fysieke_problemen": ("Fysieke problemen", "Physical health problems"),
        "aangemeld_op": ("Aangemeld op", "Referred on"), "toestemming": ("Toestemming op", "Consent on"),
        "gehuisvest_sinds": ("Gehuisvest sinds (na dakloosheid)", "Housed since (after homelessness)"),
        "verwarming": ("Verwarming", "Heating"), "stookolie_liter": ("Stookolie (liter)", "Fuel oil (litres)"),
        "budgetmeter": ("Budgetmeter", "Prepayment meter"), "leverancier": ("Leverancier", "Energy supplier"),
        "energie_jaar": ("Energiekost (jaar)", "Energy cost (year)"), "verbruik_kwh": ("Verbruik (kWh)", "Consumption (kWh)"),
        "energie_achterstal": ("Energieachterstal", "Energy arrears"),
        "schuld_netbeheerder": ("Schuld netbeheerder", "Grid operator debt"),
        "herinnering_op": ("Herinnering op", "Reminder on"), "ingebrekestelling_op": ("Ingebrekestelling op", "Formal notice on"),
        "opzeg_op": ("Opzeg op", "Termination on"), "lac": ("LAC-dossier", "LAC case"),
        "kan_niet_verwarmen": ("Kan niet verwarmen", "Cannot heat"), "dak_geisoleerd": ("Dak geïsoleerd", "Roof insulated"),
        "enkel_glas": ("Enkel glas", "Single glazing"), "epc_score": ("EPC-score (kWh/m²)", "EPC score (kWh/m²)"),
        "problemen": ("Problemen (domein:ernst:maanden)", "Problems (domain:severity:months)"),
    ]
}
