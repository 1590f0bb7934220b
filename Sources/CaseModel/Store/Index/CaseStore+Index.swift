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
        // The folder listing (one stat per file, mostly waiting on the kernel) runs on its own thread while this
        // one reads the index and both cores decode it; entries whose file has changed are dropped afterwards.
        let listingBox = ListingBox()
        let group = DispatchGroup()
        let fileSystem = self.fileSystem, folder = layout.dossiers
        DispatchQueue.global().async(group: group) {
            listingBox.result = Result { try fileSystem.stampedListing(folder) }
            // The temporary files of killed writers, looked for on this thread too, not after the decoding; and
            // every dossier name, to find those the stamped listing leaves out (not a regular file).
            let names = (try? fileSystem.listDirectory(folder)) ?? []
            listingBox.temporary = names.filter { $0.hasSuffix(".tmp") }
            listingBox.dossierNames = names.filter { !$0.hasPrefix(".") && $0.hasSuffix(".json") }
        }
        let sources = readIndex()
        let entries = sources.parsed?.entries ?? []
        let (decoded, failed) = decode(entries, snapshot: sources.snapshot ?? Data(), delta: sources.delta)
        group.wait()
        guard let listing = try StoreIO.guarded({ try listingBox.result!.get() }) else { return nil }
        // As the file-by-file load does: temporary files of killed writers are never read, and removed here.
        removeAbandonedTemporaryFiles(listingBox.temporary, in: folder)
        var report = CaseloadIndexReport()

        // Which index entries still describe their file exactly.
        var keep = [Bool](repeating: true, count: entries.count)
        var kept = entries.count
        for (i, e) in entries.enumerated() where failed.contains(i) || listing[e.name] != e.stamp {
            keep[i] = false
            kept -= 1
        }
        report.removed = entries.count - kept  // corrected below for entries whose file only changed
        var households: [Household]
        var names: [String] = []
        var stamps: [FileStamp] = []
        names.reserveCapacity(listing.count)
        stamps.reserveCapacity(listing.count)
        if kept == entries.count {
            households = decoded
            for e in entries {
                names.append(e.name)
                stamps.append(e.stamp)
            }
        } else {
            households = []
            households.reserveCapacity(listing.count)
            for i in entries.indices where keep[i] {
                households.append(decoded[i])
                names.append(entries[i].name)
                stamps.append(entries[i].stamp)
            }
        }
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
        problems += setAsideIrregular(listingBox.dossierNames.filter { listing[$0] == nil }, in: folder)
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

    /// A dossier name that is not a regular file (a symbolic link someone planted, a folder, a pipe) is never
    /// followed or read: it is set aside in `quarantine/` (the link itself, not what it points to) and named, so
    /// that it does not silently hide a dossier. A regular file written since the listing is left for the next load.
    private func setAsideIrregular(_ names: [String], in folder: String) -> [StoreProblem] {
        names.compactMap { name in
            let path = folder + "/" + name
            do {
                _ = try fileSystem.readFile(path)
                return nil
            } catch let error as FileSystemError where error.code == ELOOP || error.code == EINVAL {
                return quarantine(path, id: StoreLayout.id(fromFileName: name),
                                  reason: "is geen gewoon bestand (een symbolische link, een map of een pijp); Zorg volgt of leest het niet")
            } catch {
                return nil
            }
        }
    }

    /// The index files, parsed (entry table only; the dossiers are decoded later).
    private func readIndex() -> Sources {
        var sources = Sources()
        let snapshot = try? fileSystem.readFile(layout.indexSnapshot)
        let delta = try? fileSystem.readFile(layout.indexDelta)
        sources.snapshot = snapshot
        sources.delta = delta
        sources.deltaExists = delta != nil
        if let snapshot {
            sources.parsed = snapshot.withUnsafeBytes { s in
                if let delta {
                    return delta.withUnsafeBytes { d in CaseloadIndexFile.parse(snapshot: s, delta: d) }
                }
                return CaseloadIndexFile.parse(snapshot: s, delta: nil)
            }
        }
        return sources
    }

    /// Decodes index entries on both cores, straight into the result array; the positions of entries that do
    /// not decode are returned (their slot holds a placeholder, and their file is read instead).
    private func decode(_ entries: [CaseloadIndexFile.Entry], snapshot: Data, delta: Data?) -> ([Household], Set<Int>) {
        let delta = delta ?? Data()
        let chunk = 1024
        let chunks = (entries.count + chunk - 1) / chunk
        let failures = FailureList()
        let households = [Household](unsafeUninitializedCapacity: entries.count) { buffer, initialized in
            let slots = UnsafeSlots(base: buffer)
            snapshot.withUnsafeBytes { s in
                delta.withUnsafeBytes { d in
                    let buffers = UnsafeSlotsBuffers(snapshot: s, delta: d)
                    DispatchQueue.concurrentPerform(iterations: chunks) { c in
                        var failed: [Int] = []
                        for k in (c * chunk)..<min(entries.count, (c + 1) * chunk) {
                            let e = entries[k]
                            var r = IndexReader(e.source == 0 ? buffers.snapshot : buffers.delta,
                                                from: e.payload.lowerBound, to: e.payload.upperBound)
                            let h: Household
                            if let ok = try? HouseholdIndexCoding.decode(&r) { h = ok } else {
                                failed.append(k)
                                h = Household(id: DossierID(rawValue: "X")!)
                            }
                            (slots.base.baseAddress! + k).initialize(to: h)
                        }
                        if !failed.isEmpty { failures.add(failed) }
                    }
                }
            }
            initialized = entries.count
        }
        return (households, failures.all)
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

/// The listing made on its own thread; read after `DispatchGroup.wait()`.
private final class ListingBox: @unchecked Sendable {
    var result: Result<[String: FileStamp]?, Error>?
    var temporary: [String] = []
    var dossierNames: [String] = []
}

/// Entries that did not decode, gathered from the decoding threads under a lock.
private final class FailureList: @unchecked Sendable {
    private let lock = NSLock()
    private var items = Set<Int>()
    func add(_ failed: [Int]) { lock.withLock { items.formUnion(failed) } }
    var all: Set<Int> { lock.withLock { items } }
}

private struct Sources {
    var snapshot: Data?
    var delta: Data?
    var parsed: CaseloadIndexFile.Parsed?
    var deltaExists = false
}

/// Output slots written by the decoding threads, each slot by exactly one thread.
private struct UnsafeSlots: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<Household>
}

private struct UnsafeSlotsBuffers: @unchecked Sendable {
    let snapshot: UnsafeRawBufferPointer
    let delta: UnsafeRawBufferPointer
}
