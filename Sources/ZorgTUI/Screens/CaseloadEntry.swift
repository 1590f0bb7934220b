import CaseModel

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
