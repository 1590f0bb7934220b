import Foundation

/// The append-only audit trail, `audit/audit.jsonl`: one JSON line per entry, each chained to the one before
/// by `hash = SHA-256(prevHash + every field of the line but hash, canonical)` (`AuditCanonicalForm`).
/// `audit/head.json` remembers the last entry, so that cutting lines off the end is noticed too.
public struct AuditTrail: Sendable {
    let fileSystem: any FileSystem
    let layout: StoreLayout
    let lock: StoreLock
    let identity: Identity

    /// `audit/head.json`: the last sequence number and hash written.
    struct Head: Codable, Equatable {
        let seq: Int
        let hash: String
    }

    /// `audit/head.json` as found.
    enum HeadRead: Equatable {
        case missing
        case unreadable
        case present(Head)

        var head: Head? {
            if case .present(let head) = self { return head }
            return nil
        }
    }

    /// The files `verify` reads, read so that they belong together (`readConsistently`).
    struct TrailFiles {
        let head: HeadRead
        let checkpoint: AuditCheckpoint?
        let lines: [ArraySlice<UInt8>]
        /// The log's last byte is not a newline.
        let endsTorn: Bool
    }

    /// A walk of the chain: the verification, and the last entry it vouches for (nil when it does not).
    struct ChainWalk {
        let verification: AuditVerification
        let last: AuditAnchor?
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

    /// The entries written after `time` (UTC ISO-8601, as the entries hold it), oldest first: read from the end of
    /// the log back to the first entry at or before `time`, so that a long log is not decoded whole (Vandaag asks
    /// this each time it opens). Unreadable lines are skipped, as in `entries`.
    public func entries(after time: String) throws -> [AuditEntry] {
        try StoreIO.guarded {
            let sealed = try readCheckpoint()?.seq ?? 0
            var newer: [AuditEntry] = []
            for line in try readLines().reversed() {
                guard let entry = try? StoreCoding.decode(AuditEntry.self, from: Data(line)) else { continue }
                if entry.time <= time || entry.seq <= sealed { break }
                newer.append(entry)
            }
            return newer.reversed()
        }
    }

    /// Walks the chain and reports the first line that was edited, removed, moved or cut off, or that the end of
    /// the log cannot be vouched for (see `walk`).
    public func verify() throws -> AuditVerification {
        try StoreIO.guarded { walk(try readConsistently()).verification }
    }

    /// The chain from the checkpoint (or the genesis hash) to the end of the log:
    /// - every line hashes to its `hash` over all its fields (`AuditCanonicalForm`), follows the sequence and links
    ///   to the line before;
    /// - a checkpoint is named by a `seal` entry in the kept log;
    /// - `audit/head.json` names the end: the log reaches it, with that hash, and goes at most one entry beyond
    ///   (the head is not flushed on its own, so after a power cut it may lag one entry). Without a readable
    ///   head nothing proves where the log ended: lines cut off the end would go unnoticed, so that is reported.
    func walk(_ files: TrailFiles) -> ChainWalk {
        let lines = files.lines
        let checkpoint = files.checkpoint
        let headSeq = files.head.head?.seq
        // After a seal the chain starts from the checkpoint: the sealed entries are gone, the first kept one
        // links to the last sealed one's hash.
        var lastSeq = checkpoint?.seq ?? 0
        var lastHash = checkpoint?.hash ?? AuditEntry.genesisHash
        var sealConfirmed = checkpoint == nil
        var headLine: (number: Int, hash: String)?
        var tornBytes = 0
        func broken(_ valid: Int, _ line: Int, _ nl: String, _ en: String) -> ChainWalk {
            ChainWalk(verification: AuditVerification(validEntries: valid, firstBreak: AuditBreak(line: line, reason: nl, english: en)),
                      last: nil)
        }
        for (index, line) in lines.enumerated() {
            let number = index + 1
            guard let entry = try? StoreCoding.decode(AuditEntry.self, from: Data(line)) else {
                // A crash in the middle of an append leaves a last line without its newline, written before
                // head.json moved on. That tail was never acknowledged; the next write sets it aside.
                if index == lines.count - 1, files.endsTorn, (headSeq ?? 0) <= lastSeq {
                    tornBytes = line.count
                    break
                }
                return broken(index, number, "geen leesbaar audit-item (bewerkt of afgebroken)",
                              "not a readable audit entry (edited or cut off)")
            }
            let computed = AuditCanonicalForm.hash(ofLine: line)
            if let checkpoint, entry.seq <= checkpoint.seq {
                // A seal stopped between writing the checkpoint and cutting the log: the sealed entries are
                // still there, and the last of them must be the one the checkpoint names.
                if entry.seq == checkpoint.seq, entry.hash != checkpoint.hash || computed != checkpoint.hash {
                    return broken(index, number, "verschilt van audit/checkpoint.json: het verzegelde deel is bewerkt",
                                  "differs from audit/checkpoint.json: the sealed part was edited")
                }
                continue
            }
            if computed != entry.hash {
                return broken(index, number, "de hash klopt niet: deze regel is bewerkt",
                              "the hash does not match: this line was edited")
            }
            if entry.seq != lastSeq + 1 {
                return broken(index, number, "volgnummer \(lastSeq + 1) verwacht, \(entry.seq) gevonden: "
                              + "een regel is verwijderd of verplaatst",
                              "sequence number \(lastSeq + 1) expected, \(entry.seq) found: a line was removed or moved")
            }
            if entry.prevHash != lastHash {
                return broken(index, number, "prevHash past niet bij de regel ervoor: een regel is verwijderd, "
                              + "verplaatst of bewerkt",
                              "prevHash does not match the line before: a line was removed, moved or edited")
            }
            if let checkpoint, entry.action == .seal, entry.detail["upToSeq"] == String(checkpoint.seq),
               entry.detail["hash"] == checkpoint.hash {
                sealConfirmed = true
            }
            if entry.seq == headSeq { headLine = (number, entry.hash) }
            lastSeq = entry.seq
            lastHash = entry.hash
        }
        let valid = lines.count - (tornBytes > 0 ? 1 : 0)
        let end = lines.count + 1
        if !sealConfirmed {
            return broken(valid, end, "audit/checkpoint.json heeft geen verzegel-item in de keten: "
                          + "het begin van het logboek is weggenomen zonder `zorg audit seal`",
                          "audit/checkpoint.json has no seal entry in the chain: the start of the log was taken "
                          + "out without `zorg audit seal`")
        }
        if lines.isEmpty, checkpoint == nil, files.head.head == nil {
            return broken(0, 1, "het logboek is leeg of ontbreekt", "the log is empty or missing")
        }
        if let brk = headBreak(files.head, lastSeq: lastSeq, headLine: headLine, checkpoint: checkpoint, end: end) {
            return ChainWalk(verification: AuditVerification(validEntries: brk.kind == .broken ? valid : min(valid, brk.line - 1),
                                                             firstBreak: brk), last: nil)
        }
        return ChainWalk(verification: AuditVerification(validEntries: valid, firstBreak: nil, tornTailBytes: tornBytes),
                         last: lastSeq > 0 ? AuditAnchor(seq: lastSeq, hash: lastHash) : nil)
    }

    /// What `audit/head.json` says about the end of an intact chain that ends at `lastSeq`.
    private func headBreak(_ head: HeadRead, lastSeq: Int, headLine: (number: Int, hash: String)?,
                           checkpoint: AuditCheckpoint?, end: Int) -> AuditBreak? {
        let unproven = "; zonder een geldige head.json kan niemand zeggen of er van het einde regels zijn weggeknipt. "
            + "Vergelijk met een anker dat u buiten de store bewaart: `zorg audit verify --expect VOLGNUMMER:HASH`"
        let unprovenEn = "; without a valid head.json nobody can tell whether lines were cut off the end. Compare with "
            + "an anchor kept outside the store: `zorg audit verify --expect SEQ:HASH`"
        switch head {
        case .missing:
            return AuditBreak(line: end, reason: "audit/head.json ontbreekt" + unproven,
                              english: "audit/head.json is missing" + unprovenEn, kind: .endNotProven)
        case .unreadable:
            return AuditBreak(line: end, reason: "audit/head.json is onleesbaar" + unproven,
                              english: "audit/head.json cannot be read" + unprovenEn, kind: .endNotProven)
        case .present(let head):
            if head.seq > lastSeq {
                return AuditBreak(line: end, reason: "het logboek eindigt bij volgnummer \(lastSeq), maar audit/head.json "
                                  + "kent volgnummer \(head.seq): het einde is weggeknipt",
                                  english: "the log ends at sequence number \(lastSeq), but audit/head.json knows "
                                  + "\(head.seq): the end was cut off")
            }
            let known = headLine?.hash ?? (head.seq == checkpoint?.seq ? checkpoint?.hash : nil)
            if let known, known != head.hash {
                return AuditBreak(line: headLine?.number ?? 1, reason: "de hash verschilt van audit/head.json: het logboek is herschreven",
                                  english: "the hash differs from audit/head.json: the log was rewritten")
            }
            if head.seq < lastSeq - 1 {
                // Each append renames the head into place before the next line is appended and flushed, so after
                // a power cut the head lags at most one entry. More is an older head.json put back.
                return AuditBreak(line: (headLine?.number ?? 0) + 2,
                                  reason: "audit/head.json kent volgnummer \(head.seq), maar het logboek loopt tot \(lastSeq): "
                                  + "meer dan één item achter (na een stroomonderbreking hoogstens één), dus een oudere "
                                  + "head.json" + unproven,
                                  english: "audit/head.json knows sequence number \(head.seq), but the log goes on to \(lastSeq): "
                                  + "more than one entry behind (after a power cut at most one), so an older head.json" + unprovenEn,
                                  kind: .endNotProven)
            }
            return nil
        }
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
        return try write(action, dossiers: dossiers, detail: detail, after: last, sync: sync, now: now)
    }

    /// The entry that follows `last`, sealed with its hash, appended and named in the head.
    private func write(_ action: AuditAction, dossiers: [String], detail: [String: String], after last: AuditEntry?,
                       sync: Bool, now: Date) throws -> AuditEntry {
        let body = AuditEntry.Body(seq: (last?.seq ?? 0) + 1, time: now.formatted(.iso8601), user: identity.user,
                                   action: action, dossiers: dossiers, detail: detail,
                                   prevHash: last?.hash ?? AuditEntry.genesisHash)
        let entry = AuditEntry(body: body, hash: try AuditCanonicalForm.hash(of: body))
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
        try write(.quarantine, dossiers: [],
                  detail: ["file": "audit/audit.jsonl", "tornBytes": String(tail.count), "movedTo": layout.relative(target)],
                  after: last, sync: true, now: now)
    }

    /// The last change (create, change, import) of a dossier, for the stale-save message.
    func lastWrite(of id: DossierID) -> AuditEntry? {
        let writes: Set<AuditAction> = [.create, .change, .import]
        return (try? entries(dossier: id))?.last(where: { writes.contains($0.action) })
    }

    // MARK: - Files

    /// The log's lines without their newlines; a last line without a newline (a torn write) is kept.
    func readLines() throws -> [ArraySlice<UInt8>] {
        try readLog().lines
    }

    /// The log's lines, and whether its last byte is not a newline (both from one read).
    private func readLog() throws -> (lines: [ArraySlice<UInt8>], endsTorn: Bool) {
        let data: Data
        do {
            data = try fileSystem.readFile(layout.auditLog)
        } catch let error as FileSystemError where error.isNotFound {
            return ([], false)
        }
        let bytes = [UInt8](data)
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return (lines, bytes.last.map { $0 != 0x0A } ?? false)
    }

    /// Head, checkpoint and log as one moment: readers take no lock, so a writer may append while they read.
    /// Every append moves the head on, so when the head reads the same before and after the log, at most the one
    /// append whose head is not yet written happened in between — the lag of one entry `walk` accepts.
    func readConsistently() throws -> TrailFiles {
        var attempts = 0
        while true {
            let head = try readHead()
            let checkpoint = try readCheckpoint()
            let log = try readLog()
            attempts += 1
            if try readHead() == head || attempts == 20 {
                return TrailFiles(head: head, checkpoint: checkpoint, lines: log.lines, endsTorn: log.endsTorn)
            }
        }
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

    private func readHead() throws -> HeadRead {
        let data: Data
        do {
            data = try fileSystem.readFile(layout.auditHead)
        } catch let error as FileSystemError where error.isNotFound {
            return .missing
        }
        return (try? StoreCoding.decode(Head.self, from: data)).map { .present($0) } ?? .unreadable
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
