import Foundation

extension StoreLayout {
    var index: String { root + "/index" }
    var indexSnapshot: String { index + "/caseload.bin" }
    var indexDelta: String { index + "/delta.bin" }
}

/// What one load through the caseload index did (for tests, `zorg bench` and diagnostics).
public struct CaseloadIndexReport: Sendable, Hashable {
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
    /// No file was stamped: a shared store whose index is current for its store generation (StoreGeneration.swift).
    public var unstamped = false
}

extension CaseStore {
    /// Every dossier, through the caseload index when the file system can give file stamps; otherwise by
    /// reading every file. The result is the same either way: the index only spares the JSON decoding of files
    /// whose stamp has not changed since they were indexed.
    public func loadAllReportingIndex() throws -> (load: CaseloadLoad, index: CaseloadIndexReport?) {
        if let indexed = try loadAllIndexed(stampingAll: false) { return (indexed.0, indexed.1) }
        let (households, problems) = try loadRecords(Household.self)
        return (CaseloadLoad(households: households, problems: problems), nil)
    }

    /// The index is never required: when it cannot be read it is rebuilt, when it cannot be written the load
    /// still succeeds.
    /// The full check `zorg audit verify` makes: every file stamped and compared with the index, in a shared store
    /// too, and the index brought up to date. `fromFiles` counts the dossiers whose file differed from the index
    /// or was not in it (changed outside `zorg`, or by a write cut off before its delta record), `removed` those
    /// whose file is gone. Nil when the file system gives no stamps.
    public func checkIndexAgainstFiles() throws -> CaseloadIndexReport? {
        try loadAllIndexed(stampingAll: true)?.1
    }

    private func loadAllIndexed(stampingAll: Bool) throws -> (CaseloadLoad, CaseloadIndexReport)? {
        // Read before anything is listed: an index found current for it is current for what is read after.
        let generation = storeGeneration()
        let folder = layout.dossiers
        // In a personal store the folder listing (one stat per file, mostly waiting on the kernel) runs on its own
        // thread while this one reads the index and both cores decode it; entries whose file has changed are
        // dropped afterwards. A shared store first sees whether its index is current for the store generation.
        var listingBox: ListingBox? = nil
        if stampingAll || mode == .personal { listingBox = ListingBox(listing: folder, fileSystem) }
        let sources = readIndex()
        let entries = sources.parsed?.entries ?? []
        let (decoded, failed) = decode(entries, snapshot: sources.snapshot ?? Data(), delta: sources.delta)
        if listingBox == nil {
            if failed.isEmpty && indexIsCurrent(sources.parsed, generation: generation) {
                return unstampedLoad(entries, decoded, sources: sources, generation: generation)
            }
            listingBox = ListingBox(listing: folder, fileSystem)
        }
        guard let listingBox, let listing = try StoreIO.guarded({ try listingBox.wait() }) else { return nil }
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
        sortByNumber(&households, &names, &stamps)
        updateIndex(after: sources, generation: generation, report: &report, fresh: freshEntries, names: names,
                    stamps: stamps, households: households)
        return (CaseloadLoad(households: households, problems: problems), report)
    }

    /// The caseload as the index holds it, not a file stamped: a shared store's index current for the store
    /// generation. A long delta is still folded into a new snapshot.
    private func unstampedLoad(_ entries: [CaseloadIndexFile.Entry], _ decoded: [Household], sources: Sources,
                               generation: UInt64?) -> (CaseloadLoad, CaseloadIndexReport) {
        var report = CaseloadIndexReport()
        report.unstamped = true
        report.fromIndex = decoded.count
        var households = decoded
        var names = entries.map(\.name)
        var stamps = entries.map(\.stamp)
        sortByNumber(&households, &names, &stamps)
        updateIndex(after: sources, generation: generation, report: &report, fresh: [], names: names, stamps: stamps,
                    households: households)
        return (CaseloadLoad(households: households, problems: []), report)
    }

    /// Sorted by dossier number, as `loadAll` promises; the index is kept in that order (a dossier added since
    /// the snapshot comes after it), so this is usually one pass.
    private func sortByNumber(_ households: inout [Household], _ names: inout [String], _ stamps: inout [FileStamp]) {
        // Through a buffer: `zip` over the array copied every household (a dozen counted references) to compare ids.
        let sorted = households.withUnsafeBufferPointer { list in
            list.indices.dropFirst().allSatisfy { list[$0 - 1].id < list[$0].id }
        }
        guard !sorted else { return }
        var order = Array(households.indices)
        order.sort { households[$0].id < households[$1].id }
        households = order.map { households[$0] }
        names = order.map { names[$0] }
        stamps = order.map { stamps[$0] }
    }

    /// The caseload for one pass over all of it (`CaseloadSource`): straight from the index's bytes when the index
    /// is current — a shared store's for the store generation, a personal store's when every file has the stamp
    /// its entry recorded and nothing else is in the folder — and otherwise through `loadAll`, which brings the
    /// index up to date. Closed dossiers are included, as in `loadAll`.
    public func openCaseload() throws -> CaseloadSource {
        if let indexed = currentIndexedDossiers() { return CaseloadSource(indexed: indexed) }
        let load = try loadAll()
        return CaseloadSource(households: load.households, problems: load.problems)
    }

    private func currentIndexedDossiers() -> IndexedDossiers? {
        let generation = storeGeneration()
        var listing: ListingBox?
        if case .personal = mode { listing = ListingBox(listing: layout.dossiers, fileSystem) }
        let sources = readIndex()
        let fresh = sources.parsed.map { p in sources.deltaExists && p.deltaMatches && p.deltaRecords <= Self.deltaLimit(p.entries.count) }
        if let listing {
            // Waited for in any case: the thread must not outlive the load.
            let stamps = try? listing.wait()
            guard fresh == true, let parsed = sources.parsed, let stamps, stamps.count == parsed.entries.count,
                  listing.dossierNames.count == stamps.count, listing.temporary.isEmpty,
                  parsed.entries.allSatisfy({ stamps[$0.name] == $0.stamp }) else { return nil }
        } else if fresh != true || !indexIsCurrent(sources.parsed, generation: generation) {
            return nil
        }
        guard let parsed = sources.parsed, let snapshot = sources.snapshot,
              let order = Self.dossierOrder(parsed) else { return nil }
        let fileSystem = self.fileSystem, folder = layout.dossiers
        return IndexedDossiers(snapshot: snapshot, delta: sources.delta ?? Data(), entries: parsed.entries,
                               order: order.isEmpty ? nil : order) { name in
            try StoreIO.guarded { try StoreCoding.decode(Household.self, from: fileSystem.readFile(folder + "/" + name)) }
        }
    }

    /// The delta records a load lets the delta grow to before it folds them into a new snapshot.
    static func deltaLimit(_ dossiers: Int) -> Int { max(256, dossiers / 8) }

    /// The positions of `parsed.entries` in dossier order: empty when they are in order already (no dossier
    /// added since the snapshot); nil when a name is not a dossier number (the index then is not used).
    /// The snapshot's part is sorted; the few added are put in place by binary search.
    private static func dossierOrder(_ parsed: CaseloadIndexFile.Parsed) -> [Int]? {
        guard parsed.additions > 0 else { return [] }
        let entries = parsed.entries
        let base = entries.count - parsed.additions
        var added: [(id: DossierID, position: Int)] = []
        for k in base..<entries.count {
            guard let id = StoreLayout.id(fromFileName: entries[k].name) else { return nil }
            added.append((id, k))
        }
        added.sort { $0.id < $1.id }
        var order: [Int] = []
        order.reserveCapacity(entries.count)
        var next = 0
        for a in added {
            // The first snapshot entry after the added one.
            var low = next, high = base
            while low < high {
                let mid = (low + high) / 2
                guard let id = StoreLayout.id(fromFileName: entries[mid].name) else { return nil }
                if id < a.id { low = mid + 1 } else { high = mid }
            }
            order.append(contentsOf: next..<low)
            order.append(a.position)
            next = low
        }
        order.append(contentsOf: next..<base)
        return order
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
        // Mapped: the snapshot is only ever replaced by a rename (`replace`), so the bytes mapped stay as they are.
        let snapshot = try? fileSystem.mapFile(layout.indexSnapshot)
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
    /// there is no usable index, the changes are many, or the delta has grown long. What is written is current
    /// for the store generation read before the load (`generation`) when it is still the one on disk under the
    /// lock — no write came in between — and says so (a store without one gets its first here); otherwise it
    /// names none. Failures are ignored — the next load simply finds the index stale again.
    private func updateIndex(after sources: Sources, generation: UInt64?, report: inout CaseloadIndexReport,
                             fresh: [(name: String, stamp: FileStamp, household: Household)], names: [String],
                             stamps: [FileStamp], households: [Household]) {
        let changes = report.fromFiles + report.removed
        let parsed = sources.parsed
        let usable = parsed != nil && sources.deltaExists && parsed!.deltaMatches
        let deltaRecords = parsed?.deltaRecords ?? 0
        let limit = Self.deltaLimit(households.count)
        let rewrite = !usable || deltaRecords + changes > limit
        // A shared store's index that is not (yet) current for the generation gets a step that says it is.
        var behind = false
        if case .shared = mode { behind = generation == nil || parsed?.storeGeneration != generation }
        guard rewrite || changes > 0 || behind else { return }
        let quickLock = StoreLock(fileSystem: fileSystem, path: layout.lock, mode: layout.fileMode,
                                  timeout: .milliseconds(200))
        do {
            try quickLock.withLock {
                try fileSystem.makeDirectory(layout.index, mode: layout.directoryMode, group: layout.group)
                // Every write makes a generation: none now, as before the load, means no write came in between.
                var vouched: UInt64?
                switch (generation, storeGeneration()) {
                case (nil, nil):
                    vouched = UInt64.random(in: 1...UInt64.max)
                    try writeGeneration(vouched!)
                case (let before?, let now?) where before == now: vouched = now
                default: vouched = nil
                }
                if rewrite {
                    try writeSnapshot(names: names, stamps: stamps, households: households, storeGeneration: vouched)
                    report.snapshotWritten = true
                } else {
                    let current = Set(names)
                    let gone = parsed!.entries.map(\.name).filter { !current.contains($0) }
                    let bytes = CaseloadIndexFile.deltaRecords(upserts: fresh, removals: gone,
                                                               step: vouched.map { GenerationStep(from: nil, to: $0) })
                    try fileSystem.append(layout.indexDelta, data: Data(bytes), mode: layout.fileMode,
                                          group: layout.group, sync: false)
                    report.deltaAppended = !fresh.isEmpty || !gone.isEmpty
                }
            }
        } catch {
            // The index is derived: not being able to write it now costs speed, never correctness.
        }
    }

    private func writeSnapshot(names: [String], stamps: [FileStamp], households: [Household],
                               storeGeneration: UInt64?) throws {
        let generation = UInt64.random(in: 1...UInt64.max)
        let entries = households.indices.map { (name: names[$0], stamp: stamps[$0], household: households[$0]) }
        let snapshot = CaseloadIndexFile.snapshot(generation: generation, storeGeneration: storeGeneration,
                                                  entries: entries)
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
    /// stamp of its new file, and then the write's `step` of the store generation. Skipped when there is no index
    /// yet (the next load builds one). False when nothing was appended.
    @discardableResult
    func indexWritten(_ households: [Household], step: GenerationStep?) -> Bool {
        guard !households.isEmpty, fileSystem.exists(layout.indexDelta) else { return false }
        var upserts: [(name: String, stamp: FileStamp, household: Household)] = []
        upserts.reserveCapacity(households.count)
        for h in households {
            let name = h.id.fileStem + ".json"
            guard let stamp = fileSystem.stamp(layout.dossiers + "/" + name) else { return false }
            upserts.append((name, stamp, h))
        }
        let bytes = CaseloadIndexFile.deltaRecords(upserts: upserts, removals: [], step: step)
        return (try? fileSystem.append(layout.indexDelta, data: Data(bytes), mode: layout.fileMode,
                                       group: layout.group, sync: false)) != nil
    }
}

/// The stamped listing of the dossier folder, made on its own thread; read after `wait()`.
private final class ListingBox: @unchecked Sendable {
    private var result: Result<[String: FileStamp]?, Error>?
    /// The temporary files of killed writers, looked for on the listing's thread too, not after the decoding.
    private(set) var temporary: [String] = []
    /// Every dossier name, to find those the stamped listing leaves out (not a regular file).
    private(set) var dossierNames: [String] = []
    private let group = DispatchGroup()

    init(listing folder: String, _ fileSystem: any FileSystem) {
        DispatchQueue.global().async(group: group) {
            self.result = Result { try fileSystem.stampedListing(folder) }
            let names = (try? fileSystem.listDirectory(folder)) ?? []
            self.temporary = names.filter { $0.hasSuffix(".tmp") }
            self.dossierNames = names.filter { !$0.hasPrefix(".") && $0.hasSuffix(".json") }
        }
    }

    /// The stamps by file name; nil when the file system gives none.
    func wait() throws -> [String: FileStamp]? {
        group.wait()
        return try result!.get()
    }
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
