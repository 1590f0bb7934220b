import Foundation
@testable import CaseModel

/// A fresh folder under the system's temporary directory, removed when the test is done.
final class TemporaryFolder: Sendable {
    let path: String

    init() {
        path = FileManager.default.temporaryDirectory.path + "/zorg-store-test-" + UUID().uuidString
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    var store: String { path + "/store" }
}

enum StoreFixture {
    static let alice = Identity(user: "alice")
    static let bob = Identity(user: "bob")

    static func id(_ raw: String) -> DossierID { DossierID(rawValue: raw)! }

    /// A small household; `street` varies it between saves.
    static func household(_ raw: String, street: String = "Stalenstraat") -> Household {
        var h = Household(id: id(raw), members: [Person(firstName: "An", lastName: "Peeters", role: .aanvrager)])
        h.address = Address(street: street, houseNumber: "12", postcode: "3600", municipality: "Genk")
        return h
    }

    static func newStore(_ folder: TemporaryFolder, as identity: Identity = alice,
                         fileSystem: any FileSystem = PosixFileSystem()) throws -> CaseStore {
        try CaseStore.create(at: folder.store, identity: identity, fileSystem: fileSystem)
    }

    /// The truth about a store's caseload: every dossier file read and decoded as JSON, sorted by number.
    static func fromFiles(_ store: CaseStore) throws -> [Household] {
        let folder = store.root + "/dossiers"
        return try names(in: folder).filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map {
            try JSONDecoder().decode(Household.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0)))
        }.sorted { $0.id < $1.id }
    }

    static func names(in path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    static func mode(of path: String) -> mode_t {
        var st = stat()
        _ = stat(path, &st)
        return st.st_mode & 0o7777
    }

    static func storeError(_ body: () throws -> Void) -> StoreError? {
        do {
            try body()
            return nil
        } catch let error as StoreError {
            return error
        } catch {
            return nil
        }
    }
}
