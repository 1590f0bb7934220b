import CaseModel

/// The texts of choosing (issue 15, item 7): a form's choice among fixed values in words, a note of several
/// lines and its reading overlay, and the caseload's filter picker.
extension Strings {
    private func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    // MARK: A choice in a form

    /// A value of a form's choice in words: by the field's key (an import column, or a form's own key such as
    /// `doel`), else the code with spaces (`wettelijk_samenwonend` → `wettelijk samenwonend`).
    func choiceWord(_ key: String, _ code: String) -> String {
        if key == "doel", let purpose = ConsentPurpose(rawValue: code) { return consentPurpose(purpose, text: nil) }
        if let pair = Self.choiceWords[key]?[code] { return language == .nl ? pair.0 : pair.1 }
        return code.replacingOccurrences(of: "_", with: " ")
    }

    private static let choiceWords: [String: [String: (String, String)]] = [
        "geslacht": ["m": ("man", "male"), "v": ("vrouw", "female"), "x": ("x (anders)", "x (other)")],
        "voorkeur_geslacht": ["m": ("man", "male"), "v": ("vrouw", "female")],
        "rol": ["aanvrager": ("aanvrager", "applicant"), "partner": ("partner", "partner"), "kind": ("kind", "child"),
                "ouder": ("ouder", "parent"), "andere": ("andere", "other")],
        "burgerlijke_staat": ["gehuwd": ("gehuwd", "married"),
                              "wettelijk_samenwonend": ("wettelijk samenwonend", "legally cohabiting"),
                              "feitelijk_samenwonend": ("feitelijk samenwonend", "cohabiting"),
                              "alleenstaand": ("alleenstaand", "single"), "weduwe": ("weduwe / weduwnaar", "widowed"),
                              "gescheiden": ("gescheiden", "divorced")],
        "thuisverpleging_forfait": ["a": ("forfait A", "package A"), "b": ("forfait B", "package B"),
                                    "c": ("forfait C", "package C")],
        "onderwijsniveau": ["kleuter": ("kleuteronderwijs", "nursery school"), "lager": ("lager onderwijs", "primary school"),
                            "secundair": ("secundair onderwijs (voltijds)", "secondary school (full-time)"),
                            "deeltijds_secundair": ("deeltijds secundair of leren", "part-time secondary or apprenticeship"),
                            "hbo5_verpleegkunde": ("HBO5 verpleegkunde", "HBO5 nursing"),
                            "hoger": ("hoger onderwijs", "higher education"), "geen": ("geen onderwijs", "not in school")],
        "woonsituatie": ["eigenaar": ("eigenaar", "owner"), "private_huur": ("private huur", "private rent"),
                         "sociale_huur": ("sociale huur", "social rent"),
                         "svk": ("huur via een SVK (sociaal verhuurkantoor)", "rent via a social rental agency (SVK)"),
                         "inwonend": ("inwonend (bij familie of vrienden)", "living in (with family or friends)"),
                         "opvang": ("in de opvang", "in a shelter"), "instelling": ("in een instelling", "in an institution"),
                         "dakloos": ("dakloos", "homeless")],
        "woningtype": ["open": ("open bebouwing", "detached"), "halfopen": ("halfopen bebouwing", "semi-detached"),
                       "rij": ("rijwoning", "terraced"), "appartement": ("appartement", "flat"), "kamer": ("kamer", "room")],
        "verwarming": ["aardgas": ("aardgas", "natural gas"), "elektriciteit": ("elektriciteit", "electricity"),
                       "stookolie": ("stookolie", "heating oil"), "petroleum": ("petroleum", "paraffin"),
                       "propaan_bulk": ("propaan in bulk", "bulk propane"), "propaan_fles": ("propaan in flessen", "bottled propane"),
                       "hout": ("hout", "wood"), "collectief": ("collectieve verwarming", "shared heating"),
                       "andere": ("andere", "other")],
        "uitkomst": ["toegekend": ("toegekend", "granted"), "geweigerd": ("geweigerd", "refused"),
                     "ingetrokken": ("ingetrokken", "withdrawn")],
    ]

    var formKeyChoose: String { t("vorige / volgende waarde kiezen", "choose the previous / next value") }
    var hintChooseValue: String { t("kiezen", "choose") }
    var formKeyTypeAhead: String { t("letters: naar de waarde die zo begint", "letters: to the value that begins so") }
    var formKeyClearChoice: String { t("leegmaken (= onbekend)", "clear (= unknown)") }
    var choiceNone: String { t("kies met ← →", "choose with ← →") }
    func choiceHint(count: Int, allowsEmpty: Bool) -> String {
        t("← → of < >: kies uit \(count)", "← → or < >: one of \(count)") + (allowsEmpty ? "; " + unknownWhenEmpty : "")
    }
    func choiceNoMatch(_ typed: String) -> String {
        t("geen waarde begint met „\(typed)”; kies met ← →", "no value begins with “\(typed)”; choose with ← →")
    }

    // MARK: A note of several lines

    var formKeyNewLine: String { t("nieuwe regel", "new line") }
    var hintNewLine: String { t("nieuwe regel", "new line") }
    var formKeyEraseLine: String { t("teken wissen (ook een regeleinde)", "delete a character (a line break too)") }
    var formKeyClearText: String { t("de hele tekst wissen", "clear the whole text") }
    var multilineHint: String {
        t("Enter = nieuwe regel, Ctrl-S = opslaan", "Enter = new line, Ctrl-S = save")
    }
    func lineCount(_ n: Int) -> String { n == 1 ? t("1 regel", "1 line") : t("\(n) regels", "\(n) lines") }
    func linesAbove(_ n: Int) -> String {
        n == 1 ? t("↑ nog 1 regel hierboven", "↑ 1 more line above") : t("↑ nog \(n) regels hierboven", "↑ \(n) more lines above")
    }
    /// After the first line of a note in the list: how many lines more `Enter` shows.
    func moreLines(_ n: Int) -> String {
        n == 1 ? t("(+1 regel, Enter)", "(+1 line, Enter)") : t("(+\(n) regels, Enter)", "(+\(n) lines, Enter)")
    }
    func noteTitle(_ date: String, author: String) -> String { t("Notitie van \(date), \(author)", "Note of \(date), \(author)") }
    var dossierKeyEnter: String {
        t("op een revisie: ze bekijken (alleen lezen); op een notitie: ze helemaal lezen",
          "on a revision: view it (read-only); on a note: read it in full")
    }
    var noteKeyClose: String { t("de notitie sluiten", "close the note") }
    var hintRead: String { t("lezen", "read") }

    // MARK: The caseload's filter picker

    func filterPickerTitle(_ current: CaseloadFilter) -> String {
        t("Filter kiezen (nu: \(caseloadFilterName(current)))", "Choose a filter (now: \(caseloadFilterName(current)))")
    }
    var filterPickerCounts: String { t("aantal dossiers in de hele caseload", "households in the whole caseload") }
    var filterPickerNotCounted: String {
        t("… = wordt nagekeken als u die filter kiest", "… = checked when you choose that filter")
    }
    var filterKeyApply: String { t("de gekozen filter toepassen", "apply the chosen filter") }
    var hintApplyFilter: String { t("toepassen", "apply") }
    var filterKeyClose: String { t("sluiten zonder iets te wijzigen", "close without changing anything") }
}
