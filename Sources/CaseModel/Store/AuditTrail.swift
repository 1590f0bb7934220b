import Crypto
import Foundation

/// The append-only audit trail, `audit/audit.jsonl`: one JSON line per entry, each chained to the one before
/// by `hash = SHA-256(prevHash + canonical entry)`. `audit/head.json` remembers the last entry, so that cutting
/// lines off the end is noticed too.
public struct AuditTrail: Sendable {
    let fileSystem: any FileSystem
    let layout: StoreLayout
    let lock: StoreLock
    let identity: Identity

    /// `audit/head.json`: the last sequence number and hash written.
    struct Head: Codable {
        let seq: Int
        let hash: String
    }

    /// Appends one entry (taking the store lock) and returns it.
    @discardableResult
    public func append(_ action: AuditAction, dossiers: [DossierID] = [], detail: [String: String] = [:]) throws -> AuditEntry {
        try StoreIO.guarded {
            try lock.withLock { try appendLocked(action, dossiers: dossiers.map(\.rawValue), detail: detail) }
        }
    }

    /// The entries about one dossier, oldest first; all entries when `dossier` is nil. Unreadable lines are
    /// skipped here (`verify()` reports them).
    public func entries(dossier: DossierID? = nil) throws -> [AuditEntry] {
        try StoreIO.guarded {
            let sealed = try readCheckpoint()?.seq ?? 0
            let all = try readLines().compactMap { try? StoreCoding.decode(AuditEntry.self, from: Data($0)) }
                .filter { $0.seq > sealed }
            guard let dossier else { return all }
            return all.filter { $0.dossiers.contains(dossier.rawValue) }
        }
    }

    /// Walks the chain and reports the first line that was edited, removed, moved or cut off.
    public func verify() throws -> AuditVerification {
        try StoreIO.guarded {
            let lines = try readLines()
            let head = try readHead()
            let checkpoint = try readCheckpoint()
            // After a seal the chain starts from the checkpoint: the sealed entries are gone, the first kept one
            // links to the last sealed one's hash.
            var lastSeq = checkpoint?.seq ?? 0
            var lastHash = checkpoint?.hash ?? AuditEntry.genesisHash
            var sealConfirmed = checkpoint == nil
            for (index, line) in lines.enumerated() {
                let number = index + 1
                guard let entry = try? StoreCoding.decode(AuditEntry.self, from: Data(line)) else {
                    // A crash in the middle of an append leaves a last line without its newline, written before
                    // head.json moved on. That tail was never acknowledged; the next write sets it aside.
                    if index == lines.count - 1, try endsTorn(), (head?.seq ?? 0) <= lastSeq {
                        return AuditVerification(validEntries: index, firstBreak: nil, tornTailBytes: line.count)
                    }
                    return broken(index, number, "geen leesbaar audit-item (bewerkt of afgebroken)")
                }
                if let checkpoint, entry.seq <= checkpoint.seq {
                    // A seal stopped between writing the checkpoint and cutting the log: the sealed entries are
                    // still there, and the last of them must be the one the checkpoint names.
                    if entry.seq == checkpoint.seq, try entry.hash != checkpoint.hash || Self.hash(of: entry.body) != checkpoint.hash {
                        return broken(index, number, "verschilt van audit/checkpoint.json: het verzegelde deel is bewerkt")
                    }
                    continue
                }
                if try Self.hash(of: entry.body) != entry.hash {
                    return broken(index, number, "de hash klopt niet: deze regel is bewerkt")
                }
                if entry.seq != lastSeq + 1 {
                    return broken(index, number, "volgnummer \(lastSeq + 1) verwacht, \(entry.seq) gevonden: "
                        + "een regel is verwijderd of verplaatst")
                }
                if entry.prevHash != lastHash {
                    return broken(index, number, "prevHash past niet bij de regel ervoor: een regel is verwijderd, "
                        + "verplaatst of bewerkt")
                }
                if let checkpoint, entry.action == .seal, entry.detail["upToSeq"] == String(checkpoint.seq),
                   entry.detail["hash"] == checkpoint.hash {
                    sealConfirmed = true
                }
                lastSeq = entry.seq
                lastHash = entry.hash
            }
            if !sealConfirmed {
                return broken(lines.count, lines.count + 1, "audit/checkpoint.json heeft geen verzegel-item in de keten: "
                    + "het begin van het logboek is weggenomen zonder `zorg audit seal`")
            }
            if let head {
                let last = lastSeq
                if head.seq > last {
                    return broken(lines.count, lines.count + 1, "het logboek eindigt bij volgnummer \(last), maar "
                        + "audit/head.json kent volgnummer \(head.seq): het einde is weggeknipt")
                }
                if let anchored = lines.indices.first(where: { index in
                    (try? StoreCoding.decode(AuditEntry.self, from: Data(lines[index])))?.seq == head.seq
                }), let entry = try? StoreCoding.decode(AuditEntry.self, from: Data(lines[anchored])), entry.hash != head.hash {
                    return broken(anchored, anchored + 1, "de hash verschilt van audit/head.json: het logboek is herschreven")
                }
            } else if lines.isEmpty {
                return broken(0, 1, "het logboek is leeg of ontbreekt")
            }
            return AuditVerification(validEntries: lines.count, firstBreak: nil)
        }
    }

    private func broken(_ valid: Int, _ line: Int, _ reason: String) -> AuditVerification {
        AuditVerification(validEntries: valid, firstBreak: AuditBreak(line: line, reason: reason))
    }

    // MARK: - Holding the lock

    /// Appends while the caller already holds the store lock.
    @discardableResult
    /// With `sync` false the caller flushes `layout.auditLog` itself, together with the files it wrote.
    func appendLocked(_ action: AuditAction, dossiers: [String], detail: [String: String],
                      sync: Bool = true, now: Date = Date()) throws -> AuditEntry {
        var (last, tornTail) = try lastEntry()
        if tornTail {
            try setAsideTornTail(now: now)
            (last, tornTail) = try lastEntry()
        }
        let body = AuditEntry.Body(seq: (last?.seq ?? 0) + 1, time: now.formatted(.iso8601), user: identity.user,
                                   action: action, dossiers: dossiers, detail: detail,
                                   prevHash: last?.hash ?? AuditEntry.genesisHash)
        let entry = AuditEntry(body: body, hash: try Self.hash(of: body))
        var line = try StoreCoding.encodeLine(entry)
        line.append(0x0A)
        try fileSystem.append(layout.auditLog, data: line, mode: layout.fileMode, group: layout.group, sync: sync)
        try writeHead(Head(seq: entry.seq, hash: entry.hash))
        return entry
    }

    /// A torn last line (no newline: a crash mid-append) is moved to `quarantine/audit.jsonl.<time>.torn` and
    /// the log is put back, atomically, as it was before that append; an entry then records the repair.
    private func setAsideTornTail(now: Date) throws {
        let bytes = [UInt8](try fileSystem.readFile(layout.auditLog))
        let keep = bytes.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let tail = Data(bytes[keep...])
        let stamp = now.formatted(.iso8601).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
        let target = layout.quarantine + "/audit.jsonl.\(stamp).\(getpid()).torn"
        try fileSystem.createFile(target, data: tail, mode: layout.fileMode, group: layout.group, sync: true)
        try fileSystem.syncDirectory(layout.quarantine)
        let file = AtomicFile(fileSystem: fileSystem, mode: layout.fileMode, group: layout.group)
        try file.write(Data(bytes[..<keep]), to: layout.auditLog)
        let (last, _) = try lastEntry()
        let body = AuditEntry.Body(seq: (last?.seq ?? 0) + 1, time: now.formatted(.iso8601), user: identity.user,
                                   action: .quarantine, dossiers: [],
                                   detail: ["file": "audit/audit.jsonl", "tornBytes": String(tail.count),
                                            "movedTo": layout.relative(target)],
                                   prevHash: last?.hash ?? AuditEntry.genesisHash)
        let entry = AuditEntry(body: body, hash: try Self.hash(of: body))
        var line = try StoreCoding.encodeLine(entry)
        line.append(0x0A)
        try fileSystem.append(layout.auditLog, data: line, mode: layout.fileMode, group: layout.group, sync: true)
        try writeHead(Head(seq: entry.seq, hash: entry.hash))
    }

    /// Whether the log's last byte is not a newline.
    private func endsTorn() throws -> Bool {
        let tail = try fileSystem.readTail(layout.auditLog, maxBytes: 1)
        return tail.last.map { $0 != 0x0A } ?? false
    }

    /// The last change (create, change, import) of a dossier, for the stale-save message.
    func lastWrite(of id: DossierID) -> AuditEntry? {
        let writes: Set<AuditAction> = [.create, .change, .import]
        return (try? entries(dossier: id))?.last(where: { writes.contains($0.action) })
    }

    // MARK: - Files

    static func hash(of body: AuditEntry.Body) throws -> String {
        var hasher = SHA256()
        hasher.update(data: Data(body.prevHash.utf8))
        hasher.update(data: try StoreCoding.encodeLine(body))
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// The log's lines without their newlines; a last line without a newline (a torn write) is kept.
    func readLines() throws -> [ArraySlice<UInt8>] {
        let data: Data
        do {
            data = try fileSystem.readFile(layout.auditLog)
        } catch let error as FileSystemError where error.isNotFound {
            return []
        }
        let bytes = [UInt8](data)
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// The last complete, readable entry, read from the end of the file only (the log can be long); and whether
    /// the file ends in a torn line.
    private func lastEntry() throws -> (AuditEntry?, Bool) {
        var window = 64 * 1024
        while true {
            let tail: Data
            do {
                tail = try fileSystem.readTail(layout.auditLog, maxBytes: window)
            } catch let error as FileSystemError where error.isNotFound {
                return (nil, false)
            }
            let bytes = [UInt8](tail)
            let torn = !(bytes.last.map { $0 == 0x0A } ?? true)
            let wholeFile = bytes.count < window
            var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: true)
            if !wholeFile { lines = Array(lines.dropFirst()) }  // the first may be cut by the window
            for line in lines.reversed() {
                if let entry = try? StoreCoding.decode(AuditEntry.self, from: Data(line)) { return (entry, torn) }
            }
            if wholeFile { return (nil, torn) }
            window *= 4
        }
    }

    private func readHead() throws -> Head? {
        let data: Data
        do {
            data = try fileSystem.readFile(layout.auditHead)
        } catch let error as FileSystemError where error.isNotFound {
            return nil
        }
        return try? StoreCoding.decode(Head.self, from: data)
    }

    /// Renamed into place but not flushed: the log line itself is durable; after a crash the head may lag one
    /// entry behind, which `verify()` accepts.
    private func writeHead(_ head: Head) throws {
        let file = AtomicFile(fileSystem: fileSystem, mode: layout.fileMode, group: layout.group)
        let staged = try file.stage(try StoreCoding.encodeLine(head), for: layout.auditHead, sync: false)
        try fileSystem.rename(staged.temporary, to: staged.final)
    }
}

/// Turns file-system failures into store errors at the public surface.
enum StoreIO {
    static func guarded<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as FileSystemError {
            throw StoreError.io(error)
        }
    }
}
