/// What buddy matching needs to know about an open multi-problem family.
public struct FamilyProfile: Sendable, Hashable {
    public var dossier: DossierID
    /// Problem domains with their severity (1–3; unknown severity counts as 1).
    public var needs: [ProblemDomain: Int]
    /// Languages spoken in the family; the applicant's are listed first.
    public var languages: [String]
    public var district: String?
    public var applicantSex: Sex?
    public var hasMinor: Bool

    public init(dossier: DossierID, needs: [ProblemDomain: Int], languages: [String], district: String?,
                applicantSex: Sex?, hasMinor: Bool) {
        self.dossier = dossier
        self.needs = needs
        self.languages = languages
        self.district = district
        self.applicantSex = applicantSex
        self.hasMinor = hasMinor
    }

    /// Builds the profile from a dossier as recorded.
    public init(household h: Household, asOf: Day) {
        var needs: [ProblemDomain: Int] = [:]
        for p in h.problems ?? [] { needs[p.domain] = max(needs[p.domain] ?? 0, p.severity ?? 1) }
        var languages: [String] = []
        let ordered = h.members.sorted { ($0.role == .aanvrager ? 0 : 1) < ($1.role == .aanvrager ? 0 : 1) }
        for m in ordered { for l in m.languages ?? [] where !languages.contains(l) { languages.append(l) } }
        self.init(dossier: h.id, needs: needs, languages: languages, district: h.address.district,
                  applicantSex: h.headOfHousehold?.sex,
                  hasMinor: h.members.contains { ($0.age(on: asOf) ?? 99) < 18 })
    }
}
