import Foundation

/// All volunteers that loaded, and the files that did not.
public struct VolunteerLoad: Sendable {
    public let volunteers: [Volunteer]
    public let problems: [StoreProblem]
}

/// Volunteers (buddies): one file each in `volunteers/`, with revisions like dossiers but no history.
extension CaseStore {
    public func volunteers() throws -> VolunteerLoad {
        let (volunteers, problems) = try loadRecords(Volunteer.self)
        return VolunteerLoad(volunteers: volunteers, problems: problems)
    }

    public func volunteer(_ id: DossierID) throws -> Volunteer { try loadRecord(Volunteer.self, id) }

    /// Saves a volunteer under the same revision rule as `save(_:)` for dossiers.
    @discardableResult
    public func save(volunteer: Volunteer) throws -> Volunteer { try writeOne(volunteer, requireNew: false) }

    /// Writes many volunteers as one durable whole (a volunteer import, confirmed matches): one audit entry.
    @discardableResult
    public func commit(volunteers: [Volunteer], auditAction: AuditAction = .import,
                       detail: [String: String] = [:], progress: WorkProgress? = nil) throws -> [Volunteer] {
        try writeMany(volunteers, auditAction: auditAction, detail: detail, progress: progress)
    }
}
