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
    /// Records in the access log that the current user opened this dossier. Called before it is shown; when it
    /// throws, the dossier is not shown.
    func recordView(of id: DossierID) throws
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

    init(id: DossierID, name: String, district: String?, memberCount: Int, address: String,
         memberNames: [String] = [], nationalNumbers: [NationalNumber] = []) {
        self.id = id
        self.name = name
        self.district = district
        self.memberCount = memberCount
        self.address = address
        self.memberNames = memberNames
        self.nationalNumbers = nationalNumbers
    }

    init(household: Household) {
        self.init(id: household.id, name: household.displayName, district: household.address.district,
                  memberCount: household.members.count, address: household.address.oneLine,
                  memberNames: household.members.map(\.fullName),
                  nationalNumbers: household.members.compactMap(\.nationalNumber))
    }
}
