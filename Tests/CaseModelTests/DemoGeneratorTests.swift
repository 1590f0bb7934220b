import Testing
@testable import CaseModel

@Suite("Demo generator")
struct DemoGeneratorTests {
    static let reference = DemoGenerator.defaultReference
    static let sample = DemoGenerator(seed: 42).households(count: 3_000)

    @Test("the same seed gives identical households and volunteers")
    func deterministic() {
        let a = DemoGenerator(seed: 7)
        let b = DemoGenerator(seed: 7)
        #expect(a.households(count: 300) == b.households(count: 300))
        #expect(a.volunteers(count: 40) == b.volunteers(count: 40))
    }

    @Test("a different seed gives different households and volunteers")
    func seedMatters() {
        let a = DemoGenerator(seed: 7).households(count: 50)
        let b = DemoGenerator(seed: 8).households(count: 50)
        #expect(a != b)
        #expect(zip(a, b).filter { $0.members == $1.members }.count < 5)
        #expect(DemoGenerator(seed: 7).volunteers(count: 20) != DemoGenerator(seed: 8).volunteers(count: 20))
    }

    @Test("dossier numbers run G-000001… from the start number, and a household does not depend on those before it")
    func dossierNumbers() {
        let g = DemoGenerator(seed: 3)
        let all = g.households(count: 30)
        #expect(all.map(\.id.rawValue).prefix(3) == ["G-000001", "G-000002", "G-000003"])
        #expect(all.last?.id.rawValue == "G-000030")
        let tail = g.households(count: 10, startingAt: 21)
        #expect(tail.first?.id.rawValue == "G-000021")
        #expect(tail == Array(all[20..<30]))
        #expect(g.households(count: 0).isEmpty)
    }

    @Test("national register numbers are valid, unique, and agree with birth date and sex")
    func nationalNumbers() {
        var seen = Set<NationalNumber>()
        var withNumber = 0
        for person in Self.sample.flatMap(\.members) {
            guard let number = person.nationalNumber else { continue }
            withNumber += 1
            guard case .success(let parsed) = NationalNumber.parse(number.formatted) else {
                Issue.record("invalid number \(number.masked)")
                continue
            }
            #expect(parsed.number == number && !parsed.restoredLeadingZeros)
            #expect(number.birthDate == person.birthDate)
            #expect(number.bornFrom2000 == (person.birthDate!.year >= 2000))
            #expect(number.sequence % 2 == (person.sex == .m ? 1 : 0))
            #expect(seen.insert(number).inserted, "duplicate \(number.masked)")
        }
        #expect(withNumber > Self.sample.count * 2)
        #expect(Self.sample.flatMap(\.members).contains { $0.birthDate!.year >= 2000 })
    }

    @Test("every household has one applicant, adult, listed first; children are younger than the applicant")
    func rolesAndAges() {
        for h in Self.sample {
            #expect(h.members.first?.role == .aanvrager)
            #expect(h.members.filter { $0.role == .aanvrager }.count == 1)
            let head = h.members[0]
            let headAge = head.age(on: Self.reference)!
            #expect((18...100).contains(headAge))
            for m in h.members {
                let age = m.age(on: Self.reference)!
                #expect((0...105).contains(age))
                #expect(!m.firstName.isEmpty && !m.lastName.isEmpty)
                if m.role == .kind { #expect(age <= 24 && headAge - age >= 18) }
                if m.role == .partner { #expect(age >= 18) }
            }
            #expect(h.address.postcode == "3600" && h.address.municipality == "Genk")
            #expect(GenkAddresses.districts.contains { $0.name == h.address.district })
        }
    }

    @Test("caregivers point at a member of their own household")
    func careLinks() {
        let links = Self.sample.flatMap { h in h.members.compactMap(\.caresFor).map { (h, $0) } }
        #expect(!links.isEmpty)
        for (h, target) in links {
            #expect(h.members.contains { $0.nationalNumber == target })
        }
    }

    @Test("the caseload covers every flow, and leaves some facts unknown")
    func spread() {
        let people = Self.sample.flatMap(\.members)
        func some(_ label: String, _ test: (Household) -> Bool) {
            let n = Self.sample.filter(test).count
            #expect(n >= 10, "only \(n) households: \(label)")
        }
        func holds(_ h: Household, _ s: Status) -> Bool { h.members.contains { $0.has(s) == true } }
        some("mantelzorgpremie received") { holds($0, .mantelzorgpremie) }
        some("care need with a caregiver postcode outside Limburg") {
            $0.members.contains { $0.caregiverPostcode.map { !("3500"..."3999").contains($0) } ?? false }
        }
        some("dementia") { $0.members.contains { $0.dementia == true } }
        some("zorgbudget zwaar") { holds($0, .zorgbudgetZwaar) }
        some("leefloon") { holds($0, .leefloon) }
        some("sociale toeslag") { holds($0, .socialeToeslag) }
        some("buddy") { holds($0, .buddy) }
        some("multi-problem without buddy") { h in
            (h.problems ?? []).filter { ($0.severity ?? 0) >= 2 }.count >= 3 && !holds(h, .buddy)
                && h.members.contains { ($0.age(on: Self.reference) ?? 99) < 18 }
        }
        some("roofless") { ($0.homelessness.ethos ?? 99) <= 2 }
        some("roofless without consent") { ($0.homelessness.ethos ?? 99) <= 2 && $0.consentOn == nil }
        some("Housing First programme") { holds($0, .housingFirst) }
        some("ETHOS 8") { $0.homelessness.ethos == 8 }
        some("heating oil") { $0.energy.heating == .stookolie }
        some("reminder only") { $0.energy.reminderOn != nil && $0.energy.formalNoticeOn == nil }
        some("termination") { $0.energy.terminationOn != nil }
        some("Fluvius with budget meter") { $0.energy.supplier == "Fluvius" && $0.energy.prepaymentMeter == true }
        some("LAC") { $0.energy.lac == true }
        some("cannot heat") { $0.energy.cannotHeat == true }
        some("waiting list") { $0.housing.waitingListSince != nil }
        some("problems unknown") { $0.problems == nil }
        some("problems explicitly none") { $0.problems == [] }
        #expect(people.contains { $0.incomeYear == nil })
        #expect(people.contains { $0.statuses == nil })
        #expect(people.contains { $0.languages?.contains("tr") == true })
        #expect(people.contains { $0.lastName.unicodeScalars.contains { !$0.isASCII } })
    }

    @Test("volunteers have ids, capacity 1–3, slots, and some cannot be matched yet")
    func volunteers() {
        let vs = DemoGenerator(seed: 5).volunteers(count: 200)
        #expect(vs.count == 200)
        #expect(vs.first?.id.rawValue == "VW-0001")
        #expect(Set(vs.map(\.id)).count == 200)
        for v in vs {
            #expect((1...3).contains(v.capacity ?? 0))
            #expect(!(v.availability ?? []).isEmpty)
            #expect(!(v.domains ?? []).isEmpty)
            #expect(v.languages?.contains("nl") == true)
            #expect((18...80).contains(v.birthDate!.age(on: Self.reference)))
        }
        #expect(vs.contains { $0.trainedOn == nil })
        #expect(vs.contains { ($0.backgroundCheckUntil ?? Self.reference) < Self.reference })
        #expect(vs.contains { $0.backgroundCheckUntil == nil })
        #expect(vs.filter { $0.trainedOn != nil && ($0.backgroundCheckUntil ?? Self.reference) > Self.reference }.count > 100)
    }
}
