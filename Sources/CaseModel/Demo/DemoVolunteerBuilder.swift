/// Demo volunteers (buddies): most can be matched; some lack training or a valid criminal-record extract.
enum DemoVolunteerBuilder {
    static func make(number: Int, rng: inout SplitMix64, reference: Day) -> Volunteer {
        let origin = GenkNames.origins[rng.weighted(GenkNames.originWeights)]
        let sex: Sex = rng.chance(0.6) ? .v : .m
        let digits = String(number)
        let id = DossierID(rawValue: "VW-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits)!
        var v = Volunteer(id: id, firstName: rng.pick(sex == .m ? origin.men : origin.women), lastName: rng.pick(origin.surnames))
        v.sex = sex
        v.birthDate = Day(ordinal: reference.adding(months: -12 * 75).ordinal + rng.int(0...(57 * 365)))
        let inGenk = rng.chance(0.9)
        v.postcode = inGenk ? "3600" : rng.pick(["3500", "3520", "3665"])
        v.district = inGenk ? rng.pick(GenkAddresses.districts).name : nil
        var langs = ["nl"]
        for l in origin.languages where l != "nl" && rng.chance(0.7) { langs.append(l) }
        if rng.chance(0.4) && !langs.contains("en") { langs.append("en") }
        if rng.chance(0.3) && !langs.contains("fr") { langs.append("fr") }
        v.languages = langs
        var domains = ProblemDomain.allCases
        var chosen: [ProblemDomain] = []
        for _ in 0..<rng.int(2...4) { chosen.append(domains.remove(at: rng.int(0...(domains.count - 1)))) }
        v.domains = chosen.sorted()
        v.capacity = [1, 1, 2, 2, 2, 3][rng.int(0...5)]
        var slots: [Slot] = []
        for _ in 0..<rng.int(2...4) {
            let slot = Slot(day: rng.pick(Slot.Weekday.allCases), part: rng.pick(Slot.Part.allCases))
            if !slots.contains(slot) { slots.append(slot) }
        }
        let days = Slot.Weekday.allCases, parts = Slot.Part.allCases
        v.availability = slots.sorted {
            (days.firstIndex(of: $0.day)!, parts.firstIndex(of: $0.part)!) < (days.firstIndex(of: $1.day)!, parts.firstIndex(of: $1.part)!)
        }
        // Training: mostly done; an extract valid, expired or not yet brought.
        v.trainedOn = rng.chance(0.85) ? reference.adding(days: -rng.int(30...2_000)) : nil
        switch rng.int(0...19) {
        case 0...15: v.backgroundCheckUntil = reference.adding(days: rng.int(10...1_100))
        case 16...17: v.backgroundCheckUntil = reference.adding(days: -rng.int(1...400))
        default: v.backgroundCheckUntil = nil
        }
        if rng.chance(0.1) { v.genderPreference = sex }
        return v
    }
}
