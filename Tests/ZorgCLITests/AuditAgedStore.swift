import Foundation
@testable import CaseModel

/// A store whose audit trail began three years ago, so that `zorg audit seal` has old entries to take out: its
/// trail is written anew, entry by entry, with the dates given (oldest first), head.json with it.
enum AuditAgedStore {
    static let dossier = DossierID(rawValue: "2026-00001")!

    /// `ages` are days before now, one entry each; the first is the store's `init`.
    @discardableResult
    static func make(at path: String, ages: [Int] = [1100, 1000, 800, 400, 200, 10]) throws -> CaseStore {
        let store = try CaseStore.create(at: path)
        try store.save(Household(id: dossier, members: [Person(firstName: "An", lastName: "Peeters", role: .aanvrager)]))
        for file in ["audit.jsonl", "head.json"] { try FileManager.default.removeItem(atPath: path + "/audit/" + file) }
        for (index, days) in ages.enumerated() {
            let when = Date().addingTimeInterval(-Double(days) * 86_400)
            if index == 0 {
                try store.audit.appendLocked(.initialize, dossiers: [], detail: ["mode": "personal"], now: when)
            } else {
                try store.audit.appendLocked(.view, dossiers: [dossier.rawValue], detail: ["reason": "opvolging"], now: when)
            }
        }
        return store
    }

    /// `dd-mm-jjjj`, `days` before today.
    static func date(daysAgo days: Int) -> String { Day.today().adding(days: -days).belgian }
}
