import CaseModel
@testable import ZorgTUI

/// Small builders so each test reads as a specification.
enum Fixture {
    static func person(_ first: String, _ last: String, role: HouseholdRole? = .aanvrager, born: String? = nil,
                       statuses: [Status]? = nil) -> Person {
        let birth = born.flatMap { Day(parsing: $0) }
        var p = Person(firstName: first, lastName: last,
                       nationalNumber: birth.map { NationalNumber.make(birthDate: $0, sequence: 17) },
                       birthDate: birth, role: role)
        p.statuses = statuses
        return p
    }

    static func household(_ id: String, _ members: [Person], street: String = "Stalenstraat", number: String = "12",
                          district: String? = "Winterslag") -> Household {
        Household(id: DossierID(rawValue: id)!, members: members,
                  address: Address(street: street, houseNumber: number, postcode: "3600", municipality: "Genk",
                                   district: district))
    }

    /// Five households with the names the UI must get right.
    static let households: [Household] = [
        household("2024-00001", [person("Ayşe", "Yılmaz", born: "12-03-1981", statuses: [.leefloon, .vt]),
                                 person("Emre", "Yılmaz", role: .kind, born: "05-09-2012", statuses: [])]),
        household("2024-00002", [person("Mehmet", "Özdemir", born: "30-07-1985")], street: "Vennestraat",
                  district: "Waterschei"),
        household("2024-00003", [person("An", "Peeters", born: "01-01-1950", statuses: [.pensioen, .igo])],
                  street: "Hasseltweg", district: "Zwartberg"),
        household("2024-00004", [person("Één", "Dubois", born: "14-02-1990")], street: "Molenstraat",
                  district: "Bret-Gelieren"),
        household("2024-00005", [person("Luc", "Janssens", born: "20-11-1972")], street: "Noordlaan",
                  district: "Genk-Centrum"),
    ]

    static func state(_ households: [Household] = households, size: TerminalSize = TerminalSize(rows: 24, columns: 80),
                      options: UIOptions = UIOptions(environment: [:])) -> AppState {
        AppState(entries: households.map(CaseloadEntry.init(household:)), storeName: "test", size: size, options: options,
                 today: Day.today())
    }
}

/// Drives `update` like the loop does, running an `openDossier` effect against the given households.
struct Driver {
    var state: AppState
    let households: [Household]
    private(set) var effects: [Effect] = []

    init(_ state: AppState, households: [Household] = Fixture.households) {
        self.state = state
        self.households = households
    }

    mutating func send(_ message: Message) {
        let (next, newEffects) = update(state, message)
        state = next
        effects += newEffects
        for effect in newEffects {
            if case .openDossier(let id, _) = effect, let h = households.first(where: { $0.id == id }) {
                send(.dossierOpened(h))
            }
        }
    }

    mutating func press(_ keys: Key...) { keys.forEach { send(.key($0)) } }

    mutating func type(_ text: String) { text.forEach { send(.key(.character($0))) } }

    var screen: ScreenBuffer { render(state) }
    var lines: [String] { screen.lines }
    var text: String { screen.text }
}

/// The real office on the real `CaseStore`, kept in memory (`MemoryFileSystem`): what the screens are tested
/// against, instead of fakes of the store.
enum TestOffice {
    static let identity = Identity(user: "alice")

    /// A personal store in memory holding `households`, opened by its administrator.
    static func memory(_ households: [Household] = Fixture.households,
                       fileSystem: MemoryFileSystem = MemoryFileSystem()) throws -> Office {
        let office = try Office.create(at: "/zorg/store", mode: .personal, identity: identity, fileSystem: fileSystem)
        for h in households { _ = try office.save(h) }
        return office
    }

    /// The access log's `view` entries: which dossier, for which reason.
    static func views(_ office: Office) throws -> [(DossierID, String)] {
        try office.auditEntries().filter { $0.action == .view }.compactMap { e in
            e.dossiers.first.flatMap(DossierID.init(rawValue:)).map { ($0, e.detail["reason"] ?? "") }
        }
    }

    /// Runs an effect as the loop does, at once, as of `today`; its answer.
    static func run(_ effect: Effect, _ office: Office?, today: Day = Day.today(), language: Language = .nl) -> Message? {
        EffectWork.run(effect, office: office, context: EffectWork.Context(today: today, language: language))
    }
}

extension AppLoop {
    /// The loop on an office's caseload, as `runTerminalUI` opens it.
    static func run(terminal: Terminal, office: Office, options: UIOptions,
                    runner: EffectRunner = ThreadEffectRunner()) throws -> Int32 {
        let state = AppState(entries: try EffectWork.caseloadEntries(office), storeName: office.storeName,
                             size: terminal.size, options: options, today: Day.today(), user: office.user)
        return run(terminal: terminal, office: office, state: state, runner: runner)
    }
}
