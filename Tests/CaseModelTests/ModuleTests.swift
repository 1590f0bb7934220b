import Foundation
import Testing
@testable import CaseModel

@Suite("Built-in rule modules")
struct ModuleTests {
    static let load = RuleSet.load()

    @Test("every built-in module loads without problems")
    func allLoad() {
        #expect(Self.load.problems.map(\.description) == [])
        #expect(!Self.load.ruleSet.modules.isEmpty)
    }

    @Test("every built-in module's tests pass (the <id>.tests.yaml files)")
    func moduleTestsPass() {
        let report = RuleTestRunner.run(Self.load.ruleSet)
        #expect(report.failures.map(\.description) == [])
        #expect(report.problems.map(\.description) == [])
        #expect(report.untested == [])
        #expect(report.passed > 0)
    }

    static let flows: Set<String> = ["housing-first", "energiearmoede", "multiprobleemgezin"]

    @Test("the built-in set holds the twenty-three modules of cli.md, each in a file named after its id")
    func catalogue() {
        let set = Self.load.ruleSet
        #expect(set.modules.map(\.id) == RuleSet.preferredOrder)
        for m in set.modules { #expect(m.origin == "\(m.id).yaml") }
    }

    @Test("every right carries an expected yearly value; every source has a web address; person rules match cli.md")
    func metadata() {
        let day = Day(parsing: "2026-11-23")!
        for m in Self.load.ruleSet.modules {
            if !Self.flows.contains(m.id) { #expect(m.expectedYearlyValue(on: day) != nil, "\(m.id)") }
            for (_, s) in m.sources { #expect(s.url.hasPrefix("http"), "\(m.id): \(s.title)") }
        }
        let personRules = Self.load.ruleSet.modules.filter { $0.scope == .person }.map(\.id).sorted()
        #expect(personRules == ["basisondersteuningsbudget", "groeipakket-schooltoeslag", "inkomensgarantie-ouderen", "leefloon",
                                "mantelzorgpremie", "tegemoetkoming-handicap", "zorgbudget-ouderen", "zorgbudget-zwaar-zorgbehoevenden"])
    }

    @Test("the status meaning receives follows the table of cli.md")
    func statuses() {
        let expected: [String: String?] = [
            "verhoogde-tegemoetkoming": "vt", "sociaal-tarief-energie": "sociaal_tarief", "verwarmingstoelage": "verwarmingstoelage",
            "leefloon": "leefloon", "groeipakket-sociale-toeslag": "sociale_toeslag", "zorgbudget-zwaar-zorgbehoevenden": "zorgbudget_zwaar",
            "zorgbudget-ouderen": "zorgbudget_ouderen", "vlaamse-huurpremie": "huurpremie", "premie-nutsvoorzieningen": "premie_nutsvoorzieningen",
            "mantelzorgpremie": "mantelzorgpremie", "sociaal-internettarief": "sociaal_internettarief", "pro-deo": "pro_deo",
            "energiescan": "energiescan", "housing-first": "housing_first", "energiearmoede": nil, "multiprobleemgezin": "buddy",
            // Added 07-12-2026. cli.md lists "ivt or it" for the disability allowances: a module holds one status,
            // `ivt` (a person with only `it` is told whether an IVT may be added; docs/rules.md 9.6).
            "inkomensgarantie-ouderen": "igo", "tegemoetkoming-handicap": "ivt", "basisondersteuningsbudget": "zorgbudget_handicap",
            "groeipakket-schooltoeslag": "schooltoeslag", "installatiepremie": "installatiepremie", "huurwaarborg": "huurwaarborg",
            "sociale-correctie-water": "sociale_correctie_water",
        ]
        for m in Self.load.ruleSet.modules { #expect(m.status == expected[m.id] ?? nil, "\(m.id)") }
    }
}
