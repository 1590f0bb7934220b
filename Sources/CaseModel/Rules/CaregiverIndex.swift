/// Who cares for whom across the whole caseload: the `zorgt_voor` links of every dossier, so that the
/// mantelzorgpremie of a person can see a caregiver recorded in another dossier.
public struct CaregiverIndex: RuleLookup {
    private let byCaredFor: [NationalNumber: [CaregiverRecord]]

    public init(households: [Household]) {
        self.init(links: Self.links(in: households))
    }

    /// From the links of `links(in:)`, gathered a chunk of the caseload at a time, in dossier order.
    public init(links: some Sequence<(caredFor: NationalNumber, caregiver: CaregiverRecord)>) {
        var index: [NationalNumber: [CaregiverRecord]] = [:]
        for link in links { index[link.caredFor, default: []].append(link.caregiver) }
        byCaredFor = index
    }

    /// Every `zorgt_voor` link recorded in these households, in their order.
    public static func links(in households: [Household]) -> [(caredFor: NationalNumber, caregiver: CaregiverRecord)] {
        households.flatMap { DossierSurvey($0).links(of: $0.id) }
    }

    public func caregivers(of person: NationalNumber) -> [CaregiverRecord] { byCaredFor[person] ?? [] }
}
