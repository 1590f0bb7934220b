import CaseModel

/// The one door through which the UI reaches the case store. The store implements it; tests and the sample
/// caseload implement it in memory.
protocol CaseloadSource {
    /// Shown in the title bar (the store's folder, or "demo").
    var storeName: String { get }
    /// One row per household, for the caseload list. Called once when the UI starts.
    func entries() throws -> [CaseloadEntry]
    /// The whole dossier, when a caseworker opens it.
    func household(_ id: DossierID) throws -> Household
    /// Records in the access log that the current user opened this dossier, and why. Called before it is shown;
    /// when it throws, the dossier is not shown.
    func recordView(of id: DossierID, reason: AccessReason) throws

    // The dossier screen (defaults in CaseloadSource+Dossier.swift).
    /// The user at the terminal, the author of notes.
    var userName: String { get }
    /// Saves a dossier (its revision checked); returns it as stored. Throws `StoreError.stale` when someone else
    /// saved first.
    func save(_ household: Household) throws -> Household
    /// The dossier's revisions (oldest first) and its audit entries.
    func history(of id: DossierID) throws -> DossierHistory
    /// A dossier at an earlier revision.
    func household(_ id: DossierID, revision: Int, reason: AccessReason) throws -> Household
    /// One short line per flow (rule result) for the dossier as of a day.
    func flowLines(for household: Household, asOf: Day, language: Language) throws -> [String]
}

/// What the caseload list needs of a household: enough to show and search a row without loading the dossier.
struct CaseloadEntry: Hashable, Sendable {
    var id: DossierID
    /// "Yılmaz, Ayşe": the head of household, or the dossier number when there are no members.
    var name: String
    var district: String?
    var memberCount: Int
    /// "Stalenstraat 12, 3600 Genk"
    var address: String
    /// The other members' names, so a search for a child finds the family.
    var memberNames: [String]
    var nationalNumbers: [NationalNumber]
    /// The earliest due date of a follow-up not done yet: overdue when before today.
    var firstOpenFollowUp: Day?

    init(id: DossierID, name: String, district: String?, memberCount: Int, address: String,
         memberNames: [String] = [], nationalNumbers: [NationalNumber] = [], firstOpenFollowUp: Day? = nil) {
        self.id = id
        self.name = name
        self.district = district
        self.memberCount = memberCount
        self.address = address
        self.memberNames = memberNames
        self.nationalNumbers = nationalNumbers
        self.firstOpenFollowUp = firstOpenFollowUp
    }

    init(household: Household) {
        self.init(id: household.id, name: household.displayName, district: household.address.district,
                  memberCount: household.members.count, address: household.address.oneLine,
                  memberNames: household.members.map(\.fullName),
                  nationalNumbers: household.members.compactMap(\.nationalNumber),
                  firstOpenFollowUp: household.followUps.filter { !$0.done }.map(\.due).min())
    }
}
