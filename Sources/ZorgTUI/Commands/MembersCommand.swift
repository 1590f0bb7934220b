import ArgumentParser
import CaseModel
import Foundation

/// `zorg members D add --from-csv FILE | end N --on DATE --reason R | move N --to D2 [--on DATE]`: members who
/// join or leave. Each is a revision of the dossier with its audit entry; a move writes both dossiers as one whole.
struct MembersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "members",
        abstract: "Leden toevoegen, laten vertrekken of naar een ander dossier verhuizen.",
        discussion: """
            zorg members D add --from-csv FILE          voegt de personen uit het bestand toe (kolommen van de import)
            zorg members D end N --on DATUM --reason R  lid N woont er niet meer (R: verhuisd, overleden, andere)
            zorg members D move N --to D2 [--on DATUM]  lid N verhuist naar dossier D2
            Wie vertrokken is, blijft in het dossier staan maar telt vanaf die datum voor geen enkele regel.
            """)

    enum Action: String, ExpressibleByArgument { case add, end, move }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Dossiernummer.") var dossier: String
    @Argument(help: "add, end of move.") var action: Action
    @Argument(help: "Bij end en move: de positie van het lid (1, 2, …).") var member: Int?
    @Option(name: .customLong("from-csv"), help: "Bij add: CSV-bestand met de nieuwe leden.") var file: String?
    @Option(name: .long, help: "Datum van vertrek of verhuis; standaard vandaag.") var on: DayArgument?
    @Option(name: .long, help: "Bij end: verhuisd, overleden of andere.") var reason: String?
    @Option(name: .long, help: "Bij move: het dossier waar het lid gaat wonen.") var to: String?

    func run() throws {
        let c = try DossierCommand(dossier, global)
        let (t, id, office, today) = (c.t, c.id, c.office, c.today)
        switch action {
        case .add:
            guard let file else { throw CommandError.usage(t("Geef --from-csv FILE.", "Pass --from-csv FILE.")) }
            let result = try StoreAccess.mapped { try office.addMembers(fromFile: file, to: id, today: today) }
            guard let saved = result.saved else { throw CommandError.problems(result.problems.joined(separator: "\n")) }
            print(t("Dossier \(id) heeft nu \(saved.members.count) leden (revisie \(saved.revision)).",
                    "Dossier \(id) now has \(saved.members.count) members (revision \(saved.revision))."))
        case .end:
            let n = try position(t)
            guard let code = reason, let why = MemberDeparture.Reason(rawValue: code.lowercased()) else {
                throw CommandError.usage(t("Geef --reason: \(MemberDeparture.codes.joined(separator: ", ")).",
                                           "Pass --reason: \(MemberDeparture.codes.joined(separator: ", "))."))
            }
            let saved = try StoreAccess.mapped { try office.endStay(of: n, in: id, on: on?.day ?? today, reason: why) }
            print(t("Lid \(n) van \(id) vertrokken op \((on?.day ?? today).belgian) (revisie \(saved.revision)).",
                    "Member \(n) of \(id) left on \((on?.day ?? today).belgian) (revision \(saved.revision))."))
        case .move:
            let n = try position(t)
            guard let to, let other = DossierID(rawValue: to) else {
                throw CommandError.usage(t("Geef --to: het dossiernummer waar het lid gaat wonen.", "Pass --to: the dossier the member moves to."))
            }
            let saved = try StoreAccess.mapped { try office.moveMember(n, from: id, to: other, on: on?.day ?? today) }
            print(t("Lid \(n) van \(id) verhuisd naar \(other) (nu lid \(saved[1].members.count) daar).",
                    "Member \(n) of \(id) moved to \(other) (now member \(saved[1].members.count) there)."))
        }
    }

    private func position(_ t: Text) throws -> Int {
        guard let member, member >= 1 else {
            throw CommandError.usage(t("Geef de positie van het lid (1, 2, …).", "Pass the member's position (1, 2, …)."))
        }
        return member
    }
}
