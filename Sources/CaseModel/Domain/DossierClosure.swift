/// A dossier closed by a caseworker: since when, why, by whom. A closed dossier keeps its history and leaves the
/// caseload list, `check --all`, `export --all` and the scan unless they are asked to include it.
public typealias DossierClosure = DatedReason

/// Why closing or reopening was refused.
public enum ClosureError: Error, Equatable, Sendable {
    case reasonRequired
    case alreadyClosed(on: Day)
    case notClosed
    case inTheFuture(Day)
}

extension Household {
    /// Closed: a closure is recorded (its date may be earlier than the day it was recorded).
    public var isClosed: Bool { closure != nil }

    /// Closes the dossier with a reason and a date (today or earlier).
    public mutating func close(on day: Day, reason: String, by user: String, today: Day) throws {
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if why.isEmpty { throw ClosureError.reasonRequired }
        if let closure { throw ClosureError.alreadyClosed(on: closure.on) }
        if day > today { throw ClosureError.inTheFuture(day) }
        closure = DossierClosure(on: day, reason: why, by: user)
    }

    /// Reopens a closed dossier: the closure goes; the history keeps the revision that recorded it.
    public mutating func reopen() throws {
        guard closure != nil else { throw ClosureError.notClosed }
        closure = nil
    }
}

extension Array where Element == Household {
    /// The dossiers a caseload-wide list or check includes: the open ones, or every one when asked. The one
    /// place that says which dossiers "the caseload" is.
    public func caseload(includingClosed: Bool) -> [Household] {
        includingClosed || !contains(where: \.isClosed) ? self : filter { !$0.isClosed }
    }
}
