/// Who cares for whom across the whole caseload: the `zorgt_voor` links of every dossier, so that the
/// mantelzorgpremie of a person can see a caregiver recorded in another dossier.
public struct CaregiverIndex: RuleLookup {
    private let byCaredFor: [NationalNumber: [CaregiverRecord]]

    public init(households: [Household]) {
        var index: [NationalNumber: [CaregiverRecord]] = [:]
        for h in households {
            for m in h.members {
                if let caredFor = m.caresFor {
                    index[caredFor, default: []].append(CaregiverRecord(dossier: h.id, postcode: h.address.postcode))
                }
            }
        }
        byCaredFor = index
    }

    public func caregivers(of person: NationalNumber) -> [CaregiverRecord] { byCaredFor[person] ?? [] }
}
