import Foundation
/// A dossier in the caseload index: every field of `Household` in declaration order, in the compact encoding of
/// `IndexWriter`. Decoding this is many times cheaper than the dossier's JSON (docs/performance.md).
///
/// When a field is added to `Household` or one of its parts, it must be added here too and
/// `HouseholdIndexCoding.version` raised (an index of an older version is rebuilt from the files); the
/// StoreIndex tests compare the field counts and round-trip a fully filled caseload to catch a forgotten field.
enum HouseholdIndexCoding {
    static let version: UInt64 = 9

    static func encode(_ h: Household, into w: inout IndexWriter) {
        w.text(h.id.rawValue)
        w.int(h.revision)
        w.list(h.members) { w, p in encode(p, into: &w) }
        let a = h.address
        w.optional(a.street) { $0.text($1) }
        w.optional(a.houseNumber) { $0.text($1) }
        w.optional(a.postcode) { $0.text($1) }
        w.optional(a.municipality) { $0.text($1) }
        w.optional(a.district) { $0.text($1) }
        w.optional(h.residentSince) { $0.day($1) }
        let s = h.housing
        w.optional(s.tenure) { $0.code($1) }
        w.optional(s.rentMonth) { $0.money($1) }
        w.optional(s.dwellingType) { $0.code($1) }
        w.optional(s.waitingListSince) { $0.day($1) }
        let o = h.homelessness
        w.optional(o.ethos) { $0.int($1) }
        w.optional(o.homelessSince) { $0.day($1) }
        w.optional(o.monthsHomeless24m) { $0.int($1) }
        w.optional(o.mentalHealth) { $0.bool($1) }
        w.optional(o.addiction) { $0.bool($1) }
        w.optional(o.physicalHealth) { $0.bool($1) }
        w.optional(o.referredOn) { $0.day($1) }
        w.optional(o.housedSince) { $0.day($1) }
        w.optional(h.consentOn) { $0.day($1) }
        let e = h.energy
        w.optional(e.heating) { $0.code($1) }
        w.optional(e.fuelLitres) { $0.int($1) }
        w.optional(e.prepaymentMeter) { $0.bool($1) }
        w.optional(e.supplier) { $0.text($1) }
        w.optional(e.costYear) { $0.money($1) }
        w.optional(e.consumptionKwh) { $0.int($1) }
        w.optional(e.arrears) { $0.money($1) }
        w.optional(e.gridDebt) { $0.money($1) }
        w.optional(e.reminderOn) { $0.day($1) }
        w.optional(e.formalNoticeOn) { $0.day($1) }
        w.optional(e.terminationOn) { $0.day($1) }
        w.optional(e.lac) { $0.bool($1) }
        w.optional(e.cannotHeat) { $0.bool($1) }
        w.optional(e.roofInsulated) { $0.bool($1) }
        w.optional(e.singleGlazing) { $0.bool($1) }
        w.optional(e.epcScore) { $0.int($1) }
        w.optional(h.problems) { w, list in
            w.list(list) { w, p in
                w.code(p.domain)
                w.optional(p.severity) { $0.int($1) }
                w.optional(p.months) { $0.int($1) }
            }
        }
        w.list(h.notes) { w, n in
            w.day(n.date)
            w.text(n.author)
            w.text(n.text)
        }
        w.list(h.followUps) { w, f in
            w.day(f.due)
            w.text(f.text)
            w.text(f.author)
            w.bool(f.done)
            w.optional(f.assignee) { $0.text($1) }
        }
        w.optional(h.buddy) { w, b in
            w.text(b.volunteer.rawValue)
            w.day(b.since)
            w.text(b.confirmedBy)
            w.optional(b.reason) { $0.text($1) }
        }
        // The Housing First intake is rare and rich (state history, overrides): kept as its JSON form.
        w.optional(h.housingFirst.flatMap { try? Self.intakeEncoder.encode($0) }) { w, data in
            w.text(String(decoding: data, as: UTF8.self))
        }
        w.optional(h.consents) { w, list in w.list(list) { w, c in encode(c, into: &w) } }
        w.optional(h.consulent) { $0.text($1) }
        w.optional(h.closure) { w, c in
            w.day(c.on)
            w.text(c.reason)
            w.text(c.by)
        }
        // Applications are few per dossier and rich (decisions): kept as their JSON form, as the intake.
        w.optional(h.applications.flatMap { try? Self.intakeEncoder.encode($0) }) { w, data in
            w.text(String(decoding: data, as: UTF8.self))
        }
    }

    private static func encode(_ c: ConsentRecord, into w: inout IndexWriter) {
        w.int(c.number)
        w.text(c.purpose.rawValue)
        w.optional(c.purposeText) { $0.text($1) }
        w.day(c.givenOn)
        w.optional(c.givenBy.nationalNumber) { $0.text($1.digits) }
        w.optional(c.givenBy.position) { $0.int($1) }
        w.list(c.scope) { $0.text($1.rawValue) }
        w.text(c.recordedBy)
        w.day(c.recordedOn)
        w.optional(c.withdrawal) { w, x in
            w.day(x.on)
            w.text(x.reason)
            w.text(x.by)
        }
    }

    private static func decodeConsent(_ r: inout IndexReader) throws -> ConsentRecord {
        let number = try r.int()
        guard let purpose = ConsentPurpose(rawValue: try r.text()) else { throw IndexFormatError() }
        let text = try r.optional { try $0.text() }
        let givenOn = try r.day()
        let giver = ConsentGiver(nationalNumber: try r.optional { NationalNumber(validDigits: try $0.text()) },
                                 position: try r.optional { try $0.int() })
        let scope = try r.list { r in
            guard let c = ConsentCategory(rawValue: try r.text()) else { throw IndexFormatError() }
            return c
        }
        return ConsentRecord(number: number, purpose: purpose, purposeText: text, givenOn: givenOn, givenBy: giver,
                             scope: scope, recordedBy: try r.text(), recordedOn: try r.day(),
                             withdrawal: try r.optional { r in
                                 ConsentWithdrawal(on: try r.day(), reason: try r.text(), by: try r.text())
                             })
    }

    private static let intakeEncoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }()

    private static func encode(_ p: Person, into w: inout IndexWriter) {
        w.optional(p.nationalNumber) { $0.text($1.digits) }
        w.text(p.firstName)
        w.text(p.lastName)
        w.optional(p.birthDate) { $0.day($1) }
        w.optional(p.sex) { $0.code($1) }
        w.optional(p.role) { $0.code($1) }
        w.optional(p.civilStatus) { $0.code($1) }
        w.optional(p.dependant) { $0.bool($1) }
        w.optional(p.languages) { w, l in w.list(l) { $0.text($1) } }
        w.optional(p.incomeYear) { $0.money($1) }
        w.optional(p.incomeMonth) { $0.money($1) }
        w.optional(p.statuses) { w, l in w.list(l) { $0.code($1) } }
        w.optional(p.disabilityPct) { $0.int($1) }
        w.optional(p.selfReliancePoints) { $0.int($1) }
        w.optional(p.belScore) { $0.int($1) }
        w.optional(p.homeNursingPackage) { $0.code($1) }
        w.optional(p.dementia) { $0.bool($1) }
        w.optional(p.caresFor) { $0.text($1.digits) }
        w.optional(p.caringSince) { $0.day($1) }
        w.optional(p.caregiverPostcode) { $0.text($1) }
        w.optional(p.schoolLevel) { $0.code($1) }
        w.optional(p.departure) { w, d in
            w.text(d.reason.rawValue)
            w.day(d.on)
            w.optional(d.movedTo) { $0.text($1.rawValue) }
            w.text(d.by)
        }
    }

    static func decode(_ r: inout IndexReader) throws -> Household {
        guard let id = DossierID(fast: try r.text()) else { throw IndexFormatError() }
        var h = Household(id: id, revision: try r.int())
        h.members = try r.list { try decodePerson(&$0) }
        h.address.street = try r.optional { try $0.text() }
        h.address.houseNumber = try r.optional { try $0.text() }
        h.address.postcode = try r.optional { try $0.text() }
        h.address.municipality = try r.optional { try $0.text() }
        h.address.district = try r.optional { try $0.text() }
        h.residentSince = try r.optional { try $0.day() }
        h.housing.tenure = try r.optional { try $0.code(Tenure.self) }
        h.housing.rentMonth = try r.optional { try $0.money() }
        h.housing.dwellingType = try r.optional { try $0.code(DwellingType.self) }
        h.housing.waitingListSince = try r.optional { try $0.day() }
        h.homelessness.ethos = try r.optional { try $0.int() }
        h.homelessness.homelessSince = try r.optional { try $0.day() }
        h.homelessness.monthsHomeless24m = try r.optional { try $0.int() }
        h.homelessness.mentalHealth = try r.optional { try $0.bool() }
        h.homelessness.addiction = try r.optional { try $0.bool() }
        h.homelessness.physicalHealth = try r.optional { try $0.bool() }
        h.homelessness.referredOn = try r.optional { try $0.day() }
        h.homelessness.housedSince = try r.optional { try $0.day() }
        h.consentOn = try r.optional { try $0.day() }
        var e = Energy()
        e.heating = try r.optional { try $0.code(HeatingFuel.self) }
        e.fuelLitres = try r.optional { try $0.int() }
        e.prepaymentMeter = try r.optional { try $0.bool() }
        e.supplier = try r.optional { try $0.text() }
        e.costYear = try r.optional { try $0.money() }
        e.consumptionKwh = try r.optional { try $0.int() }
        e.arrears = try r.optional { try $0.money() }
        e.gridDebt = try r.optional { try $0.money() }
        e.reminderOn = try r.optional { try $0.day() }
        e.formalNoticeOn = try r.optional { try $0.day() }
        e.terminationOn = try r.optional { try $0.day() }
        e.lac = try r.optional { try $0.bool() }
        e.cannotHeat = try r.optional { try $0.bool() }
        e.roofInsulated = try r.optional { try $0.bool() }
        e.singleGlazing = try r.optional { try $0.bool() }
        e.epcScore = try r.optional { try $0.int() }
        h.energy = e
        h.problems = try r.optional { r in
            try r.list { r in
                var p = Problem(domain: try r.code(ProblemDomain.self))
                p.severity = try r.optional { try $0.int() }
                p.months = try r.optional { try $0.int() }
                return p
            }
        }
        h.notes = try r.list { r in Note(date: try r.day(), author: try r.text(), text: try r.text()) }
        h.followUps = try r.list { r in
            FollowUp(due: try r.day(), text: try r.text(), author: try r.text(), done: try r.bool(),
                     assignee: try r.optional { try $0.text() })
        }
        h.buddy = try r.optional { r in
            guard let volunteer = DossierID(fast: try r.text()) else { throw IndexFormatError() }
            return BuddyLink(volunteer: volunteer, since: try r.day(), confirmedBy: try r.text(),
                             reason: try r.optional { try $0.text() })
        }
        h.housingFirst = try r.optional { r in
            guard let intake = try? JSONDecoder().decode(HousingFirstIntake.self, from: Data(try r.text().utf8)) else {
                throw IndexFormatError()
            }
            return intake
        }
        h.consents = try r.optional { r in try r.list { try decodeConsent(&$0) } }
        h.consulent = try r.optional { try $0.text() }
        h.closure = try r.optional { r in DossierClosure(on: try r.day(), reason: try r.text(), by: try r.text()) }
        h.applications = try r.optional { r in
            guard let list = try? JSONDecoder().decode([RightApplication].self, from: Data(try r.text().utf8)) else {
                throw IndexFormatError()
            }
            return list
        }
        return h
    }

    private static func decodePerson(_ r: inout IndexReader) throws -> Person {
        let number = try r.optional { NationalNumber(validDigits: try $0.text()) }
        var p = Person(firstName: try r.text(), lastName: try r.text(), nationalNumber: number)
        p.birthDate = try r.optional { try $0.day() }
        p.sex = try r.optional { try $0.code(Sex.self) }
        p.role = try r.optional { try $0.code(HouseholdRole.self) }
        p.civilStatus = try r.optional { try $0.code(CivilStatus.self) }
        p.dependant = try r.optional { try $0.bool() }
        p.languages = try r.optional { r in try r.list { try $0.text() } }
        p.incomeYear = try r.optional { try $0.money() }
        p.incomeMonth = try r.optional { try $0.money() }
        p.statuses = try r.optional { r in try r.list { try $0.code(Status.self) } }
        p.disabilityPct = try r.optional { try $0.int() }
        p.selfReliancePoints = try r.optional { try $0.int() }
        p.belScore = try r.optional { try $0.int() }
        p.homeNursingPackage = try r.optional { try $0.code(HomeNursingPackage.self) }
        p.dementia = try r.optional { try $0.bool() }
        p.caresFor = try r.optional { NationalNumber(validDigits: try $0.text()) }
        p.caringSince = try r.optional { try $0.day() }
        p.caregiverPostcode = try r.optional { try $0.text() }
        p.schoolLevel = try r.optional { try $0.code(SchoolLevel.self) }
        p.departure = try r.optional { r in
            guard let reason = MemberDeparture.Reason(rawValue: try r.text()) else { throw IndexFormatError() }
            let on = try r.day()
            let movedTo = try r.optional { r -> DossierID in
                guard let id = DossierID(fast: try r.text()) else { throw IndexFormatError() }
                return id
            }
            return MemberDeparture(on: on, reason: reason, movedTo: movedTo, by: try r.text())
        }
        return p
    }
}

extension DossierID {
    /// The same rule as `init?(rawValue:)`, checked on the bytes for the usual all-ASCII number (the Unicode
    /// property lookups of the general check were a noticeable part of opening 100,000 dossiers).
    init?(fast text: String) {
        var copy = text
        let verdict: Bool? = copy.withUTF8 { b in
            guard (1...32).contains(b.count) else { return false }
            for (i, c) in b.enumerated() {
                if c >= 0x80 { return nil }  // not ASCII: the general check decides
                let alnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
                if i == 0 { if !alnum { return false } } else if !(alnum || c == 0x2E || c == 0x5F || c == 0x2F || c == 0x2D) {
                    return false
                }
            }
            return true
        }
        switch verdict {
        case true?: self.rawValue = text
        case false?: return nil
        case nil:
            guard let general = DossierID(rawValue: text) else { return nil }
            self = general
        }
    }
}
