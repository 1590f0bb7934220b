/// What a buddy may be told about a family: only the kinds of data in the family's buddy consent. The matcher
/// itself weighs all recorded facts (matching is the purpose the family agreed to); what leaves the service for
/// the volunteer is limited to this.
public struct BuddyDisclosure: Sendable, Hashable {
    /// The consent it follows.
    public var consent: ConsentRecord
    /// Each category in the scope with the family's data for it, in the order of `ConsentCategory.allCases`.
    public var shared: [(category: ConsentCategory, value: String)]
    /// The categories the family did not agree to share.
    public var withheld: [ConsentCategory]

    /// Nil when the family has no buddy consent in force on `asOf`.
    public init?(household h: Household, asOf: Day) {
        guard let consent = h.activeConsent(for: .buddy, on: asOf) else { return nil }
        self.consent = consent
        shared = consent.scope.map { ($0, Self.value(of: $0, in: h, asOf: asOf)) }
        withheld = ConsentCategory.allCases.filter { !consent.scope.contains($0) }
    }

    /// The family's data for one category, as plain codes and numbers (the screens add the words).
    static func value(of category: ConsentCategory, in h: Household, asOf: Day) -> String {
        let none = "—"
        switch category {
        case .nameAddress:
            let name = h.headOfHousehold.map(\.fullName) ?? h.id.rawValue
            let address = h.address.oneLine
            return address.isEmpty ? name : "\(name), \(address)"
        case .household:
            let members = h.members.map { m in
                [m.role?.rawValue ?? "lid", m.age(on: asOf).map { "\($0)" }].compactMap { $0 }.joined(separator: " ")
            }
            return members.isEmpty ? none : members.joined(separator: ", ")
        case .languages:
            var all: [String] = []
            for m in h.members { for l in m.languages ?? [] where !all.contains(l) { all.append(l) } }
            return all.isEmpty ? none : all.joined(separator: ", ")
        case .problems:
            let domains = (h.problems ?? []).map(\.domain.rawValue)
            return domains.isEmpty ? none : domains.joined(separator: ", ")
        case .income:
            let monthly = h.members.compactMap(\.incomeMonth)
            guard !monthly.isEmpty else { return none }
            return monthly.reduce(Money.zero, +).belgian + " / maand"
        case .housing:
            return [h.housing.tenure?.rawValue, h.homelessness.ethos.map { "ETHOS \($0)" }].compactMap { $0 }
                .joined(separator: ", ").nonEmpty ?? none
        case .health:
            let o = h.homelessness
            let signs = [o.mentalHealth == true ? "psychisch" : nil, o.addiction == true ? "verslaving" : nil,
                         o.physicalHealth == true ? "fysiek" : nil].compactMap { $0 }
            return signs.isEmpty ? none : signs.joined(separator: ", ")
        }
    }

    public static func == (a: BuddyDisclosure, b: BuddyDisclosure) -> Bool {
        a.consent == b.consent && a.withheld == b.withheld && a.shared.map(\.category) == b.shared.map(\.category)
            && a.shared.map(\.value) == b.shared.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(consent)
        hasher.combine(shared.map(\.value))
    }
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
