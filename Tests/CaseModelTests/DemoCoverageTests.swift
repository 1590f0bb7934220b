import Foundation
import Testing
@testable import CaseModel

/// Issue 3's "Done when" on the demo caseload: every rule has a receiving or eligible, a not-eligible and a possible
/// case among the seed households, every result explains itself with sources, and unconfirmed values show.
@Suite("Demo caseload coverage")
struct DemoCoverageTests {
    static let asOf = Day(year: 2026, month: 11, day: 23)!

    /// The seed households as the importer reads them into an empty store.
    static let households: [Household] = {
        let data = Embedded.seedFiles["households.csv"] ?? Data()
        let options = ImportOptions(fileName: "households.csv", today: asOf, user: "demo")
        return ClientListImport.plan(data, options: options, context: InMemoryImportContext()).householdsToWrite
    }()

    static let rules: RuleSet = RuleSet.load().ruleSet

    static func results(asOf day: Day) -> [RuleResult] {
        let lookup = CaregiverIndex(households: households)
        return households.flatMap { rules.evaluate(household: $0, asOf: day, lookup: lookup) }
    }

    static let current: [RuleResult] = results(asOf: asOf)

    static func label(_ r: RuleResult) -> String { "\(r.rule) \(r.dossier.rawValue) \(r.person ?? "")" }

    @Test("the seeds import completely: 55 dossiers, 121 members, no rejected rows")
    func seedsImport() {
        #expect(Self.households.count == 55)
        #expect(Self.households.reduce(0) { $0 + $1.members.count } == 121)
    }

    @Test("every rule gives a result for every dossier (person rules: for some member of the dossiers they apply to)")
    func everyRuleForEveryDossier() {
        for module in Self.rules.modules where module.scope == .household {
            let dossiers = Set(Self.current.filter { $0.rule == module.id }.map(\.dossier))
            #expect(dossiers.count == Self.households.count, "\(module.id): \(dossiers.count) dossiers")
        }
        #expect(Self.rules.modules.count == 23)
    }

    @Test("every rule has a receiving or eligible, a not-eligible and a possible case", arguments: RuleSet.load().ruleSet.modules.map(\.id))
    func outcomesPerRule(_ rule: String) {
        let outcomes = Self.current.filter { $0.rule == rule }.map(\.outcome)
        #expect(outcomes.contains(.receives) || outcomes.contains(.eligible), "\(rule): no receives/eligible")
        #expect(outcomes.contains(.notEligible), "\(rule): no not_eligible")
        #expect(outcomes.contains(.possible), "\(rule): no possible")
    }

    @Test("every result has a reason with a source title and URL; possible results say what is missing")
    func reasonsAndSources() {
        for r in Self.current {
            #expect(r.reasons.contains { !$0.sourceTitle.isEmpty && $0.sourceURL.hasPrefix("http") }, "\(Self.label(r))")
            #expect((r.outcome == .possible) == !r.missing.isEmpty, "\(Self.label(r)): missing \(r.missing)")
        }
    }

    /// The parameters a module's conditions, outputs and (when one is computed) amount read, directly or through
    /// derived values. A not-eligible result has no amount, so the amount's parameters are not used there.
    static func usedParameters(_ m: RuleModule, withAmount: Bool) -> Set<Int> {
        var used = Set<Int>()
        func walk(_ node: ConditionNode) {
            switch node {
            case .leaf(let leaf): used.formUnion(leaf.parameters)
            case .all(let children, _), .any(let children, _): children.forEach(walk)
            case .not(let child, _): walk(child)
            }
        }
        walk(m.conditions)
        if withAmount, let amount = m.amount { used.formUnion(amount.parameters) }
        var outputs: [RuleExpr] = m.outputs.indicators.map(\.expr) + m.outputs.actions.map(\.when)
        if let level = m.outputs.level { outputs.append(level.expr) }
        if let priority = m.outputs.priority { outputs.append(priority) }
        for e in outputs { used.formUnion(e.parameters(derived: m.derived)) }
        return used
    }

    @Test("a module that reads an unconfirmed value (or one carried back before its first date) says so in every result")
    func unconfirmedShows() {
        var modulesWithUnconfirmed = 0
        for m in Self.rules.modules {
            func unconfirmed(withAmount: Bool) -> [String] {
                Self.usedParameters(m, withAmount: withAmount).filter { i in
                    let (v, beforeFirst) = m.parameters[i].value(on: Self.asOf)
                    return v.unconfirmed || beforeFirst
                }.map { m.parameters[$0].name }.sorted()
            }
            if !unconfirmed(withAmount: true).isEmpty { modulesWithUnconfirmed += 1 }
            for r in Self.current where r.rule == m.id {
                let names = unconfirmed(withAmount: r.outcome != .notEligible)
                if names.isEmpty { continue }
                #expect(r.unconfirmed, "\(Self.label(r)) uses unconfirmed \(names) but no reason says so")
            }
        }
        // The domain notes leave several 2026 values open; the check above must have had something to check.
        #expect(modulesWithUnconfirmed >= 3)
    }

    @Test("energy poverty: a household at every level, and an undecided one")
    func energyPovertyLevels() {
        let results = Self.current.filter { $0.rule == "energiearmoede" }
        let levels = Set(results.compactMap(\.level))
        for level in ["none", "low", "medium", "high", "urgent"] {
            #expect(levels.contains(level), "no household at level \(level)")
        }
        #expect(results.contains { $0.outcome == .possible })
        for r in results where r.outcome != .possible {
            #expect((r.outcome == .eligible) == (r.level != "none"), "\(Self.label(r)): \(r.outcome) at \(r.level ?? "-")")
        }
    }

    @Test("Housing First: an eligible candidate with an advisory priority; ordinary homes are not candidates")
    func housingFirst() throws {
        let results = Self.current.filter { $0.rule == "housing-first" }
        let eligible = results.filter { $0.outcome == .eligible }
        #expect(!eligible.isEmpty)
        for r in eligible { #expect((r.priority ?? 0) > 0, "\(Self.label(r)) has no priority") }
        let housed: Set<Tenure> = [.eigenaar, .privateHuur, .socialeHuur]
        for h in Self.households where h.housing.tenure.map(housed.contains) == true && h.homelessness.ethos == nil {
            let r = try #require(results.first { $0.dossier == h.id })
            #expect(r.outcome == .notEligible, "\(h.id.rawValue) is housed but \(r.outcome)")
        }
    }

    @Test("every mantelzorgpremie recipient goes from € 50 to € 40 a month on 01-01-2026")
    func mantelzorgpremieAmountSwitch() throws {
        let before = Self.results(asOf: Day(year: 2025, month: 12, day: 31)!).filter { $0.rule == "mantelzorgpremie" }
        let after = Self.results(asOf: Day(year: 2026, month: 1, day: 1)!).filter { $0.rule == "mantelzorgpremie" }
        var recipients = 0
        for h in Self.households {
            for (i, m) in h.members.enumerated() where m.statuses?.contains(.mantelzorgpremie) == true {
                recipients += 1
                let old = try #require(before.first { $0.dossier == h.id && $0.personIndex == i })
                let new = try #require(after.first { $0.dossier == h.id && $0.personIndex == i })
                #expect(old.outcome == .receives && new.outcome == .receives)
                #expect(old.amount == RuleAmount(value: Money(cents: 5000), per: .month), "\(Self.label(old))")
                #expect(new.amount == RuleAmount(value: Money(cents: 4000), per: .month), "\(Self.label(new))")
            }
        }
        #expect(recipients >= 4)
    }
}
