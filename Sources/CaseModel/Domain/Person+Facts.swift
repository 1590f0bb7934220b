extension Person {
    /// The recorded value of a person column (see `Columns.person`), or `.unknown`.
    public func value(of column: String) -> FactValue {
        switch column {
        case "rijksregisternummer": return nationalNumber.fact
        case "voornaam": return .text(firstName)
        case "naam": return .text(lastName)
        case "geboortedatum": return birthDate.fact
        case "geslacht": return sex.fact
        case "rol": return role.fact
        case "burgerlijke_staat": return civilStatus.fact
        case "ten_laste": return dependant.fact
        case "talen": return languages.map { .list($0) } ?? .unknown
        case "inkomen_jaar": return incomeYear.fact
        case "inkomen_maand": return incomeMonth.fact
        case "statuten": return statuses.map { .list($0.map(\.rawValue)) } ?? .unknown
        case "invaliditeit_pct": return disabilityPct.fact
        case "zelfredzaamheid": return selfReliancePoints.fact
        case "bel_profiel": return belScore.fact
        case "thuisverpleging_forfait": return homeNursingPackage.fact
        case "dementie": return dementia.fact
        case "zorgt_voor": return caresFor.fact
        case "zorgt_sinds": return caringSince.fact
        case "woonplaats_mantelzorger": return caregiverPostcode.fact
        case "onderwijsniveau": return schoolLevel.fact
        default: return .unknown
        }
    }

    /// Records a value for a person column. `.unknown` erases the fact. Values of the wrong type are ignored
    /// (the import validates before it sets).
    public mutating func set(_ column: String, to v: FactValue) {
        switch column {
        case "rijksregisternummer": nationalNumber = v.textValue.flatMap { NationalNumber($0) }
        case "voornaam": if let t = v.textValue { firstName = t }
        case "naam": if let t = v.textValue { lastName = t }
        case "geboortedatum": birthDate = v.dateValue
        case "geslacht": sex = v.codeValue(Sex.self)
        case "rol": role = v.codeValue(HouseholdRole.self)
        case "burgerlijke_staat": civilStatus = v.codeValue(CivilStatus.self)
        case "ten_laste": dependant = v.boolValue
        case "talen": languages = v.listValue
        case "inkomen_jaar": incomeYear = v.moneyValue
        case "inkomen_maand": incomeMonth = v.moneyValue
        case "statuten": statuses = v.listValue.map { $0.compactMap { Status(code: $0) }.sorted() }
        case "invaliditeit_pct": disabilityPct = v.intValue
        case "zelfredzaamheid": selfReliancePoints = v.intValue
        case "bel_profiel": belScore = v.intValue
        case "thuisverpleging_forfait": homeNursingPackage = v.codeValue(HomeNursingPackage.self)
        case "dementie": dementia = v.boolValue
        case "zorgt_voor": caresFor = v.textValue.flatMap { NationalNumber($0) }
        case "zorgt_sinds": caringSince = v.dateValue
        case "woonplaats_mantelzorger": caregiverPostcode = v.textValue
        case "onderwijsniveau": schoolLevel = v.codeValue(SchoolLevel.self)
        default: break
        }
    }
}
