/// The pieces every scenario uses: people, amounts, addresses, energy, care needs, problems.
extension DemoHouseholdBuilder {
    /// The value, or `nil` (unknown) now and then.
    mutating func unknownOr<T>(_ value: T?) -> T? {
        rng.chance(unknownRate) ? nil : value
    }

    mutating func euros(_ range: ClosedRange<Int>) -> Money {
        Money(cents: Int64(rng.int(range)) * 100 + Int64(rng.int(0...99)))
    }

    mutating func birthDate(age: ClosedRange<Int>) -> Day {
        // Any day on which the person has an age in the range on the reference date.
        let youngest = reference.adding(months: -12 * age.lowerBound).ordinal
        let oldest = reference.adding(months: -12 * (age.upperBound + 1)).ordinal + 1
        return Day(ordinal: rng.int(oldest...youngest))
    }

    mutating func person(_ origin: Origin, role: HouseholdRole, age: ClosedRange<Int>, sex: Sex? = nil,
                         surname: String? = nil) -> Person {
        let s = sex ?? (rng.chance(0.5) ? .m : .v)
        var first = rng.pick(s == .m ? origin.men : origin.women)
        for _ in 0..<4 where members.contains(where: { $0.firstName == first }) {
            first = rng.pick(s == .m ? origin.men : origin.women)
        }
        var last = surname ?? rng.pick(origin.surnames)
        // Polish surnames take the feminine form: Kowalski, Kowalska.
        if s == .v && (last.hasSuffix("ski") || last.hasSuffix("cki")) { last = String(last.dropLast()) + "a" }
        var p = Person(firstName: first, lastName: last, birthDate: birthDate(age: age), sex: s, role: role)
        p.languages = unknownOr(spokenLanguages(origin, adult: role != .kind))
        p.dependant = role == .kind ? true : (role == .aanvrager ? false : nil)
        return p
    }

    mutating func spokenLanguages(_ origin: Origin, adult: Bool) -> [String] {
        var langs = [origin.languages[0]]
        for extra in origin.languages.dropFirst() where rng.chance(adult ? 0.55 : 0.8) { langs.append(extra) }
        if !langs.contains("nl") && !adult { langs.append("nl") }
        return langs
    }

    mutating func addChildren(_ origin: Origin, count: Int, parentAge: Int) {
        let surname = members[0].lastName
        let oldest = max(0, min(24, parentAge - 18))
        for _ in 0..<count {
            var child = person(origin, role: .kind, age: 0...oldest, surname: surname)
            let age = child.age(on: reference) ?? 0
            child.incomeYear = unknownOr(age >= 18 && rng.chance(0.3) ? euros(500...6_000) : Money.zero)
            child.incomeMonth = Money.zero
            child.statuses = unknownOr(age >= 18 && rng.chance(0.6) ? [.student] : [])
            child.dependant = age < 18 || child.statuses == [.student]
            if age >= 18 { child.civilStatus = .alleenstaand }
            child.schoolLevel = Self.schoolLevel(age: age, student: child.statuses == [.student])
            members.append(child)
        }
    }

    /// The usual school level for an age (no random draw, so the other facts of a seed stay as they were):
    /// nursery from 3, primary from 6, secondary from 12; a student of 18 or more in higher education.
    static func schoolLevel(age: Int, student: Bool) -> SchoolLevel? {
        switch age {
        case ..<3: return nil
        case 3...5: return .kleuter
        case 6...11: return .lager
        case 12...17: return .secundair
        default: return student ? .hoger : .geen
        }
    }

    /// One of the care needs the mantelzorgpremie and the zorgbudgetten look at.
    mutating func giveCareNeed(_ p: inout Person, statuses: inout [Status]) {
        switch rng.int(0...5) {
        case 0: p.disabilityPct = rng.int(66...100)
        case 1: p.selfReliancePoints = rng.int(7...18)
        case 2: p.dementia = true
        case 3: p.homeNursingPackage = rng.pick([.a, .b, .c])
        case 4:
            p.belScore = rng.int(35...60)
            statuses.append(.zorgbudgetZwaar)
        default:
            p.selfReliancePoints = unknownOr(rng.int(7...15))
            if rng.chance(0.6) { statuses.append(.zorgbudgetOuderen) }
        }
    }

    mutating func someProblems(count: Int) -> [Problem] {
        var domains = ProblemDomain.allCases
        var result: [Problem] = []
        for _ in 0..<min(count, domains.count) {
            let domain = domains.remove(at: rng.int(0...(domains.count - 1)))
            let severity: Int? = rng.chance(0.08) ? nil : [1, 2, 2, 2, 3, 3][rng.int(0...5)]
            let months: Int? = rng.chance(0.15) ? nil : rng.int(2...48)
            result.append(Problem(domain: domain, severity: severity, months: months))
        }
        return result.sorted { $0.domain < $1.domain }
    }

    mutating func address(tenure: Tenure) {
        let district = rng.pick(GenkAddresses.districts)
        var houseNumber = String(rng.int(1...260))
        let flat = tenure == .socialeHuur || tenure == .svk || rng.chance(0.2)
        if flat { houseNumber += " bus \(rng.int(1...24))" }
        household.address = Address(street: rng.pick(district.streets), houseNumber: houseNumber, postcode: "3600",
                                    municipality: "Genk", district: district.name)
        var housing = Housing(tenure: unknownOr(tenure))
        switch tenure {
        case .privateHuur: housing.rentMonth = unknownOr(euros(520...980))
        case .socialeHuur, .svk: housing.rentMonth = unknownOr(euros(280...560))
        default: break
        }
        housing.dwellingType = unknownOr(flat ? .appartement : rng.pick([.rij, .rij, .halfopen, .open]))
        if tenure == .privateHuur && rng.chance(0.3) {
            housing.waitingListSince = reference.adding(days: -rng.int(100...3_200))
        }
        household.housing = housing
    }

    /// Heating, supplier and dwelling; low-income households get energy-poverty signals at every level.
    mutating func energy(lowIncome: Bool, oldDwelling: Bool) {
        var e = Energy()
        let social = household.housing.tenure == .socialeHuur
        let fuels: [HeatingFuel] = [.aardgas, .elektriciteit, .stookolie, .petroleum, .propaanBulk, .propaanFles, .hout, .collectief]
        e.heating = unknownOr(fuels[rng.weighted([70, 7, 10, 3, 2, 1, 1, social ? 12 : 0])])
        if let fuel = e.heating, [.stookolie, .propaanBulk, .petroleum].contains(fuel) {
            e.fuelLitres = unknownOr(rng.int(400...2_400))
        }
        e.supplier = unknownOr(GenkAddresses.suppliers[rng.weighted(GenkAddresses.supplierWeights)])
        e.prepaymentMeter = unknownOr(e.supplier == "Fluvius" || (lowIncome && rng.chance(0.08)))
        e.costYear = unknownOr(euros(800...3_600))
        e.consumptionKwh = rng.chance(0.3) ? nil : rng.int(3_000...26_000)
        e.roofInsulated = unknownOr(!(oldDwelling && rng.chance(0.45)))
        e.singleGlazing = unknownOr(oldDwelling && rng.chance(0.35))
        e.epcScore = rng.chance(0.4) ? nil : (oldDwelling ? rng.int(350...720) : rng.int(90...400))
        e.cannotHeat = unknownOr(lowIncome && rng.chance(0.2))
        if lowIncome && rng.chance(0.35) {
            // Energy poverty signals, from a first reminder up to a LAC file.
            let stage = rng.int(1...5)
            e.arrears = euros(150...2_500)
            e.reminderOn = reference.adding(days: -rng.int(10...120))
            if stage >= 2 { e.formalNoticeOn = e.reminderOn!.adding(days: rng.int(15...25)) }
            if stage >= 3 { e.terminationOn = e.formalNoticeOn!.adding(days: rng.int(15...30)) }
            if stage >= 4 {
                e.supplier = "Fluvius"
                e.prepaymentMeter = true
            }
            if stage == 5 {
                e.gridDebt = euros(300...2_000)
                e.lac = rng.chance(0.6)
            }
        }
        household.energy = e
    }

    mutating func assignNationalNumbers(_ numbers: inout NationalNumberPool) {
        for i in members.indices {
            // A few people are recorded without their number (a new client, a missing document).
            if rng.chance(0.02), members[i].role != .aanvrager { continue }
            let sex = members[i].sex ?? .x
            members[i].nationalNumber = numbers.number(birthDate: members[i].birthDate!, sex: sex, rng: &rng)
        }
        for link in careLinks {
            members[link.caregiver].caresFor = members[link.caredFor].nationalNumber
        }
    }
}
