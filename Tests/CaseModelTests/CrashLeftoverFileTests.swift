import Foundation
import Testing
@testable import CaseModel

/// Temporary files left by a killed writer are never read as dossiers, and reading the caseload removes them;
/// a temporary file of a writer that still runs is left alone.
@Suite("Crash: leftover temporary files")
struct CrashLeftoverFileTests {
    @Test func abandonedTemporaryFilesAreIgnoredThenRemoved() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.create(StoreFixture.household("A1"))
        // A process that has ended: its pid no longer runs.
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let dead = ".B2.json.\(ended.processIdentifier).123.tmp"
        let live = ".C3.json.\(getpid()).456.tmp"
        for name in [dead, live] {
            try Data("{\"half\":".utf8).write(to: URL(fileURLWithPath: folder.store + "/dossiers/" + name))
        }
        let load = try store.loadAll()
        #expect(load.households.map(\.id.rawValue) == ["A1"])
        #expect(load.problems.isEmpty)
        #expect(StoreFixture.names(in: folder.store + "/dossiers") == [live, "A1.json"])
    }
}
