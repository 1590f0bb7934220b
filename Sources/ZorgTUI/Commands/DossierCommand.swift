import CaseModel

/// What a command on one dossier (`zorg close D`, `zorg members D …`, `zorg consent D …`) starts from: its texts
/// in the chosen language, the number checked, the office opened, and today. A malformed number is a usage error
/// before the store is opened.
struct DossierCommand {
    let t: Text
    let id: DossierID
    let office: Office
    let today: Day

    init(_ dossier: String, _ global: GlobalOptions) throws {
        t = Text(global.lang)
        id = try DossierArgument.id(dossier, t)
        office = try StoreAccess.office(global)
        today = Day.today()
    }
}
