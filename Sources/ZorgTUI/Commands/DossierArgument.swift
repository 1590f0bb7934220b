import CaseModel

/// Dossier numbers named on the command line (`zorg check D…`, `zorg export D…`).
enum DossierArgument {
    /// The numbers as dossier IDs; a malformed one is a usage error that names it.
    static func ids(_ raw: [String], _ t: Text) throws -> [DossierID] {
        try raw.map { text in
            guard let id = DossierID(rawValue: text) else {
                throw CommandError.usage(t("Ongeldig dossiernummer: \(text)", "Invalid dossier number: \(text)"))
            }
            return id
        }
    }
}
