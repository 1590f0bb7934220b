/// The two files of the caseload index (docs/store.md, "The caseload index"):
///
/// - `index/caseload.bin`, the snapshot: a header (magic, format version, generation), the store generation it
///   is current for (0: none), the entries sorted by dossier number, and a checksum over everything before it.
///   Replaced as a whole (atomic rename).
/// - `index/delta.bin`: a header naming the snapshot generation it continues, then records appended by every
///   save and batch commit, each with its length and checksum. A record replaces or removes one entry, or steps
///   the store generation (`StoreGeneration.swift`).
///
/// An entry is a dossier file's name, its `FileStamp` when it was indexed, the dossier's `DossierSurvey`, and the
/// dossier's compact encoding. Nothing here is trusted blindly: a damaged snapshot is ignored, a torn delta record ends the delta,
/// and every entry is checked against the stamp of the file it claims to copy.
enum CaseloadIndexFile {
    static let snapshotMagic: UInt64 = 0x3158_4449_4752_4F5A  // "ZORGIDX1"
    static let deltaMagic: UInt64 = 0x3144_4C44_4752_4F5A  // "ZORGDLD1"
    static let headerSize = 24

    /// One entry as found in a file: where its dossier bytes are, not yet decoded.
    struct Entry {
        let name: String
        let stamp: FileStamp
        /// 0 = snapshot, 1 = delta
        let source: Int
        /// Where its `DossierSurvey` is, in the same file.
        let survey: Range<Int>
        let payload: Range<Int>
    }

    struct Parsed {
        let generation: UInt64
        /// Merged: the snapshot's entries in order, with delta replacements in place and delta additions after.
        let entries: [Entry]
        /// How many of `entries`, at the end, the delta added (the ones before are in the snapshot's order).
        var additions = 0
        /// The delta continued this snapshot (false: no delta, or one left over from an older snapshot).
        let deltaMatches: Bool
        let deltaRecords: Int
        /// The store generation the index is current for: the snapshot's, carried through the delta's steps; nil
        /// when it names none or a step does not follow on.
        let storeGeneration: UInt64?
    }

    // MARK: - Writing

    static func header(magic: UInt64, generation: UInt64) -> [UInt8] {
        var w = IndexWriter(capacity: headerSize)
        w.fixed64(magic)
        w.fixed64(HouseholdIndexCoding.version)
        w.fixed64(generation)
        return w.bytes
    }

    static func writeEntry(name: String, stamp: FileStamp, household: Household, into w: inout IndexWriter) {
        w.text(name)
        writeStamp(stamp, into: &w)
        var survey = IndexWriter(capacity: 16)
        DossierSurvey(household).encode(into: &survey)
        w.unsigned(UInt64(survey.bytes.count))
        w.bytes.append(contentsOf: survey.bytes)
        var body = IndexWriter()
        HouseholdIndexCoding.encode(household, into: &body)
        w.unsigned(UInt64(body.bytes.count))
        w.bytes.append(contentsOf: body.bytes)
    }

    static func snapshot(generation: UInt64, storeGeneration: UInt64?,
                         entries: [(name: String, stamp: FileStamp, household: Household)]) -> [UInt8] {
        var w = IndexWriter(capacity: 64 + entries.count * 400)
        w.bytes = header(magic: snapshotMagic, generation: generation)
        w.fixed64(storeGeneration ?? 0)
        w.unsigned(UInt64(entries.count))
        for e in entries { writeEntry(name: e.name, stamp: e.stamp, household: e.household, into: &w) }
        w.fixed64(IndexChecksum.of(w.bytes))
        return w.bytes
    }

    /// Delta records: an upsert carries a whole entry, a removal only the name; a step of the store generation,
    /// last, its value before (0: whatever it was — a load that stamped every file vouches for the index as a
    /// whole) and after.
    static func deltaRecords(upserts: [(name: String, stamp: FileStamp, household: Household)], removals: [String],
                             step: GenerationStep? = nil) -> [UInt8] {
        var out: [UInt8] = []
        func record(_ body: IndexWriter) {
            var frame = IndexWriter(capacity: 16)
            frame.fixed64(UInt64(body.bytes.count))
            frame.fixed64(IndexChecksum.of(body.bytes))
            out.append(contentsOf: frame.bytes)
            out.append(contentsOf: body.bytes)
        }
        for u in upserts {
            var body = IndexWriter()
            body.byte(1)
            writeEntry(name: u.name, stamp: u.stamp, household: u.household, into: &body)
            record(body)
        }
        for name in removals {
            var body = IndexWriter(capacity: 32)
            body.byte(2)
            body.text(name)
            record(body)
        }
        if let step {
            var body = IndexWriter(capacity: 17)
            body.byte(3)
            body.fixed64(step.from ?? 0)
            body.fixed64(step.to)
            record(body)
        }
        return out
    }

    private static func writeStamp(_ s: FileStamp, into w: inout IndexWriter) {
        w.unsigned(s.inode)
        w.unsigned(s.size)
        w.int(Int(s.modified))
        w.int(Int(s.changed))
    }

    // MARK: - Reading

    /// nil when the snapshot is missing, of another version, or damaged: the index is then rebuilt.
    static func parse(snapshot: UnsafeRawBufferPointer, delta: UnsafeRawBufferPointer?) -> Parsed? {
        guard snapshot.count >= headerSize + 8 else { return nil }
        var r = IndexReader(snapshot, to: snapshot.count - 8)
        var trailer = IndexReader(snapshot, from: snapshot.count - 8)
        guard let magic = try? r.fixed64(), magic == snapshotMagic,
              let version = try? r.fixed64(), version == HouseholdIndexCoding.version,
              let generation = try? r.fixed64(),
              let storeGeneration = try? r.fixed64(),
              let checksum = try? trailer.fixed64(),
              checksum == IndexChecksum.of(UnsafeRawBufferPointer(rebasing: snapshot[0..<(snapshot.count - 8)]))
        else { return nil }
        var entries: [Entry] = []
        do {
            let count = try r.count()
            entries.reserveCapacity(count)
            for _ in 0..<count { entries.append(try readEntry(&r, source: 0)) }
            guard r.atEnd else { return nil }
        } catch {
            return nil
        }
        let claimed: UInt64? = storeGeneration == 0 ? nil : storeGeneration
        guard let delta, let parsedDelta = parseDelta(delta, generation: generation), parsedDelta.1 else {
            return Parsed(generation: generation, entries: entries, deltaMatches: false, deltaRecords: 0,
                          storeGeneration: nil)
        }
        var current = claimed
        var changes: [DeltaRecord] = []
        for record in parsedDelta.0 {
            if case .step(let from, let to) = record {
                current = from == 0 || from == current ? to : nil
            } else {
                changes.append(record)
            }
        }
        let merged = merge(entries, changes)
        return Parsed(generation: generation, entries: merged.entries, additions: merged.additions,
                      deltaMatches: true, deltaRecords: changes.count, storeGeneration: current)
    }

    /// A delta record: an entry to put in place, a name to drop, or a step of the store generation.
    enum DeltaRecord {
        case upsert(Entry)
        case remove(String)
        case step(from: UInt64, to: UInt64)
    }

    /// The records of a delta file up to the first one that is torn or damaged (a crash mid-append, or a
    /// writer still appending while we read).
    private static func parseDelta(_ bytes: UnsafeRawBufferPointer, generation: UInt64) -> ([DeltaRecord], Bool)? {
        var r = IndexReader(bytes)
        guard let magic = try? r.fixed64(), magic == deltaMagic,
              let version = try? r.fixed64(), version == HouseholdIndexCoding.version,
              let deltaGeneration = try? r.fixed64() else { return nil }
        guard deltaGeneration == generation else { return ([], false) }
        var records: [DeltaRecord] = []
        while !r.atEnd {
            guard let length = try? r.fixed64(), let checksum = try? r.fixed64(),
                  length <= UInt64(bytes.count - r.position) else { break }
            let start = r.position, end = start + Int(length)
            guard IndexChecksum.of(UnsafeRawBufferPointer(rebasing: bytes[start..<end])) == checksum else { break }
            var body = IndexReader(bytes, from: start, to: end)
            do {
                switch try body.byte() {
                case 1: records.append(.upsert(try readEntry(&body, source: 1)))
                case 2: records.append(.remove(try body.text()))
                case 3: records.append(.step(from: try body.fixed64(), to: try body.fixed64()))
                default: throw IndexFormatError()
                }
            } catch {
                break
            }
            r = IndexReader(bytes, from: end)
        }
        return (records, true)
    }

    private static func readEntry(_ r: inout IndexReader, source: Int) throws -> Entry {
        let name = try r.text()
        let stamp = FileStamp(inode: try r.unsigned(), size: try r.unsigned(), modified: Int64(try r.int()),
                              changed: Int64(try r.int()))
        let surveyLength = try r.count()
        let surveyStart = r.position
        try r.skip(surveyLength)
        let length = try r.count()
        let start = r.position
        try r.skip(length)
        return Entry(name: name, stamp: stamp, source: source, survey: surveyStart..<(surveyStart + surveyLength),
                     payload: start..<(start + length))
    }

    private static func merge(_ snapshot: [Entry], _ records: [DeltaRecord]) -> (entries: [Entry], additions: Int) {
        guard !records.isEmpty else { return (snapshot, 0) }
        var latest: [String: Entry?] = [:]
        var order: [String] = []
        for record in records {
            switch record {
            case .upsert(let e):
                if latest.updateValue(e, forKey: e.name) == nil { order.append(e.name) }
            case .remove(let name):
                if latest.updateValue(nil, forKey: name) == nil { order.append(name) }
            case .step:
                break
            }
        }
        var merged: [Entry] = []
        merged.reserveCapacity(snapshot.count + order.count)
        var replaced = Set<String>()
        for e in snapshot {
            if let change = latest[e.name] {
                replaced.insert(e.name)
                if let e = change { merged.append(e) }
            } else {
                merged.append(e)
            }
        }
        let kept = merged.count
        for name in order where !replaced.contains(name) {
            if let e = latest[name] ?? nil { merged.append(e) }
        }
        return (merged, merged.count - kept)
    }
}
