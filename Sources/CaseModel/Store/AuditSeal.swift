import Foundation

/// Where the audit chain starts after a seal: the last sealed entry's number and hash. Verification begins
/// here instead of at the genesis hash, so the kept part still proves it was not edited.
public struct AuditCheckpoint: Codable, Sendable, Hashable {
    public let seq: Int
    public let hash: String
    /// The cut: entries older than this (UTC ISO-8601) were sealed.
    public let before: String
    public let sealedAt: String
    public let sealedBy: String
    /// Entries sealed by all seals so far.
    public let sealedEntries: Int
}

/// What a seal did (or, in a dry run, would do).
public struct AuditSealResult: Sendable, Hashable {
    public let sealedEntries: Int
    public let keptEntries: Int
    public let checkpoint: AuditCheckpoint?
    /// The oldest and newest time among the sealed entries.
    public let oldest: String?
    public let newest: String?
}

/// Why a seal was refused; nothing was changed.
public enum AuditSealError: Error, CustomStringConvertible, Sendable {
    case broken(AuditBreak)
    case archiveExists(String)

    public var description: String {
        switch self {
        case .broken(let b):
            "het auditspoor is niet in orde (\(b)); verzegelen zou de breuk verbergen, er is niets veranderd"
        case .archiveExists(let path):
            "het archiefbestand \(path) bestaat al; kies een nieuwe naam, er is niets veranderd"
        }
    }
}

/// Retention of the audit trail (issue 6: "retention as a setting, done by sealing old segments so the chain
/// still verifies from a kept checkpoint"). Entries older than the cut are taken out of `audit/audit.jsonl`,
/// optionally written to an archive file first; `audit/checkpoint.json` holds the last sealed entry's hash and
/// a `seal` entry in the chain names the same checkpoint, so a checkpoint cannot stand in for lines removed by
/// hand. The steps are ordered so a crash at any point leaves a chain that verifies: (1) the seal entry is
/// appended, (2) the checkpoint is written, (3) the log is rewritten without the sealed lines; `verify()`
/// skips sealed lines that are still present.
extension AuditTrail {
    public func checkpoint() throws -> AuditCheckpoint? {
        try StoreIO.guarded { try readCheckpoint() }
    }

    public func seal(before cutoff: Date, archive: String? = nil, dryRun: Bool = false, now: Date = Date()) throws -> AuditSealResult {
        try StoreIO.guarded {
            try lock.withLock { try sealLocked(before: cutoff, archive: archive, dryRun: dryRun, now: now) }
        }
    }

    private func sealLocked(before cutoff: Date, archive: String?, dryRun: Bool, now: Date) throws -> AuditSealResult {
        let verification = try verify()
        if let brk = verification.firstBreak { throw AuditSealError.broken(brk) }
        let previous = try readCheckpoint()
        let cut = cutoff.formatted(.iso8601)
        let lines = try readLines()
        var sealed: [(line: ArraySlice<UInt8>, entry: AuditEntry)] = []
        var kept = 0
        for line in lines {
            guard let entry = try? StoreCoding.decode(AuditEntry.self, from: Data(line)) else { continue }  // a torn tail
            if entry.seq <= (previous?.seq ?? 0) { continue }
            // Times are UTC ISO-8601 of one length, so their text order is their time order. The seal stops at
            // the first entry that is new enough: the sealed part is always a prefix of the chain.
            if kept == 0, entry.time < cut { sealed.append((line, entry)) } else { kept += 1 }
        }
        guard let last = sealed.last?.entry else {
            return AuditSealResult(sealedEntries: 0, keptEntries: kept, checkpoint: previous, oldest: nil, newest: nil)
        }
        let checkpoint = AuditCheckpoint(seq: last.seq, hash: last.hash, before: cut, sealedAt: now.formatted(.iso8601),
                                         sealedBy: identity.user, sealedEntries: (previous?.sealedEntries ?? 0) + sealed.count)
        let result = AuditSealResult(sealedEntries: sealed.count, keptEntries: kept, checkpoint: checkpoint,
                                     oldest: sealed.first?.entry.time, newest: last.time)
        if dryRun { return result }
        if let archive {
            // The sealed lines as they were, for a records office: a new file of the administrator's own, made
            // with her rights (not the service group's), personal-data mode.
            var bytes = Data()
            for (line, _) in sealed {
                bytes.append(contentsOf: line)
                bytes.append(0x0A)
            }
            guard try PersonalFiles.write(bytes, to: archive, mode: 0o600) else { throw AuditSealError.archiveExists(archive) }
        }
        try appendLocked(.seal, dossiers: [], detail: [
            "upToSeq": String(last.seq), "hash": last.hash, "entries": String(sealed.count), "before": cut,
            "archived": archive == nil ? "nee" : "ja",
        ], now: now)
        let file = AtomicFile(fileSystem: fileSystem, mode: layout.fileMode, group: layout.group)
        try file.write(try StoreCoding.encodeLine(checkpoint), to: layout.auditCheckpoint)
        // The log again, without every line up to the checkpoint (read anew: it now ends in the seal entry).
        var rest = Data()
        for line in try readLines() {
            if let entry = try? StoreCoding.decode(AuditEntry.self, from: Data(line)), entry.seq <= last.seq { continue }
            rest.append(contentsOf: line)
            rest.append(0x0A)
        }
        try file.write(rest, to: layout.auditLog)
        return result
    }

    func readCheckpoint() throws -> AuditCheckpoint? {
        let data: Data
        do {
            data = try fileSystem.readFile(layout.auditCheckpoint)
        } catch let error as FileSystemError where error.isNotFound {
            return nil
        }
        do {
            return try StoreCoding.decode(AuditCheckpoint.self, from: data)
        } catch {
            throw StoreError.unreadableStoreFile(path: layout.relative(layout.auditCheckpoint), reason: "geen geldig checkpoint")
        }
    }
}

/// The audit retention setting, `audit/retention.json`: how many months the access log keeps its entries.
/// `zorg audit seal` without `--before` seals what is older than this.
public struct AuditRetention: Codable, Sendable, Hashable {
    public var months: Int

    public init(months: Int) { self.months = months }

    /// The first day kept by a seal run today: `months` calendar months before today.
    public func firstKeptDay(today: Day) -> Day { today.adding(months: -months) }

    /// Midnight UTC at the start of `day`: the cut a seal uses.
    public static func start(of day: Day) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
    }
}

extension CaseStore {
    public func auditRetention() throws -> AuditRetention? {
        let data: Data
        do {
            data = try StoreIO.guarded { try fileSystem.readFile(layout.auditRetention) }
        } catch StoreError.io(let error) where error.isNotFound {
            return nil
        }
        guard let value = try? StoreCoding.decode(AuditRetention.self, from: data), value.months > 0 else {
            throw StoreError.unreadableStoreFile(path: layout.relative(layout.auditRetention),
                                                 reason: "verwacht {\"months\": N} met N groter dan 0")
        }
        return value
    }

    /// Sets (or with nil removes) the retention; the change is an audit entry. The caller checks the role.
    public func setAuditRetention(_ retention: AuditRetention?) throws {
        try StoreIO.guarded {
            try lock.withLock {
                let file = AtomicFile(fileSystem: fileSystem, mode: layout.fileMode, group: layout.group)
                if let retention {
                    try file.write(try StoreCoding.encodeLine(retention), to: layout.auditRetention)
                } else if fileSystem.exists(layout.auditRetention) {
                    try fileSystem.remove(layout.auditRetention)
                    try fileSystem.syncDirectory(layout.audit)
                }
                try audit.appendLocked(.setting, dossiers: [], detail: [
                    "auditRetentionMonths": retention.map { String($0.months) } ?? "onbeperkt",
                ])
            }
        }
    }
}
