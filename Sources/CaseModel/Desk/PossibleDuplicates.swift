/// A stored dossier that may already hold a person of a new household: a returning client, or the same family
/// registered twice. Found with the scan's own definition of "the same person" (`DuplicateFinder`).
public struct PossibleDuplicate: Sendable, Hashable {
    public var dossier: DossierID
    public var closed: Bool
    /// The member of the new household, by position (1-based).
    public var newMember: Int
    /// The stored dossier's member, by position (1-based).
    public var storedMember: Int
    public var basis: DuplicatePair.Basis
}

extension DuplicateFinder {
    /// Stored dossiers (closed ones included) that share a person with `new`, which is not stored yet.
    public static func candidates(for new: Household, among stored: [Household]) -> [PossibleDuplicate] {
        var probe = new
        let taken = Set(stored.map(\.id))
        var n = 0
        while taken.contains(probe.id) {  // an id of its own, so that its pairs are told apart
            n += 1
            probe.id = DossierID(rawValue: "nieuw-\(n)")!
        }
        let closed = Set(stored.filter(\.isClosed).map(\.id))
        return find(in: stored + [probe]).compactMap { pair in
            let (mine, theirs) = pair.first.dossier == probe.id ? (pair.first, pair.second)
                : pair.second.dossier == probe.id ? (pair.second, pair.first) : (nil, nil) as ((DossierID, Int)?, (DossierID, Int)?)
            guard let mine, let theirs else { return nil }
            return PossibleDuplicate(dossier: theirs.0, closed: closed.contains(theirs.0), newMember: mine.1 + 1,
                                     storedMember: theirs.1 + 1, basis: pair.basis)
        }
    }
}
