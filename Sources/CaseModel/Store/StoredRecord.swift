import Foundation

/// What the store keeps one file of: a dossier or a volunteer, each with a number and a revision.
protocol StoredRecord: Codable, Sendable {
    var id: DossierID { get }
    var revision: Int { get set }
    static var kind: RecordKind { get }
    /// Top-level field names that differ from an earlier version: what the audit trail may say about a change.
    func changedFields(from earlier: Self) -> [String]
    /// Codes the audit entry of a single save adds about what happened (no personal data): a consent given or
    /// withdrawn. Empty for most changes.
    func auditNotes(from earlier: Self?) -> [String: String]
    /// Throws `OutOfBounds` for the first recorded number outside its domain bound (`FactBounds`).
    func checkBounds() throws
}

extension StoredRecord {
    func auditNotes(from earlier: Self?) -> [String: String] { [:] }
}

/// The two kinds of files, and where each lives.
public enum RecordKind: String, Sendable, Hashable {
    case dossier
    case volunteer

    /// The Dutch word, for messages.
    public var word: String { self == .dossier ? "dossier" : "vrijwilliger" }

    func folder(_ layout: StoreLayout) -> String { self == .dossier ? layout.dossiers : layout.volunteers }
    func path(_ id: DossierID, _ layout: StoreLayout) -> String {
        self == .dossier ? layout.dossier(id) : layout.volunteer(id)
    }

    /// Earlier revisions are kept for dossiers (PRODUCT.md §4); a volunteer's file is simply replaced.
    var keepsHistory: Bool { self == .dossier }
}

/// Reads just the revision of a stored file, cheaper than decoding the whole record.
struct RevisionOnly: Decodable {
    let revision: Int

    init(from decoder: Decoder) throws {
        enum Keys: String, CodingKey { case revision }
        let c = try decoder.container(keyedBy: Keys.self)
        revision = try c.decode(Int.self, forKey: .revision)
        try OutOfBounds.check(revision, FactBounds.revision, "revision")
    }
}

extension Household: StoredRecord {
    static var kind: RecordKind { .dossier }

    func changedFields(from earlier: Household) -> [String] {
        var fields: [String] = []
        func note<T: Equatable>(_ name: String, _ path: KeyPath<Household, T>) {
            if self[keyPath: path] != earlier[keyPath: path] { fields.append(name) }
        }
        note("members", \.members)
        note("address", \.address)
        note("residentSince", \.residentSince)
        note("housing", \.housing)
        note("homelessness", \.homelessness)
        note("consentOn", \.consentOn)
        note("energy", \.energy)
        note("problems", \.problems)
        note("notes", \.notes)
        note("followUps", \.followUps)
        note("buddy", \.buddy)
        note("housingFirst", \.housingFirst)
        note("consents", \.consents)
        note("consulent", \.consulent)
        note("closure", \.closure)
        note("applications", \.applications)
        return fields
    }
}

extension Household {
    /// `consent=give:buddy:2,withdraw:housing-first:1`: purpose codes and record numbers only (an `andere`
    /// purpose's text may name someone, so it stays out of the trail).
    func auditNotes(from earlier: Household?) -> [String: String] {
        let before = Dictionary((earlier?.consentRecords ?? []).map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        var changes: [String] = []
        for record in consentRecords {
            if let old = before[record.number] {
                if old.withdrawal == nil && record.withdrawal != nil {
                    changes.append("withdraw:\(record.purpose.rawValue):\(record.number)")
                }
            } else {
                changes.append("give:\(record.purpose.rawValue):\(record.number)")
            }
        }
        var notes = changes.isEmpty ? [:] : ["consent": changes.joined(separator: ",")]
        notes.merge(deskNotes(from: earlier)) { a, _ in a }
        return notes
    }

    /// `members=add:1,end:1`, `closure=close` or `reopen`: what a member change or a closure did, by count and
    /// code only (a departure's date or a closing reason may say something personal).
    private func deskNotes(from earlier: Household?) -> [String: String] {
        guard let earlier else { return [:] }
        var notes: [String: String] = [:]
        let added = members.count - earlier.members.count
        let ended = members.filter { $0.departure != nil }.count - earlier.members.filter { $0.departure != nil }.count
        var memberChanges: [String] = []
        if added > 0 { memberChanges.append("add:\(added)") }
        if ended > 0 { memberChanges.append("end:\(ended)") }
        if !memberChanges.isEmpty { notes["members"] = memberChanges.joined(separator: ",") }
        if closure != nil && earlier.closure == nil { notes["closure"] = "close" }
        if closure == nil && earlier.closure != nil { notes["closure"] = "reopen" }
        return notes
    }
}

extension Volunteer: StoredRecord {
    static var kind: RecordKind { .volunteer }

    func changedFields(from earlier: Volunteer) -> [String] {
        // Matches are what the audit trail must show; the rest of a volunteer's profile is one field group.
        var fields: [String] = []
        if families != earlier.families { fields.append("families") }
        var a = self, b = earlier
        (a.revision, a.families) = (0, [])
        (b.revision, b.families) = (0, [])
        if a != b { fields.append("profile") }
        return fields
    }
}
