import Testing
@testable import CaseModel

@Suite("Case store: where the store is")
struct StoreLocationTests {
    private let home = ["HOME": "/home/an"]

    @Test func optionComesFirst() throws {
        let location = try StoreLocation.resolve(option: "/srv/x", environment: ["ZORG_STORE": "/srv/y"], serviceStoreExists: true)
        #expect(location == StoreLocation(path: "/srv/x", source: .option))
    }

    @Test func environmentComesBeforeTheServiceStore() throws {
        let location = try StoreLocation.resolve(option: nil, environment: ["ZORG_STORE": "/srv/y"], serviceStoreExists: true)
        #expect(location == StoreLocation(path: "/srv/y", source: .environment))
    }

    @Test func serviceStoreWhenItExists() throws {
        let location = try StoreLocation.resolve(option: nil, environment: home, serviceStoreExists: true)
        #expect(location == StoreLocation(path: "/var/lib/zorg", source: .service))
    }

    @Test func userDataDirectoryOtherwise() throws {
        #expect(try StoreLocation.resolve(option: nil, environment: home, serviceStoreExists: false).path
            == "/home/an/.local/share/zorg")
        #expect(try StoreLocation.resolve(option: nil, environment: ["HOME": "/home/an", "XDG_DATA_HOME": "/data/"],
                                          serviceStoreExists: false).path == "/data/zorg")
        // A relative XDG_DATA_HOME is ignored, as the XDG rules say.
        #expect(try StoreLocation.resolve(option: nil, environment: ["HOME": "/home/an", "XDG_DATA_HOME": "data"],
                                          serviceStoreExists: false).path == "/home/an/.local/share/zorg")
    }

    @Test func emptyValuesCountAsUnset() throws {
        let location = try StoreLocation.resolve(option: "", environment: ["ZORG_STORE": "", "HOME": "/home/an"],
                                                 serviceStoreExists: false)
        #expect(location.source == .userData)
    }

    @Test func demoStoreHasAFolderOfItsOwn() throws {
        #expect(try StoreLocation.demo(environment: home).path == "/home/an/.local/share/zorg-demo")
        #expect(try StoreLocation.demo(environment: ["XDG_DATA_HOME": "/data"]).path == "/data/zorg-demo")
    }

    @Test func noHomeIsAClearError() {
        #expect(StoreFixture.storeError { _ = try StoreLocation.resolve(option: nil, environment: [:], serviceStoreExists: false) }
            == .noHomeDirectory)
    }
}
