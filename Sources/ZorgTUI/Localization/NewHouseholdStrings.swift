import CaseModel

/// The texts of a new household at the desk (`n` on the caseload), and of a possible duplicate found when it is
/// registered.
enum NewHouseholdText: String, CatalogText {
    static let catalogSection = "newHousehold"
    case keyCaseload, hintNew, title, applicantTitle, birthDateUnknown, nationalNumberUnknown, explanation
    case keepOne, discardQuestion, registering, cancelled
    case keySelect, keyAdd, keyEdit, keyRemove, keyRegister, keyCancel, hintRegister
    case duplicateNewSide, duplicateSameNumber, duplicateSameNameAndBirth, duplicateClosed, duplicateChoice
    case duplicateKeyOpen, duplicateKeyRegister, duplicateKeyNext, duplicateKeyBack, hintOpenExisting, hintRegisterAnyway
}

/// The new household's texts with values.
enum NewHouseholdTemplate: String, CatalogTemplate {
    static let catalogSection = "newHousehold"
    case heading, memberTitle, address, personEntered, removed, samePersonTwice, birthDateDisagrees
    case registered, registeredNotOpened, failed
    case duplicateWhich, duplicateIntro, duplicateConsulent, duplicatePair
}

extension Strings {
    func newHousehold(_ key: NewHouseholdText) -> String { text(key) }

    func newHouseholdHeading(members: Int) -> String { fill(NewHouseholdTemplate.heading, count: members) }

    func newHouseholdMemberTitle(_ position: Int) -> String { fill(NewHouseholdTemplate.memberTitle, ["position": position]) }

    func newHouseholdAddress(_ oneLine: String) -> String {
        fill(NewHouseholdTemplate.address, ["address": oneLine.isEmpty ? self(.unknown) : oneLine])
    }

    func newHouseholdPersonEntered(_ name: String, count: Int) -> String {
        fill(NewHouseholdTemplate.personEntered, count: count, ["name": name])
    }

    func newHouseholdRemoved(_ name: String) -> String { fill(NewHouseholdTemplate.removed, ["name": name]) }

    func samePersonTwice(_ position: Int) -> String { fill(NewHouseholdTemplate.samePersonTwice, ["position": position]) }

    func birthDateDisagrees(_ name: String, _ encoded: String) -> String {
        fill(NewHouseholdTemplate.birthDateDisagrees, ["name": name, "encoded": encoded])
    }

    func householdRegistered(_ id: String, members: Int) -> String {
        fill(NewHouseholdTemplate.registered, count: members, ["id": id])
    }

    func householdRegisteredNotOpened(_ id: String, reason: String) -> String {
        fill(NewHouseholdTemplate.registeredNotOpened, ["id": id, "reason": reason])
    }

    func newHouseholdFailed(_ reason: String) -> String { fill(NewHouseholdTemplate.failed, ["reason": reason]) }

    // MARK: A possible duplicate

    /// The heading over the possible duplicates; with more than one, which is shown and how to go to the next.
    func duplicateIntro(count: Int, shown: Int) -> String {
        let which = count > 1 ? fill(NewHouseholdTemplate.duplicateWhich, ["shown": shown, "count": count]) : ""
        return fill(NewHouseholdTemplate.duplicateIntro, ["which": which])
    }

    func duplicateConsulent(_ user: String?) -> String { fill(NewHouseholdTemplate.duplicateConsulent, ["user": user ?? "—"]) }

    func duplicatePair(_ d: PossibleDuplicate) -> String {
        let basis = newHousehold(d.basis == .nationalNumber ? .duplicateSameNumber : .duplicateSameNameAndBirth)
        return fill(NewHouseholdTemplate.duplicatePair, ["member": d.newMember, "dossier": d.dossier.rawValue,
                                                         "closed": d.closed ? newHousehold(.duplicateClosed) : "",
                                                         "storedMember": d.storedMember, "basis": basis])
    }
}
