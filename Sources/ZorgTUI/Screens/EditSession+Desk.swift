import CaseModel

/// What a desk form asks of the office for a dossier (issue 15): each is one `Office` call and one revision with
/// its audit entry (`Office.addMembers`, `endStay`, `moveMember`, `close`, `reopen`).
enum DeskRequest: Hashable, Sendable {
    case addMember(Person)
    /// Member `position` (1-based) no longer lives there from `on`.
    case endStay(position: Int, on: Day, reason: MemberDeparture.Reason)
    /// Member `position` moves to dossier `to` on `on`.
    case move(position: Int, to: DossierID, on: Day)
    case close(on: Day, reason: String)
    case reopen
}

/// The desk's forms on the dossier machinery: a person (a member joining a dossier, or a person of a new
/// household), a member's stay ended, a member moved, the dossier closed or reopened. Each is an `EditSession`,
/// so the dossier screen shows, checks and cancels it as it does any other form; what it changes is checked here
/// with the domain's own rules before the office is asked (and the office checks again).
extension EditSession {
    /// The person columns of the desk's person form (import column names): who the person is, her role, and the
    /// two facts most checks ask first (monthly income, statuses). The rest is filled in on the dossier's tabs.
    static let personColumns = ["voornaam", "naam", "rijksregisternummer", "geboortedatum", "geslacht", "rol",
                                "inkomen_maand", "statuten"]
    /// The household columns the applicant's form of a new household adds: the address.
    static let addressColumns = ["straat", "huisnummer", "postcode", "gemeente", "wijk"]

    // MARK: Making the forms

    /// A person's form: a new one (`index` nil) or member `index` entered again; `address` adds the household's
    /// address (the applicant of a new household). Required are the columns the import requires (`voornaam`,
    /// `naam`). A new household's first person is the applicant unless said otherwise.
    static func person(_ index: Int?, of household: Household, address: Bool, title: String, strings s: Strings) -> EditSession {
        let person = index.flatMap { household.members.indices.contains($0) ? household.members[$0] : nil }
        var fields: [FormField] = personColumns.compactMap { name in
            guard let column = Columns.named(name) else { return nil }
            var value = person?.value(of: name) ?? .unknown
            if name == "rol", person == nil, household.members.isEmpty { value = .code(HouseholdRole.aanvrager.rawValue) }
            return FormField(key: name, label: s.columnLabel(name), kind: column.kind, value: value, required: column.required)
        }
        if address {
            fields += addressColumns.compactMap { name in
                guard let column = Columns.named(name) else { return nil }
                return FormField(key: name, label: s.columnLabel(name), kind: column.kind, value: household.value(of: name))
            }
        }
        return EditSession(target: .person(index), original: household, form: Form(title: title, fields: fields))
    }

    /// `+` in a dossier: a member joins.
    static func addMember(to household: Household, strings s: Strings) -> EditSession {
        person(nil, of: household, address: false, title: s.members(.formHeadingAdd), strings: s)
    }

    /// `-` in a dossier: whose stay ends (the selected member's position by default), when and why.
    static func endStay(on household: Household, selected: Int?, today: Day, user: String, strings s: Strings) -> EditSession {
        EditSession(target: .endStay(user: user), original: household, form: Form(title: s.members(.formHeadingEndStay), fields: [
            memberField(household, selected: selected, strings: s),
            FormField(key: "op", label: s.members(.fieldEndStayOn), kind: .date, value: .date(today), required: true),
            FormField(key: "reden", label: s.members(.fieldEndStayReason), kind: .code(MemberDeparture.codes), required: true),
        ]))
    }

    /// `m` in a dossier: which member moves, to which dossier, on which day.
    static func moveMember(on household: Household, selected: Int?, today: Day, user: String, strings s: Strings) -> EditSession {
        EditSession(target: .moveMember(user: user), original: household, form: Form(title: s.members(.formHeadingMove), fields: [
            memberField(household, selected: selected, strings: s),
            FormField(key: "naar", label: s.members(.fieldMoveTo), kind: .dossier, required: true),
            FormField(key: "op", label: s.members(.fieldMoveOn), kind: .date, value: .date(today), required: true),
        ]))
    }

    /// `S` in a dossier: why and since when it is closed (today by default; not later than today).
    static func closeDossier(_ household: Household, today: Day, user: String, strings s: Strings) -> EditSession {
        EditSession(target: .closeDossier(today: today, user: user), original: household,
                    form: Form(title: s.formHeadingClose(household.id.rawValue), fields: [
                        FormField(key: "reden", label: s.members(.fieldCloseReason), kind: .text, required: true),
                        FormField(key: "op", label: s.members(.fieldCloseOn), kind: .date, value: .date(today), required: true),
                    ]))
    }

    /// `O` in a closed dossier: only asks to confirm (the Save button).
    static func reopenDossier(_ household: Household, strings s: Strings) -> EditSession {
        let title = household.closure.map { s.formHeadingReopen(household.id.rawValue, closedOn: $0.on.belgian, reason: $0.reason) }
            ?? s.formHeadingReopen(household.id.rawValue, closedOn: "", reason: "")
        return EditSession(target: .reopenDossier, original: household, form: Form(title: title, fields: []))
    }

    /// The member's position, 1 to the number of members: the selected member's by default.
    private static func memberField(_ household: Household, selected: Int?, strings s: Strings) -> FormField {
        let count = max(1, household.members.count)
        let value: FactValue = selected.map { .integer($0 + 1) } ?? .unknown
        return FormField(key: "lid", label: s.fieldMemberPosition(household.members.count), kind: .integer(1...count),
                         value: value, required: true)
    }

    // MARK: Applying

    /// Whether this session is desk work (it goes to the office as a `DeskRequest`, not as a saved dossier).
    var isDeskWork: Bool {
        switch target {
        case .person, .endStay, .moveMember, .closeDossier, .reopenDossier: true
        default: false
        }
    }

    /// The person the form describes (her fields set on `base`).
    private func person(from values: [String: FactValue], base: Person) -> Person {
        var p = base
        for key in Self.personColumns { if let v = values[key] { p.set(key, to: v) } }
        return p
    }

    /// The household with this desk form's change made, checked with the domain's rules; why not, in words.
    /// `values` are the form's parsed fields.
    func deskApplied(to household: Household, values: [String: FactValue], strings s: Strings = Strings(language: .nl)) -> Result<Household, Refusal> {
        var h = household
        func position() -> Int? { if case .integer(let n)? = values["lid"] { return n }; return nil }
        func day(_ key: String) -> Day? { values[key]?.dateValue }
        do {
            switch target {
            case .person(let index):
                let base = index.flatMap { h.members.indices.contains($0) ? h.members[$0] : nil } ?? Person(firstName: "", lastName: "")
                let p = person(from: values, base: base)
                guard !p.firstName.isEmpty, !p.lastName.isEmpty else { return .failure(Refusal(s.form(.hasErrors))) }
                for key in Self.addressColumns { if let v = values[key] { h.set(key, to: v) } }
                if let index, h.members.indices.contains(index) {
                    if let other = h.memberMatching(p, except: index) { return .failure(Refusal(s.samePersonTwice(other + 1))) }
                    h.members[index] = p
                } else {
                    try h.add(members: [p])
                }
            case .endStay(let user):
                guard let n = position(), let on = day("op"), case .code(let code)? = values["reden"],
                      let reason = MemberDeparture.Reason(rawValue: code) else { return .failure(Refusal(s.form(.hasErrors))) }
                try h.endStay(of: n, on: on, reason: reason, by: user)
            case .moveMember(let user):
                guard let n = position(), let on = day("op"), let raw = values["naar"]?.textValue,
                      let to = DossierID(rawValue: raw) else { return .failure(Refusal(s.form(.hasErrors))) }
                if to == h.id { throw MemberChangeError.sameDossier }
                try h.endStay(of: n, on: on, reason: .verhuisd, movedTo: to, by: user)
            case .closeDossier(let today, let user):
                guard let on = day("op"), let reason = values["reden"]?.textValue else { return .failure(Refusal(s.form(.hasErrors))) }
                try h.close(on: on, reason: reason, by: user, today: today)
            case .reopenDossier:
                try h.reopen()
            default:
                return .failure(Refusal(s.form(.hasErrors)))
            }
        } catch let e as MemberChangeError {
            return .failure(Refusal(s.memberChangeRefused(e)))
        } catch let e as ClosureError {
            return .failure(Refusal(s.closureRefused(e)))
        } catch {
            return .failure(Refusal(String(describing: error)))
        }
        return .success(h)
    }

    /// What saving this desk form asks of the office, checked on the dossier as loaded; why not, in words. Nil
    /// for a form that is not desk work.
    func deskRequest(strings s: Strings) -> Result<DeskRequest, Refusal>? {
        guard isDeskWork else { return nil }
        guard form.isValid, let values = form.values else { return .failure(Refusal(s.form(.hasErrors))) }
        switch deskApplied(to: original, values: values, strings: s) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let changed):
            switch target {
            case .person:
                guard let p = changed.members.last else { return .failure(Refusal(s.form(.hasErrors))) }
                return .success(.addMember(p))
            case .endStay:
                guard case .integer(let n)? = values["lid"], let on = values["op"]?.dateValue,
                      let left = changed.members[n - 1].departure else { return .failure(Refusal(s.form(.hasErrors))) }
                return .success(.endStay(position: n, on: on, reason: left.reason))
            case .moveMember:
                guard case .integer(let n)? = values["lid"], let left = changed.members[n - 1].departure,
                      let to = left.movedTo else { return .failure(Refusal(s.form(.hasErrors))) }
                return .success(.move(position: n, to: to, on: left.on))
            case .closeDossier:
                guard let closure = changed.closure else { return .failure(Refusal(s.form(.hasErrors))) }
                return .success(.close(on: closure.on, reason: closure.reason))
            case .reopenDossier:
                return .success(.reopen)
            default:
                return nil
            }
        }
    }
}
