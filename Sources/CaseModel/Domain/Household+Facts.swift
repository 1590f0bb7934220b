extension Household {
    /// The recorded value of a household column (see `Columns.household`), or `.unknown`.
    /// `opmerking` reads the latest note.
    public func value(of column: String) -> FactValue {
        switch column {
        case "dossier": return .text(id.rawValue)
        case "straat": return address.street.fact
        case "huisnummer": return address.houseNumber.fact
        case "postcode": return address.postcode.fact
        case "gemeente": return address.municipality.fact
        case "wijk": return address.district.fact
        case "in_genk_sinds": return residentSince.fact
        case "woonsituatie": return housing.tenure.fact
        case "huur_maand": return housing.rentMonth.fact
        case "woningtype": return housing.dwellingType.fact
        case "wachtlijst_sinds": return housing.waitingListSince.fact
        case "ethos": return homelessness.ethos.fact
        case "dakloos_sinds": return homelessness.homelessSince.fact
        case "maanden_dakloos_24m": return homelessness.monthsHomeless24m.fact
        case "psychische_problemen": return homelessness.mentalHealth.fact
        case "verslaving": return homelessness.addiction.fact
        case "fysieke_problemen": return homelessness.physicalHealth.fact
        case "aangemeld_op": return homelessness.referredOn.fact
        case "gehuisvest_sinds": return housedSince.fact
        case "toestemming": return consentOn.fact
        case "verwarming": return energy.heating.fact
        case "stookolie_liter": return energy.fuelLitres.fact
        case "budgetmeter": return energy.prepaymentMeter.fact
        case "leverancier": return energy.supplier.fact
        case "energie_jaar": return energy.costYear.fact
        case "verbruik_kwh": return energy.consumptionKwh.fact
        case "energie_achterstal": return energy.arrears.fact
        case "schuld_netbeheerder": return energy.gridDebt.fact
        case "herinnering_op": return energy.reminderOn.fact
        case "ingebrekestelling_op": return energy.formalNoticeOn.fact
        case "opzeg_op": return energy.terminationOn.fact
        case "lac": return energy.lac.fact
        case "kan_niet_verwarmen": return energy.cannotHeat.fact
        case "dak_geisoleerd": return energy.roofInsulated.fact
        case "enkel_glas": return energy.singleGlazing.fact
        case "epc_score": return energy.epcScore.fact
        case "problemen": return problems.map { .list($0.map(\.code)) } ?? .unknown
        case "opmerking": return notes.last.map { .text($0.text) } ?? .unknown
        default: return .unknown
        }
    }

    /// Records a value for a household column. `.unknown` erases the fact. `opmerking` is not set here:
    /// notes are added (with a date and author), never overwritten.
    public mutating func set(_ column: String, to v: FactValue) {
        switch column {
        case "straat": address.street = v.textValue
        case "huisnummer": address.houseNumber = v.textValue
        case "postcode": address.postcode = v.textValue
        case "gemeente": address.municipality = v.textValue
        case "wijk": address.district = v.textValue
        case "in_genk_sinds": residentSince = v.dateValue
        case "woonsituatie": housing.tenure = v.codeValue(Tenure.self)
        case "huur_maand": housing.rentMonth = v.moneyValue
        case "woningtype": housing.dwellingType = v.codeValue(DwellingType.self)
        case "wachtlijst_sinds": housing.waitingListSince = v.dateValue
        case "ethos": homelessness.ethos = v.intValue
        case "dakloos_sinds": homelessness.homelessSince = v.dateValue
        case "maanden_dakloos_24m": homelessness.monthsHomeless24m = v.intValue
        case "psychische_problemen": homelessness.mentalHealth = v.boolValue
        case "verslaving": homelessness.addiction = v.boolValue
        case "fysieke_problemen": homelessness.physicalHealth = v.boolValue
        case "aangemeld_op": homelessness.referredOn = v.dateValue
        case "gehuisvest_sinds":
            // The intake's date stays the source when the value set is that date (an export of it re-imports
            // unchanged); any other date is recorded.
            let d = v.dateValue
            homelessness.housedSince = (d != nil && d == housingFirstHousedOn) ? nil : d
        case "toestemming": consentOn = v.dateValue
        case "verwarming": energy.heating = v.codeValue(HeatingFuel.self)
        case "stookolie_liter": energy.fuelLitres = v.intValue
        case "budgetmeter": energy.prepaymentMeter = v.boolValue
        case "leverancier": energy.supplier = v.textValue
        case "energie_jaar": energy.costYear = v.moneyValue
        case "verbruik_kwh": energy.consumptionKwh = v.intValue
        case "energie_achterstal": energy.arrears = v.moneyValue
        case "schuld_netbeheerder": energy.gridDebt = v.moneyValue
        case "herinnering_op": energy.reminderOn = v.dateValue
        case "ingebrekestelling_op": energy.formalNoticeOn = v.dateValue
        case "opzeg_op": energy.terminationOn = v.dateValue
        case "lac": energy.lac = v.boolValue
        case "kan_niet_verwarmen": energy.cannotHeat = v.boolValue
        case "dak_geisoleerd": energy.roofInsulated = v.boolValue
        case "enkel_glas": energy.singleGlazing = v.boolValue
        case "epc_score": energy.epcScore = v.intValue
        case "problemen": problems = v.listValue.map { $0.compactMap(Problem.init(code:)) }
        default: break
        }
    }
}

extension Household {
    /// The day the household moved into a home of its own after homelessness: the recorded `gehuisvest_sinds`,
    /// else the day the Housing First intake last reached `gehuisvest` (issue 13: the installatiepremie and the
    /// huurwaarborg read it). `nil` when neither is known.
    public var housedSince: Day? { homelessness.housedSince ?? housingFirstHousedOn }

    /// The day of the intake's last step to `gehuisvest`, if it has one.
    public var housingFirstHousedOn: Day? {
        housingFirst?.history.last(where: { $0.state == .gehuisvest })?.date
    }
}

extension Problem {
    /// Parses `schulden:3:18`, `opvoeding:2`, `wonen`, `wonen::12`.
    public init?(code: String) {
        let parts = code.trimmedSpaces.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard (1...3).contains(parts.count), let domain = ProblemDomain(code: parts[0]) else { return nil }
        var severity: Int? = nil
        var months: Int? = nil
        if parts.count >= 2, !parts[1].isEmpty {
            guard let s = Int(parts[1]), (1...3).contains(s) else { return nil }
            severity = s
        }
        if parts.count == 3, !parts[2].isEmpty {
            guard let m = Int(parts[2]), FactBounds.problemMonths.contains(m) else { return nil }
            months = m
        }
        self.init(domain: domain, severity: severity, months: months)
    }
}
