/// The kinds of household the generator draws, with their share of the caseload.
enum DemoScenario: Int, CaseIterable, Sendable {
    /// 65+ living alone, often with a care need and a caregiver elsewhere (mantelzorgpremie, zorgbudgetten).
    case elderlyAlone
    /// An older couple where one partner cares for the other.
    case elderlyCouple
    /// Two adults with children, incomes from low to comfortable.
    case family
    /// One adult with children, often a low income.
    case singleParent
    /// Adult(s) and minors with problems on several life domains, with or without a buddy.
    case multiProblemFamily
    /// One adult of working age: work, unemployment, leefloon, incapacity.
    case singleAdult
    /// Roofless, in a shelter, or staying with friends (Housing First).
    case homeless

    static let weights: [Int] = [15, 9, 24, 12, 8, 24, 8]
}
