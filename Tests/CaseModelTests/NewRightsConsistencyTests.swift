import Foundation
import Testing
@testable import CaseModel

/// The rights added in issue 13 that share values with an existing module keep them equal, and the leefloon and the
/// IGO agree: a pensioner whom the leefloon sends to the IGO first gets an IGO that is eligible or possible, and a
/// pensioner whom the IGO's means test excludes is not sent there (the leefloon then decides on its own conditions).
@Suite("New rights: shared values and the leefloon–IGO agreement")
struct NewRightsConsistencyTests {
    static let rules = RuleSet.load().ruleSet

    static func values(_ module: String, _ parameter: String) throws -> [String] {
        let m = try #require(rules.module(module), "module \(module)")
        let p = try #require(m.parameter(parameter), "\(module).\(parameter)")
        return p.values.map { "\($0.from.iso)=\($0.display)" }
    }

    @Test("the IGO's pension ages and birth-date boundaries are the leefloon's", arguments: [
        "pensioenleeftijd_65", "pensioenleeftijd_66", "pensioenleeftijd_67", "geboren_66_vanaf", "geboren_67_vanaf",
    ])
    func pensionAge(_ name: String) throws {
        #expect(try Self.values("inkomensgarantie-ouderen", name) == Self.values("leefloon", name))
    }

    @Test("the leefloon's copy of the IGO means test has the IGO module's amounts and exemption", arguments: [
        ("basisbedrag", "igo_basisbedrag"), ("verhoogd_basisbedrag", "igo_verhoogd_basisbedrag"),
        ("vrijstelling_pensioen", "igo_vrijstelling_pensioen"),
    ])
    func igoAmounts(_ pair: (String, String)) throws {
        #expect(try Self.values("inkomensgarantie-ouderen", pair.0) == Self.values("leefloon", pair.1))
    }

    @Test("the installatiepremie uses the leefloon's amounts", arguments: ["bedrag_cat1", "bedrag_cat2", "bedrag_cat3"])
    func installatiepremieAmounts(_ name: String) throws {
        #expect(try Self.values("installatiepremie", name) == Self.values("leefloon", name))
    }

    static func check(_ households: [Household], asOf day: Day) -> (checked: Int, igoFirst: Int) {
        let lookup = CaregiverIndex(households: households)
        var checked = 0, igoFirst = 0
        for h in households {
            let results = rules.evaluate(household: h, asOf: day, ruleIDs: ["leefloon", "inkomensgarantie-ouderen"], lookup: lookup)
            for (i, person) in h.members.enumerated() {
                guard let igo = results.first(where: { $0.rule == "inkomensgarantie-ouderen" && $0.personIndex == i }),
                      let leefloon = results.first(where: { $0.rule == "leefloon" && $0.personIndex == i }),
                      person.has(.igo) == false, person.has(.gib) == false, person.has(.leefloon) == false
                else { continue }
                checked += 1
                let pension = leefloon.reasons.first { $0.condition.nl.contains("wettelijke pensioenleeftijd nog niet") }
                let label = "\(h.id.rawValue) #\(i + 1) on \(day.iso)"
                // Sent to the IGO first: the IGO must not be refused.
                if pension?.holds == false {
                    igoFirst += 1
                    #expect(igo.outcome == .eligible || igo.outcome == .possible, "\(label): leefloon sends to the IGO, IGO \(igo.outcome)")
                }
                // The IGO refused on its means: the leefloon is not refused for the pension age.
                if igo.outcome == .notEligible { #expect(pension?.holds != false, "\(label): IGO refused and leefloon refers to it") }
                #expect(!(igo.outcome == .eligible && leefloon.outcome == .eligible), "\(label): both the IGO and the leefloon")
            }
        }
        return (checked, igoFirst)
    }

    @Test("demo and generated caseloads: no pensioner is sent to an IGO that is refused, nobody gets both")
    func leefloonAndIGOAgree() {
        let demo = DemoCoverageTests.households
        let generated = DemoGenerator(seed: 11).households(count: 600)
        var checked = 0, igoFirst = 0
        for day in [Day(year: 2024, month: 9, day: 1)!, Day(year: 2026, month: 11, day: 23)!] {
            for caseload in [demo, generated] {
                let r = Self.check(caseload, asOf: day)
                checked += r.checked
                igoFirst += r.igoFirst
            }
        }
        #expect(checked > 100)
        #expect(igoFirst > 20, "the check must have met pensioners sent to the IGO")
    }
}
