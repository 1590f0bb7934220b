/// A member of a household. Every optional fact is `nil` when unknown.
public struct Person: Codable, Hashable, Sendable {
    public var nationalNumber: NationalNumber?
    public var firstName: String
    public var lastName: String
    public var birthDate: Day?
    public var sex: Sex?
    public var role: HouseholdRole?
    public var civilStatus: CivilStatus?
    /// Fiscally dependent on the household.
    public var dependant: Bool?
    /// ISO 639-1 codes; `[]` when recorded as none.
    public var languages: [String]?
    /// Gross taxable income of the previous calendar year.
    public var incomeYear: Money?
    /// Current net monthly income.
    public var incomeMonth: Money?
    /// Statuses held now; `[]` when recorded as `geen`.
    public var statuses: [Status]?
    public var disabilityPct: Int?
    public var selfReliancePoints: Int?
    public var belScore: Int?
    public var homeNursingPackage: HomeNursingPackage?
    public var dementia: Bool?
    /// The person this person cares for as mantelzorger.
    public var caresFor: NationalNumber?
    public var caringSince: Day?
    /// On a person who is cared for: the postcode of a caregiver who is not in the store.
    public var caregiverPostcode: String?
    /// The school level followed now (`onderwijsniveau`); `nil` unknown.
    public var schoolLevel: SchoolLevel?

    public init(firstName: String, lastName: String, nationalNumber: NationalNumber? = nil, birthDate: Day? = nil,
                sex: Sex? = nil, role: HouseholdRole? = nil) {
        self.firstName = firstName
        self.lastName = lastName
        self.nationalNumber = nationalNumber
        self.birthDate = birthDate
        self.sex = sex
        self.role = role
    }

    public var fullName: String { "\(firstName) \(lastName)" }

    /// Whether the person holds a status; `nil` when the statuses are unknown.
    public func has(_ status: Status) -> Bool? {
        statuses.map { $0.contains(status) }
    }

    /// Age in whole years on a date; `nil` when the birth date is unknown.
    public func age(on date: Day) -> Int? { birthDate.map { $0.age(on: date) } }
}
