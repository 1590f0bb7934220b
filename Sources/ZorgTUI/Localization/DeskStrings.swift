import CaseModel

/// The texts of the desk (issue 15): applications on the checks screen, a new household, members, closing.
extension Strings {
    private func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    // MARK: Applications

    var keyChecksApply: String {
        t("aanvraag registreren (op een recht) of de uitkomst ervan", "record an application (on a right) or its outcome")
    }
    var hintApply: String { t("aanvraag", "apply") }
    func applicationRunning(days: Int) -> String {
        t("aanvraag loopt (\(days) \(days == 1 ? "dag" : "dagen"))", "application pending (\(days) \(days == 1 ? "day" : "days"))")
    }
    func applicationFormTitle(_ right: String) -> String { t("Aanvraag: \(right)", "Application: \(right)") }
    var applicationAppliedOn: String { t("Aangevraagd op", "Applied on") }
    var applicationWhere: String { t("Waar", "Where") }
    func decisionFormTitle(_ right: String, appliedOn: String) -> String {
        t("Uitkomst van de aanvraag: \(right) (aangevraagd op \(appliedOn))", "Outcome of the application: \(right) (applied on \(appliedOn))")
    }
    var decisionOutcome: String { t("Uitkomst", "Outcome") }
    var decisionDate: String { t("Datum (vanaf / op)", "Date (from / on)") }
    var decisionAmount: String { t("Bedrag (bij toekenning)", "Amount (when granted)") }
    var decisionReason: String { t("Reden (bij weigering)", "Reason (when refused)") }
    var decisionReasonRequired: String { t("Een weigering heeft een reden.", "A refusal needs a reason.") }
    var applicationNotARight: String {
        t("Dit is geen recht (een signaal of traject): er valt niets aan te vragen.", "This is not a right (a signal or programme): nothing to apply for.")
    }
    var applicationNotFound: String {
        t("Aanvragen kan voor een recht dat rechthebbend of mogelijk is.", "An application is for a right found eligible or possible.")
    }
    func applicationRecorded(_ a: RightApplication) -> String {
        switch a.decision {
        case nil: t("Aanvraag \(a.number) geregistreerd (\(a.rule), \(a.appliedOn.belgian)).", "Application \(a.number) recorded (\(a.rule), \(a.appliedOn.belgian)).")
        case .granted?: t("Aanvraag \(a.number) toegekend.", "Application \(a.number) granted.")
        case .refused?: t("Aanvraag \(a.number) geweigerd.", "Application \(a.number) refused.")
        case .withdrawn?: t("Aanvraag \(a.number) ingetrokken.", "Application \(a.number) withdrawn.")
        }
    }
}

/// The texts of a new household at the desk (`n` on the caseload) and of the dossier's member and closing keys.
extension Strings {
    // MARK: A new household

    var caseloadKeyNewHousehold: String { t("nieuw huishouden registreren", "register a new household") }
    var hintNewHousehold: String { t("nieuw", "new") }
    var newHouseholdTitle: String { t("Nieuw huishouden", "New household") }
    func newHouseholdHeading(members: Int) -> String {
        t("Nieuw huishouden (nog niet geregistreerd) · \(members) \(members == 1 ? "persoon" : "personen")",
          "New household (not registered yet) · \(members) \(members == 1 ? "person" : "people")")
    }
    var newHouseholdApplicantTitle: String { t("De aanvrager en het adres", "The applicant and the address") }
    func newHouseholdMemberTitle(_ position: Int) -> String { t("Lid \(position)", "Member \(position)") }
    func newHouseholdAddress(_ oneLine: String) -> String {
        t("Adres: ", "Address: ") + (oneLine.isEmpty ? self(.unknown) : oneLine)
    }
    var birthDateUnknown: String { t("geboortedatum onbekend", "birth date unknown") }
    var nationalNumberUnknown: String { t("rijksregisternummer onbekend", "national number unknown") }
    var newHouseholdExplanation: String {
        t("+ voegt een lid toe, e wijzigt de gekozen persoon, x haalt ze weg. r registreert het huishouden: eerst wordt gezocht of iemand al in een dossier staat (ook gesloten dossiers); het nummer wordt dan toegekend. Esc: niets bewaren.",
          "+ adds a member, e changes the selected person, x removes them. r registers the household: first Zorg looks whether someone is already in a dossier (closed ones too); then the number is given. Esc: keep nothing.")
    }
    func newHouseholdPersonEntered(_ name: String, count: Int) -> String {
        t("\(name) toegevoegd (\(count) \(count == 1 ? "persoon" : "personen")). + nog een lid, r registreren.",
          "\(name) added (\(count) \(count == 1 ? "person" : "people")). + another member, r register.")
    }
    func newHouseholdRemoved(_ name: String) -> String { t("\(name) weggehaald.", "\(name) removed.") }
    var newHouseholdKeepOne: String {
        t("Een huishouden heeft minstens één persoon.", "A household has at least one person.")
    }
    func samePersonTwice(_ position: Int) -> String {
        t("Deze persoon staat al in het huishouden (persoon \(position)).", "This person is already in the household (person \(position)).")
    }
    func birthDateDisagrees(_ name: String, _ encoded: String) -> String {
        t("Let op: het rijksregisternummer van \(name) zegt geboren op \(encoded).",
          "Note: \(name)'s national number says born on \(encoded).")
    }
    var newHouseholdDiscardQuestion: String {
        t("Nieuw huishouden weggooien? Er is nog niets bewaard. j = weggooien, n = verder",
          "Discard the new household? Nothing has been saved. y = discard, n = go on")
    }
    var newHouseholdRegistering: String {
        t("Bezig: zoeken naar een mogelijk dubbel dossier, dan registreren…", "Working: looking for a possible duplicate, then registering…")
    }
    func householdRegistered(_ id: String, members: Int) -> String {
        t("Dossier \(id) geregistreerd met \(members) \(members == 1 ? "lid" : "leden").",
          "Dossier \(id) registered with \(members) \(members == 1 ? "member" : "members").")
    }
    func householdRegisteredNotOpened(_ id: String, reason: String) -> String {
        t("Dossier \(id) geregistreerd, maar niet geopend: \(reason)", "Dossier \(id) registered, but not opened: \(reason)")
    }
    func newHouseholdFailed(_ reason: String) -> String { t("Niet geregistreerd: \(reason)", "Not registered: \(reason)") }

    var newHouseholdKeySelect: String { t("persoon kiezen", "select a person") }
    var newHouseholdKeyAdd: String { t("een lid toevoegen", "add a member") }
    var newHouseholdKeyEdit: String { t("de gekozen persoon wijzigen", "change the selected person") }
    var newHouseholdKeyRemove: String { t("de gekozen persoon weghalen", "remove the selected person") }
    var newHouseholdKeyRegister: String {
        t("registreren (eerst zoeken naar een mogelijk dubbel dossier)", "register (first look for a possible duplicate)")
    }
    var newHouseholdKeyCancel: String { t("annuleren: niets bewaren", "cancel: keep nothing") }
    var hintRegister: String { t("registreren", "register") }

    // MARK: A possible duplicate

    func duplicateIntro(count: Int, shown: Int) -> String {
        let which = count > 1 ? t(" (dossier \(shown) van \(count); Tab: volgende)", " (dossier \(shown) of \(count); Tab: next)") : ""
        return t("Mogelijk staat iemand al in een dossier\(which):", "Someone may already be in a dossier\(which):")
    }
    var duplicateNewSide: String { t("Nieuw (nog niet geregistreerd)", "New (not registered yet)") }
    func duplicateConsulent(_ user: String?) -> String { t("consulent: ", "caseworker: ") + (user ?? "—") }
    func duplicatePair(_ d: PossibleDuplicate) -> String {
        let basis = d.basis == .nationalNumber ? t("zelfde rijksregisternummer", "same national number")
            : t("(bijna) dezelfde naam en dezelfde geboortedatum", "(nearly) the same name and the same birth date")
        let closed = d.closed ? t(" (gesloten)", " (closed)") : ""
        return t("! nieuw lid \(d.newMember) ↔ dossier \(d.dossier.rawValue)\(closed), lid \(d.storedMember): \(basis)",
                 "! new member \(d.newMember) ↔ dossier \(d.dossier.rawValue)\(closed), member \(d.storedMember): \(basis)")
    }
    var duplicateChoice: String {
        t("o opent het bestaande dossier (gelezen voor de intake); r registreert het nieuwe huishouden toch; Esc gaat terug naar de personen.",
          "o opens the existing dossier (read for the intake); r registers the new household anyway; Esc goes back to the people.")
    }
    var duplicateKeyOpen: String { t("het bestaande dossier openen", "open the existing dossier") }
    var duplicateKeyRegister: String { t("toch registreren", "register anyway") }
    var duplicateKeyNext: String { t("volgend / vorig mogelijk dubbel dossier", "next / previous possible duplicate") }
    var duplicateKeyBack: String { t("terug naar de personen", "back to the people") }
    var hintOpenExisting: String { t("bestaand openen", "open existing") }
    var hintRegisterAnyway: String { t("toch registreren", "register anyway") }

    // MARK: Members and closing, in the dossier

    var dossierKeyAddMember: String { t("een lid toevoegen (pasgeborene, partner)", "add a member (a newborn, a partner)") }
    var hintAddMember: String { t("lid", "member") }
    var dossierKeyEndStay: String {
        t("een lid woont er niet meer (verhuisd, overleden): vanaf een datum", "a member no longer lives there (moved, died): from a date")
    }
    var dossierKeyMoveMember: String { t("een lid verhuist naar een ander dossier", "a member moves to another dossier") }
    var dossierKeyClose: String { t("het dossier sluiten (reden, datum)", "close the dossier (reason, date)") }
    var dossierKeyReopen: String { t("het gesloten dossier heropenen", "reopen the closed dossier") }

    var formHeadingAddMember: String { t("Lid toevoegen", "Add a member") }
    var formHeadingEndStay: String { t("Lid woont er niet meer", "Member no longer lives here") }
    var formHeadingMoveMember: String { t("Lid verhuist naar een ander dossier", "Member moves to another dossier") }
    func formHeadingClose(_ id: String) -> String { t("Dossier \(id) sluiten", "Close dossier \(id)") }
    func formHeadingReopen(_ id: String, closedOn: String, reason: String) -> String {
        let since = closedOn.isEmpty ? "" : t(" (gesloten op \(closedOn): \(reason))", " (closed on \(closedOn): \(reason))")
        return t("Dossier \(id) heropenen\(since)? Enter op Opslaan bevestigt, Esc niet.",
                 "Reopen dossier \(id)\(since)? Enter on Save confirms, Esc does not.")
    }
    func fieldMemberPosition(_ count: Int) -> String { t("Lid (1–\(max(1, count)))", "Member (1–\(max(1, count)))") }
    var fieldEndStayOn: String { t("Vanaf (datum)", "From (date)") }
    var fieldEndStayReason: String { t("Reden", "Reason") }
    var fieldMoveTo: String { t("Naar dossier", "To dossier") }
    var fieldMoveOn: String { t("Op (datum)", "On (date)") }
    var fieldCloseReason: String { t("Reden", "Reason") }
    var fieldCloseOn: String { t("Gesloten op", "Closed on") }

    func closedSince(_ date: String) -> String { t("gesloten sinds \(date)", "closed since \(date)") }
    func dossierClosedLine(_ c: DossierClosure) -> String {
        t("Gesloten op \(c.on.belgian) door \(authorName(c.by)): \(c.reason)", "Closed on \(c.on.belgian) by \(authorName(c.by)): \(c.reason)")
    }
    /// A member's departure as the dossier shows it beside her name.
    func memberDeparture(_ d: MemberDeparture) -> String {
        let why: String = switch d.reason {
        case .verhuisd: d.movedTo.map { t("verhuisd naar dossier \($0.rawValue)", "moved to dossier \($0.rawValue)") } ?? t("verhuisd", "moved out")
        case .overleden: t("overleden", "died")
        case .andere: t("vertrokken", "left")
        }
        return t("\(why) op \(d.on.belgian)", "\(why) on \(d.on.belgian)")
    }

    /// The message after desk work on a dossier.
    func deskDone(_ request: DeskRequest, revision: Int) -> String {
        let what: String = switch request {
        case .addMember(let p): t("\(p.fullName) toegevoegd", "\(p.fullName) added")
        case .endStay(let n, let on, _): t("lid \(n) woont er niet meer vanaf \(on.belgian)", "member \(n) no longer lives here from \(on.belgian)")
        case .move(let n, let to, _): t("lid \(n) verhuisd naar dossier \(to.rawValue)", "member \(n) moved to dossier \(to.rawValue)")
        case .close(let on, _): t("dossier gesloten op \(on.belgian)", "dossier closed on \(on.belgian)")
        case .reopen: t("dossier heropend", "dossier reopened")
        }
        return t("Opgeslagen (revisie \(revision)): \(what).", "Saved (revision \(revision)): \(what).")
    }

    // MARK: Refusals

    func memberChangeRefused(_ e: MemberChangeError) -> String {
        switch e {
        case .noSuchMember(let n, let count): t("Geen lid \(n): het dossier heeft \(count) leden (1–\(count)).", "No member \(n): the dossier has \(count) members (1–\(count)).")
        case .alreadyLeft(let n, let on): t("Lid \(n) woont er al niet meer sinds \(on.belgian).", "Member \(n) has not lived here since \(on.belgian).")
        case .lastMember: t("Het laatste lid dat er nog woont kan niet vertrekken; sluit het dossier (S).", "The last member still living here cannot leave; close the dossier (S).")
        case .alreadyMember(let masked): t("\(masked) is al lid van dit huishouden.", "\(masked) is already a member of this household.")
        case .noMembers: t("Geen leden om toe te voegen.", "No members to add.")
        case .dossierClosed(let id): t("Dossier \(id.rawValue) is gesloten; heropen het eerst (O).", "Dossier \(id.rawValue) is closed; reopen it first (O).")
        case .sameDossier: t("Een lid verhuizen kan alleen naar een ander dossier.", "A member can only move to another dossier.")
        }
    }

    func closureRefused(_ e: ClosureError) -> String {
        switch e {
        case .reasonRequired: t("Geef een reden.", "Give a reason.")
        case .alreadyClosed(let on): t("Het dossier is al gesloten sinds \(on.belgian).", "The dossier has been closed since \(on.belgian).")
        case .notClosed: t("Het dossier is niet gesloten.", "The dossier is not closed.")
        case .inTheFuture(let day): t("\(day.belgian) ligt in de toekomst; een dossier sluit vandaag of vroeger.", "\(day.belgian) is in the future; a dossier closes today or earlier.")
        }
    }

    /// The office's refusal of desk work, in the screen's words (the command line's name its options).
    func deskRefused(_ e: DeskError) -> String {
        switch e {
        case .members(let m): memberChangeRefused(m)
        case .closure(let c): closureRefused(c)
        default: e.description
        }
    }
}

extension Strings {
    var newHouseholdCancelled: String { language == .nl ? "Nieuw huishouden geannuleerd: niets bewaard." : "New household cancelled: nothing saved." }
}
