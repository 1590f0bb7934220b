import Foundation
import Testing
@testable import CaseModel

/// `entries(after:)` (what Vandaag reads) gives what filtering all entries by time gives, reading from the end.
@Suite struct AuditEntriesAfterTests {
    @Test func givesTheEntriesAfterATimeOldestFirst() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        try store.save(StoreFixture.household("A1"))
        let now = Date()
        for day in 1...5 {
            try store.audit.appendLocked(.view, dossiers: ["A1"], detail: ["n": String(day)],
                                         now: now.addingTimeInterval(Double(day) * 86_400))
        }
        let all = try store.audit.entries()
        for cut in [all[0].time, all[all.count - 3].time, all[all.count - 1].time, "0000", "9999"] {
            let expected = all.filter { $0.time > cut }.map(\.seq)
            #expect(try store.audit.entries(after: cut).map(\.seq) == expected, "after \(cut)")
        }
        #expect(try store.audit.entries(after: all[all.count - 3].time).map { $0.detail["n"] } == ["4", "5"])
    }

    @Test func skipsAnUnreadableLineAndStopsAtTheTime() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.newStore(folder)
        let now = Date()
        try store.audit.appendLocked(.view, dossiers: [], detail: ["n": "1"], now: now.addingTimeInterval(86_400))
        let cut = try store.audit.entries().last!.time
        try store.audit.appendLocked(.view, dossiers: [], detail: ["n": "2"], now: now.addingTimeInterval(2 * 86_400))
        let log = folder.store + "/audit/audit.jsonl"
        var text = try String(contentsOfFile: log, encoding: .utf8)
        text += "not json\n"
        try text.write(toFile: log, atomically: false, encoding: .utf8)
        #expect(try store.audit.entries(after: cut).map { $0.detail["n"] } == ["2"])
    }
}
