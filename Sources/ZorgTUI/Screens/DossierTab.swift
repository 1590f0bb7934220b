import CaseModel

/// The tabs of a dossier, in the order of the number keys 1–9 and 0 (consents, the tenth).
enum DossierTab: Int, CaseIterable, Hashable, Sendable {
    case household, income, statuses, housing, care, problems, flows, notes, history, consents

    /// The key that selects it: 1–9, then 0.
    var key: String { String((rawValue + 1) % 10) }

    /// The household facts this tab shows, grouped in sections.
    var sections: [DossierSection] {
        switch self {
        case .household: [.address]
        case .housing: [.housing, .energy]
        case .problems: [.problems, .homelessness]
        default: []
        }
    }

    /// The person facts this tab shows for every member (import column names).
    var personColumns: [String] {
        switch self {
        case .household: ["voornaam", "naam", "rijksregisternummer", "geboortedatum", "geslacht", "rol", "talen",
                          "onderwijsniveau"]
        case .income: ["inkomen_jaar", "inkomen_maand", "ten_laste", "burgerlijke_staat"]
        case .statuses: ["statuten", "invaliditeit_pct"]
        case .care: ["zelfredzaamheid", "bel_profiel", "thuisverpleging_forfait", "dementie", "zorgt_voor", "zorgt_sinds",
                     "woonplaats_mantelzorger"]
        default: []
        }
    }

    /// Whether the tab lists facts (and so `e` edits them).
    var showsFacts: Bool { !sections.isEmpty || !personColumns.isEmpty }
}

/// A group of household facts within a tab.
enum DossierSection: Hashable, Sendable, CaseIterable {
    case address, housing, energy, homelessness, problems

    var columns: [String] {
        switch self {
        case .address: ["straat", "huisnummer", "postcode", "gemeente", "wijk", "in_genk_sinds", "toestemming"]
        case .housing: ["woonsituatie", "huur_maand", "woningtype", "wachtlijst_sinds"]
        case .energy: ["verwarming", "stookolie_liter", "budgetmeter", "leverancier", "energie_jaar", "verbruik_kwh",
                       "energie_achterstal", "schuld_netbeheerder", "herinnering_op", "ingebrekestelling_op", "opzeg_op",
                       "lac", "kan_niet_verwarmen", "dak_geisoleerd", "enkel_glas", "epc_score"]
        case .homelessness: ["ethos", "dakloos_sinds", "maanden_dakloos_24m", "psychische_problemen", "verslaving",
                             "fysieke_problemen", "aangemeld_op", "gehuisvest_sinds"]
        case .problems: ["problemen"]
        }
    }
}

/// What a selected line of a tab stands for, and so what `e` or `Enter` does with it.
enum DossierItem: Hashable, Sendable {
    /// A group of household facts (`e` edits them).
    case section(DossierSection)
    /// A member's facts of this tab (`e` edits them).
    case member(Int)
    /// A follow-up (`x` marks it done).
    case followUp(Int)
    /// A note (nothing to do but read).
    case note(Int)
    /// An earlier revision (`Enter` shows it read-only).
    case revision(Int)
    /// A consent record, by its number (`w` withdraws it).
    case consent(Int)
    /// A line to read only (an audit entry, a flow).
    case info
}

/// What a tab that is filled by the store (history, flows) holds: not asked yet, being fetched, there, failed.
enum Loadable<Value: Hashable & Sendable>: Hashable, Sendable {
    case notLoaded, loading, loaded(Value), failed(String)

    var value: Value? { if case .loaded(let v) = self { return v }; return nil }
}
