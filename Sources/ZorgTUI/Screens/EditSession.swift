import CaseModel

/// One change being made to a dossier: what is edited, the form, and the dossier as it was when the editing
/// began (so a refused save can show what someone else changed in the meantime).
struct EditSession: Hashable, Sendable {
    enum Target: Hashable, Sendable {
        /// Household columns of a section.
        case section(DossierSection)
        /// Person columns of a member (index in `members`), those of a tab.
        case member(Int, DossierTab)
        /// A new note dated `today` by `author`.
        case note(today: Day, author: String)
        /// A new follow-up by `author`.
        case followUp(author: String)
        /// Marks follow-up `index` done (no form).
        case followUpDone(Int)
        /// A new consent recorded by `user` on `today`.
        case giveConsent(today: Day, user: String)
        /// Withdraws consent record `number`, by `user`.
        case withdrawConsent(Int, user: String)
        /// A person entered at the desk (EditSession+Desk.swift): a member joining, or a person of a new household
        /// (`nil`), or one entered again (her index); the applicant's form of a new household adds the address.
        case person(Int?)
        /// Ends a member's stay (position, date, reason), by `user`.
        case endStay(user: String)
        /// Moves a member to another dossier (position, dossier, date).
        case moveMember(user: String)
        /// Closes the dossier (reason, date no later than `today`), by `user`.
        case closeDossier(today: Day, user: String)
        /// Reopens the closed dossier (no fields: the form asks to confirm).
        case reopenDossier
    }

    let target: Target
    /// The dossier as loaded when the editing began.
    let original: Household
    var form: Form

    // MARK: Making sessions

    static func editing(_ item: DossierItem, on tab: DossierTab, of household: Household, strings s: Strings) -> EditSession? {
        switch item {
        case .section(let section):
            let fields = section.columns.compactMap { name -> FormField? in
                guard let column = Columns.named(name) else { return nil }
                return FormField(key: name, label: s.columnLabel(name), kind: column.kind, value: household.value(of: name))
            }
            return EditSession(target: .section(section), original: household,
                               form: Form(title: s.form(.headingEdit) + ": " + s.dossierSection(section), fields: fields))
        case .member(let index):
            guard household.members.indices.contains(index) else { return nil }
            let person = household.members[index]
            let fields = tab.personColumns.compactMap { name -> FormField? in
                guard let column = Columns.named(name) else { return nil }
                return FormField(key: name, label: s.columnLabel(name), kind: column.kind, value: person.value(of: name),
                                 required: name == "voornaam" || name == "naam")
            }
            return EditSession(target: .member(index, tab), original: household,
                               form: Form(title: s.form(.headingEdit) + ": " + s.memberHeading(person), fields: fields))
        default:
            return nil
        }
    }

    static func newNote(on household: Household, today: Day, author: String, strings s: Strings) -> EditSession {
        EditSession(target: .note(today: today, author: author), original: household,
                    form: Form(title: s.form(.headingNote) + " (\(today.belgian), \(s.authorName(author)))",
                               fields: [FormField(key: "tekst", label: s.form(.fieldNoteText), kind: .text, required: true, multiline: true)]))
    }

    static func newFollowUp(on household: Household, author: String, strings s: Strings) -> EditSession {
        EditSession(target: .followUp(author: author), original: household,
                    form: Form(title: s.form(.headingFollowUp) + " (\(s.byAuthor(author)))", fields: [
                        FormField(key: "tegen", label: s.form(.fieldDue), kind: .date, required: true),
                        FormField(key: "tekst", label: s.form(.fieldNoteText), kind: .text, required: true),
                    ]))
    }

    static func newConsent(on household: Household, today: Day, user: String, strings s: Strings) -> EditSession {
        let applicant = (household.members.firstIndex { $0.role == .aanvrager } ?? 0) + 1
        return EditSession(target: .giveConsent(today: today, user: user), original: household,
                           form: Form(title: s.consent(.formHeading), fields: [
                               FormField(key: "doel", label: s.consent(.fieldPurpose),
                                         kind: .code(ConsentPurpose.allCases.map(\.rawValue)), value: .code("buddy"), required: true),
                               FormField(key: "omschrijving", label: s.consent(.fieldText), kind: .text),
                               FormField(key: "gegeven_op", label: s.consent(.fieldDate), kind: .date, value: .date(today), required: true),
                               FormField(key: "gegeven_door", label: s.fieldConsentGiver(household.members.count),
                                         kind: .integer(1...max(1, household.members.count)), value: .integer(applicant), required: true),
                               FormField(key: "bereik", label: s.consent(.fieldScope),
                                         kind: .codeList(ConsentCategory.allCases.map(\.rawValue))),
                           ]))
    }

    static func withdrawConsent(_ number: Int, on household: Household, today: Day, user: String, strings s: Strings) -> EditSession {
        EditSession(target: .withdrawConsent(number, user: user), original: household,
                    form: Form(title: s.formHeadingWithdraw(number), fields: [
                        FormField(key: "ingetrokken_op", label: s.consent(.fieldWithdrawDate), kind: .date, value: .date(today), required: true),
                        FormField(key: "reden", label: s.consent(.fieldWithdrawReason), kind: .text, required: true),
                    ]))
    }

    static func markDone(_ index: Int, on household: Household) -> EditSession {
        EditSession(target: .followUpDone(index), original: household, form: Form(title: "", fields: []))
    }

    // MARK: Applying

    /// Whether saving would change anything.
    var hasChanges: Bool {
        switch target {
        case .note, .followUp, .followUpDone, .giveConsent, .withdrawConsent: true
        case .person, .endStay, .moveMember, .closeDossier, .reopenDossier: true
        case .section, .member: form.hasChanges
        }
    }

    /// The household with this session's change made; nil while a field is not valid.
    func applied(to household: Household) -> Household? {
        guard let values = form.values else { return nil }
        var h = household
        switch target {
        case .section:
            for (key, value) in values where form.field(key)?.isChanged == true { h.set(key, to: value) }
        case .member(let index, _):
            guard h.members.indices.contains(index) else { return nil }
            for (key, value) in values where form.field(key)?.isChanged == true { h.members[index].set(key, to: value) }
        case .note(let today, let author):
            guard let text = values["tekst"]?.textValue else { return nil }
            h.notes.append(Note(date: today, author: author, text: text))
        case .followUp(let author):
            guard let due = values["tegen"]?.dateValue, let text = values["tekst"]?.textValue else { return nil }
            h.followUps.append(FollowUp(due: due, text: text, author: author))
        case .followUpDone(let index):
            guard h.followUps.indices.contains(index) else { return nil }
            h.followUps[index].done = true
        case .giveConsent(let today, let user):
            guard case .code(let code)? = values["doel"], let purpose = ConsentPurpose(rawValue: code),
                  let on = values["gegeven_op"]?.dateValue, case .integer(let position)? = values["gegeven_door"],
                  h.members.indices.contains(position - 1) else { return nil }
            var scope = purpose.defaultScope
            if case .list(let codes)? = values["bereik"] { scope = codes.compactMap(ConsentCategory.init(rawValue:)) }
            let giver = ConsentGiver(nationalNumber: h.members[position - 1].nationalNumber, position: position)
            guard (try? h.giveConsent(purpose, purposeText: values["omschrijving"]?.textValue, givenOn: on, givenBy: giver,
                                      scope: scope, recordedBy: user, recordedOn: today)) != nil else { return nil }
        case .withdrawConsent(let number, let user):
            guard let on = values["ingetrokken_op"]?.dateValue, let reason = values["reden"]?.textValue,
                  (try? h.withdrawConsent(number, on: on, reason: reason, by: user)) != nil else { return nil }
        case .person, .endStay, .moveMember, .closeDossier, .reopenDossier:
            return try? deskApplied(to: household, values: values).get()
        }
        return h
    }

    /// The edited dossier: the change made on the dossier as it was when the editing began.
    var edited: Household? { applied(to: original) }
}

extension FollowUp {
    /// Not done and due before `today`.
    func isOverdue(on today: Day) -> Bool { !done && due < today }
}

extension Household {
    /// The number of follow-ups not done and due before `today`.
    func overdueFollowUps(on today: Day) -> Int { followUps.filter { $0.isOverdue(on: today) }.count }
}
