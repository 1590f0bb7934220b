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
                               form: Form(title: s.formHeadingEdit + ": " + s.dossierSection(section), fields: fields))
        case .member(let index):
            guard household.members.indices.contains(index) else { return nil }
            let person = household.members[index]
            let fields = tab.personColumns.compactMap { name -> FormField? in
                guard let column = Columns.named(name) else { return nil }
                return FormField(key: name, label: s.columnLabel(name), kind: column.kind, value: person.value(of: name),
                                 required: name == "voornaam" || name == "naam")
            }
            return EditSession(target: .member(index, tab), original: household,
                               form: Form(title: s.formHeadingEdit + ": " + s.memberHeading(person), fields: fields))
        default:
            return nil
        }
    }

    static func newNote(on household: Household, today: Day, author: String, strings s: Strings) -> EditSession {
        EditSession(target: .note(today: today, author: author), original: household,
                    form: Form(title: s.formHeadingNote + " (\(today.belgian), \(author))",
                               fields: [FormField(key: "tekst", label: s.fieldNoteText, kind: .text, required: true)]))
    }

    static func newFollowUp(on household: Household, author: String, strings s: Strings) -> EditSession {
        EditSession(target: .followUp(author: author), original: household,
                    form: Form(title: s.formHeadingFollowUp, fields: [
                        FormField(key: "tegen", label: s.fieldDue, kind: .date, required: true),
                        FormField(key: "tekst", label: s.fieldNoteText, kind: .text, required: true),
                    ]))
    }

    static func markDone(_ index: Int, on household: Household) -> EditSession {
        EditSession(target: .followUpDone(index), original: household, form: Form(title: "", fields: []))
    }

    // MARK: Applying

    /// Whether saving would change anything.
    var hasChanges: Bool {
        switch target {
        case .note, .followUp, .followUpDone: true
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
