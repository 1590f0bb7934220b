import CaseModel

/// The texts of consent records (dossier tab, Housing First intake, buddy matching) and of the access-reason
/// chooser.
enum ConsentText: String, CatalogText {
    static let catalogSection = "consent"
    case heading, noneRecorded, active, formHeading, fieldPurpose, fieldText, fieldDate, fieldScope
    case fieldWithdrawDate, fieldWithdrawReason, keyGive, keyWithdraw, hintGive, hintWithdraw
    case intakeStep, intakeScopeLabel, intakeLocked
}

/// The consent texts with values.
enum ConsentTemplate: String, CatalogTemplate {
    static let catalogSection = "consent"
    case accessReasonTitle, withdrawnOn, from, fromImport, scopeLine, given, withdrawalLine, alreadyWithdrawn
    case formHeadingWithdraw, fieldGiver, unknownScope, intakeRecorded, intakeImported
    case neededLine, sharedWithVolunteer, notShared
}

extension AccessReason: CatalogText { static let catalogSection = "accessReason" }

extension ConsentPurpose: CatalogText { static let catalogSection = "consentPurpose" }

extension ConsentCategory: CatalogText { static let catalogSection = "consentCategory" }

extension Strings {
    func consent(_ key: ConsentText) -> String { text(key) }

    // MARK: Access reasons

    func accessReasonName(_ r: AccessReason) -> String { text(r) }

    func accessReasonTitle(_ id: String, name: String) -> String {
        fill(ConsentTemplate.accessReasonTitle, ["id": id, "name": name])
    }

    func accessReasonInAudit(_ code: String) -> String {
        AccessReason(code: code).map(accessReasonName) ?? code
    }

    // MARK: Consent records

    func consentWithdrawnOn(_ date: String) -> String { fill(ConsentTemplate.withdrawnOn, ["date": date]) }
    func consentFrom(_ date: String) -> String { fill(ConsentTemplate.from, ["date": date]) }
    func consentFromImport(_ date: String) -> String { fill(ConsentTemplate.fromImport, ["date": date]) }

    /// What a consent is for; an `andere` consent with its own description after it.
    func consentPurpose(_ p: ConsentPurpose, text description: String?) -> String {
        description.map { text(p) + ": " + $0 } ?? text(p)
    }

    func consentCategory(_ c: ConsentCategory) -> String { text(c) }

    func consentScopeLine(_ scope: [ConsentCategory]) -> String {
        fill(ConsentTemplate.scopeLine, ["categories": categories(scope)])
    }

    func consentGiven(_ date: String, by: String, recordedBy: String, on: String) -> String {
        fill(ConsentTemplate.given, ["date": date, "by": by, "recordedBy": recordedBy, "on": on])
    }

    func consentWithdrawalLine(_ reason: String, by: String) -> String {
        fill(ConsentTemplate.withdrawalLine, ["reason": reason, "by": by])
    }

    func consentAlreadyWithdrawn(_ n: Int) -> String { fill(ConsentTemplate.alreadyWithdrawn, ["number": n]) }

    func formHeadingWithdraw(_ n: Int) -> String { fill(ConsentTemplate.formHeadingWithdraw, ["number": n]) }
    func fieldConsentGiver(_ members: Int) -> String { fill(ConsentTemplate.fieldGiver, ["members": members]) }

    // MARK: Housing First intake

    /// Short: the message line shows the end of a long text. The codes are in the intake's help (?).
    func unknownScope(_ code: String) -> String { fill(ConsentTemplate.unknownScope, ["code": code]) }

    func intakeConsentRecorded(_ n: Int, date: String, by: String) -> String {
        fill(ConsentTemplate.intakeRecorded, ["number": n, "date": date, "by": by])
    }

    func intakeConsentImported(_ date: String) -> String { fill(ConsentTemplate.intakeImported, ["date": date]) }

    // MARK: Buddy matching

    func consentNeededLine(_ count: Int) -> String { fill(ConsentTemplate.neededLine, count: count) }

    func sharedWithVolunteer(_ n: Int) -> String { fill(ConsentTemplate.sharedWithVolunteer, ["number": n]) }

    func notShared(_ list: [ConsentCategory]) -> String { fill(ConsentTemplate.notShared, ["categories": categories(list)]) }

    private func categories(_ list: [ConsentCategory]) -> String { list.map(consentCategory).joined(separator: ", ") }
}
