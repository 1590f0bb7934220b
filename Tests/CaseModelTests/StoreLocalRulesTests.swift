import Foundation
import Testing
@testable import CaseModel

/// The store's local rule files, managed through Zorg: `zorg rules add` / `remove`.
@Suite("Case store: local rule modules")
struct StoreLocalRulesTests {
    /// The rule engine tests' sample module under an id of its own.
    static let module = sampleModule.replacingOccurrences(of: "id: testpremie", with: "id: genk-testpremie")

    @Test func aModuleIsAddedUnderItsIdOnceAndRemovedWithAnAuditEntryEach() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        let added = try store.addLocalRule(named: "/home/alice/premie.yaml", text: Self.module)
        #expect(added == LocalRuleChange(file: "genk-testpremie.yaml", kind: .module, module: "genk-testpremie",
                                         replacesBuiltIn: false, replacedFile: false))
        #expect(StoreFixture.names(in: folder.store + "/rules") == ["genk-testpremie.yaml"])
        #expect(RuleSet.load(for: store).ruleSet.module("genk-testpremie") != nil)
        let again = try store.addLocalRule(named: "premie.yaml", text: Self.module)
        #expect(again.replacedFile)
        #expect(try store.removeLocalRule("genk-testpremie") == ["genk-testpremie.yaml"])
        #expect(StoreFixture.names(in: folder.store + "/rules").isEmpty)
        let rules = try store.audit.entries().filter { $0.action == AuditAction("rules") }
        #expect(rules.map { $0.detail["change"] } == ["add", "replace", "remove"])
        #expect(rules.first?.detail["sha256"]?.count == 64)
    }

    @Test func aBrokenModuleIsRefusedWithItsLineAndNothingIsWritten() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        let broken = Self.module.replacingOccurrences(of: "som(inkomen_jaar) <= grens", with: "som(inkomen_jaar) <= geen_grens")
        let error = try #require(throws: LocalRuleError.self) { _ = try store.addLocalRule(named: "premie.yaml", text: broken) }
        #expect(error.description.contains("premie.yaml:21: ") && error.description.contains("geen_grens"), "\(error)")
        #expect(StoreFixture.names(in: folder.store + "/rules").isEmpty)
        #expect(throws: LocalRuleError.badName(".hidden.yaml")) { _ = try store.addLocalRule(named: ".hidden.yaml", text: Self.module) }
        #expect(throws: LocalRuleError.badName("/tmp/my rules.txt")) { _ = try store.addLocalRule(named: "/tmp/my rules.txt", text: Self.module) }
        #expect(throws: LocalRuleError.notFound("nothing")) { _ = try store.removeLocalRule("nothing") }
    }

    @Test func replacingABuiltInModuleIsSaid() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        let text = sampleModule.replacingOccurrences(of: "id: testpremie", with: "id: mantelzorgpremie")
        let change = try store.addLocalRule(named: "mine.yaml", text: text)
        #expect(change.replacesBuiltIn && change.file == "mantelzorgpremie.yaml")
        #expect(try store.audit.entries().last?.detail["replacesBuiltIn"] == "yes")
    }

    @Test func onlyAnAdministratorChangesTheRules() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.setRole(.caseworker, for: "bob")
        let asBob = try CaseStore(at: folder.store, identity: StoreFixture.bob)
        #expect(StoreFixture.storeError { _ = try asBob.addLocalRule(named: "p.yaml", text: Self.module) }
                == .roleNotAllowed(user: "bob", role: .caseworker, needed: [.admin]))
        #expect(StoreFixture.names(in: folder.store + "/rules").isEmpty)
    }
}
