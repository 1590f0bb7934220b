/// What the import needs to know about the store to plan updates. The store implements it; the import itself
/// reads through it and never writes.
public protocol ImportContext {
    /// The stored dossier with this number, if any.
    func household(_ id: DossierID) -> Household?
    /// The dossiers that hold a member with this national number.
    func dossiers(containing number: NationalNumber) -> [DossierID]
}

/// What the volunteer import needs to know about the store.
public protocol VolunteerImportContext {
    func volunteer(_ id: DossierID) -> Volunteer?
}

/// An import context over households and volunteers in memory: for tests, dry runs on a loaded store, and
/// applying a plan to see what the store would hold.
public struct InMemoryImportContext: ImportContext, VolunteerImportContext, Sendable {
    public private(set) var households: [DossierID: Household] = [:]
    public private(set) var volunteers: [DossierID: Volunteer] = [:]
    private var byNumber: [NationalNumber: Set<DossierID>] = [:]

    public init(households: [Household] = [], volunteers: [Volunteer] = []) {
        for h in households { store(h) }
        for v in volunteers { self.volunteers[v.id] = v }
    }

    public func household(_ id: DossierID) -> Household? { households[id] }
    public func volunteer(_ id: DossierID) -> Volunteer? { volunteers[id] }

    public func dossiers(containing number: NationalNumber) -> [DossierID] {
        (byNumber[number] ?? []).sorted()
    }

    /// Stores a household, replacing the one with the same number and bumping its revision as the store does.
    public mutating func store(_ h: Household, bumpRevision: Bool = false) {
        if let old = households[h.id] {
            for m in old.members { if let n = m.nationalNumber { byNumber[n]?.remove(h.id) } }
        }
        var h = h
        if bumpRevision { h.revision += 1 }
        households[h.id] = h
        for m in h.members { if let n = m.nationalNumber { byNumber[n, default: []].insert(h.id) } }
    }

    /// Writes what a plan says to write (nothing when the plan is blocked).
    public mutating func apply(_ plan: ImportPlan) {
        for h in plan.householdsToWrite { store(h, bumpRevision: true) }
        for v in plan.volunteersToWrite {
            var v = v
            v.revision += 1
            volunteers[v.id] = v
        }
    }
}
