/// What a pass over the whole caseload must know of every dossier before it looks at any one: whether the dossier
/// is closed (the caseload leaves it out) and whom its members care for, with the dossier's postcode (a caregiver
/// recorded in another dossier counts for the mantelzorgpremie). Each entry of the caseload index carries it, so
/// that this first pass decodes no dossier (`CaseloadSource.surveys`).
struct DossierSurvey: Equatable, Sendable {
    var isClosed: Bool
    var postcode: String?
    /// The `zorgt_voor` of the members, in their order (members who left too, as `CaregiverIndex` always counted them).
    var caresFor: [NationalNumber]

    init(_ h: Household) {
        isClosed = h.isClosed
        postcode = h.address.postcode
        caresFor = h.members.compactMap(\.caresFor)
    }

    private init(isClosed: Bool, postcode: String?, caresFor: [NationalNumber]) {
        self.isClosed = isClosed
        self.postcode = postcode
        self.caresFor = caresFor
    }

    /// The caregiver links of dossier `id`, as `CaregiverIndex` keeps them.
    func links(of id: DossierID) -> [(caredFor: NationalNumber, caregiver: CaregiverRecord)] {
        caresFor.map { ($0, CaregiverRecord(dossier: id, postcode: postcode)) }
    }

    func encode(into w: inout IndexWriter) {
        w.byte(isClosed ? 1 : 0)
        w.optional(postcode) { $0.text($1) }
        w.list(caresFor) { $0.text($1.digits) }
    }

    static func decode(_ r: inout IndexReader) throws -> DossierSurvey {
        let closed = try r.byte()
        guard closed <= 1 else { throw IndexFormatError() }
        return DossierSurvey(isClosed: closed == 1, postcode: try r.optional { try $0.text() },
                             caresFor: try r.list { NationalNumber(validDigits: try $0.text()) })
    }
}
