import Foundation
import Testing
@testable import CaseModel

@Suite("Case store: roles")
struct StoreRolesTests {
    @Test func creatorIsAdministrator() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        #expect(try store.role(of: "alice") == .admin)
        #expect(try store.requireRole(.admin) == .admin)
        let text = try String(contentsOfFile: folder.store + "/roles.json", encoding: .utf8)
        #expect(text.contains("\"alice\" : \"admin\""))
    }

    @Test func userWithoutRoleIsRefusedWithTheGrantCommand() throws {
        let folder = TemporaryFolder()
        _ = try StoreFixture.newStore(folder)
        let bob = try CaseStore(at: folder.store, identity: StoreFixture.bob)
        let error = StoreFixture.storeError { try bob.save(StoreFixture.household("A1")) }
        #expect(error == .noRole(user: "bob"))
        #expect(error?.message == "gebruiker bob heeft geen rol in deze store; vraag een beheerder om `zorg users grant bob caseworker`")
        #expect(error?.exitCode == 1)
        #expect(try bob.dossierIDs().isEmpty)
    }

    @Test func grantedRoleTakesEffectAndCanBeTakenAway() throws {
        let folder = TemporaryFolder()
        let alice = try StoreFixture.newStore(folder)
        let bob = try CaseStore(at: folder.store, identity: StoreFixture.bob)
        try alice.setRole(.caseworker, for: "bob")
        #expect(try bob.save(StoreFixture.household("A1")).revision == 1)
        #expect(StoreFixture.storeError { try bob.setRole(.admin, for: "bob") }
            == .roleNotAllowed(user: "bob", role: .caseworker, needed: [.admin]))
        try alice.setRole(nil, for: "bob")
        #expect(StoreFixture.storeError { try bob.recordView(StoreFixture.id("A1"), reason: "test") } == .noRole(user: "bob"))
        #expect(try alice.audit.entries().filter { $0.action == .role }.count == 2)
    }

    @Test func volunteerRoleMayNotWriteDossiers() throws {
        let folder = TemporaryFolder()
        let alice = try StoreFixture.newStore(folder)
        try alice.setRole(.volunteer, for: "bob")
        let bob = try CaseStore(at: folder.store, identity: StoreFixture.bob)
        #expect(StoreFixture.storeError { try bob.save(StoreFixture.household("A1")) }
            == .roleNotAllowed(user: "bob", role: .volunteer, needed: [.caseworker, .admin]))
    }

    @Test func currentIdentityIsTheOperatingSystemUser() {
        #expect(!Identity.current().user.isEmpty)
    }
}
