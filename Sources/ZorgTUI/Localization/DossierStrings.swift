import CaseModel
import Foundation

/// The texts of the dossier screen, its forms, notes and follow-ups, and the overdue filter on the caseload.
extension Strings {
    private func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    // MARK: Tabs

    func dossierTab(_ tab: DossierTab) -> String {
        switch tab {
        case .household: t("Gezin", "Household")
        case .income: t("Inkomen", "Income")
        case .statuses: t("Statuten", "Statuses")
        case .housing: t("Wonen & energie", "Housing & energy")
        case .care: t("Zorg", "Care")
        case .problems: t("Problemen", "Problems")
        case .flows: t("Stromen", "Flows")
        case .notes: t("Notities", "Notes")
        case .history: t("Historiek", "History")
        case .consents: t("Toestemming", "Consent")
        }
    }

    // MARK: Facts

    /// A fact as the dossier shows it: unknown as `onbekend`, yes/no, `€ 1.234,56`, `dd-mm-jjjj`, `geen`.
    func fact(_ value: FactValue) -> String {
        switch value {
        case .unknown: self(.unknown)
        case .bool(let b): b ? t("ja", "yes") : t("nee", "no")
        case .integer(let i): String(i)
        case .money(let m): m.belgian
        case .date(let d): d.belgian
        case .text(let s): s
        case .code(let c): c.replacingOccurrences(of: "_", with: " ")
        case .list(let l): l.isEmpty ? self(.none) : l.map { $0.replacingOccurrences(of: "_", with: " ") }.joined(separator: ", ")
        }
    }

    /// The readable name of an import column; the column name itself when there is no label.
    func columnLabel(_ name: String) -> String {
        ColumnLabels.label(name, english: language == .en)
    }


    // MARK: Dossier screen

    func dossierSection(_ section: DossierSection) -> String {
        switch section {
        case .address: t("Adres", "Address")
        case .housing: t("Woning", "Housing")
        case .energy: t("Energie", "Energy")
        case .homelessness: t("Dakloosheid (Housing First)", "Homelessness (Housing First)")
        case .problems: t("Probleemdomeinen", "Problem domains")
        }
    }

    func memberHeading(_ person: Person) -> String { "\(person.fullName) (\(role(person.role)))" }

    func readOnlyRevision(_ revision: Int) -> String {
        t("revisie \(revision), alleen lezen", "revision \(revision), read-only")
    }

    var dossierKeyTabs: String { t("volgende / vorige tab", "next / previous tab") }
    var dossierKeyTabNumber: String { t("naar tab 1–9", "go to tab 1–9") }
    var dossierKeySelect: String { t("blok kiezen (gezin, lid)", "select a block (household, member)") }
    var dossierKeyEdit: String { t("velden van dit blok bewerken", "edit this block's fields") }
    var dossierKeyNote: String { t("notitie toevoegen", "add a note") }
    var dossierKeyFollowUp: String { t("opvolging toevoegen", "add a follow-up") }
    var dossierKeyChecks: String { t("de controles van dit dossier", "the checks of this household") }
    var dossierKeyHousingFirst: String { t("de Housing First-intake van dit dossier", "the Housing First intake of this household") }
    var dossierKeyDone: String { t("opvolging afvinken (klaar)", "mark the follow-up done") }
    var hintTabs: String { t("tab", "tab") }
    var hintEdit: String { t("bewerken", "edit") }
    var hintNote: String { t("notitie", "note") }
    var hintFollowUp: String { t("opvolging", "follow-up") }
    var hintDoneWord: String { t("klaar", "done") }
    var hintView: String { t("bekijken", "view") }

    var noNotes: String { t("Nog geen notities.", "No notes yet.") }
    var noFollowUps: String { t("Geen opvolgingen.", "No follow-ups.") }
    var notesHeading: String { t("Notities", "Notes") }
    var followUpsHeading: String { t("Opvolgingen", "Follow-ups") }
    var followUpDone: String { t("klaar", "done") }
    var followUpOverdue: String { t("ACHTERSTALLIG", "OVERDUE") }
    var followUpOpen: String { t("open", "open") }
    func followUpDue(_ day: Day) -> String { t("tegen \(day.belgian)", "due \(day.belgian)") }

    var historyLoading: String { t("Historiek wordt geladen…", "Loading the history…") }
    var revisionsHeading: String { t("Revisies (Enter: bekijken)", "Revisions (Enter: view)") }
    var auditHeading: String { t("Auditspoor van dit dossier", "Audit trail of this dossier") }
    var noAuditEntries: String { t("Geen auditregels.", "No audit entries.") }
    func revisionLine(_ revision: Int, current: Bool) -> String {
        current ? t("revisie \(revision) (huidig)", "revision \(revision) (current)") : t("revisie \(revision)", "revision \(revision)")
    }
    /// "— 23-11-2026 15:05 — piet": who saved a revision and when (local time).
    func revisionBy(user: String?, time: String?) -> String {
        let when = time.map { Self.localTime($0) ?? $0 } ?? "?"
        return "— \(when) — \(user.map(authorName) ?? "?")"
    }
    var revisionNoFieldChanged: String { t("(geen velden gewijzigd)", "(no fields changed)") }
    func historyFailed(_ reason: String) -> String {
        t("Historiek niet beschikbaar: \(reason)", "History not available: \(reason)")
    }

    /// "23-11-2026 15:05  jan  wijziging  revisie 4: inkomen_maand"
    func auditLine(_ entry: AuditEntry) -> String {
        let when = Self.localTime(entry.time) ?? entry.time
        var what: String
        switch entry.action {
        case .create: what = t("aangemaakt", "created")
        case .change: what = t("gewijzigd", "changed")
        case .import: what = t("import", "import")
        case .view: what = t("geopend", "viewed")
        case .match: what = t("buddy-koppeling", "buddy match")
        case .unmatch: what = t("buddy-koppeling ongedaan gemaakt", "buddy match undone")
        case .consent: what = t("toestemming", "consent")
        case .quarantine: what = t("apart gezet", "quarantined")
        default: what = entry.action.rawValue
        }
        if let revision = entry.detail["revision"] { what += t(", revisie ", ", revision ") + revision }
        if let fields = entry.detail["fields"] { what += ": " + fields.replacingOccurrences(of: ",", with: ", ") }
        if let reason = entry.detail["reason"], entry.action == .view { what += " (\(accessReasonInAudit(reason)))" }
        if let consent = entry.detail["consent"] { what += " (\(consent))" }
        return "\(when)  \(entry.user)  \(what)"
    }

    var flowsIntro: String { t("Eén regel per stroom, vandaag; de redenen staan bij de controles.",
                               "One line per flow, as of today; the reasons are in the checks.") }
    var flowsLoading: String { t("Stromen worden berekend…", "Computing the flows…") }
    var flowsNone: String { t("Geen resultaten.", "No results.") }
    func flowsFailed(_ reason: String) -> String { t("Stromen niet beschikbaar: \(reason)", "Flows not available: \(reason)") }

    // MARK: Forms

    var formSave: String { t("[ Opslaan ]", "[ Save ]") }
    var formHeadingEdit: String { t("Bewerken", "Edit") }
    var formHeadingNote: String { t("Nieuwe notitie", "New note") }
    var formHeadingFollowUp: String { t("Nieuwe opvolging", "New follow-up") }
    /// The author of a note, follow-up or step: the OS user; an entry saved without one shows `onbekend`.
    func authorName(_ user: String) -> String { user.isEmpty ? self(.unknown) : user }
    /// "door els": who records what a form saves.
    func byAuthor(_ user: String) -> String { t("door ", "by ") + authorName(user) }
    var fieldNoteText: String { t("Tekst", "Text") }
    var fieldDue: String { t("Tegen (dd-mm-jjjj)", "Due (dd-mm-yyyy)") }
    var formKeyNextField: String { t("volgend / vorig veld", "next / previous field") }
    var formKeySave: String { t("opslaan", "save") }
    var formKeyEnter: String { t("volgend veld; op [Opslaan]: opslaan", "next field; on [Save]: save") }
    var formKeyCancel: String { t("annuleren (vraagt bij wijzigingen)", "cancel (asks when changed)") }
    var formKeyErase: String { t("teken wissen (leeg = onbekend)", "delete a character (empty = unknown)") }
    var formKeyClear: String { t("veld leegmaken (= onbekend)", "clear the field (= unknown)") }
    var formKeyTypeReplaces: String { t("typen in een net gekozen veld vervangt de inhoud", "typing in a field just moved to replaces its text") }
    var hintSave: String { t("opslaan", "save") }
    var hintNextField: String { t("veld", "field") }
    var hintCancel: String { t("annuleren", "cancel") }
    var formHasErrors: String { t("Niet opgeslagen: verbeter eerst de velden in het rood.",
                                  "Not saved: first correct the fields marked in red.") }
    var formNothingChanged: String { t("Niets gewijzigd.", "Nothing changed.") }
    var saving: String { t("Bezig met opslaan…", "Saving…") }
    func saved(revision: Int) -> String { t("Opgeslagen (revisie \(revision))", "Saved (revision \(revision))") }
    func saveFailed(_ reason: String) -> String { t("Niet opgeslagen: \(reason)", "Not saved: \(reason)") }
    var unknownWhenEmpty: String { t("leeg = onbekend", "empty = unknown") }
    func choices(_ codes: [String]) -> String { t("kies uit: ", "one of: ") + codes.joined(separator: ", ") }
    var booleanChoices: String { t("ja / nee, leeg = onbekend", "ja / nee (yes / no), empty = unknown") }
    var listHint: String { t("scheid met |, „geen” = geen enkele", "separate with |, “geen” = none") }

    func fieldProblem(_ problem: FieldProblem) -> String {
        switch problem {
        case .required: return t("verplicht", "required")
        case .nationalNumberLength(let n):
            return t("een rijksregisternummer heeft 11 cijfers, dit heeft er \(n)", "a national number has 11 digits, this has \(n)")
        case .nationalNumberNotDigits: return t("een rijksregisternummer bestaat uit cijfers", "a national number is digits only")
        case .nationalNumberChecksum:
            return t("controlegetal klopt niet: tikfout in het rijksregisternummer?", "check digits do not match: a typo in the national number?")
        case .nationalNumberDate: return t("geen bestaande geboortedatum in het rijksregisternummer",
                                           "the national number holds no real birth date")
        case .notAnAmount: return t("geen bedrag (bv. 1.234,56)", "not an amount (e.g. 1.234,56)")
        case .negativeAmount: return t("een bedrag is niet negatief", "an amount is not negative")
        case .tooManyDecimals: return t("hoogstens 2 cijfers na de komma", "at most 2 decimals")
        case .amountTooLarge: return t("hoogstens € 9.999.999,99", "at most € 9,999,999.99")
        case .notADate: return t("geen datum: dd-mm-jjjj (bv. 05-03-2024)", "not a date: dd-mm-yyyy (e.g. 05-03-2024)")
        case .notAWholeNumber: return t("geen geheel getal", "not a whole number")
        case .outOfRange(let r): return t("tussen \(r.lowerBound) en \(r.upperBound)", "between \(r.lowerBound) and \(r.upperBound)")
        case .notABoolean: return t("ja of nee (leeg = onbekend)", "ja or nee (empty = unknown)")
        case .unknownCode(let code, let allowed):
            return t("onbekende code „\(code)”; ", "unknown code “\(code)”; ") + choices(allowed)
        case .notAPostcode: return t("een postcode heeft 4 cijfers", "a postcode has 4 digits")
        case .notAProblem(let item):
            return t("„\(item)” is geen probleem (domein:ernst 1–3:maanden)", "“\(item)” is not a problem (domain:severity 1–3:months)")
        case .notALanguage(let item):
            return t("„\(item)” is geen taalcode van 2 letters", "“\(item)” is not a 2-letter language code")
        case .duplicate(let item): return t("„\(item)” staat er twee keer", "“\(item)” is there twice")
        case .noneNotAlone: return t("„geen” staat alleen", "“geen” stands alone")
        case .notASlot(let item):
            return t("„\(item)” is geen tijdsblok (ma…zo met -vm, -nm of -av)", "“\(item)” is not a time slot (ma…zo with -vm, -nm or -av)")
        case .controlCharacter: return t("bevat een stuurteken (zoals ESC)", "holds a control character (such as ESC)")
        case .notADossierNumber: return t("geen geldig dossiernummer", "not a valid case number")
        case .other(let reason): return reason.text(language: language == .nl ? .nl : .en)
        }
    }

    // MARK: Discard and stale

    var discardQuestion: String { t("Wijzigingen niet opgeslagen. Weggooien? j = weggooien, n = verder bewerken",
                                    "Changes not saved. Discard them? y = discard, n = keep editing") }
    func discardedEdits(_ n: Int) -> String { t("\(n) wijziging(en) weggegooid.", "\(n) change(s) discarded.") }

    func staleHeading(_ stale: StaleInfo) -> String {
        var who = ""
        if let by = stale.savedBy { who += t(" door \(by)", " by \(by)") }
        if let at = stale.savedAt { who += t(" op ", " on ") + (Self.localTime(at) ?? at) }
        return t("Niet opgeslagen: dit dossier is intussen gewijzigd\(who) (nu revisie \(stale.storedRevision); u bewerkte revisie \(stale.editedRevision)).",
                 "Not saved: someone else changed this dossier\(who) (now revision \(stale.storedRevision); you edited revision \(stale.editedRevision)).")
    }
    var staleTheirChanges: String { t("Wat de ander wijzigde (toen u begon → nu):", "What they changed (you started from → now):") }
    var staleYourEdits: String { t("Uw wijzigingen (gaan verloren bij herladen):", "Your edits (lost when you reload):") }
    var staleConflict: String { t("ook door u gewijzigd", "also changed by you") }
    var staleNoVisibleDifference: String { t("(geen verschil in de velden; wel een nieuwe revisie)",
                                             "(no difference in the fields; a new revision all the same)") }
    var staleChoice: String { t("r = herladen (uw wijzigingen vervallen) · Esc = annuleren (terug naar het formulier)",
                                "r = reload (your edits are dropped) · Esc = cancel (back to the form)") }
    var hintDiscard: String { t("weggooien", "discard") }
    var hintKeepEditing: String { t("verder bewerken", "keep editing") }
    var staleKeyReload: String { t("herladen: de opgeslagen versie tonen, uw wijzigingen vervallen",
                                   "reload: show the stored version, your edits are dropped") }
    var staleKeyCancel: String { t("annuleren: terug naar het formulier met uw wijzigingen",
                                   "cancel: back to the form with your edits") }
    var hintReload: String { t("herladen", "reload") }
    func reloaded(revision: Int, dropped: Int) -> String {
        t("Herladen: revisie \(revision); \(dropped) wijziging(en) niet bewaard.",
          "Reloaded: revision \(revision); \(dropped) change(s) not kept.")
    }
    func membersChanged(_ before: Int, _ after: Int) -> String { t("leden: \(before) → \(after)", "members: \(before) → \(after)") }
    func notesChanged(_ before: Int, _ after: Int) -> String { t("notities: \(before) → \(after)", "notes: \(before) → \(after)") }
    /// One follow-up's change in the history: what happened, with its due date and text.
    func followUpChanged(_ f: FollowUp, _ change: FollowUpChange) -> String {
        let what: String = switch change {
        case .added: t("nieuwe opvolging", "new follow-up")
        case .done: t("opvolging afgevinkt (klaar)", "follow-up marked done")
        case .reopened: t("opvolging weer open", "follow-up open again")
        case .changed: t("opvolging gewijzigd", "follow-up changed") + (f.assignee.map { t(" (voor \($0))", " (for \($0))") } ?? "")
        case .removed: t("opvolging weggehaald", "follow-up removed")
        }
        return what + t(" tegen \(f.due.belgian): ", " due \(f.due.belgian): ") + f.text
    }
    func memberLeft(_ member: String, _ left: MemberDeparture) -> String {
        let why: String = switch left.reason {
        case .verhuisd: left.movedTo.map { t("verhuisd naar dossier \($0.rawValue)", "moved to dossier \($0.rawValue)") } ?? t("verhuisd", "moved out")
        case .overleden: t("overleden", "died")
        case .andere: t("vertrokken", "left")
        }
        return t("\(member): \(why) op \(left.on.belgian)", "\(member): \(why) on \(left.on.belgian)")
    }
    func consulentChanged(_ before: String?, _ after: String?) -> String {
        t("consulent: \(before ?? "—") → \(after ?? "—")", "caseworker: \(before ?? "—") → \(after ?? "—")")
    }
    /// An application's decision in words (`toegekend vanaf 01-12-2026 (€ 45,50)`); nil while it is open.
    func applicationDecision(_ a: RightApplication) -> String? {
        switch a.decision {
        case nil: nil
        case .granted(let from, let amount)?: t("toegekend vanaf \(from.belgian)", "granted from \(from.belgian)") + (amount.map { " (\($0.belgian))" } ?? "")
        case .refused(let on, let reason)?: t("geweigerd op \(on.belgian): \(reason)", "refused on \(on.belgian): \(reason)")
        case .withdrawn(let on)?: t("ingetrokken op \(on.belgian)", "withdrawn on \(on.belgian)")
        }
    }
    func applicationChanged(_ a: RightApplication) -> String {
        let state = applicationDecision(a)
            ?? t("aangevraagd op \(a.appliedOn.belgian)", "applied for on \(a.appliedOn.belgian)") + (a.place.map { t(" bij \($0)", " at \($0)") } ?? "")
        return t("aanvraag \(a.number) \(a.rule)", "application \(a.number) \(a.rule)") + (a.person.map { t(" (lid \($0))", " (member \($0))") } ?? "") + ": " + state
    }
    func closureChanged(_ after: DossierClosure?) -> String {
        guard let after else { return t("dossier heropend", "dossier reopened") }
        return t("dossier gesloten op \(after.on.belgian): \(after.reason)", "dossier closed on \(after.on.belgian): \(after.reason)")
    }
    /// A note added, in the history: its first line (a note of several lines is read in full on the notes tab).
    func newNote(_ text: String) -> String {
        let first = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let shown = String(first.prefix(200))
        let cut = shown.count < first.count || first.endIndex < text.endIndex
        return t("nieuwe notitie: ", "new note: ") + shown + (cut ? " …" : "")
    }

    // MARK: Caseload overdue

    var caseloadKeyOverdue: String { t("alleen achterstallige opvolgingen (aan/uit)", "only overdue follow-ups (on/off)") }
    var hintOverdue: String { t("achterstallig", "overdue") }
    func overdueCount(_ n: Int) -> String { t("\(n) achterstallig", "\(n) overdue") }
    var overdueFilterOn: String { t("Filter: alleen dossiers met achterstallige opvolgingen", "Filter: only households with overdue follow-ups") }

    /// `dd-mm-jjjj uu:mm` in Brussels time for an audit time stamp: the store's own wording of it.
    static func localTime(_ iso: String) -> String? { StaleSave.localTime(iso) }
}
