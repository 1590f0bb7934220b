import Foundation

/// What came of writing a letter to a file the caseworker named.
public enum LetterFileOutcome: Sendable, Equatable {
    case written(path: String)
    /// Something is at the path already: nothing was written, nothing logged (ask before overwriting).
    case exists(path: String)
}

/// The letter for the client (issue 16.2, `zorg letter D`, `p` in a dossier): the dossier read for a reason (a view
/// in the access log), its checks as of a day, the offices and the modules' letter texts; writing it is one
/// `letter` audit entry naming the dossier, the format and the language (never a path: it may hold a name).
extension Office {
    public func letter(_ id: DossierID, asOf: Day, language: LetterLanguage, format: LetterFormat,
                       reason: AccessReason, destination: String = "stdout") throws -> String {
        try allow(.readCases)
        let household = try open(id, reason: reason)
        let results = try checks(of: household, asOf: asOf)
        let letter = ClientLetter(household: household, results: results, modules: ruleSet.modules,
                                  offices: try store.serviceOffices(), caseworker: caseworkerName, date: asOf)
        let text = letter.document(language).rendered(format)
        _ = try store.audit.append(AuditAction("letter"), dossiers: [id], detail: [
            "format": format.rawValue, "lang": language.rawValue, "as_of": asOf.iso, "to": destination,
        ])
        return text
    }

    /// Writes the letter to `path` (`~/…` from the home folder) with the person's own rights, 0600, never through a
    /// link; an existing file only with `overwrite` (else `.exists`, and the dossier is not read).
    public func writeLetter(_ id: DossierID, to path: String, overwrite: Bool, asOf: Day, language: LetterLanguage,
                            format: LetterFormat, reason: AccessReason) throws -> LetterFileOutcome {
        try allow(.readCases)
        let target = SummaryFile.expand(path)
        guard !target.isEmpty else { throw PersonalFileError(path: path, operation: .write, reason: "geen bestandsnaam / no file name") }
        let kind = PersonalFiles.kind(of: target)
        if kind == .folder { throw PersonalFileError(path: target, operation: .write, reason: "is een map / is a folder") }
        if kind != .absent && !overwrite { return .exists(path: target) }
        let text = try letter(id, asOf: asOf, language: language, format: format, reason: reason, destination: "file")
        guard try Self.writePersonalFile(Data(text.utf8), to: target, overwrite: overwrite) else { return .exists(path: target) }
        return .written(path: target)
    }

    /// The person at the terminal as a letter signs: the account's full name, else the login.
    public var caseworkerName: String { store.identity.fullName ?? store.identity.user }
}
