import CaseModel

/// The texts of consent records (dossier tab, Housing First intake, buddy matching) and of the access-reason
/// chooser.
extension Strings {
    private func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    // MARK: Access reasons

    func accessReasonName(_ r: AccessReason) -> String {
        switch r {
        case .intake: t("Intake", "Intake")
        case .opvolging: t("Opvolging", "Follow-up")
        case .controleRechten: t("Controle rechten", "Rights check")
        case .correctie: t("Correctie", "Correction")
        case .housingFirst: "Housing First"
        case .buddy: t("Buddywerking", "Buddy support")
        case .andere: t("Andere", "Other")
        }
    }

    func accessReasonTitle(_ id: String, name: String) -> String {
        t("Waarom open je \(id) \(name)?", "Why are you opening \(id) \(name)?")
    }

    func accessReasonInAudit(_ code: String) -> String {
        AccessReason(code: code).map(accessReasonName) ?? code
    }

    // MARK: Consent records

    var consentsHeading: String { t("Toestemmingen", "Consents") }
    var noConsents: String { t("Geen toestemmingen vastgelegd. g legt er een vast.", "No consents recorded. g records one.") }
    var consentActive: String { t("actief", "active") }
    func consentWithdrawnOn(_ date: String) -> String { t("ingetrokken op \(date)", "withdrawn on \(date)") }
    func consentFrom(_ date: String) -> String { t("vanaf \(date)", "from \(date)") }
    func consentFromImport(_ date: String) -> String {
        t("Toestemming Housing First \(date): uit import, bereik niet vastgelegd",
          "Housing First consent \(date): from an import, scope not recorded")
    }

    func consentPurpose(_ p: ConsentPurpose, text: String?) -> String {
        let base = switch p {
        case .housingFirst: "Housing First"
        case .buddy: t("Buddywerking (delen met vrijwilliger)", "Buddy support (sharing with a volunteer)")
        case .other: t("Andere", "Other")
        }
        return text.map { base + ": " + $0 } ?? base
    }

    func consentCategory(_ c: ConsentCategory) -> String {
        switch c {
        case .nameAddress: t("naam en adres", "name and address")
        case .household: t("gezinssamenstelling", "household composition")
        case .languages: t("talen", "languages")
        case .problems: t("probleemdomeinen", "problem domains")
        case .income: t("inkomen", "income")
        case .housing: t("woonsituatie", "housing situation")
        case .health: t("gezondheid", "health")
        }
    }

    func consentScopeLine(_ scope: [ConsentCategory]) -> String {
        t("bereik: ", "scope: ") + scope.map(consentCategory).joined(separator: ", ")
    }

    func consentGiven(_ date: String, by: String, recordedBy: String, on: String) -> String {
        t("gegeven op \(date) door \(by); vastgelegd door \(recordedBy) op \(on)",
          "given on \(date) by \(by); recorded by \(recordedBy) on \(on)")
    }

    func consentWithdrawalLine(_ reason: String, by: String) -> String {
        t("reden intrekking: \(reason) (\(by))", "reason for withdrawal: \(reason) (\(by))")
    }

    func consentAlreadyWithdrawn(_ n: Int) -> String { t("Toestemming \(n) is al ingetrokken.", "Consent \(n) is already withdrawn.") }

    var formHeadingConsent: String { t("Toestemming vastleggen", "Record a consent") }
    func formHeadingWithdraw(_ n: Int) -> String { t("Toestemming \(n) intrekken", "Withdraw consent \(n)") }
    var fieldConsentPurpose: String { t("Doel", "Purpose") }
    var fieldConsentText: String { t("Omschrijving (bij andere)", "Description (for andere)") }
    var fieldConsentDate: String { t("Gegeven op", "Given on") }
    func fieldConsentGiver(_ members: Int) -> String { t("Gegeven door (lid 1–\(members))", "Given by (member 1–\(members))") }
    var fieldConsentScope: String { t("Bereik (leeg: standaard)", "Scope (empty: default)") }
    var fieldWithdrawDate: String { t("Ingetrokken op", "Withdrawn on") }
    var fieldWithdrawReason: String { t("Reden", "Reason") }

    var dossierKeyGiveConsent: String { t("toestemming vastleggen", "record a consent") }
    var dossierKeyWithdrawConsent: String { t("toestemming intrekken (met reden)", "withdraw a consent (with a reason)") }
    var hintGiveConsent: String { t("vastleggen", "record") }
    var hintWithdrawConsent: String { t("intrekken", "withdraw") }

    // MARK: Housing First intake

    var intakeConsentStep: String {
        t("Stap 1: de toestemming — doel Housing First, het bereik en de datum.", "Step 1: the consent — purpose Housing First, its scope and date.")
    }
    func unknownScope(_ code: String) -> String {
        // Short: the message line shows the end of a long text. The codes are in the intake's help (?).
        t("onbekend bereik \(code)", "unknown scope \(code)")
    }
    var intakeConsentScopeLabel: String { t("Bereik toestemming", "Consent scope") }
    func intakeConsentRecorded(_ n: Int, date: String, by: String) -> String {
        t("toestemming \(n), \(date), \(by)", "consent \(n), \(date), \(by)")
    }
    var intakeConsentLocked: String {
        t("De toestemming is vastgelegd; intrekken kan in het dossier (tab Toestemming, w).",
          "The consent is recorded; withdraw it in the dossier (Consent tab, w).")
    }
    func intakeConsentImported(_ date: String) -> String {
        t("\(date) — uit import, bereik niet vastgelegd", "\(date) — from an import, scope not recorded")
    }

    // MARK: Buddy matching

    func consentNeededLine(_ count: Int) -> String {
        t("Toestemming nodig (niet gekoppeld): \(count) gezin\(count == 1 ? "" : "nen")",
          "Consent needed (not matched): \(count) famil\(count == 1 ? "y" : "ies")")
    }
    func sharedWithVolunteer(_ n: Int) -> String {
        t("De vrijwilliger ziet (toestemming \(n)):", "The volunteer sees (consent \(n)):")
    }
    func notShared(_ list: [ConsentCategory]) -> String {
        t("Niet gedeeld: ", "Not shared: ") + list.map(consentCategory).joined(separator: ", ")
    }
}
