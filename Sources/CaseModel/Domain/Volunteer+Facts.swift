extension Volunteer {
    /// The recorded value of a volunteer column (see `Columns.volunteer`), or `.unknown`.
    public func value(of column: String) -> FactValue {
        switch column {
        case "vrijwilliger": return .text(id.rawValue)
        case "voornaam": return .text(firstName)
        case "naam": return .text(lastName)
        case "geboortedatum": return birthDate.fact
        case "geslacht": return sex.fact
        case "postcode": return postcode.fact
        case "wijk": return district.fact
        case "talen": return languages.map { .list($0) } ?? .unknown
        case "domeinen": return domains.map { .list($0.map(\.rawValue)) } ?? .unknown
        case "capaciteit": return capacity.fact
        case "beschikbaarheid": return availability.map { .list($0.map(\.code)) } ?? .unknown
        case "opleiding_op": return trainedOn.fact
        case "uittreksel_tot": return backgroundCheckUntil.fact
        case "voorkeur_geslacht": return genderPreference.fact
        case "opmerking": return note.fact
        default: return .unknown
        }
    }

    public mutating func set(_ column: String, to v: FactValue) {
        switch column {
        case "voornaam": if let t = v.textValue { firstName = t }
        case "naam": if let t = v.textValue { lastName = t }
        case "geboortedatum": birthDate = v.dateValue
        case "geslacht": sex = v.codeValue(Sex.self)
        case "postcode": postcode = v.textValue
        case "wijk": district = v.textValue
        case "talen": languages = v.listValue
        case "domeinen": domains = v.listValue.map { $0.compactMap { ProblemDomain(code: $0) } }
        case "capaciteit": capacity = v.intValue
        case "beschikbaarheid": availability = v.listValue.map { $0.compactMap { Slot(code: $0) } }
        case "opleiding_op": trainedOn = v.dateValue
        case "uittreksel_tot": backgroundCheckUntil = v.dateValue
        case "voorkeur_geslacht": genderPreference = v.codeValue(Sex.self)
        case "opmerking": note = v.textValue
        default: break
        }
    }
}
