/// Turns the checker's answers into a household the rule modules can read. It exists only in memory: no
/// names (members are "Persoon 1", "Persoon 2"…), no national numbers, no address beyond the postcode.
/// A question left unanswered stays unknown (`nil`), so a rule that needs it says "possible" and what it misses.
public enum CheckerHousehold {
    /// The dossier number the in-memory household carries; it is never stored.
    public static let id = DossierID(rawValue: "checker")!

    public static func make(from answers: CheckerAnswers, today: Day) -> Household {
        var members: [Person] = []
        let civil = answers.choice("burgerlijke_staat").flatMap(CivilStatus.init(code:))

        var applicant = placeholder(1, role: .aanvrager)
        applicant.birthDate = answers.ageOrYear("aanvrager_leeftijd", today: today)?.birthDate(today: today)
        applicant.civilStatus = civil
        applicant.dependant = false
        applicant.incomeYear = answers.amount("inkomen_jaar_1")
        applicant.incomeMonth = answers.amount("inkomen_maand_1")
        applicant.statuses = statuses(answers.selection("statuten_1"))
        members.append(applicant)

        // A partner counts when the answer is yes, or when an age was given without answering yes or no.
        let partnerAge = answers.ageOrYear("partner_leeftijd", today: today)
        let hasPartner = answers.yesNo("partner") ?? (partnerAge != nil)
        var partnerIndex: Int?
        if hasPartner {
            var partner = placeholder(members.count + 1, role: .partner)
            partner.birthDate = partnerAge?.birthDate(today: today)
            if let civil, civil == .gehuwd || civil == .wettelijkSamenwonend || civil == .feitelijkSamenwonend {
                partner.civilStatus = civil
            }
            partner.dependant = false
            partner.incomeYear = answers.amount("inkomen_jaar_2")
            partner.incomeMonth = answers.amount("inkomen_maand_2")
            partner.statuses = statuses(answers.selection("statuten_2"))
            partnerIndex = members.count
            members.append(partner)
        }

        // Other members have no income of their own when the answer says so; unknown otherwise.
        let othersEarn = answers.yesNo("inkomen_anderen")
        let othersHaveStatus = answers.yesNo("anderen_statuut")
        for age in answers.ages("kinderen", today: today) ?? [] {
            var child = placeholder(members.count + 1, role: .kind)
            child.birthDate = age.birthDate(today: today)
            child.dependant = true
            if othersEarn == false { child.incomeYear = .zero; child.incomeMonth = .zero }
            if othersHaveStatus == false { child.statuses = []; child.disabilityPct = 0 }
            members.append(child)
        }
        for age in answers.ages("anderen", today: today) ?? [] {
            var other = placeholder(members.count + 1, role: .andere)
            other.birthDate = age.birthDate(today: today)
            if othersEarn == false { other.incomeYear = .zero; other.incomeMonth = .zero }
            if othersHaveStatus == false { other.statuses = []; other.disabilityPct = 0 }
            members.append(other)
        }

        applyCare(answers, to: &members, partnerIndex: partnerIndex)

        var household = Household(id: id, members: members)
        if let postcode = answers.postcode("postcode") {
            household.address.postcode = postcode
            // 3600 is Genk with all its parts; other municipalities are not named, only their postcode matters.
            if postcode == "3600" { household.address.municipality = "Genk" }
        }
        household.housing.tenure = answers.choice("woonsituatie").flatMap(Tenure.init(code:))
        household.housing.rentMonth = answers.amount("huur_maand")
        household.housing.dwellingType = answers.choice("woningtype").flatMap(DwellingType.init(code:))
        if let months = answers.number("wachtlijst_maanden", 0...600), months > 0 {
            household.housing.waitingListSince = today.adding(months: -months)
        }
        household.energy.heating = answers.choice("verwarming").flatMap(HeatingFuel.init(code:))
        household.energy.costYear = answers.amount("energie_jaar")
        household.energy.prepaymentMeter = answers.yesNo("budgetmeter")
        household.energy.cannotHeat = answers.yesNo("kan_niet_verwarmen")
        // The letter's day is not asked: "this year" is recorded as today, the latest it can be.
        switch answers.choice("brief") {
        case "herinnering": household.energy.reminderOn = today
        case "ingebrekestelling": household.energy.formalNoticeOn = today
        case "opzeg": household.energy.terminationOn = today
        default: break
        }
        return household
    }

    /// "Persoon 1": a placeholder, never a real name.
    static func placeholder(_ number: Int, role: HouseholdRole) -> Person {
        Person(firstName: "Persoon", lastName: String(number), role: role)
    }

    /// Ticked statuses; "none of these" alone is the explicit empty list; nothing ticked stays unknown.
    static func statuses(_ selection: Set<String>?) -> [Status]? {
        guard let selection else { return nil }
        return selection.compactMap(Status.init(code:)).sorted()
    }

    /// The care answers belong to the person named in "who needs care"; "nobody" records that nobody in the
    /// applicant's and partner's place has dementia or a care package.
    static func applyCare(_ answers: CheckerAnswers, to members: inout [Person], partnerIndex: Int?) {
        let target: Int?
        switch answers.choice("zorg_wie") {
        case "1": target = 0
        case "2": target = partnerIndex
        case "niemand":
            for i in [0, partnerIndex].compactMap({ $0 }) {
                members[i].dementia = false
            }
            return
        default:
            // Care facts given without saying whose: they are taken to be Persoon 1's.
            let careFields = ["invaliditeit_pct", "zelfredzaamheid", "dementie", "thuisverpleging"]
            target = careFields.contains { answers[$0] != nil } ? 0 : nil
        }
        guard let i = target else { return }
        members[i].disabilityPct = answers.number("invaliditeit_pct", 0...100)
        members[i].selfReliancePoints = answers.number("zelfredzaamheid", 0...18)
        members[i].dementia = answers.yesNo("dementie")
        if let code = answers.choice("thuisverpleging"), code != "geen" {
            members[i].homeNursingPackage = HomeNursingPackage(code: code)
        }
    }
}
