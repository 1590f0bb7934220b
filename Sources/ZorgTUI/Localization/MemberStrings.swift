import CaseModel

/// The texts of the dossier's member and closing keys (issue 15): a member joins, leaves or moves, the dossier
/// closes or reopens, and why the office refuses one of those.
enum MembersText: String, CatalogText {
    static let catalogSection = "members"
    case keyAdd, hintAdd, keyEndStay, keyMove, keyClose, keyReopen, formHeadingAdd, formHeadingEndStay, formHeadingMove
    case fieldEndStayOn, fieldEndStayReason, fieldMoveTo, fieldMoveOn, fieldCloseReason, fieldCloseOn
}

/// The member and closing texts with values; `done…` says what desk work was saved.
enum MembersTemplate: String, CatalogTemplate {
    static let catalogSection = "members"
    case formHeadingClose, reopenSince, formHeadingReopen, fieldPosition, closedSince, closedLine
    case doneAddMember, doneEndStay, doneMove, doneClose, doneReopen, done
}

/// Why a member no longer lives in the household, and since when.
enum DepartureTemplate: String, CatalogTemplate {
    static let catalogSection = "departure"
    case movedTo, movedOut, died, left, withDate
}

/// `MemberChangeError` in words, by its cases.
enum MemberRefusalTemplate: String, CatalogTemplate {
    static let catalogSection = "memberRefusal"
    case noSuchMember, alreadyLeft, lastMember, alreadyMember, noMembers, dossierClosed, sameDossier
}

/// `ClosureError` in words, by its cases.
enum ClosureRefusalTemplate: String, CatalogTemplate {
    static let catalogSection = "closureRefusal"
    case reasonRequired, alreadyClosed, notClosed, inTheFuture
}

extension Strings {
    func members(_ key: MembersText) -> String { text(key) }

    func formHeadingClose(_ id: String) -> String { fill(MembersTemplate.formHeadingClose, ["id": id]) }

    func formHeadingReopen(_ id: String, closedOn: String, reason: String) -> String {
        let since = closedOn.isEmpty ? "" : fill(MembersTemplate.reopenSince, ["date": closedOn, "reason": reason])
        return fill(MembersTemplate.formHeadingReopen, ["id": id, "since": since])
    }

    func fieldMemberPosition(_ count: Int) -> String { fill(MembersTemplate.fieldPosition, ["count": max(1, count)]) }

    func closedSince(_ date: String) -> String { fill(MembersTemplate.closedSince, ["date": date]) }

    func dossierClosedLine(_ c: DossierClosure) -> String {
        fill(MembersTemplate.closedLine, ["date": c.on.belgian, "by": authorName(c.by), "reason": c.reason])
    }

    /// A member's departure as the dossier shows it beside her name (`verhuisd op 01-12-2026`).
    func memberDeparture(_ d: MemberDeparture) -> String {
        fill(DepartureTemplate.withDate, ["reason": departureReason(d), "date": d.on.belgian])
    }

    /// Why she left: moved (to which dossier, when known), died, or otherwise.
    func departureReason(_ d: MemberDeparture) -> String {
        switch d.reason {
        case .verhuisd: d.movedTo.map { fill(DepartureTemplate.movedTo, ["dossier": $0.rawValue]) } ?? fill(DepartureTemplate.movedOut)
        case .overleden: fill(DepartureTemplate.died)
        case .andere: fill(DepartureTemplate.left)
        }
    }

    /// The message after desk work on a dossier.
    func deskDone(_ request: DeskRequest, revision: Int) -> String {
        let what: String = switch request {
        case .addMember(let p): fill(MembersTemplate.doneAddMember, ["name": p.fullName])
        case .endStay(let n, let on, _): fill(MembersTemplate.doneEndStay, ["member": n, "date": on.belgian])
        case .move(let n, let to, _): fill(MembersTemplate.doneMove, ["member": n, "dossier": to.rawValue])
        case .close(let on, _): fill(MembersTemplate.doneClose, ["date": on.belgian])
        case .reopen: fill(MembersTemplate.doneReopen)
        }
        return fill(MembersTemplate.done, ["revision": revision, "what": what])
    }

    // MARK: Refusals

    func memberChangeRefused(_ e: MemberChangeError) -> String {
        switch e {
        case .noSuchMember(let n, let count): fill(MemberRefusalTemplate.noSuchMember, ["n": n, "count": count])
        case .alreadyLeft(let n, let on): fill(MemberRefusalTemplate.alreadyLeft, ["n": n, "date": on.belgian])
        case .alreadyMember(let masked): fill(MemberRefusalTemplate.alreadyMember, ["person": masked])
        case .dossierClosed(let id): fill(MemberRefusalTemplate.dossierClosed, ["id": id.rawValue])
        default: fill(MemberRefusalTemplate.self, caseOf: e)
        }
    }

    func closureRefused(_ e: ClosureError) -> String {
        switch e {
        case .alreadyClosed(let on): fill(ClosureRefusalTemplate.alreadyClosed, ["date": on.belgian])
        case .inTheFuture(let day): fill(ClosureRefusalTemplate.inTheFuture, ["date": day.belgian])
        default: fill(ClosureRefusalTemplate.self, caseOf: e)
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
