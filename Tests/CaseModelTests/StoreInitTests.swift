import Foundation
import Testing
@testable import CaseModel

/// `zorg init`'s store: where it may be made, who administers it, what is refused and left as it was.
@Suite("Case store: making a new store")
struct StoreInitTests {
    @Test func anAbsentFolderIsMadeWithItsParentsAndTheCallerAdministersIt() throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/deeper/store"
        let store = try CaseStore.create(at: path, identity: StoreFixture.alice)
        #expect(try store.roles().roles == ["alice": .admin])
        let first = try #require(try store.audit.entries().first)
        #expect(first.action == .initialize && first.user == "alice" && first.detail["mode"] == "personal")
        #expect(StoreFixture.mode(of: path) == 0o700)
        #expect(StoreFixture.mode(of: path + "/roles.json") == 0o600)
        #expect(try store.audit.verify().firstBreak == nil)
    }

    @Test func anotherUserCanBeTheFirstAdministrator() throws {
        let folder = TemporaryFolder()
        let store = try CaseStore.create(at: folder.store, identity: Identity(user: "root"), administrator: "alice")
        #expect(try store.roles().roles == ["alice": .admin], "root has no role unless granted one")
        #expect(try store.audit.entries().first?.detail["admin"] == "alice")
    }

    @Test func aFolderWithOnlyLostAndFoundIsEmptyEnough() throws {
        let folder = TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.store + "/lost+found", withIntermediateDirectories: true)
        _ = try CaseStore.create(at: folder.store, identity: StoreFixture.alice)
        #expect(CaseStore.isStore(at: folder.store))
        #expect(StoreFixture.names(in: folder.store).contains("lost+found"))
    }

    @Test func aFolderWithAnythingElseIsRefusedAndLeftAsItWas() throws {
        let folder = TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.store, withIntermediateDirectories: true)
        try "notes".write(toFile: folder.store + "/mine.txt", atomically: false, encoding: .utf8)
        chmod(folder.store, 0o755)
        let error = StoreFixture.storeError { _ = try CaseStore.create(at: folder.store, identity: StoreFixture.alice) }
        #expect(error == .folderNotEmpty(path: folder.store))
        #expect(error?.exitCode == 1)
        #expect(error?.message.contains("zorg init") == true)
        #expect(StoreFixture.names(in: folder.store) == ["mine.txt"])
        #expect(StoreFixture.mode(of: folder.store) == 0o755)
    }

    @Test func anExistingStoreIsRefusedAndLeftAsItWas() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.save(StoreFixture.household("A1"))
        let before = try String(contentsOfFile: folder.store + "/audit/audit.jsonl", encoding: .utf8)
        let error = StoreFixture.storeError { _ = try CaseStore.create(at: folder.store, identity: StoreFixture.bob) }
        #expect(error == .storeExists(path: folder.store))
        #expect(error?.exitCode == 1)
        #expect(try String(contentsOfFile: folder.store + "/audit/audit.jsonl", encoding: .utf8) == before)
        #expect(try CaseStore(at: folder.store, identity: StoreFixture.alice).roles().roles == ["alice": .admin])
    }

    @Test func aFolderThatIsNoStoreNamesZorgInit() throws {
        let folder = TemporaryFolder()
        let error = StoreFixture.storeError { _ = try CaseStore(at: folder.path, identity: StoreFixture.alice) }
        #expect(error?.message.contains("zorg init --store \(folder.path)") == true)
    }

    @Test func theIdentityIsTheRealUser() {
        let expected = getpwuid(getuid()).map { String(cString: $0.pointee.pw_name) } ?? String(getuid())
        #expect(Identity.current().user == expected)
    }
}
