import Foundation

/// The whole caseload for one pass over it (`zorg check --all`): when the caseload index is current, its
/// dossiers stay in the index's bytes and are decoded a chunk at a time by whichever core takes the chunk, so
/// that what is held at once does not grow with the caseload; otherwise the households `loadAll` gives.
/// Either way the dossiers come in dossier order, the same as `loadAll().households`.
public struct CaseloadSource: Sendable {
    /// The number of dossiers.
    public let count: Int
    /// The dossier files set aside as broken while the store was read.
    public let problems: [StoreProblem]
    private let storage: Storage

    private enum Storage: Sendable {
        case decoded([Household])
        case indexed(IndexedDossiers)
    }

    init(households: [Household], problems: [StoreProblem]) {
        count = households.count
        self.problems = problems
        storage = .decoded(households)
    }

    init(indexed: IndexedDossiers) {
        count = indexed.count
        problems = []
        storage = .indexed(indexed)
    }

    /// Whether the dossiers are decoded on demand from the index (for tests and `zorg bench`).
    public var isIndexed: Bool {
        if case .indexed = storage { return true }
        return false
    }

    /// The dossiers at these positions (0..<count), in that order.
    public func households(at positions: some Collection<Int>) throws -> [Household] {
        switch storage {
        case .decoded(let all): return positions.map { all[$0] }
        case .indexed(let index): return try positions.map { try index.household(at: $0) }
        }
    }

    /// Of every dossier, whether it is closed and whom its members care for: from the index without decoding a
    /// dossier, or from the households.
    func surveys() throws -> [DossierSurvey] {
        switch storage {
        case .decoded(let all): return all.map(DossierSurvey.init)
        case .indexed(let index): return try (0..<count).map { try index.survey(at: $0) }
        }
    }

    /// The number of the dossier at `position`.
    func id(at position: Int) throws -> DossierID {
        switch storage {
        case .decoded(let all): return all[position].id
        case .indexed(let index): return try index.id(at: position)
        }
    }

    /// Every dossier, decoded (a caller that needs them all at once).
    public func all() throws -> [Household] {
        if case .decoded(let all) = storage { return all }
        return try households(at: 0..<count)
    }
}

/// The index's entries for a current index, in dossier order, with the bytes they point into.
struct IndexedDossiers: @unchecked Sendable {
    let snapshot: Data
    let delta: Data
    let entries: [CaseloadIndexFile.Entry]
    /// The entries' positions in dossier order; nil when they are in that order already.
    let order: [Int]?
    /// Reads the dossier file of an entry that does not decode (the index is derived: the file is the truth).
    let fromFile: @Sendable (String) throws -> Household

    var count: Int { entries.count }

    func survey(at position: Int) throws -> DossierSurvey {
        let e = entry(at: position)
        return try read(e, e.survey, DossierSurvey.decode) ?? DossierSurvey(fromFile(e.name))
    }

    func id(at position: Int) throws -> DossierID {
        let e = entry(at: position)
        return try StoreLayout.id(fromFileName: e.name) ?? fromFile(e.name).id
    }

    func household(at position: Int) throws -> Household {
        let e = entry(at: position)
        return try read(e, e.payload, HouseholdIndexCoding.decode) ?? fromFile(e.name)
    }

    private func entry(at position: Int) -> CaseloadIndexFile.Entry { entries[order?[position] ?? position] }

    /// What `decode` makes of the bytes at `range` of the entry's file; nil when they do not decode.
    private func read<T>(_ e: CaseloadIndexFile.Entry, _ range: Range<Int>,
                         _ decode: (inout IndexReader) throws -> T) -> T? {
        (e.source == 0 ? snapshot : delta).withUnsafeBytes { raw in
            var r = IndexReader(raw, from: range.lowerBound, to: range.upperBound)
            return try? decode(&r)
        }
    }
}
