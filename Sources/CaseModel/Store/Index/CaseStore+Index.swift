import Foundation

extension StoreLayout {
    var index: String { root + "/index" }
    var indexSnapshot: String { index + "/caseload.bin" }
    var indexDelta: String { index + "/delta.bin" }
}

/// What one load through the caseload index did (for tests, `zorg bench` and diagnostics).
public struct CaseloadIndexReport: Sendable, Equatable {
    /// Dossiers taken from the index: their file's stamp was the one indexed.
    public var fromIndex = 0
    /// Dossiers read from their JSON file: new, changed, or not in a usable index.
    public var fromFiles = 0
    /// Index entries whose file is gone.
    public var removed = 0
    /// The snapshot was (re)written: no usable index, many changes, or a long delta compacted.
    public var snapshotWritten = false
    /// Changes were appended to the delta.
    public var deltaAppended = false
}

extension CaseStore {
    /// Every dossier, through the caseload index when the file system can give file stamps; otherwise by
    /// reading every file. The result is the same either way: the index only spares the JSON decoding of files
    /// whose stamp has not changed since they were indexed.
    public func loadAllReportingIndex() throws -> (load: CaseloadLoad, index: CaseloadIndexReport?) {
        if let indexed = try loadAllIndexed() { return (indexed.0, indexed.1) }
        let (households, problems) = try loadRecords(Household.self)
        return (CaseloadLoad(households: households, problems: problems), nil)
    }

    /// The index is never required: when it cannot be read it is rebuilt, when it cannot be written the load
    /// still succeeds.
    private func loadAllIndexed() throws -> (CaseloadLoad, CaseloadIndexReport)? {
        let sources = try readListingAndIndex()
        guard let listing = sources.listing else { return nil }
        let snapshot = sources.snapshot ?? Data()
        let delta = sources.delta
        var report = CaseloadIndexReport()

        // Which index entries still describe their file exactly.
        let entries = sources.parsed?.entries ?? []
        var good: [Int] = []
        good.reserveCapacity(entries.count)
        for (i, e) in entries.enumerated() where listing[e.name] == e.stamp { good.append(i) }
        report.removed = entries.count - good.count  // corrected below for entries whose file only changed

        var decoded = decode(good.map { entries[$0] }, snapshot: snapshot, delta: delta)
        var names: [String] = []
        var stamps: [FileStamp] = []
        var households: [Household] = []
        names.reserveCapacity(listing.count)
        stamps.reserveCapacity(listing.count)
        households.reserveCapacity(listing.count)
        for (k, i) in good.enumerated() {
            guard let h = decoded[k] else { continue }  // damaged inside: read the file instead
            names.append(entries[i].name)
            stamps.append(entries[i].stamp)
            households.append(h)
        }
        decoded = []
        report.fromIndex = households.count
        let fromIndexCount = households.count

        // New and changed files, and entries that did not decode: read the JSON (the truth).
        var problems: [StoreProblem] = []
        if households.count != listing.count {
            let indexed = Set(names)
            let listed = Set(entries.map(\.name))
            for name in listing.keys.sorted() where !indexed.contains(name) && name.hasSuffix(".json") {
                if listed.contains(name) { report.removed -= 1 }  // changed, not removed
                let path = layout.dossiers + "/" + name
                guard let id = StoreLayout.id(fromFileName: name) else {
                    problems.append(quarantine(path, id: nil, reason: "de bestandsnaam is geen geldig nummer"))
                    continue
                }
                let data: Data
                do {
                    data = try StoreIO.guarded { try fileSystem.readFile(path) }
                } catch StoreError.io(let error) where error.isNotFound {
                    continue  // removed since the listing
                }
                do {
                    households.append(try decodeOrQuarantine(Household.self, data, path: path, expected: id))
                    names.append(name)
                    stamps.append(listing[name]!)
                    report.fromFiles += 1
                } catch StoreError.damaged(let problem) {
                    problems.append(problem)
                }
            }
        }
        let fresh = Array(fromIndexCount..<households.count)
        let freshEntries = fresh.map { (name: names[$0], stamp: stamps[$0], household: households[$0]) }

        // Sorted by dossier number, as `loadAll` promises; the index is kept in that order, so this is
        // usually one pass.
        if !zip(households, households.dropFirst()).allSatisfy({ $0.id < $1.id }) {
            var order = Array(households.indices)
            order.sort { households[$0].id < households[$1].id }
            households = order.map { households[$0] }
            names = order.map { names[$0] }
            stamps = order.map { stamps[$0] }
        }

        updateIndex(after: sources, report: &report, fresh: freshEntries, names: names, stamps: stamps,
                    households: households)
        return (CaseloadLoad(households: households, problems: problems), report)
    }

    /// The folder listing with stamps, and the index files, read side by side on two threads.
    private func readListingAndIndex() throws -> Sources {
        let box = SourcesBox()
        let fileSystem = self.fileSystem
        let layout = self.layout
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                do { box.sources.listing = try fileSystem.stampedListing(layout.dossiers) } catch {
                    box.sources.listingError = error
                }
            } else {
                let snapshot = try? fileSystem.readFile(layout.indexSnapshot)
                let delta = try? fileSystem.readFile(layout.indexDelta)
                box.index.snapshot = snapshot
                box.index.delta = delta
                box.index.deltaExists = delta != nil
                if let snapshot {
                    box.index.parsed = snapshot.withUnsafeBytes { s in
                        if let delta {
                            return delta.withUnsafeBytes { d in CaseloadIndexFile.parse(snapshot: s, delta: d) }
                        }
                        return CaseloadIndexFile.parse(snapshot: s, delta: nil)
                    }
                }
            }
        }
        if let error = box.sources.listingError {
            try StoreIO.guarded { throw error }
        }
        var sources = box.sources
        sources.snapshot = box.index.snapshot
        sources.delta = box.index.delta
        sources.parsed = box.index.parsed
        sources.deltaExists = box.index.deltaExists
        return sources
    }

    /// Decodes index entries on both cores; nil for an entry that does not decode.
    private func decode(_ entries: [CaseloadIndexFile.Entry], snapshot: Data, delta: Data?) -> [Household?] {
        var out = [Household?](repeating: nil, count: entries.count)
        let delta = delta ?? Data()
        let chunk = 2048
        let chunks = (entries.count + chunk - 1) / chunk
        out.withUnsafeMutableBufferPointer { slots in
            let slots = UnsafeSlots(slots)
            snapshot.withUnsafeBytes { s in
                delta.withUnsafeBytes { d in
                    let buffers = UnsafeSlotsBuffers(snapshot: s, delta: d)
                    DispatchQueue.concurrentPerform(iterations: chunks) { c in
                        for k in (c * chunk)..<min(entries.count, (c + 1) * chunk) {
                            let e = entries[k]
                            var r = IndexReader(e.source == 0 ? buffers.snapshot : buffers.delta,
                                                from: e.payload.lowerBound, to: e.payload.upperBound)
                            slots.base[k] = try? HouseholdIndexCoding.decode(&r)
                        }
                    }
                }
            }
        }
        return out
    }

    // MARK: - Keeping the index current

    /// Called by `loadAll` under a short lock attempt: appends what changed, or rewrites the snapshot when
    /// there is no usable index, the changes are many, or the delta has grown long. Failures are ignored —
    /// the next load simply finds the index stale again.
    private func updateIndex(after sources: Sources, report: inout CaseloadIndexReport,
                             fresh: [(name: String, stamp: FileStamp, household: Household)], names: [String],
                             stamps: [FileStamp], households: [Household]) {
        let changes = report.fromFiles + report.removed
        let parsed = sources.parsed
        let usable = parsed != nil && sources.deltaExists && parsed!.deltaMatches
        let deltaRecords = parsed?.deltaRecords ?? 0
        let limit = max(256, households.count / 8)
        let rewrite = !usable || deltaRecords + changes > limit
        guard rewrite || changes > 0 else { return }
        let quickLock = StoreLock(fileSystem: fileSystem, path: layout.lock, mode: layout.fileMode,
                                  timeout: .milliseconds(200))
        do {
            try quickLock.withLock {
                try fileSystem.makeDirectory(layout.index, mode: layout.directoryMode, group: layout.group)
                if rewrite {
                    try writeSnapshot(names: names, stamps: stamps, households: households)
                    report.snapshotWritten = true
                } else {
                    let current = Set(names)
                    let gone = parsed!.entries.map(\.name).filter { !current.contains($0) }
                    let bytes = CaseloadIndexFile.deltaRecords(upserts: fresh, removals: gone)
                    try fileSystem.append(layout.indexDelta, data: Data(bytes), mode: layout.fileMode,
                                          group: layout.group, sync: false)
                    report.deltaAppended = true
                }
            }
        } catch {
            // The index is derived: not being able to write it now costs speed, never correctness.
        }
    }

    private func writeSnapshot(names: [String], stamps: [FileStamp], households: [Household]) throws {
        let generation = UInt64.random(in: 1...UInt64.max)
        let entries = households.indices.map { (name: names[$0], stamp: stamps[$0], household: households[$0]) }
        let snapshot = CaseloadIndexFile.snapshot(generation: generation, entries: entries)
        try replace(layout.indexSnapshot, with: snapshot)
        try replace(layout.indexDelta, with: CaseloadIndexFile.header(magic: CaseloadIndexFile.deltaMagic,
                                                                      generation: generation))
    }

    /// Atomic but not flushed: after a power cut the index may be old or missing, which the stamps detect.
    private func replace(_ path: String, with bytes: [UInt8]) throws {
        let staged = try files.stage(Data(bytes), for: path, sync: false)
        do {
            try fileSystem.rename(staged.temporary, to: staged.final)
        } catch {
            files.discard([staged])
            throw error
        }
    }

    /// After a save or batch commit, under the writers' lock: one delta record per dossier written, with the
    /// stamp of its new file. Skipped when there is no index yet (the next load builds one).
    func indexWritten(_ households: [Household]) {
        guard !households.isEmpty, fileSystem.exists(layout.indexDelta) else { return }
        var upserts: [(name: String, stamp: FileStamp, household: Household)] = []
        upserts.reserveCapacity(households.count)
        for h in households {
            let name = h.id.fileStem + ".json"
            guard let stamp = fileSystem.stamp(layout.dossiers + "/" + name) else { return }
            upserts.append((name, stamp, h))
        }
        let bytes = CaseloadIndexFile.deltaRecords(upserts: upserts, removals: [])
        try? fileSystem.append(layout.indexDelta, data: Data(bytes), mode: layout.fileMode, group: layout.group,
                               sync: false)
    }
}

/// Results of the two reading threads. Each thread writes only its own part, and both have finished before
/// the caller reads them (`concurrentPerform` returns after all iterations).
private final class SourcesBox: @unchecked Sendable {
    var sources = Sources()
    var index = Sources()
}

private struct Sources {
    var listing: [String: FileStamp]?
    var listingError: Error?
    var snapshot: Data?
    var delta: Data?
    var parsed: CaseloadIndexFile.Parsed?
    var deltaExists = false
}

/// Output slots written by the decoding threads, each slot by exactly one thread.
private struct UnsafeSlots: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<Household?>
    init(_ base: UnsafeMutableBufferPointer<Household?>) { self.base = base }
}

private struct UnsafeSlotsBuffers: @unchecked Sendable {
    let snapshot: UnsafeRawBufferPointer
    let delta: UnsafeRawBufferPointer
}
