import CaseModel
import Foundation
import Synchronization

/// A small made-up caseload held in memory: for trying the UI before a store is attached, and for the
/// end-to-end test. Every name, address and number is invented; the national numbers are generated valid.
final class SampleCaseload: CaseloadSource, Sendable {
    let storeName = "voorbeeld"
    let households: [Household]
    private let views = Mutex<[DossierID]>([])

    init() { households = Self.makeHouseholds() }

    func entries() throws -> [CaseloadEntry] { households.map(CaseloadEntry.init(household:)) }

    func household(_ id: DossierID) throws -> Household {
        guard let h = households.first(where: { $0.id == id }) else { throw SampleError.noSuchDossier(id.rawValue) }
        return h
    }

    func recordView(of id: DossierID) throws { views.withLock { $0.append(id) } }

    /// The dossiers opened so far, in order.
    var recordedViews: [DossierID] { views.withLock { $0 } }

    enum SampleError: Error, CustomStringConvertible {
        case noSuchDossier(String)
        var description: String {
            switch self { case .noSuchDossier(let id): "dossier \(id) bestaat niet" }
        }
    }

    private static let heads: [(String, String, Sex)] = [
        ("Ayşe", "Yılmaz", .v), ("Mehmet", "Özdemir", .m), ("An", "Peeters", .v), ("Jean-Pierre", "Lemaître", .m),
        ("Fatima", "El Amrani", .v), ("Giuseppe", "Lo Bello", .m), ("Zofia", "Wiśniewska", .v), ("Luc", "Janssens", .m),
        ("Élodie", "Dubois", .v), ("Dragan", "Petrović", .m), ("Marie-Thérèse", "Vanderlinden", .v), ("Hüseyin", "Çelik", .m),
        ("Nadia", "Benali", .v), ("Jan", "Claes", .m), ("Ioana", "Popescu", .v), ("Koen", "Maes", .m),
        ("Rosa", "Di Stefano", .v), ("Yusuf", "Aydın", .m), ("Els", "Wouters", .v), ("Tomasz", "Kowalczyk", .m),
        ("Chloë", "Geerts", .v), ("Abdelkader", "Haddou", .m), ("Inge", "Vermeulen", .v), ("Stavros", "Papadopoulos", .m),
        ("Noëlla", "Smets", .v), ("Emre", "Şahin", .m), ("Lieve", "Goossens", .v), ("Marco", "Bianchi", .m),
        ("Aïcha", "Ouali", .v), ("Bart", "Hermans", .m), ("Greet", "Van den Bergh", .v), ("Oleksandr", "Kovalenko", .m),
        ("Zeynep", "Kılıç", .v), ("Piet", "Martens", .m), ("Sofie", "Jacobs", .v), ("Kwame", "Mensah", .m),
        ("Leen", "Willems", .v), ("Rachid", "Bouzid", .m), ("Hilde", "Mertens", .v), ("Dirk", "Dewulf", .m),
    ]
    private static let districts = ["Winterslag", "Waterschei", "Zwartberg", "Bret-Gelieren", "Kolderbos", "Termien",
                                    "Sledderlo", "Genk-Centrum", "Boxbergheide", "Hoevenzavel", "Langerlo"]
    private static let streets = ["Stalenstraat", "Vennestraat", "Hasseltweg", "Molenstraat", "Winterslagstraat",
                                  "Noordlaan", "Zwartbergplein", "Europalaan", "Weg naar As", "Sledderloweg"]
    private static let statusSets: [[Status]?] = [[.leefloon, .vt], nil, [], [.sociaalTarief, .vt, .verwarmingstoelage],
                                                  [.pensioen, .igo], [.werkloos], [.arbeidsongeschikt, .zorgbudgetZwaar]]

    private static func makeHouseholds() -> [Household] {
        heads.enumerated().map { i, head in
            let (first, last, sex) = head
            let born = Day(year: 1950 + (i * 7) % 50, month: 1 + i % 12, day: 1 + (i * 5) % 28)!
            var applicant = Person(firstName: first, lastName: last,
                                   nationalNumber: .make(birthDate: born, sequence: 10 + i * 2 + (sex == .m ? 1 : 0)),
                                   birthDate: born, sex: sex, role: .aanvrager)
            applicant.statuses = statusSets[i % statusSets.count]
            var members = [applicant]
            if i % 3 == 0 {
                let partnerBorn = Day(year: born.year + 2, month: born.month, day: born.day)!
                var partner = Person(firstName: i % 2 == 0 ? "Ömer" : "Sara", lastName: last,
                                     nationalNumber: .make(birthDate: partnerBorn, sequence: 200 + i),
                                     birthDate: partnerBorn, role: .partner)
                partner.statuses = []
                members.append(partner)
            }
            for k in 0..<(i % 4) {
                let kidBorn = Day(year: 2008 + (i + k) % 15, month: 1 + (i + k) % 12, day: 3 + k)!
                members.append(Person(firstName: ["Noëmi", "Lotte", "Kerem", "Noah"][k % 4], lastName: last,
                                      nationalNumber: .make(birthDate: kidBorn, sequence: 300 + i * 4 + k),
                                      birthDate: kidBorn, role: .kind))
            }
            let address = Address(street: streets[i % streets.count], houseNumber: String(1 + (i * 13) % 120),
                                  postcode: "3600", municipality: "Genk", district: districts[i % districts.count])
            return Household(id: DossierID(rawValue: String(format: "2024-%05d", 101 + i * 7))!, members: members,
                             address: address)
        }
    }
}
