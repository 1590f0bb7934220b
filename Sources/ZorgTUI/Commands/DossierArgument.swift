import ArgumentParser
import CaseModel

/// Dossier numbers named on the command line (`zorg check D…`, `zorg export D…`).
enum DossierArgument {
    /// The numbers as dossier IDs; a malformed one is a usage error that names it.
    static func ids(_ raw: [String], _ t: Text) throws -> [DossierID] {
        try raw.map { try id($0, t) }
    }

    /// One number as a dossier ID; a malformed one is a usage error that names it.
    static func id(_ text: String, _ t: Text) throws -> DossierID {
        guard let id = DossierID(rawValue: text) else {
            throw CommandError.usage(t("Ongeldig dossiernummer: \(text)", "Invalid dossier number: \(text)"))
        }
        return id
    }

    /// The help of `--access-reason`: the codes it takes.
    static let accessReasonHelp = ArgumentHelp("Waarom het dossier gelezen wordt: "
        + AccessReason.allCases.map(\.rawValue).joined(separator: ", ") + ".")

    /// The reason a command reads a dossier for (`--access-reason`): a usage error lists the codes.
    static func accessReason(_ code: String, _ t: Text) throws -> AccessReason {
        guard let why = AccessReason(code: code) else {
            throw CommandError.usage(t("Onbekende reden: \(code). Kies uit \(AccessReason.allCases.map(\.rawValue).joined(separator: ", ")).",
                                       "Unknown reason: \(code). Choose from \(AccessReason.allCases.map(\.english).joined(separator: ", "))."))
        }
        return why
    }
}
