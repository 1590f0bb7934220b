/// One household read from the person's file for `zorg new` or `zorg members add`: the people, or the problems
/// that refused them (each naming the line and column).
public struct HouseholdFromFile: Sendable {
    /// The household as read; nil when a row or the file was refused.
    public var household: Household?
    /// Messages naming file, line and column, in the import's words.
    public var problems: [String]
}

/// Why desk work was refused, worded for the person.
public enum DeskError: Error, Sendable, Equatable, CustomStringConvertible {
    case oneHouseholdPerFile(Int)
    case noPeople
    case closure(ClosureError)
    case members(MemberChangeError)
    case application(ApplicationError)
    /// A person rule's application names the person (`--person N`).
    case personRequired(String)
    /// A signal or a programme (energiearmoede, Housing First) is not applied for.
    case notARight(String)

    public var description: String {
        switch self {
        case .oneHouseholdPerFile(let n):
            "het bestand beschrijft \(n) huishoudens; geef één huishouden (alle rijen met dezelfde waarde in de kolom dossier)"
        case .noPeople: "het bestand bevat geen personen"
        case .closure(let e):
            switch e {
            case .reasonRequired: "geef een reden (--reason)"
            case .alreadyClosed(let on): "het dossier is al gesloten sinds \(on.belgian)"
            case .notClosed: "het dossier is niet gesloten"
            case .inTheFuture(let day): "\(day.belgian) ligt in de toekomst; een dossier sluit vandaag of vroeger"
            }
        case .notARight(let rule): "\(rule) is geen recht (een signaal of een traject): er valt niets aan te vragen"
        case .personRequired(let rule): "\(rule) is een recht per persoon: geef de persoon (--person N)"
        case .application(let e):
            switch e {
            case .alreadyOpen(let n): "er loopt al een aanvraag (nummer \(n)) voor dit recht"
            case .noSuchApplication(let rule): "geen aanvraag voor \(rule) in dit dossier"
            case .alreadyDecided(let n, let state): "aanvraag \(n) is al afgehandeld (\(state))"
            case .beforeApplied(let day): "die datum ligt voor de aanvraag (\(day.belgian))"
            case .reasonRequired: "geef een reden (--reason)"
            case .noSuchMember(let n, let count): "geen lid \(n): het dossier heeft \(count) leden (1–\(count))"
            }
        case .members(let e):
            switch e {
            case .noSuchMember(let n, let count): "geen lid \(n): het dossier heeft \(count) leden (1–\(count))"
            case .alreadyLeft(let n, let on): "lid \(n) woont er al niet meer sinds \(on.belgian)"
            case .lastMember: "het laatste lid dat er nog woont kan niet vertrekken; sluit het dossier (zorg close)"
            case .alreadyMember(let masked): "\(masked) is al lid van dit huishouden"
            case .noMembers: "geen leden om toe te voegen"
            case .dossierClosed(let id): "dossier \(id.rawValue) is gesloten; heropen het eerst (zorg reopen)"
            case .sameDossier: "een lid verhuizen kan alleen naar een ander dossier"
            }
        }
    }
}

/// The caseworker's desk: a new household, members who join or leave, a dossier closed or reopened. Each is one
/// revision (one audit entry); the store allocates a new dossier's number.
extension Office {
    /// Reads one household from the person's CSV file in the import's columns (the `dossier` column's value is
    /// ignored: only that all rows share it). Writes nothing.
    public func household(fromFile file: String, today: Day) throws -> HouseholdFromFile {
        try allow(.writeCases)
        let data = try Self.readPersonalFile(file)
        let options = ImportOptions(fileName: file, allOrNothing: true, today: today, user: user)
        let plan = ClientListImport.plan([UInt8](data), options: options, context: InMemoryImportContext())
        let problems = (plan.structuralErrors + plan.errors).map { $0.message() }
        if !problems.isEmpty { return HouseholdFromFile(household: nil, problems: problems) }
        guard plan.householdsToWrite.count == 1, var household = plan.householdsToWrite.first else {
            throw plan.householdsToWrite.isEmpty ? DeskError.noPeople : DeskError.oneHouseholdPerFile(plan.householdsToWrite.count)
        }
        household.revision = 0
        return HouseholdFromFile(household: household, problems: [])
    }

    /// Stored dossiers (closed ones included) that may already hold a person of `household`. Looking is a list
    /// view in the access log (how many were found, never who).
    public func possibleDuplicates(of household: Household) throws -> [PossibleDuplicate] {
        try allow(.readCases)
        let found = DuplicateFinder.candidates(for: household, among: try store.loadAll().households)
        try store.recordListView("duplicates", dossiers: Set(found.map(\.dossier)).count)
        return found
    }

    /// Makes the household a new dossier with the next `JJJJ-NNNNN` number of `today`'s year.
    public func register(_ household: Household, today: Day) throws -> Household {
        try allow(.writeCases)
        return try store.register(household, year: today.year)
    }

    /// Closes a dossier (a reason; a date today or earlier).
    @discardableResult
    public func close(_ id: DossierID, on day: Day, reason: String, today: Day) throws -> Household {
        try allow(.writeCases)
        return try desk { try store.close(id, on: day, reason: reason, today: today) }
    }

    /// Reopens a closed dossier.
    @discardableResult
    public func reopen(_ id: DossierID) throws -> Household {
        try allow(.writeCases)
        return try desk { try store.reopen(id) }
    }

    /// Adds the people of the person's CSV file (the import's columns) to a dossier.
    public func addMembers(fromFile file: String, to id: DossierID, today: Day) throws -> (saved: Household?, problems: [String]) {
        let read = try household(fromFile: file, today: today)
        guard let people = read.household?.members else { return (nil, read.problems) }
        return (try desk { try store.addMembers(people, to: id) }, [])
    }

    /// Adds people to a dossier (the screen's form).
    @discardableResult
    public func addMembers(_ people: [Person], to id: DossierID) throws -> Household {
        try allow(.writeCases)
        return try desk { try store.addMembers(people, to: id) }
    }

    /// Ends the stay of member `position` (1-based) on a date.
    @discardableResult
    public func endStay(of position: Int, in id: DossierID, on day: Day, reason: MemberDeparture.Reason) throws -> Household {
        try allow(.writeCases)
        return try desk { try store.endStay(of: position, in: id, on: day, reason: reason) }
    }

    /// Moves member `position` to another dossier on a date (both saved as one whole, one `move` entry).
    @discardableResult
    public func moveMember(_ position: Int, from id: DossierID, to other: DossierID, on day: Day) throws -> [Household] {
        try allow(.writeCases)
        return try desk { try store.moveMember(position, from: id, to: other, on: day) }
    }

    /// The domain's refusals as the office's.
    func desk<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let e as ClosureError {
            throw DeskError.closure(e)
        } catch let e as MemberChangeError {
            throw DeskError.members(e)
        } catch let e as ApplicationError {
            throw DeskError.application(e)
        }
    }
}
