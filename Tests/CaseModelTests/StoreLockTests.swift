import Foundation
import Testing
@testable import CaseModel

@Suite("Case store: the writers' lock")
struct StoreLockTests {
    @Test func saveWaitsForAnotherProcessAndFailsWithTheLockErrorThenSucceeds() throws {
        let folder = TemporaryFolder()
        _ = try StoreFixture.newStore(folder)
        let store = try CaseStore(at: folder.store, identity: StoreFixture.alice, lockTimeout: .milliseconds(200))

        // A real second process holds the lock until its standard input closes; `-o` keeps the lock out of the
        // child shell, so it ends when flock(1) ends.
        let ready = folder.path + "/holding"
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = ["-o", folder.store + "/.lock", "-c", "touch '\(ready)'; read line"]
        let input = Pipe()
        holder.standardInput = input
        try holder.run()
        while !FileManager.default.fileExists(atPath: ready) && holder.isRunning { usleep(10_000) }
        try #require(FileManager.default.fileExists(atPath: ready), "flock(1) did not take the lock")

        let error = StoreFixture.storeError { try store.save(StoreFixture.household("A1")) }
        #expect(error == .lockTimeout(path: folder.store + "/.lock", waited: .milliseconds(200)))
        #expect(error?.exitCode == 3)
        #expect(try store.dossierIDs().isEmpty)

        try input.fileHandleForWriting.close()
        holder.waitUntilExit()
        #expect(try store.save(StoreFixture.household("A1")).revision == 1)
    }

    @Test func readersNeedNoLock() throws {
        let folder = TemporaryFolder()
        let writer = try StoreFixture.newStore(folder)
        try writer.save(StoreFixture.household("A1"))
        let store = try CaseStore(at: folder.store, identity: StoreFixture.alice, lockTimeout: .milliseconds(50))
        let held = try #require(try PosixFileSystem().lockExclusive(folder.store + "/.lock", mode: 0o600, timeout: .seconds(1)))
        defer { held.release() }
        #expect(try store.loadAll().households.count == 1)
        #expect(StoreFixture.storeError { try store.save(StoreFixture.household("B2")) } != nil)
    }
}
