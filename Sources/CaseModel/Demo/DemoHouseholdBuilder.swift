/// Builds one demo household from its own random stream. Facts are drawn per scenario; a few deciding facts
/// are left unknown on purpose, so the rules see `possible` outcomes too.
struct DemoHouseholdBuilder {
    var rng: SplitMix64
    let reference: Day
    let number: Int
    /// Share of deciding facts left empty.
    let unknownRate = 0.07

    var members: [Person] = []
    var household: Household
    /// (caregiver, cared-for) member indexes, linked by national number once the numbers are assigned.
    var careLinks: [(caregiver: Int, caredFor: Int)] = []

    init(rng: SplitMix64, reference: Day, number: Int) {
        self.rng = rng
        self.reference = reference
        self.number = number
        self.household = Household(id: DemoGenerator.dossierID(number))
    }

    mutating func build(numbers: inout NationalNumberPool) -> Household {
        let origin = GenkNames.origins[rng.weighted(GenkNames.originWeights)]
        let scenario = DemoScenario(rawValue: rng.weighted(DemoScenario.weights))!
        switch scenario {
        case .elderlyAlone: elderly(origin, couple: false)
        case .elderlyCouple: elderly(origin, couple: true)
        case .family: family(origin, singleParent: false)
        case .singleParent: family(origin, singleParent: true)
        case .multiProblemFamily: multiProblemFamily(origin)
        case .singleAdult: singleAdult(origin)
        case .homeless: homeless(origin)
        }
        assignNationalNumbers(&numbers)
        household.members = members
        if scenario != .homeless && rng.chance(0.85) {
            household.consentOn = reference.adding(days: -rng.int(1...2500))
        }
        recordConsents(scenario)
        return household
    }

    /// Most multi-problem families agreed to share data with a buddy, and every Housing First candidate with a
    /// consent date has its record. Drawn last, so the facts above do not depend on it.
    private mutating func recordConsents(_ scenario: DemoScenario) {
        guard let head = household.members.first else { return }
        let giver = ConsentGiver(nationalNumber: head.nationalNumber, position: 1)
        switch scenario {
        case .multiProblemFamily where rng.chance(0.8):
            let on = reference.adding(days: -rng.int(1...700))
            var scope = ConsentPurpose.buddy.defaultScope
            if rng.chance(0.2) { scope.removeAll { $0 == .household } }
            _ = try? household.giveConsent(.buddy, givenOn: on, givenBy: giver, scope: scope, recordedBy: "demo", recordedOn: on)
        case .homeless:
            if let on = household.consentOn {
                _ = try? household.giveConsent(.housingFirst, givenOn: on, givenBy: giver,
                                               scope: ConsentPurpose.housingFirst.defaultScope, recordedBy: "demo", recordedOn: on)
            }
        default: break
        }
    }

    // MARK: scenarios

    mutating func elderly(_ origin: Origin, couple: Bool) {
        let pensionPoor = rng.chance(0.45)
        var head = person(origin, role: .aanvrager, age: 65...96)
        head.civilStatus = couple ? .gehuwd : rng.pick([.weduwe, .weduwe, .alleenstaand, .gescheiden])
        head.incomeYear = unknownOr(pensionPoor ? euros(9_000...20_000) : euros(20_000...42_000))
        head.incomeMonth = unknownOr(pensionPoor ? euros(800...1_500) : euros(1_500...3_000))
        var statuses: [Status] = [.pensioen]
        if pensionPoor {
            if rng.chance(0.3) { statuses.append(.igo) }
            if rng.chance(0.7) { statuses.append(.vt) }
        }
        let careNeed = rng.chance(0.5)
        if careNeed { giveCareNeed(&head, statuses: &statuses) }
        if statuses.contains(.igo) || statuses.contains(.zorgbudgetOuderen), rng.chance(0.7) { statuses.append(.sociaalTarief) }
        if !couple && careNeed {
            // The caregiver is not in this dossier: known by postcode, or not recorded at all.
            if rng.chance(0.8) { head.caregiverPostcode = rng.pick(GenkAddresses.caregiverPostcodes) }
        }
        if careNeed && (couple || head.caregiverPostcode != nil) && rng.chance(0.45) { statuses.append(.mantelzorgpremie) }
        if !couple && pensionPoor && rng.chance(0.3) { statuses.append(.sociaalInternettarief) }
        head.statuses = unknownOr(statuses.sorted())
        members.append(head)
        if couple {
            var partner = person(origin, role: .partner, age: 62...94, sex: head.sex == .m ? .v : .m)
            partner.civilStatus = .gehuwd
            partner.incomeYear = unknownOr(euros(0...16_000))
            partner.incomeMonth = partner.incomeYear.map { Money(cents: $0.cents / 12) }
            partner.statuses = [.pensioen] + (statuses.contains(.vt) ? [.vt] : [])
            partner.dependant = partner.incomeYear.map { $0 < Money(euros: 3_820) }
            if careNeed {
                partner.caringSince = reference.adding(months: -rng.int(3...120))
                careLinks.append((caregiver: 1, caredFor: 0))
            }
            members.append(partner)
        }
        address(tenure: rng.pick([.eigenaar, .eigenaar, .eigenaar, .privateHuur, .socialeHuur]))
        household.residentSince = reference.adding(months: -rng.int(120...720))
        if !couple && rng.chance(0.02) { household.residentSince = reference.adding(days: -rng.int(1...40)) }
        energy(lowIncome: pensionPoor, oldDwelling: true)
        household.problems = rng.chance(0.6) ? [] : [Problem(domain: .gezondheid, severity: rng.int(1...3), months: rng.int(6...60))]
    }

    mutating func family(_ origin: Origin, singleParent: Bool) {
        let low = singleParent ? rng.chance(0.7) : rng.chance(0.4)
        var head = person(origin, role: .aanvrager, age: 24...55)
        head.civilStatus = singleParent ? rng.pick([.alleenstaand, .gescheiden]) : rng.pick([.gehuwd, .gehuwd, .wettelijkSamenwonend, .feitelijkSamenwonend])
        head.incomeYear = unknownOr(low ? euros(7_000...24_000) : euros(26_000...65_000))
        head.incomeMonth = unknownOr(head.incomeYear.map { Money(cents: $0.cents * 62 / 1200) } ?? euros(900...2_800))
        var statuses: [Status] = []
        if low && rng.chance(0.5) { statuses.append(.vt) }
        if low && rng.chance(0.55) { statuses.append(.socialeToeslag) }
        if low && singleParent && rng.chance(0.25) { statuses.append(.leefloon) }
        if low && rng.chance(0.12) { statuses.append(rng.pick([.schuldbemiddeling, .budgetbeheer, .collectieveSchuldenregeling])) }
        if rng.chance(0.1) { statuses.append(.werkloos) }
        head.statuses = unknownOr(statuses.sorted())
        members.append(head)
        if !singleParent {
            var partner = person(origin, role: .partner, age: 24...55, sex: head.sex == .m ? .v : .m)
            partner.civilStatus = head.civilStatus
            partner.incomeYear = unknownOr(rng.chance(0.3) ? Money.zero : euros(6_000...45_000))
            partner.incomeMonth = partner.incomeYear.map { Money(cents: $0.cents * 62 / 1200) }
            partner.dependant = partner.incomeYear.map { $0 < Money(euros: 3_820) }
            partner.statuses = unknownOr(statuses.contains(.vt) ? [.vt] : [])
            members.append(partner)
        }
        addChildren(origin, count: rng.int(1...(singleParent ? 4 : 5)), parentAge: members[0].age(on: reference) ?? 35)
        address(tenure: low ? rng.pick([.privateHuur, .privateHuur, .socialeHuur, .svk]) : rng.pick([.eigenaar, .eigenaar, .privateHuur]))
        household.residentSince = reference.adding(months: -rng.int(6...300))
        energy(lowIncome: low, oldDwelling: rng.chance(0.4))
        household.problems = rng.chance(0.15) ? nil : (low && rng.chance(0.3) ? someProblems(count: rng.int(1...2)) : [])
    }

    mutating func multiProblemFamily(_ origin: Origin) {
        family(origin, singleParent: rng.chance(0.6))
        if !members.contains(where: { $0.role == .kind && ($0.age(on: reference) ?? 99) < 18 }) {
            // A minor, at least 18 years younger than the applicant.
            addChildren(origin, count: 1, parentAge: min(35, members[0].age(on: reference) ?? 35))
        }
        // At least three domains, mostly serious and long; sometimes severity or duration unrecorded.
        household.problems = someProblems(count: rng.int(3...5))
        if rng.chance(0.35), var statuses = members[0].statuses {
            statuses.append(.buddy)
            members[0].statuses = statuses.sorted()
        }
    }

    mutating func singleAdult(_ origin: Origin) {
        var head = person(origin, role: .aanvrager, age: 18...64)
        head.civilStatus = rng.pick([.alleenstaand, .alleenstaand, .gescheiden, .weduwe])
        let situation = rng.int(0...9)
        var statuses: [Status] = []
        switch situation {
        case 0...1:
            statuses = [.leefloon]
            head.incomeMonth = Money(cents: 128_846)
        case 2...3:
            statuses = [.werkloos]
            head.incomeMonth = euros(1_050...1_500)
        case 4:
            statuses = [.arbeidsongeschikt, .invaliditeit]
            head.incomeMonth = euros(1_100...1_700)
            head.disabilityPct = rng.int(33...100)
        case 5:
            statuses = []
            head.incomeMonth = Money.zero
        default:
            head.incomeMonth = euros(1_500...3_400)
        }
        if situation <= 4 && rng.chance(0.6) { statuses.append(.vt) }
        head.incomeYear = unknownOr(Money(cents: (head.incomeMonth ?? Money.zero).cents * 1200 / 75))
        head.incomeMonth = unknownOr(head.incomeMonth)
        head.statuses = unknownOr(statuses.sorted())
        members.append(head)
        if rng.chance(0.12) {
            // An adult son or daughter, or a parent, lives in.
            let headAge = head.age(on: reference) ?? 40
            var other = headAge <= 55 && rng.chance(0.5)
                ? person(origin, role: .ouder, age: (headAge + 18)...(headAge + 40))
                : person(origin, role: .andere, age: 18...85)
            other.incomeYear = unknownOr(euros(0...22_000))
            other.statuses = unknownOr([])
            members.append(other)
        }
        let tenure: Tenure = rng.pick([.privateHuur, .privateHuur, .privateHuur, .socialeHuur, .svk, .eigenaar, .inwonend])
        address(tenure: tenure)
        if tenure == .privateHuur && rng.chance(0.5) {
            household.housing.waitingListSince = unknownOr(reference.adding(days: -rng.int(60...3_000)))
        }
        household.residentSince = reference.adding(months: -rng.int(2...400))
        energy(lowIncome: situation <= 5, oldDwelling: rng.chance(0.4))
        household.problems = rng.chance(0.2) ? nil : (rng.chance(0.4) ? someProblems(count: rng.int(1...3)) : [])
    }

    mutating func homeless(_ origin: Origin) {
        var head = person(origin, role: .aanvrager, age: 18...70)
        head.civilStatus = rng.pick([.alleenstaand, .gescheiden])
        let inProgramme = rng.chance(0.12)
        head.incomeMonth = unknownOr(rng.chance(0.6) ? Money(cents: 128_846) : Money.zero)
        head.incomeYear = unknownOr(euros(0...12_000))
        var statuses: [Status] = head.incomeMonth == Money.zero ? [] : [rng.chance(0.85) ? .leefloon : .equivalentLeefloon]
        if inProgramme { statuses.append(.housingFirst) }
        if !statuses.isEmpty && rng.chance(0.5) { statuses.append(.vt) }
        head.statuses = unknownOr(statuses.sorted())
        members.append(head)

        var h = Homelessness()
        h.ethos = [1, 1, 1, 2, 2, 2, 3, 3, 6, 8, 8, 9][rng.int(0...11)]
        h.monthsHomeless24m = unknownOr(rng.int(1...24))
        h.homelessSince = h.monthsHomeless24m.map { reference.adding(months: -$0 - rng.int(0...12)) }
        h.mentalHealth = unknownOr(rng.chance(0.55))
        h.addiction = unknownOr(rng.chance(0.45))
        h.physicalHealth = unknownOr(rng.chance(0.35))
        h.referredOn = rng.chance(0.8) ? reference.adding(days: -rng.int(1...400)) : nil
        household.homelessness = h
        // Informed consent is missing for some referrals, which stops the Housing First scoring.
        if rng.chance(0.85) { household.consentOn = h.referredOn ?? reference.adding(days: -rng.int(1...300)) }
        else { household.consentOn = nil }
        household.address = Address(postcode: "3600", municipality: "Genk", district: rng.pick(GenkAddresses.districts).name)
        if inProgramme {
            address(tenure: rng.pick([.svk, .socialeHuur]))
            energy(lowIncome: true, oldDwelling: false)
            // Housed through the programme two months after the referral (no random draw).
            let housed = (h.referredOn ?? reference).adding(months: 2)
            household.homelessness.housedSince = housed < reference ? housed : reference
        } else {
            household.housing = Housing(tenure: h.ethos! <= 2 ? rng.pick([.dakloos, .opvang]) : (h.ethos! >= 8 ? .inwonend : .opvang))
        }
        household.residentSince = unknownOr(reference.adding(months: -rng.int(6...300)))
        household.problems = [Problem(domain: .wonen, severity: 3, months: h.monthsHomeless24m)]
            + (h.mentalHealth == true ? [Problem(domain: .psychisch, severity: rng.int(2...3), months: rng.int(6...60))] : [])
            + (h.addiction == true ? [Problem(domain: .verslaving, severity: rng.int(2...3), months: rng.int(6...60))] : [])
    }
}
