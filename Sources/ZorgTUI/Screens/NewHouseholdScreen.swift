import CaseModel

/// `n` on the caseload (issue 15): a new household at the desk. The applicant first — the fields the import
/// requires (first and last name), who she is, and the address — then the members one by one, each in the
/// dossier's own person form (`EditSession.person`). `r` asks the office to register it: first it looks for a
/// possible duplicate (the same national number, or a close name with the same birth date; closed dossiers too),
/// shown side by side with the new entry (the stored dossier read for the reason `intake`), and the caseworker opens
/// the existing dossier or goes on. The number is the office's, under the writers' lock. Nothing is written before
/// that: Esc leaves without a trace.
struct NewHouseholdScreen: Sendable {
    /// The household as entered so far; its number is a placeholder until the office gives it one.
    private(set) var draft: Household
    private(set) var mode: Mode
    /// The selected person of the overview (an index into `draft.members`).
    private(set) var selection = 0

    indirect enum Mode: Sendable {
        /// A person's form: the applicant's first, then each member's.
        case person(EditSession)
        /// The people entered, with the keys to add, change and remove one, and to register.
        case overview
        /// Esc with something typed: asks before dropping it; `back` is where "no" returns to.
        case confirmDiscard(back: Mode)
        /// The office is looking for duplicates or registering.
        case registering
        /// Possible duplicates: the new entry and a stored dossier side by side.
        case duplicates(DuplicateReview)
    }

    /// The placeholder number of the household being entered (the office gives the real one).
    static let draftID = DossierID(rawValue: "nieuw")!

    init(strings s: Strings) {
        draft = Household(id: Self.draftID)
        mode = .person(.person(nil, of: draft, address: true, title: s.newHousehold(.applicantTitle), strings: s))
    }

    var session: EditSession? { if case .person(let session) = mode { return session }; return nil }

    func title(_ s: Strings) -> String { s.newHousehold(.title) }

    // MARK: Update

    enum Outcome: Equatable {
        case stay, cancel, help
        case flash(String)
        /// Ask the office: the duplicates first (unless passed), then register.
        case register(Household, despiteDuplicates: Bool)
        /// The stored dossier, read for the intake, opened on top of this screen.
        case openExisting(Household)
    }

    mutating func handle(_ key: Key, strings s: Strings) -> Outcome {
        switch mode {
        case .person(var session):
            switch session.form.handle(key, strings: s) {
            case .stay:
                mode = .person(session)
            case .help:
                return .help
            case .cancel:
                if session.form.hasChanges {
                    mode = .confirmDiscard(back: .person(session))
                } else if draft.members.isEmpty {
                    return .cancel
                } else {
                    mode = .overview
                }
            case .save:
                return savePerson(session, strings: s)
            }
        case .confirmDiscard(let back):
            switch DossierScreen.discardKeys.action(for: key) {
            case .discard?:
                // Dropping a person's form returns to the people entered; with nobody entered, or from the
                // overview, the whole new household goes.
                if case .person = back, !draft.members.isEmpty {
                    mode = .overview
                } else {
                    return .cancel
                }
            case .keepEditing?: mode = back
            default: break
            }
        case .overview:
            return handleOverview(key, strings: s)
        case .registering:
            break  // the office answers with a message; keys wait
        case .duplicates(var review):
            switch Self.duplicateKeys.action(for: key) {
            case .next?: review.select(by: 1)
            case .previous?: review.select(by: -1)
            case .openExisting?:
                if let h = review.candidate { mode = .duplicates(review); return .openExisting(h) }
            case .registerAnyway?:
                mode = .registering
                return .register(draft, despiteDuplicates: true)
            case .back?: mode = .overview; return .stay
            case .help?: return .help
            default: break
            }
            mode = .duplicates(review)
        }
        return .stay
    }

    private mutating func handleOverview(_ key: Key, strings s: Strings) -> Outcome {
        let count = draft.members.count
        switch Self.overviewKeys.action(for: key) {
        case .up?: selection = max(0, selection - 1)
        case .down?: selection = min(max(0, count - 1), selection + 1)
        case .add?:
            mode = .person(.person(nil, of: draft, address: false, title: s.newHouseholdMemberTitle(count + 1), strings: s))
        case .edit?:
            guard draft.members.indices.contains(selection) else { break }
            mode = .person(.person(selection, of: draft, address: selection == 0,
                                   title: selection == 0 ? s.newHousehold(.applicantTitle) : s.newHouseholdMemberTitle(selection + 1),
                                   strings: s))
        case .remove?:
            guard draft.members.indices.contains(selection) else { break }
            guard count > 1 else { return .flash(s.newHousehold(.keepOne)) }
            let name = draft.members[selection].fullName
            draft.members.remove(at: selection)
            selection = min(selection, draft.members.count - 1)
            return .flash(s.newHouseholdRemoved(name))
        case .register?:
            guard !draft.members.isEmpty else { return .flash(s.newHousehold(.keepOne)) }
            mode = .registering
            return .register(draft, despiteDuplicates: false)
        case .cancel?:
            mode = .confirmDiscard(back: .overview)
        case .help?: return .help
        default: break
        }
        return .stay
    }

    /// Ctrl-S on a person's form: the person joins the entry (or is changed), checked as the import and the
    /// dossier check a member: the fields, a national number or a person entered twice.
    private mutating func savePerson(_ session: EditSession, strings s: Strings) -> Outcome {
        var session = session
        guard session.form.isValid, let values = session.form.values else {
            session.form.focusFirstProblem()
            mode = .person(session)
            return .flash(s.form(.hasErrors))
        }
        let before = draft
        switch session.deskApplied(to: draft, values: values, strings: s) {
        case .failure(let refusal):
            mode = .person(session)
            return .flash(refusal.text)
        case .success(let changed):
            var index = changed.members.count - 1
            if case .person(let i?) = session.target { index = i }
            let person = changed.members[index]
            if case .person(nil) = session.target, let twice = before.memberMatching(person) {
                mode = .person(session)
                return .flash(s.samePersonTwice(twice + 1))
            }
            draft = changed
            selection = index
            mode = .overview
            // The import warns when the birth date and the national number disagree; so does the form.
            if let number = person.nationalNumber, let encoded = number.birthDate, let given = person.birthDate, encoded != given {
                return .flash(s.birthDateDisagrees(person.fullName, encoded.belgian))
            }
            return .flash(s.newHouseholdPersonEntered(person.fullName, count: draft.members.count))
        }
    }

    // MARK: Answers from the office

    /// Possible duplicates: show the first side by side.
    mutating func duplicatesFound(_ found: [PossibleDuplicate], candidates: [Household]) {
        mode = .duplicates(DuplicateReview(duplicates: found, candidates: candidates))
    }

    /// The office refused or failed: back to the people entered, nothing lost.
    mutating func registerFailed() { mode = .overview }

    // MARK: Keys

    enum KeyAction: Sendable {
        case up, down, add, edit, remove, register, cancel, help
        case next, previous, openExisting, registerAnyway, back
    }

    /// The people entered.
    static let overviewKeys = KeyTable<KeyAction>([
        .init([.up, .character("k")], "↑ ↓  j k", .up, help: { $0.newHousehold(.keySelect) }, hint: "↑↓", { $0(.hintMove) }),
        .init([.down, .character("j")], "", .down, help: { $0.newHousehold(.keySelect) }),
        .init([.character("+")], "+", .add, help: { $0.newHousehold(.keyAdd) }, hint: "+", { $0.members(.hintAdd) }),
        .init([.character("e"), .enter], "e  Enter", .edit, help: { $0.newHousehold(.keyEdit) }, hint: "e", { $0.dossier(.hintEdit) }),
        .init([.character("x"), .delete], "x  Del", .remove, help: { $0.newHousehold(.keyRemove) }),
        .init([.character("r"), Form.ctrlS], "r  Ctrl-S", .register, help: { $0.newHousehold(.keyRegister) }, hint: "r",
              { $0.newHousehold(.hintRegister) }),
        .init([.escape], "Esc", .cancel, help: { $0.newHousehold(.keyCancel) }, hint: "Esc", { $0.form(.hintCancel) }),
        .init([.character("?")], "?", .help, help: { $0(.keyHelp) }, hint: "?", { $0(.hintHelp) }),
    ])

    /// A possible duplicate on screen.
    static let duplicateKeys = KeyTable<KeyAction>([
        .init([.character("o"), .enter], "o  Enter", .openExisting, help: { $0.newHousehold(.duplicateKeyOpen) }, hint: "o", { $0.newHousehold(.hintOpenExisting) }),
        .init([.character("r")], "r", .registerAnyway, help: { $0.newHousehold(.duplicateKeyRegister) }, hint: "r", { $0.newHousehold(.hintRegisterAnyway) }),
        .init([.tab, .down, .character("j")], "Tab  ↓ ↑  j k", .next, help: { $0.newHousehold(.duplicateKeyNext) }),
        .init([.backTab, .up, .character("k")], "", .previous, help: { $0.newHousehold(.duplicateKeyNext) }),
        .init([.escape], "Esc", .back, help: { $0.newHousehold(.duplicateKeyBack) }, hint: "Esc", { $0(.hintBack) }),
        .init([.character("?")], "?", .help, help: { $0(.keyHelp) }, hint: "?", { $0(.hintHelp) }),
    ])

    func keyHelp(_ s: Strings) -> [KeyHelp] {
        switch mode {
        case .person: Form.keys.keyHelp(s)
        case .overview: Self.overviewKeys.keyHelp(s)
        case .confirmDiscard: DossierScreen.discardKeys.keyHelp(s)
        case .registering: []
        case .duplicates: Self.duplicateKeys.keyHelp(s)
        }
    }

    func hints(_ s: Strings) -> [KeyHint] {
        switch mode {
        case .person: Form.keys.hints(s)
        case .overview: Self.overviewKeys.hints(s)
        case .confirmDiscard: DossierScreen.discardKeys.hints(s)
        case .registering: []
        case .duplicates: Self.duplicateKeys.hints(s)
        }
    }
}

/// Possible duplicates of a new household: each pair found (a new member and a stored dossier's member) and the
/// stored dossiers they name, each read once for the intake. One dossier is shown at a time beside the new entry.
struct DuplicateReview: Hashable, Sendable {
    let duplicates: [PossibleDuplicate]
    let candidates: [Household]
    private(set) var selected = 0

    init(duplicates: [PossibleDuplicate], candidates: [Household]) {
        self.duplicates = duplicates
        self.candidates = candidates
    }

    var candidate: Household? { candidates.indices.contains(selected) ? candidates[selected] : nil }

    /// The pairs that concern the dossier shown.
    var pairs: [PossibleDuplicate] { duplicates.filter { $0.dossier == candidate?.id } }

    mutating func select(by delta: Int) {
        guard !candidates.isEmpty else { return }
        selected = (selected + delta + candidates.count) % candidates.count
    }
}
